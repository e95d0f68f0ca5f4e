"""How the note editor is laid out, and its keyboard shortcuts: heading, length and the top
buttons; the form (kind, time, appointment, sub-goals, under labels the editor translates); the
text with its hints; the bottom buttons and the status line."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QVBoxLayout, QWidget


def lay_out_note_editor(editor: QWidget, top: Sequence[QWidget],
                        form_rows: Sequence[tuple[str, QWidget]], text: QWidget, hints: QWidget,
                        buttons: Sequence[QWidget], status: QWidget) -> None:
    """`top[0]` (the heading) takes the top line's spare room; the buttons sit to the right."""
    top_line = QHBoxLayout()
    for index, widget in enumerate(top):
        top_line.addWidget(widget, 1 if index == 0 else 0)
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    for label, field in form_rows:
        form.addRow(label, field)
    button_line = QHBoxLayout()
    button_line.addStretch(1)
    for button in buttons:
        button_line.addWidget(button)
    layout = QVBoxLayout(editor)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(top_line)
    layout.addLayout(form)
    layout.addWidget(text, 1)
    layout.addWidget(hints)
    layout.addLayout(button_line)
    layout.addWidget(status)


def set_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab visits the widgets in this order (hidden or disabled ones are skipped as usual)."""
    for before, after in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(before, after)


def add_editor_shortcuts(editor: QWidget, sign: Callable[[], object],
                         save: Callable[[], object]) -> None:
    """Ctrl+Enter (either Enter key) signs, Ctrl+S saves, while the focus is in the editor."""
    for keys, slot in (("Ctrl+Return", sign), ("Ctrl+Enter", sign), ("Ctrl+S", save)):
        shortcut = QShortcut(QKeySequence(keys), editor)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
