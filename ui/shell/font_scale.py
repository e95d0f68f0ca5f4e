"""`caseapp --font-scale 200`: all text at twice its size, for a user who needs large text and for
the screenshots that check nothing is cut off at that size.

Qt's own way (the platform's font DPI, QT_FONT_DPI) is not honoured by every platform plugin
(the headless one the screenshots use ignores it), and resources/style.qss gives its sizes in
points; so the application font and every point size in the stylesheet are scaled instead.
Sizes set in code grow with the text through ui/common/text_size.py."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ui.common.text_size import DEFAULT_PERCENT, scaled_points, set_text_percent

__all__ = ["DEFAULT_PERCENT", "indicator_style", "scaled_points", "use_font_scale"]

NORMAL_INDICATOR = 14  # px: Fusion's check box and radio button at the normal text size

_base: list[QFont] = []  # the application font before any scaling (run may be called again)


def use_font_scale(app: QApplication, percent: int) -> None:
    """The application font at percent of its normal size (100 puts it back)."""
    if not _base:
        _base.append(QFont(app.font()))
    font = QFont(_base[0])
    font.setPointSizeF(_base[0].pointSizeF() * percent / 100)
    app.setFont(font)
    set_text_percent(percent)


def indicator_style(percent: int) -> str:
    """Check boxes and radio buttons (also in lists) as much larger as the text: Qt draws them
    at a fixed 14 px whatever the font. In px, because the stylesheet ignores a size in pt here
    (the box is then not drawn at all); "" at the normal size, which stays as Qt draws it."""
    if percent == DEFAULT_PERCENT:
        return ""
    side = round(NORMAL_INDICATOR * percent / 100)
    return ("\nQCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator, "
            f"QAbstractItemView::indicator {{ width: {side}px; height: {side}px; }}\n")
