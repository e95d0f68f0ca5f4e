"""A date that may be left out: a check box and a date field (deadline, due, done)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class OptionalDateField(QWidget):
    changed = Signal()

    def __init__(self, label: str, default: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default = default
        self.check = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName(label)
        self.edit.setDisplayFormat("dd.MM.yyyy")
        self.edit.setDate(QDate(default.year, default.month, default.day))
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit)
        row.addStretch(1)

    def set_default(self, default: dt.date) -> None:
        self._default = default

    def date(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        value = self.edit.date()
        return dt.date(value.year(), value.month(), value.day())

    def set_date(self, value: dt.date | None) -> None:
        shown = value or self._default
        self.blockSignals(True)
        self.check.setChecked(value is not None)
        self.edit.setDate(QDate(shown.year, shown.month, shown.day))
        self.edit.setEnabled(value is not None)
        self.blockSignals(False)
