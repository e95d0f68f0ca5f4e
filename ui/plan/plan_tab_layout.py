"""How the Plan tab is put together: its buttons and undo/redo shortcuts, the toolbar, the tree
with its key hint beside the side panel in a splitter, and the message line. The texts come
translated from the tab."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget


def plan_button(text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.clicked.connect(lambda: slot())
    return button


def undo_redo_actions(tab: QWidget, undo_text: str, redo_text: str) -> tuple[QAction, QAction]:
    """Ctrl+Z, and Ctrl+Shift+Z or Ctrl+Y, while the focus is in the tab."""
    undo = QAction(undo_text, tab)
    undo.setShortcuts([QKeySequence("Ctrl+Z")])
    redo = QAction(redo_text, tab)
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for action in (undo, redo):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        tab.addAction(action)
    return undo, redo


def hint_label(text: str = "", links: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    if links:
        label.setOpenExternalLinks(True)
    return label


def lay_out_plan_tab(tab: QWidget, top: QWidget, toolbar_groups: Sequence[Sequence[QWidget]],
                     tree: QWidget, keys_label: QWidget, side: QWidget,
                     message: QWidget) -> QSplitter:
    """Toolbar groups: adding, undo/redo (after a gap), and, to the right, copy and print.
    Returns the splitter between the tree and the side panel."""
    adding, undoing, output = toolbar_groups
    toolbar = QHBoxLayout()
    toolbar.setSpacing(6)
    for button in adding:
        toolbar.addWidget(button)
    toolbar.addSpacing(12)
    for button in undoing:
        toolbar.addWidget(button)
    toolbar.addStretch(1)
    for button in output:
        toolbar.addWidget(button)
    left = QWidget()
    column = QVBoxLayout(left)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    column.addWidget(tree, 1)
    column.addWidget(keys_label)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(left)
    splitter.addWidget(side)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setSizes([600, 420])
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.setSpacing(6)
    layout.addWidget(top)
    layout.addLayout(toolbar)
    layout.addWidget(splitter, 1)
    layout.addWidget(message)
    return splitter


def show_message(label: QLabel, text: str, alert: bool = False, rich: bool = False) -> None:
    """Put `text` on the message line; `alert` colours it, `rich` lets it hold a link."""
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setText(text)
    label.setProperty("alert", alert)
    label.style().unpolish(label)
    label.style().polish(label)
