"""A meeting's minutes, written during or after it: what was said under each agenda item, and
what was agreed (what, who, by when; with a sub-goal also an action in the plan). Closing
saves what was typed; nothing is lost."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import AccessAction, GoalLevel
from caseapp.domain.meetings import Decision, Meeting
from caseapp.domain.models import Goal
from caseapp.errors import CaseappError
from caseapp.service import CaseService
from ui.common.formatting import enum_label, fmt_date
from ui.common.table_model import ROW_ROLE, Column, RecordTableModel
from ui.common.text_size import scaled
from ui.common.views import fit_columns, make_table
from ui.followup.saving_dialog import date_edit, day_of


class MinutesDialog(QDialog):
    def __init__(self, service: CaseService, meeting_id: int, goals: Sequence[Goal], today: dt.date,
                 parent: QWidget | None = None, read_only: bool = False) -> None:
        super().__init__(parent)
        self._service = service
        self._meeting_id = meeting_id
        self._read_only = read_only
        self._today = today
        self.meeting: Meeting = service.meetings.get(meeting_id)
        self.choose_pdf_path: Callable[[], str] = self._ask_pdf_path  # replaceable in tests
        self.setWindowTitle(self.tr("Referat – {kind}").format(kind=enum_label(self.meeting.kind)))
        self.item_edits: dict[int, QPlainTextEdit] = {}
        self.decisions_model = RecordTableModel(self._decision_columns(), self)
        self.decisions_table = make_table(self.decisions_model)
        self.decisions_table.setAccessibleName(self.tr("Aftaler"))
        self._make_agreement_fields(goals, today)
        self.done_check = QCheckBox(self.tr("Referatet er &færdigt"))
        self.done_check.setChecked(self.meeting.minutes_done_on is not None)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self._make_buttons()
        self._lay_out()
        self._show_decisions()
        if read_only:
            self._lock()
        self.resize(720, 680)

    def _make_agreement_fields(self, goals: Sequence[Goal], today: dt.date) -> None:
        """What is agreed, who answers for it, by when, and the sub-goal it becomes an action under."""
        self.what_edit = QLineEdit()
        self.what_edit.setAccessibleName(self.tr("Hvad er aftalt"))
        self.owner_box = QComboBox()
        self.owner_box.setAccessibleName(self.tr("Hvem har ansvaret"))
        for person in self.meeting.participants:
            self.owner_box.addItem(person.name, person.name)
        self.due_check = QCheckBox()
        self.due_check.setAccessibleName(self.tr("Aftalen har en frist"))
        self.due_edit = date_edit(max(today, self.meeting.starts_at.date()) + dt.timedelta(days=7),
                                  self.tr("Frist for aftalen"))
        self.due_check.setChecked(True)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.goal_box = QComboBox()
        self.goal_box.setAccessibleName(self.tr("Bliver en handling under delmålet"))
        self.goal_box.addItem(self.tr("Ingen handling i planen"), None)
        for goal in goals:
            if goal.level == GoalLevel.SUB:
                self.goal_box.addItem(goal.text, goal.id)
        self.add_decision_button = QPushButton(self.tr("&Tilføj aftale"))
        self.add_decision_button.clicked.connect(self.add_decision)
        # an agreement without an action in the plan is ticked off here (one with an action, there)
        self.decision_done_button = QPushButton(self.tr("Aftalen er &udført"))
        self.decision_done_button.clicked.connect(self.mark_decision_done)
        self.decisions_table.selectionModel().currentChanged.connect(
            lambda _now, _before: self._update_done_button())

    def _make_buttons(self) -> None:
        # made in the order they stand, so Tab goes left to right on every platform
        self.pdf_button = QPushButton(self.tr("Referat som &PDF …"))
        self.close_button = QPushButton(self.tr("&Luk"))
        self.save_button = QPushButton(self.tr("&Gem"))
        for button in (self.pdf_button, self.close_button, self.save_button, self.add_decision_button,
                       self.decision_done_button):
            button.setAutoDefault(False)  # Enter in "Hvad" adds the agreement, nothing else
        self.what_edit.returnPressed.connect(self.add_decision)
        self.save_button.clicked.connect(self.save)
        self.pdf_button.clicked.connect(self.write_pdf)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

    @classmethod
    def for_meeting(cls, service: CaseService, meeting_id: int, today: dt.date,
                    parent: QWidget | None = None) -> MinutesDialog:
        """The minutes opened from outside the citizen's page (the week): with the citizen's
        sub-goals to link agreements to, read-only when the case is closed. Recorded in the
        access log as the citizen's page is."""
        citizen_id = service.meetings.get(meeting_id).citizen_id
        service.records.record_access(AccessAction.OPENED_CITIZEN, [citizen_id], f"referat {meeting_id}")
        closed = service.records.case_closing(citizen_id) is not None
        return cls(service, meeting_id, service.plans.goals(citizen_id), today, parent, read_only=closed)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self._heading()))
        agenda = QWidget()
        items = QVBoxLayout(agenda)
        for number, item in enumerate(self.meeting.agenda, start=1):
            edit = QPlainTextEdit(item.minutes)
            edit.setAccessibleName(item.heading)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(scaled(edit, 70))
            title = QLabel(f"{number}. {item.heading}")
            title.setObjectName("sectionTitle")
            title.setBuddy(edit)
            items.addWidget(title)
            items.addWidget(edit)
            assert item.id is not None
            self.item_edits[item.id] = edit
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Dagsorden og referat"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the minutes' fields take the keys
        scroll.setWidgetResizable(True)
        scroll.setWidget(agenda)
        layout.addWidget(scroll, 3)
        layout.addWidget(self._decisions_box(), 2)
        layout.addWidget(self.done_check)
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

    def _lock(self) -> None:
        """A closed case: the minutes are read and printed, never changed."""
        for edit in self.item_edits.values():
            edit.setReadOnly(True)
        for control in (self.what_edit, self.owner_box, self.due_check, self.due_edit, self.goal_box,
                        self.add_decision_button, self.decision_done_button, self.done_check,
                        self.save_button):
            control.setEnabled(False)

    def _heading(self) -> str:
        """What, when, where, who and the tovholder, as rich text (the typed parts escaped)."""
        m = self.meeting
        parts = [enum_label(m.kind), f"{fmt_date(m.starts_at.date())} {m.starts_at:%H.%M}", m.place]
        line = html.escape(" · ".join(p for p in parts if p))
        names = html.escape(", ".join(p.name for p in m.participants))
        lead = m.coordinator
        lead_text = html.escape(self.tr("Tovholder: {name}").format(name=lead.name)) if lead else ""
        return f"<b>{line}</b><br>{names}" + (f"<br>{lead_text}" if lead_text else "")

    def _decisions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Aftaler"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.decisions_table, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Hvad"), self.what_edit)
        form.addRow(self.tr("H&vem"), self.owner_box)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        due_label = QLabel(self.tr("Fr&ist"))
        due_label.setBuddy(self.due_check)  # a row of two widgets has no buddy of its own
        form.addRow(due_label, due_row)
        form.addRow(self.tr("&Delmål"), self.goal_box)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_decision_button)
        row.addWidget(self.decision_done_button)
        layout.addLayout(row)
        return box

    def _decision_columns(self) -> list[Column[Decision]]:
        return [
            Column(self.tr("Hvad"), lambda d: d.what),
            Column(self.tr("Hvem"), lambda d: d.owner),
            Column(self.tr("Frist"), lambda d: fmt_date(d.due_on), lambda d: d.due_on),
            Column(self.tr("I planen"), lambda d: self.tr("Ja") if d.action_id else ""),
            Column(self.tr("Udført"), lambda d: fmt_date(d.done_on)),
        ]

    def _show_decisions(self) -> None:
        self.decisions_model.set_rows(list(self.meeting.decisions))
        fit_columns(self.decisions_table, widest=260)
        self._update_done_button()

    def _selected_decision(self) -> Decision | None:
        index = self.decisions_table.currentIndex()
        row = index.sibling(index.row(), 0).data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, Decision) else None

    def _update_done_button(self) -> None:
        decision = self._selected_decision()
        self.decision_done_button.setEnabled(
            not self._read_only and decision is not None and decision.done_on is None)

    # -- writing ---------------------------------------------------------------------------------

    def changed_minutes(self) -> dict[int, str]:
        stored = {item.id: item.minutes for item in self.meeting.agenda}
        return {item_id: edit.toPlainText() for item_id, edit in self.item_edits.items()
                if edit.toPlainText().strip() != stored[item_id]}

    def _done_changed(self) -> bool:
        return self.done_check.isChecked() != (self.meeting.minutes_done_on is not None)

    def save(self) -> bool:
        """Write what changed; a refusal is shown here as one sentence and the text stays."""
        changed = self.changed_minutes()
        if not changed and not self._done_changed():
            return True
        done_on = (self.meeting.minutes_done_on or self._today) if self.done_check.isChecked() else None
        return self._write(lambda: self._service.meetings.write_minutes(self._meeting_id, changed, done_on))

    def add_decision(self) -> None:
        decision = Decision(
            what=self.what_edit.text(), owner=self.owner_box.currentData() or "",
            due_on=day_of(self.due_edit) if self.due_check.isChecked() else None,
            goal_id=self.goal_box.currentData())
        if self._write(lambda: self._service.meetings.add_decision(self._meeting_id, decision)):
            self.what_edit.clear()
            self.what_edit.setFocus()

    def mark_decision_done(self) -> None:
        decision = self._selected_decision()
        if decision is not None and decision.id is not None and decision.done_on is None:
            self._write(lambda: self._service.meetings.set_decision_done(decision.id, self._today))

    def write_pdf(self) -> None:
        if not self.save():
            return
        path = self.choose_pdf_path()
        if path:
            self._write(lambda: self._service.export_minutes(self._meeting_id, Path(path), today=self._today))

    def _write(self, write: Callable[[], object]) -> bool:
        try:
            result = write()
        except CaseappError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return False
        self.error_label.hide()
        if isinstance(result, Meeting):
            self.meeting = result
            self._show_decisions()
        return True

    def _ask_pdf_path(self) -> str:
        name = f"referat_{self.meeting.starts_at:%Y-%m-%d}.pdf"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Gem referatet som PDF"), name,
                                                    self.tr("PDF-filer (*.pdf)"))
        return path

    def reject(self) -> None:
        """Closing keeps what was typed: it is saved first, and a refusal keeps the dialog open."""
        if self.save():
            super().reject()
