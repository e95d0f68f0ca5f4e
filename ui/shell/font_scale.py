"""`caseapp --font-scale 200`: all text at twice its size, for a user who needs large text and for
the screenshots that check nothing is cut off at that size.

Qt's own way (the platform's font DPI, QT_FONT_DPI) is not honoured by every platform plugin
(the headless one the screenshots use ignores it), and resources/style.qss gives its sizes in
points; so the application font and every point size in the stylesheet are scaled instead.
Pixel sizes (fixed widths, margins) stay as they are, as they do when a desktop enlarges text."""

from __future__ import annotations

import re

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

DEFAULT_PERCENT = 100
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")
_base: list[QFont] = []  # the application font before any scaling (run may be called again)


def scaled_points(style: str, percent: int) -> str:
    """The stylesheet with every `Npt` multiplied by percent/100."""
    if percent == DEFAULT_PERCENT:
        return style
    return _POINTS.sub(lambda m: f"{float(m.group(1)) * percent / 100:g}pt", style)


def use_font_scale(app: QApplication, percent: int) -> None:
    """The application font at percent of its normal size (100 puts it back)."""
    if not _base:
        _base.append(QFont(app.font()))
    font = QFont(_base[0])
    font.setPointSizeF(_base[0].pointSizeF() * percent / 100)
    app.setFont(font)
