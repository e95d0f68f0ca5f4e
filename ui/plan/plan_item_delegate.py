"""Wraps long goal texts in the plan tree: the row grows to show the whole text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

_PADDING = 8  # text margins left and right, as the Fusion style draws them
_AIR = 6  # a little air between rows


class WrappingDelegate(QStyledItemDelegate):
    """`QTreeView` asks for a row's height without telling the delegate the column's width, so
    wrapped text would be cut to one line; this delegate measures against the real width.

    Measuring is done here with the font's metrics (and remembered per text and width) rather
    than through the style, because a change rebuilds the tree and every row is measured again.
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        self._cache: dict[tuple[str, int, bool], int] = {}

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self._view.header().sectionSize(index.column())
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            decorated = 1 if self._view.rootIsDecorated() else 0
            width -= self._view.indentation() * (depth + decorated)
        width = max(width - _PADDING, 32)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = index.data(Qt.ItemDataRole.FontRole)
        bold = isinstance(font, QFont) and font.bold()
        key = (text, width, bold)
        height = self._cache.get(key)
        if height is None:
            measure = QFont(option.font)
            measure.setBold(bold)
            metrics = QFontMetrics(measure)
            rect = metrics.boundingRect(
                QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text)
            height = max(rect.height(), metrics.height()) + _AIR
            if len(self._cache) > 4_000:
                self._cache.clear()
            self._cache[key] = height
        return QSize(width + _PADDING, height)
