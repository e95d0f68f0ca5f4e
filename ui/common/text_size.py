"""Sizes that grow with the text (`caseapp --font-scale`, a desktop's larger font): a pixel size
written for the normal 10pt text, scaled by how much taller a line of the widget's font is.

A fixed pixel width or height cuts enlarged text off; these keep the normal size exactly as it
was and give enlarged text the room it needs. Point sizes in a widget's own stylesheet are not
touched by the application font either, so they go through `scaled_points` too."""

from __future__ import annotations

import re

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QWidget

NORMAL_LINE = 15.0  # a line of the stylesheet's 10pt text at 96 dpi: scale 1
ROUNDING = 1.05  # DejaVu's 10pt line is 15.1 px: not yet enlarged text
DEFAULT_PERCENT = 100
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")
_percent = [DEFAULT_PERCENT]  # the --font-scale in use (ui/shell/font_scale.py sets it)


def set_text_percent(percent: int) -> None:
    _percent[0] = percent


def text_percent() -> int:
    return _percent[0]


def scaled_points(style: str, percent: int | None = None) -> str:
    """The stylesheet with every `Npt` multiplied by percent/100 (the --font-scale in use)."""
    percent = text_percent() if percent is None else percent
    if percent == DEFAULT_PERCENT:
        return style
    return _POINTS.sub(lambda m: f"{float(m.group(1)) * percent / 100:g}pt", style)


def line_scale(widget: QWidget) -> float:
    """How much taller a line of the widget's (polished) font is than the normal one; 1 for the
    normal text (give or take a font's rounding) and for smaller desktop fonts, so those keep
    the sizes exactly as designed."""
    widget.ensurePolished()
    ratio = QFontMetricsF(widget.font()).height() / NORMAL_LINE
    return ratio if ratio > ROUNDING else 1.0


def scaled(widget: QWidget, pixels: int) -> int:
    """`pixels`, given for the normal text size, for the text size the widget shows."""
    return round(pixels * line_scale(widget))
