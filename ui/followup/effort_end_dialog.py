"""The decision when an effort ends: extended to a new date, ended, or replaced by another."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from caseapp.domain.enums import EffortOutcome
from caseapp.domain.followup import Effort
from ui.common.formatting import enum_label, fmt_date
from ui.followup.saving_dialog import SavingDialog, date_edit, day_of, set_day


class EffortEndDialog(SavingDialog):
    def __init__(self, effort: Effort, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Forlæng eller afslut indsatsen"), parent)
        self.outcome_box = QComboBox()
        self.outcome_box.setAccessibleName(self.tr("Beslutning"))
        for outcome in EffortOutcome:
            self.outcome_box.addItem(enum_label(outcome), outcome)
        self.date_edit = date_edit(effort.end_on + dt.timedelta(days=91), self.tr("Dato"))
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("fx hvad indsatsen blev erstattet af"))
        self._end_on, self._today = effort.end_on, today
        self.outcome_box.currentIndexChanged.connect(self._outcome_changed)
        self.form.addRow(QLabel(self.tr("{title}, slutter {end}").format(
            title=effort.title, end=fmt_date(effort.end_on))))
        self.form.addRow(self.tr("&Beslutning"), self.outcome_box)
        self.form.addRow(self.tr("&Ny slutdato"), self.date_edit)
        self.form.addRow(self.tr("N&ote"), self.note_edit)
        self.finish_form()

    def _outcome_changed(self, _index: int) -> None:
        label = self.form.labelForField(self.date_edit)
        if self.outcome() == EffortOutcome.EXTENDED:
            label.setText(self.tr("&Ny slutdato"))
            set_day(self.date_edit, self._end_on + dt.timedelta(days=91))
        else:
            label.setText(self.tr("Sl&uttede"))
            set_day(self.date_edit, self._today)

    def outcome(self) -> EffortOutcome:
        return self.outcome_box.currentData()

    def day(self) -> dt.date:
        return day_of(self.date_edit)

    def note(self) -> str:
        return self.note_edit.text()
