"""A push button whose width its column decides (the week's deadline chips): a text wider than
the button is painted cut with "…" instead of clipped mid-letter. text() stays whole, and so do
the tooltip and the accessible name the caller gives it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton, QStylePainter


class ElidedButton(QPushButton):
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self.shown_text()
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)

    def shown_text(self) -> str:
        """The text as painted at the button's present width."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        room = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             max(room.width() - 2, 0))
