"""Udskriv uge: the week grid on one landscape A4 page, to a PDF file or a printer, painted by
the same code as the screen (initials only, as on screen)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from caseapp.errors import StoreError
from ui.week.week_items import WeekData
from ui.week.week_layout import WeekLayout
from ui.week.week_paint import INK, MUTED, WeekPainter

log = logging.getLogger(__name__)

RESOLUTION = 96  # lay the page out in screen pixels; the PDF stays vector
TITLE_HEIGHT = 44.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: bare tr() and _tr() have context ""


def page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(10, 10, 10, 10),
        QPageLayout.Unit.Millimeter,
    )


def paint_page(device: QPagedPaintDevice, data: WeekData, title: str, subtitle: str) -> None:
    """Paint the title and the week on the device's first page (set its resolution first)."""
    painter = QPainter()
    if not painter.begin(device):
        raise StoreError(_tr("Ugen kunne ikke udskrives."))
    try:
        width, height = device.width(), device.height()
        base = QFont()
        base.setPointSizeF(9.5)
        heading = QFont(base)
        heading.setPointSizeF(15)
        heading.setBold(True)
        painter.setFont(heading)
        painter.setPen(INK)
        painter.drawText(QRectF(0, 0, width, 26),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(base)
        painter.setPen(MUTED)
        painter.drawText(QRectF(0, 0, width, 26),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, subtitle)
        area = QRectF(0, TITLE_HEIGHT, width, height - TITLE_HEIGHT)
        WeekPainter(base).paint(painter, WeekLayout(data, area))
    finally:
        painter.end()


def write_pdf(path: Path, data: WeekData, title: str, subtitle: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(page_layout())
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("caseapp")
    paint_page(writer, data, title, subtitle)
    if not path.is_file():
        raise StoreError(_tr("PDF-filen kunne ikke skrives."))
