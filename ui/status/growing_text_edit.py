"""A plain-text field that grows with its text, from a few lines up to a limit (then it scrolls),
so a form of many fields reads as one page instead of a stack of half-empty boxes."""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class GrowingTextEdit(QPlainTextEdit):
    def __init__(
        self, min_lines: int = 2, max_lines: int = 12, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        self._max_lines = max_lines
        self.setTabChangesFocus(True)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit(QSizeF())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit(QSizeF())

    def _fit(self, _size: QSizeF) -> None:
        lines = int(self.document().size().height())  # wrapped lines, for a plain-text layout
        lines = max(self._min_lines, min(self._max_lines, lines))
        margins = self.contentsMargins()
        height = int(
            lines * self.fontMetrics().lineSpacing()
            + 2 * self.document().documentMargin()
            + margins.top() + margins.bottom() + 6
        )
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)
