"""A new effort or grant: title, kind, period, when the extension is decided, the provider's
contact person (from the network, or a new one) and the sub-goals it serves (ticked in a list:
arrows move, Space ticks)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from caseapp.domain.enums import EffortKind, GoalLevel
from caseapp.domain.followup import Effort
from caseapp.domain.models import Goal, NetworkContact
from ui.common.formatting import enum_label
from ui.common.text_size import scaled
from ui.followup.saving_dialog import SavingDialog, date_edit, day_of


class EffortDialog(SavingDialog):
    def __init__(self, citizen_id: int, today: dt.date, goals: Sequence[Goal],
                 contacts: Sequence[NetworkContact], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ny indsats"), parent)
        self._citizen_id = citizen_id
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Indsats"))
        self.title_edit.setPlaceholderText(self.tr("fx Mentorforløb, Virksomhedspraktik"))
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Slags"))
        for kind in EffortKind:
            self.kind_box.addItem(enum_label(kind), kind)
        self.start_edit = date_edit(today, self.tr("Start"))
        self.end_edit = date_edit(today + dt.timedelta(days=91), self.tr("Slut"))
        self.review_check = QCheckBox(self.tr("Revurdering"))
        self.review_edit = date_edit(today + dt.timedelta(days=77), self.tr("Dato for revurdering"))
        self.review_edit.setEnabled(False)
        self.review_check.toggled.connect(self.review_edit.setEnabled)
        self.provider_edit = QLineEdit()
        self.provider_edit.setAccessibleName(self.tr("Leverandørens kontaktperson"))
        self.provider_edit.setCompleter(QCompleter([c.name for c in contacts], self.provider_edit))
        self.goal_list = QListWidget()
        self.goal_list.setAccessibleName(self.tr("Delmål indsatsen tjener"))
        self.goal_list.setMaximumHeight(scaled(self.goal_list, 110))
        for goal in goals:
            if goal.level == GoalLevel.SUB:
                item = QListWidgetItem(goal.text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, goal.id)
                self.goal_list.addItem(item)
        if not self.goal_list.count():
            self.goal_list.addItem(self.tr("Borgeren har ingen delmål endnu."))
        review_row = QHBoxLayout()
        review_row.addWidget(self.review_check)
        review_row.addWidget(self.review_edit, 1)
        self.form.addRow(self.tr("&Indsats"), self.title_edit)
        self.form.addRow(self.tr("S&lags"), self.kind_box)
        self.form.addRow(self.tr("&Start"), self.start_edit)
        self.form.addRow(self.tr("Sl&ut"), self.end_edit)
        review_label = QLabel(self.tr("&Forlængelse besluttes"))
        review_label.setBuddy(self.review_check)  # a row of two widgets has no buddy of its own
        self.form.addRow(review_label, review_row)
        self.form.addRow(self.tr("&Leverandør"), self.provider_edit)
        self.form.addRow(self.tr("&Delmål"), self.goal_list)
        self.finish_form()

    def effort(self) -> Effort:
        return Effort(
            citizen_id=self._citizen_id,
            title=self.title_edit.text(),
            kind=self.kind_box.currentData(),
            start_on=day_of(self.start_edit),
            end_on=day_of(self.end_edit),
            review_on=day_of(self.review_edit) if self.review_check.isChecked() else None,
            goal_ids=self.chosen_goals(),
        )

    def chosen_goals(self) -> tuple[int, ...]:
        """The ticked sub-goals, in the plan's order."""
        items = (self.goal_list.item(row) for row in range(self.goal_list.count()))
        return tuple(item.data(Qt.ItemDataRole.UserRole) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def provider(self) -> str:
        return self.provider_edit.text()
