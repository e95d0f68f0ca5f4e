"""Preview a PDF before saving or printing it: the pages as images in a scroll area, with
"Gem som PDF …" and "Udskriv …". The file dialog and the print dialog are attributes, so tests
can replace them. The PDF is kept in memory only."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.errors import CaseappError
from caseapp.reports.files import write_atomic
from ui.common import messages
from ui.common.pdf_pages import iter_pages, render_pages

log = logging.getLogger(__name__)

PRINT_DPI_CAP = 300
PAGE_MARGIN = 24


class PdfPreviewDialog(QDialog):
    pdf_saved = Signal(str)
    printed = Signal(int)  # pages sent to the printer

    def __init__(
        self,
        pdf: bytes,
        title: str,
        file_name: str,
        images: Sequence[QImage] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.file_name = file_name
        # replaceable in tests
        self.save_file_dialog = QFileDialog.getSaveFileName
        self.print_dialog = QPrintDialog
        self.show_error = messages.show_error
        self.default_folder = Path.home()
        self.setWindowTitle(self.tr("Vis udskrift – {title}").format(title=title))
        self.setModal(True)
        pages = list(images) if images is not None else render_pages(pdf)
        self._images = pages
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(60)
        self._fit_timer.timeout.connect(self._fit_pages)
        self.page_labels: list[QLabel] = []
        self.count_label = QLabel(
            self.tr("1 side") if len(pages) == 1
            else self.tr("{count} sider").format(count=len(pages))
        )
        self.count_label.setObjectName("hint")
        self.save_button = QPushButton(self.tr("Gem som PDF …"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("Udskriv …"))
        self.print_button.setObjectName("primaryButton")
        self.print_button.clicked.connect(self.print_pdf)
        self.close_button = QPushButton(self.tr("Luk"))
        self.close_button.clicked.connect(self.reject)
        self._lay_out(pages)
        self._size_to_screen(pages)

    def _lay_out(self, pages: list[QImage]) -> None:
        sheet = QWidget()
        sheet.setObjectName("previewSheet")
        sheet.setStyleSheet("#previewSheet { background: #dfe4ea; }")
        column = QVBoxLayout(sheet)
        column.setContentsMargins(PAGE_MARGIN, 20, PAGE_MARGIN, 20)
        column.setSpacing(18)
        for number, _image in enumerate(pages, start=1):
            label = QLabel()
            label.setFrameShape(QFrame.Shape.Box)
            label.setStyleSheet("border: 1px solid #b7c0cb; background: #ffffff;")
            label.setAccessibleName(self.tr("Side {number}").format(number=number))
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        column.addStretch()
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(self.tr("Siderne"))  # it takes focus: arrows scroll
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(sheet)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 10)
        layout.addWidget(self.scroll_area, 1)
        inner = QHBoxLayout()
        inner.setContentsMargins(14, 0, 14, 0)
        inner.addLayout(buttons)
        layout.addLayout(inner)

    def _size_to_screen(self, pages: list[QImage]) -> None:
        width = max((i.width() for i in pages), default=600)
        wanted = QSize(width + 2 * PAGE_MARGIN + 20, 980)
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry().size() * 0.92
            wanted = wanted.boundedTo(room)
        self.resize(wanted)
        self._fit_pages()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    def _fit_pages(self) -> None:
        """Each page as wide as the window allows (never wider than rendered)."""
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        room = max(self.scroll_area.width() - 2 * PAGE_MARGIN - bar - 4, 200)
        ratio = max(self.devicePixelRatioF(), 1.0)
        for label, image in zip(self.page_labels, self._images, strict=True):
            width = min(int(room * ratio), image.width())
            if label.pixmap().width() == width:
                continue
            scaled = image if width == image.width() else image.scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation)
            pixmap = QPixmap.fromImage(scaled)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)

    def page_count(self) -> int:
        return len(self.page_labels)

    # -- saving ----------------------------------------------------------------------------

    def save_pdf(self) -> Path | None:
        chosen, _filter = self.save_file_dialog(
            self, self.tr("Gem som PDF"), str(self.default_folder / self.file_name),
            self.tr("PDF-filer (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_atomic(path, self.pdf)
        except Exception as exc:  # noqa: BLE001 - one sentence to the user
            self.show_error(self, exc)
            return None
        log.info("preview saved as a PDF")
        self.pdf_saved.emit(str(path))
        return path

    # -- printing --------------------------------------------------------------------------

    def print_pdf(self) -> bool:
        total = len(self.page_labels)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        landscape = bool(self._images) and self._first_page_is_landscape()
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        printer.setFullPage(True)  # the PDF has its own margins
        dialog = self.print_dialog(printer, self)
        dialog.setMinMax(1, max(total, 1))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        first, last = printer.fromPage(), printer.toPage()
        if first == 0 and last == 0:
            first, last = 1, total
        indices = range(max(first, 1) - 1, min(last, total))
        dpi = min(printer.resolution(), PRINT_DPI_CAP)
        painter = QPainter()
        if not painter.begin(printer):
            self.show_error(self, CaseappError(self.tr("Printeren kunne ikke startes; intet blev udskrevet.")))
            return False
        printed = 0
        try:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            for image in iter_pages(self.pdf, dpi, indices):
                if printed:
                    printer.newPage()
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), size), image)
                printed += 1
        finally:
            painter.end()
            QGuiApplication.restoreOverrideCursor()
        log.info("%d pages printed", printed)
        self.printed.emit(printed)
        return True

    def _first_page_is_landscape(self) -> bool:
        return self._images[0].width() > self._images[0].height()
