"""The citizen's meetings with several people (netværksmøde, åben dialog, statusmøde): a list,
a new one, and its minutes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caseapp.domain.meetings import Meeting
from caseapp.domain.models import Goal
from caseapp.service import CaseService
from ui.common.formatting import display_language, enum_label, fmt_date
from ui.common.table_model import ROW_ROLE, Column, RecordTableModel
from ui.common.views import fit_columns, make_table
from ui.followup.meeting_dialog import MeetingDialog
from ui.followup.minutes_dialog import MinutesDialog


class MeetingsPanel(QWidget):
    changed = Signal()

    def __init__(self, service: CaseService, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._today = today
        self.citizen_id: int | None = None
        self.goals: Sequence[Goal] = ()
        self._closed = False
        self.run_dialog: Callable[[QDialog], bool] = lambda dialog: bool(dialog.exec())  # replaceable in tests
        self.model = RecordTableModel(self._columns(), self)
        self.table = make_table(self.model)
        self.table.setAccessibleName(self.tr("Møder"))
        self.table.activated.connect(lambda _index: self.open_minutes())
        self.new_button = QPushButton(self.tr("Nyt mø&de …"))
        self.new_button.clicked.connect(self.new_meeting)
        self.minutes_button = QPushButton(self.tr("Refera&t …"))
        self.minutes_button.clicked.connect(self.open_minutes)
        self.table.selectionModel().currentChanged.connect(lambda _now, _before: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        title = QLabel(self.tr("Møder med netværket"))
        title.setObjectName("sectionTitle")
        row.addWidget(title, 1)
        row.addWidget(self.new_button)
        row.addWidget(self.minutes_button)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def _columns(self) -> list[Column[Meeting]]:
        return [
            Column(self.tr("Dato"), lambda m: f"{fmt_date(m.starts_at.date())} {m.starts_at:%H.%M}",
                   lambda m: m.starts_at),
            Column(self.tr("Møde"), lambda m: enum_label(m.kind)),
            Column(self.tr("Deltagere"), lambda m: ", ".join(p.name for p in m.participants)),
            Column(self.tr("Tovholder"), lambda m: m.coordinator.name if m.coordinator else ""),
            Column(self.tr("Referat"), self._minutes_state,
                   alert=lambda m: m.minutes_done_on is None and m.starts_at.date() < self._today()),
        ]

    def _minutes_state(self, meeting: Meeting) -> str:
        if meeting.minutes_done_on is not None:
            return self.tr("Færdigt {date}").format(date=fmt_date(meeting.minutes_done_on))
        if not meeting.held(self._today()):
            return self.tr("Mødet er ikke holdt")
        return self.tr("Mangler")

    def show_meetings(self, citizen_id: int, goals: Sequence[Goal]) -> None:
        self.citizen_id, self.goals = citizen_id, goals
        self.model.set_rows(self._service.meetings.of_citizen(citizen_id))
        fit_columns(self.table, widest=260)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._update_buttons()

    def set_closed(self, closed: bool) -> None:
        """A closed case: its minutes can be read and printed, no meeting added or changed."""
        self._closed = closed
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.new_button.setEnabled(not self._closed)
        self.minutes_button.setEnabled(self.selected() is not None)

    def selected(self) -> Meeting | None:
        index = self.table.currentIndex()
        row = index.sibling(index.row(), 0).data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, Meeting) else None

    def new_meeting(self) -> None:
        if self.citizen_id is None or self._closed:
            return
        citizen = self._service.citizens.citizen(self.citizen_id)
        dialog = MeetingDialog(self.citizen_id, citizen.name, self._today(), self._service.team.author_name(),
                               self._service.citizens.contacts(self.citizen_id), self,
                               team=self._service.team.colleague_names())
        language = display_language()  # the agenda it starts from is in the language shown
        dialog.save = lambda: self._service.meetings.add(dialog.meeting(), language=language)
        if self.run_dialog(dialog):
            self.changed.emit()

    def open_minutes(self) -> None:
        meeting = self.selected()
        if meeting is None or meeting.id is None:
            return
        self.run_dialog(MinutesDialog(self._service, meeting.id, self.goals, self._today(), self,
                                      read_only=self._closed))
        self.changed.emit()
