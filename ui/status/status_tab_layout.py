"""How the Status tab is laid out: the list (button, table, due hint) left; the locked banner,
the editor and the state line with its buttons right, in a splitter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget


def status_banner() -> QFrame:
    """The frame that says a final status description is locked."""
    banner = QFrame()
    banner.setObjectName("statusBanner")
    banner.setStyleSheet("#statusBanner { background: #eef3f8; border: 1px solid "
                         "#c9d6e4; border-radius: 6px; }")
    return banner


def lay_out_status_tab(tab: QWidget, list_parts: Sequence[QWidget], banner: QFrame,
                       banner_parts: Sequence[QWidget], editor: QWidget, state_label: QLabel,
                       buttons: Sequence[QWidget]) -> None:
    """`list_parts[1]` (the table) and `banner_parts[0]` (its text) take the spare room."""
    left = QWidget()
    column = QVBoxLayout(left)
    column.setContentsMargins(0, 0, 6, 0)
    for index, part in enumerate(list_parts):
        column.addWidget(part, 1 if index == 1 else 0)

    banner_row = QHBoxLayout(banner)
    banner_row.setContentsMargins(12, 8, 12, 8)
    for index, part in enumerate(banner_parts):
        banner_row.addWidget(part, 1 if index == 0 else 0)
    button_row = QHBoxLayout()
    button_row.addWidget(state_label, 1)
    for button in buttons:
        button_row.addWidget(button)
    right = QWidget()
    panel = QVBoxLayout(right)
    panel.setContentsMargins(6, 0, 0, 0)
    panel.addWidget(banner)
    panel.addWidget(editor, 1)
    panel.addLayout(button_row)

    split = QSplitter(Qt.Orientation.Horizontal)
    split.addWidget(left)
    split.addWidget(right)
    split.setStretchFactor(1, 1)
    split.setSizes([360, 700])
    split.setChildrenCollapsible(False)
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.addWidget(split, 1)
