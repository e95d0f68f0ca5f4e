"""PDF pages as QImages, for the in-app preview and for printing (pypdfium2, which bundles
pdfium; PySide6-Essentials has no QtPdf).

The PDF stays in memory: nothing with personal data is written to a temporary file. pdfium is
not thread-safe, so every call holds one lock; the functions may run on a worker thread
(QImage, unlike QPixmap, may be made off the UI thread).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

log = logging.getLogger(__name__)

POINTS_PER_INCH = 72.0
SCREEN_DPI = 110.0  # a readable A4 page about 900 pixels tall at 100 % screen scaling

_lock = threading.Lock()


def page_count(pdf: bytes) -> int:
    with _lock:
        document = pdfium.PdfDocument(pdf)
        try:
            return len(document)
        finally:
            document.close()


def render_pages(pdf: bytes, dpi: float = SCREEN_DPI) -> list[QImage]:
    """Every page as an image at `dpi` (white background)."""
    return list(iter_pages(pdf, dpi))


def iter_pages(pdf: bytes, dpi: float, indices: Iterable[int] | None = None) -> Iterator[QImage]:
    """Pages one at a time (printing at 300 dpi keeps one page in memory, not ten)."""
    with _lock:
        document = pdfium.PdfDocument(pdf)
        try:
            wanted = range(len(document)) if indices is None else list(indices)
            for index in wanted:
                yield _render(document, index, dpi)
        finally:
            document.close()


def _render(document: pdfium.PdfDocument, index: int, dpi: float) -> QImage:
    page = document[index]
    try:
        bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True)
        try:
            image = QImage(
                bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                QImage.Format.Format_RGBX8888 if bitmap.n_channels == 4
                else QImage.Format.Format_RGB888,
            ).copy()  # own the pixels before pdfium frees its buffer
        finally:
            bitmap.close()
    finally:
        page.close()
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    return image
