"""One titled list on the I dag page; each entry can open its citizen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

CITIZEN_ROLE = Qt.ItemDataRole.UserRole + 10
TARGET_ROLE = Qt.ItemDataRole.UserRole + 11


class TodaySection(QFrame):
    citizen_opened = Signal(int, str)  # citizen id, tab to show ("", "notes", "status", ...)

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._title_text = title
        self._empty_text = empty_text
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.items = QListWidget()
        self.items.setObjectName("cardList")
        self.items.setAccessibleName(title)
        self.items.setWordWrap(True)
        self.items.setResizeMode(QListView.ResizeMode.Adjust)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.items, 1)

    def set_entries(self, entries: Sequence[tuple[str, int | None, str]]) -> None:
        """Entries as (text, citizen id or None, target tab)."""
        self.items.clear()
        self.title.setText(f"{self._title_text} ({len(entries)})")
        if not entries:
            empty = QListWidgetItem(self._empty_text)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.items.addItem(empty)
            return
        for text, citizen_id, target in entries:
            item = QListWidgetItem(text)
            item.setData(CITIZEN_ROLE, citizen_id)
            item.setData(TARGET_ROLE, target)
            self.items.addItem(item)

    def texts(self) -> list[str]:
        return [self.items.item(i).text() for i in range(self.items.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        citizen_id = item.data(CITIZEN_ROLE)
        if citizen_id is not None:
            self.citizen_opened.emit(int(citizen_id), item.data(TARGET_ROLE) or "")
