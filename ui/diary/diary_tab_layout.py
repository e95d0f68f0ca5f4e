"""How the Dagbog tab is laid out: the filters on top; the list (its buttons above, its count
below) beside the detail or editor in a splitter; the tab's status line at the bottom."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QStatusBar, QVBoxLayout, QWidget


def lay_out_diary_tab(tab: QWidget, filters: QWidget, count_label: QLabel,
                      buttons: Sequence[QWidget], lists: QWidget, right: QWidget,
                      status: QStatusBar) -> QSplitter:
    """Put the parts into `tab`'s layout; returns the splitter between list and detail."""
    actions = QHBoxLayout()
    actions.addStretch(1)
    for button in buttons:
        actions.addWidget(button)
    left = QWidget()
    column = QVBoxLayout(left)
    column.setContentsMargins(0, 0, 4, 0)
    column.addLayout(actions)
    column.addWidget(lists, 1)
    # a line of its own: beside the buttons, enlarged text squeezed it out of sight
    column.addWidget(count_label)
    right.setContentsMargins(4, 0, 0, 0)
    split = QSplitter(Qt.Orientation.Horizontal)
    split.addWidget(left)
    split.addWidget(right)
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 2)
    split.setSizes([700, 360])
    split.setChildrenCollapsible(False)
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(8, 8, 8, 0)
    layout.addWidget(filters)
    layout.addWidget(split, 1)
    layout.addWidget(status)
    return split
