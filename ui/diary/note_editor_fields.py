"""The note editor's plain fields and buttons, set up as the editor wants them (texts come
translated from the editor): the kind choice, the time, the text, the buttons, the status line."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QPlainTextEdit, QPushButton, QStatusBar

from caseapp.domain.enums import NoteKind
from ui.common.formatting import enum_label, tr


def note_kind_box() -> QComboBox:
    box = QComboBox()
    for kind in NoteKind:
        box.addItem(enum_label(kind), kind.value)
    return box


def note_time_edit() -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy HH:mm")
    return edit


def note_text_edit(placeholder: str) -> QPlainTextEdit:
    """Tab leaves the text (to the next field) instead of typing a tab."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    return edit


def button(text: str, tooltip: str = "", object_name: str = "") -> QPushButton:
    made = QPushButton(text)
    if tooltip:
        made.setToolTip(tooltip)
    if object_name:
        made.setObjectName(object_name)
    return made


def note_status_bar() -> QStatusBar:
    bar = QStatusBar()
    bar.setSizeGripEnabled(False)
    bar.setObjectName("noteStatus")
    bar.setAccessibleName(tr("Notatets status"))
    return bar
