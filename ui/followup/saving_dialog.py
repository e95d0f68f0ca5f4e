"""A form dialog whose OK saves through the core at once: a refusal is shown in the dialog as
the core's one sentence, and what was typed stays for the user to correct."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from caseapp.errors import CaseappError


def date_edit(day: dt.date, accessible_name: str) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setAccessibleName(accessible_name)
    return edit


def set_day(edit: QDateEdit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def day_of(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class SavingDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save: Callable[[], object] = lambda: None  # set by the subclass's owner
        self.form = QFormLayout(self)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_form(self) -> None:
        """Add the error line and the buttons below the fields the subclass added."""
        self.form.addRow(self.error_label)
        self.form.addRow(self.buttons)

    def accept(self) -> None:
        try:
            self.save()
        except CaseappError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        super().accept()
