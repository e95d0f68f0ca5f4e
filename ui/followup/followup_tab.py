"""A citizen's Opfølgning tab: the efforts and grants with their periods, the documents
requested from others with their reminders, and the meetings with the network and their
minutes. Each change is saved at once through the core."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from caseapp.domain.enums import ChaseHow, EffortOutcome
from caseapp.domain.followup import DocumentRequest, Effort
from caseapp.domain.models import Goal
from caseapp.service import CaseService
from ui.common import messages
from ui.common.closed_banner import ClosedBanner
from ui.common.formatting import enum_label, fmt_date
from ui.common.table_model import ROW_ROLE, Column, RecordTableModel
from ui.common.views import fit_columns, make_table
from ui.followup.document_dialog import DocumentDialog
from ui.followup.effort_dialog import EffortDialog
from ui.followup.effort_end_dialog import EffortEndDialog
from ui.followup.meetings_panel import MeetingsPanel


class FollowUpTab(QWidget):
    followup_changed = Signal(int)  # citizen id

    def __init__(self, service: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.citizen_id: int | None = None
        self._closed = False  # a closed case: read, never edited (set_closed)
        self.closed_banner = ClosedBanner()
        self._goals: list[Goal] = []
        self.today: Callable[[], dt.date] = dt.date.today  # the shell hands in its clock
        # replaceable in tests
        self.show_error: Callable[[QWidget | None, BaseException], None] = messages.show_error
        self.ask_how: Callable[[QWidget], ChaseHow | None] = self._ask_how
        self.run_dialog: Callable[[QWidget], bool] = lambda dialog: bool(dialog.exec())
        self.efforts_model = RecordTableModel(self._effort_columns(), self)
        self.documents_model = RecordTableModel(self._document_columns(), self)
        self.efforts_table = make_table(self.efforts_model)
        self.efforts_table.setAccessibleName(self.tr("Indsatser"))
        self.documents_table = make_table(self.documents_model)
        self.documents_table.setAccessibleName(self.tr("Bestilte dokumenter"))
        self.new_effort_button = self._button(self.tr("&Ny indsats …"), self.new_effort)
        self.end_effort_button = self._button(self.tr("&Forlæng eller afslut …"), self.end_effort)
        self.request_button = self._button(self.tr("&Bestil dokument …"), self.request_document)
        self.chase_button = self._button(self.tr("&Rykker sendt …"), self.chase_document)
        self.received_button = self._button(self.tr("&Modtaget"), self.document_received)
        self.give_up_button = self._button(self.tr("&Opgiv"), self.give_up_document)
        self.meetings = MeetingsPanel(service, lambda: self.today(), self)
        self.meetings.changed.connect(self._changed)
        self.efforts_table.activated.connect(lambda _i: self.end_effort())
        for table in (self.efforts_table, self.documents_table):
            table.selectionModel().currentChanged.connect(lambda _now, _before: self._update_buttons())
        self._lay_out()
        self._update_buttons()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.closed_banner)
        for heading, table, buttons in (
            (self.tr("Indsatser og bevillinger"), self.efforts_table,
             (self.new_effort_button, self.end_effort_button)),
            (self.tr("Dokumenter, der er bestilt hos andre"), self.documents_table,
             (self.request_button, self.chase_button, self.received_button, self.give_up_button)),
        ):
            row = QHBoxLayout()
            title = QLabel(heading)
            title.setObjectName("sectionTitle")
            row.addWidget(title, 1)
            for button in buttons:
                row.addWidget(button)
            layout.addLayout(row)
            layout.addWidget(table, 1)
        layout.addWidget(self.meetings, 1)

    def _effort_columns(self) -> list[Column[Effort]]:
        return [
            Column(self.tr("Indsats"), lambda e: e.title),
            Column(self.tr("Slags"), lambda e: enum_label(e.kind)),
            Column(self.tr("Leverandør"), lambda e: e.provider_name),
            Column(self.tr("Periode"), lambda e: f"{fmt_date(e.start_on)} – {fmt_date(e.end_on)}", lambda e: e.end_on),
            Column(self.tr("Revurdering"), lambda e: fmt_date(e.review_on), lambda e: e.review_on),
            Column(self.tr("Delmål"), lambda e: "; ".join(e.goal_texts)),
            Column(self.tr("Status"), self._effort_state,
                   alert=lambda e: e.awaiting_decision(self.today())),
        ]

    def _effort_state(self, effort: Effort) -> str:
        if effort.awaiting_decision(self.today()):
            return self.tr("Afventer afgørelse (slut {date})").format(date=fmt_date(effort.end_on))
        if effort.outcome is None:
            return self.tr("Løber")
        if effort.outcome == EffortOutcome.EXTENDED:
            return self.tr("Forlænget fra {date}").format(date=fmt_date(effort.previous_end_on))
        return self.tr("{outcome} {date}").format(outcome=enum_label(effort.outcome), date=fmt_date(effort.ended_on))

    def _document_columns(self) -> list[Column[DocumentRequest]]:
        return [
            Column(self.tr("Dokument"), lambda d: d.title),
            Column(self.tr("Bestilt hos"), lambda d: d.requested_from),
            Column(self.tr("Bestilt"), lambda d: fmt_date(d.requested_on), lambda d: d.requested_on),
            Column(self.tr("Frist"), lambda d: fmt_date(d.due_on), lambda d: d.due_on,
                   alert=lambda d: d.open and d.due_on < self.today()),
            Column(self.tr("Rykkere"), self._chases_text),
            Column(self.tr("Status"), self._document_state),
        ]

    def _chases_text(self, request: DocumentRequest) -> str:
        return ", ".join(f"{enum_label(c.how).lower()} {fmt_date(c.chased_on)}" for c in request.chases)

    def _document_state(self, request: DocumentRequest) -> str:
        if request.received_on is not None:
            return self.tr("Modtaget {date}").format(date=fmt_date(request.received_on))
        if request.given_up_on is not None:
            return self.tr("Opgivet {date}").format(date=fmt_date(request.given_up_on))
        return self.tr("Venter")

    # -- showing ------------------------------------------------------------------------------

    def set_citizen(self, citizen_id: int, goals: Mapping[int, Goal] | None = None) -> None:
        self.citizen_id = citizen_id
        self._goals = list((goals or {}).values())
        self.refresh()

    def refresh(self) -> None:
        if self.citizen_id is None:
            return
        self.efforts_model.set_rows(self._service.efforts.of_citizen(self.citizen_id))
        self.documents_model.set_rows(self._service.documents.of_citizen(self.citizen_id))
        self.meetings.show_meetings(self.citizen_id, self._goals)
        for table in (self.efforts_table, self.documents_table):
            fit_columns(table, widest=240)
            if table.model().rowCount() and not table.currentIndex().isValid():
                table.selectRow(0)
        self._update_buttons()

    def set_closed(self, closed: bool) -> None:
        """A closed case's follow-up went with it: shown, never changed."""
        self._closed = closed
        self.closed_banner.set_closed(closed)
        self.meetings.set_closed(closed)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Only what can be done to the chosen row is offered: a running effort is extended or
        ended, an open request chased, received or given up; nothing in a closed case."""
        open_case = not self._closed
        self.new_effort_button.setEnabled(open_case)
        self.request_button.setEnabled(open_case)
        effort = self._selected(self.efforts_table)
        self.end_effort_button.setEnabled(open_case and isinstance(effort, Effort) and effort.running)
        request = self._selected(self.documents_table)
        is_open = open_case and isinstance(request, DocumentRequest) and request.open
        for button in (self.chase_button, self.received_button, self.give_up_button):
            button.setEnabled(is_open)

    def _selected(self, table: object) -> object | None:
        index = table.currentIndex()  # type: ignore[attr-defined]
        return index.sibling(index.row(), 0).data(ROW_ROLE) if index.isValid() else None

    # -- changing -------------------------------------------------------------------------------

    def new_effort(self) -> None:
        if self.citizen_id is None or self._closed:
            return
        dialog = EffortDialog(self.citizen_id, self.today(), self._goals,
                              self._service.citizens.contacts(self.citizen_id), self)
        dialog.save = lambda: self._service.efforts.add(dialog.effort(), dialog.provider())
        self._run(dialog)

    def end_effort(self) -> None:
        effort = self._selected(self.efforts_table)
        if self._closed or not isinstance(effort, Effort) or effort.id is None or not effort.running:
            return
        dialog = EffortEndDialog(effort, self.today(), self)
        effort_id = effort.id

        def save() -> None:
            if dialog.outcome() == EffortOutcome.EXTENDED:
                self._service.efforts.extend(effort_id, dialog.day(), dialog.note())
            else:
                self._service.efforts.end(effort_id, dialog.outcome(), dialog.day(), dialog.note())

        dialog.save = save
        self._run(dialog)

    def request_document(self) -> None:
        if self.citizen_id is None:
            return
        dialog = DocumentDialog(self.citizen_id, self.today(), self)
        dialog.save = lambda: self._service.documents.request(dialog.request())
        self._run(dialog)

    def chase_document(self) -> None:
        request = self._selected(self.documents_table)
        if not isinstance(request, DocumentRequest) or request.id is None or not request.open:
            return
        how = self.ask_how(self)
        if how is not None:
            self._write(lambda: self._service.documents.chase(request.id, how, self.today()))

    def document_received(self) -> None:
        request = self._selected(self.documents_table)
        if isinstance(request, DocumentRequest) and request.id is not None and request.open:
            self._write(lambda: self._service.documents.received(request.id, self.today()))

    def give_up_document(self) -> None:
        request = self._selected(self.documents_table)
        if isinstance(request, DocumentRequest) and request.id is not None and request.open:
            self._write(lambda: self._service.documents.give_up(request.id, self.today()))

    def _ask_how(self, parent: QWidget) -> ChaseHow | None:
        choices = {enum_label(how): how for how in ChaseHow}
        text, ok = QInputDialog.getItem(parent, self.tr("Rykker sendt"), self.tr("Hvordan blev der rykket?"),
                                        list(choices), 0, False)
        return choices.get(text) if ok else None

    def _run(self, dialog: QWidget) -> None:
        if self.run_dialog(dialog):
            self._changed()

    def _write(self, write: Callable[[], object]) -> None:
        try:
            write()
        except Exception as exc:  # noqa: BLE001 - one sentence to the user
            self.show_error(self, exc)
            return
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        if self.citizen_id is not None:
            self.followup_changed.emit(self.citizen_id)
