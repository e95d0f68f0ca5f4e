"""One citizen: the header and the tabs Overblik, Plan, Dagbog, Aftaler, Status, Opfølgning (the
shell hands in the Plan, Dagbog, Status and Opfølgning tabs, which belong to their own features)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from caseapp.domain.enums import AccessAction
from caseapp.domain.models import (
    Appointment,
    CaseClosing,
    Citizen,
    DataChange,
    Goal,
    PurgeReceipt,
    StatusDescription,
)
from caseapp.errors import CaseappError
from caseapp.reports.handover_data import HandoverSummary
from caseapp.reports.insight_review import Mention
from caseapp.service import CaseService
from caseapp.sync.handover import Handover
from ui.citizen.access_log_dialog import AccessLogDialog
from ui.citizen.citizen_header import CitizenHeader
from ui.citizen.close_case_dialog import CloseCaseDialog
from ui.citizen.handover_dialog import RECEIVE, HandoverDialog
from ui.citizen.handover_file import ask_handover_file, suggested_handover_path
from ui.citizen.insight_file import ask_insight_file, ask_leave_out, suggested_insight_path
from ui.citizen.overview_tab import OverviewTab
from ui.citizen.purge_question import ask_purge
from ui.citizen.record_models import appointments_model
from ui.citizen.record_tab import RecordTab
from ui.citizen.tab_panes import FollowUpPane, NotesPane, PlanPane, StatusPane, as_widget
from ui.common import messages
from ui.common.details import appointment_html
from ui.common.pdf_file import pdf_path
from ui.common.table_model import ROW_ROLE
from ui.common.worker import QueryOp

TABS = ("overview", "plan", "notes", "appointments", "status", "followup")


class CitizenPage(QWidget):
    citizen_saved = Signal(int)
    citizen_shared = Signal(int)
    citizen_purged = Signal(int)

    def __init__(
        self,
        service: CaseService,
        plan: PlanPane,
        notes: NotesPane,
        statuses: StatusPane,
        followup: FollowUpPane,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.citizen: Citizen | None = None
        self._goals: dict[int, Goal] = {}
        # replaceable in tests
        self.show_error: Callable[[QWidget | None, BaseException], None] = messages.show_error
        self._make_header()
        self.today: Callable[[], dt.date] = dt.date.today  # the shell hands in its clock
        self._set_dialogs()
        self.overview = OverviewTab(service)
        self.overview.citizen_saved.connect(self._saved)
        self.plan = plan
        self.notes = notes
        self.notes.notes_changed.connect(self._notes_changed)
        self._make_appointments()
        self.statuses = statuses
        self.followup = followup
        self._make_tabs()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

    def _make_header(self) -> None:
        self.header = CitizenHeader()
        self.header.share_requested.connect(self._share)
        self.header.access_log_requested.connect(self.show_access_log)
        self.header.insight_requested.connect(self.export_insight)
        self.header.close_requested.connect(self.close_case)
        self.header.reopen_requested.connect(self.reopen_case)
        self.header.purge_requested.connect(self.purge_case)
        self.header.handover_requested.connect(self.open_handover)
        self.header.accept_handover_requested.connect(self.accept_handover)

    def _set_dialogs(self) -> None:
        """The dialogs and questions the page opens (replaceable in tests)."""
        self.access_log_dialog = AccessLogDialog
        self.close_case_dialog = CloseCaseDialog
        self.handover_dialog = HandoverDialog
        self.choose_handover_file: Callable[[QWidget, str], str] = ask_handover_file
        self.confirm_purge: Callable[[QWidget, str, bool], bool] = ask_purge
        self.choose_insight_file: Callable[[QWidget, str], str] = ask_insight_file
        self.ask_leave_out: Callable[[QWidget, list[Mention]], bool | None] = ask_leave_out
        self.show_info: Callable[[QWidget, str], object] = messages.show_info

    def _make_appointments(self) -> None:
        """The Aftaler tab: the list, its details and "write a note for this appointment"."""
        self.appointments = RecordTab(
            appointments_model(), appointment_html, self.tr("Ingen aftaler.")
        )
        self.write_note = QAction(self.tr("Skriv notat til aftalen"), self.appointments.table)
        self.write_note.triggered.connect(self._note_for_appointment)
        self.appointments.table.addAction(self.write_note)
        self.appointments.table.setAccessibleName(self.tr("Aftaler"))
        self.appointments.details.setAccessibleName(self.tr("Den valgte aftale"))
        self.appointments.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.appointments.table.doubleClicked.connect(self._note_for_appointment)

    def _make_tabs(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Borgerens sider"))  # AT-SPI announces it too
        self.tabs.tabBar().setAccessibleName(self.tr("Borgerens faner"))
        self.tabs.addTab(self.overview, self.tr("Overblik"))
        self.tabs.addTab(as_widget(self.plan), self.tr("Plan"))
        self.tabs.addTab(as_widget(self.notes), self.tr("Dagbog"))
        self.tabs.addTab(self.appointments, self.tr("Aftaler"))
        self.tabs.addTab(as_widget(self.statuses), self.tr("Status"))
        self.tabs.addTab(as_widget(self.followup), self.tr("Opfølgning"))
        self.appointments_loaded = False
        self.tabs.currentChanged.connect(lambda _index: self._load_shown_tab())
        self._tab_shortcuts()

    def show_citizen(self, citizen_id: int, cap: int = 2) -> None:
        """Load everything about one citizen through the façade (fast enough to do inline)."""
        s = self._service
        citizen = s.citizens.citizen(citizen_id)
        s.records.record_access(AccessAction.OPENED_CITIZEN, [citizen_id])
        goals = s.plans.goals(citizen_id)
        self.citizen = citizen
        self._goals = {g.id: g for g in goals if g.id is not None}
        self.header.show_citizen(citizen)
        self._show_sharing(citizen_id)
        self.overview.show_citizen(citizen, s.citizens.contacts(citizen_id), s.citizens.consents(citizen_id))
        self._show_closing(s.records.case_closing(citizen_id))
        self.plan.show_plan(citizen, goals, s.plans.actions(citizen_id), cap)
        statuses: list[StatusDescription] = s.statuses.status_descriptions(citizen_id)
        # Dagbog and Aftaler are read when first shown: ten years of a resident's diary and
        # calendar cost more than the rest of the page together.
        self.notes.set_citizen(citizen_id, self._goals)
        self.appointments_loaded = False
        self.appointments.set_rows([])  # nothing of the previous citizen stays behind
        if self.isVisible():
            QTimer.singleShot(0, self._load_shown_tab)
        self.statuses.show_citizen(citizen_id, statuses)
        self.followup.set_citizen(citizen_id, self._goals)
        self.tabs.setTabText(2, self.tr("Dagbog ({count})").format(count=s.diary.note_count(citizen_id)))

    def show_tab(self, name: str) -> None:
        name, _, target = name.partition(":")  # "notes:appointment:7", "notes:summary:2025-10-01"
        if name in TABS:
            self.tabs.setCurrentIndex(TABS.index(name))
            self._load_shown_tab()
        if name == "notes" and target:
            self.notes.open_target(target)

    def _tab_shortcuts(self) -> None:
        """Ctrl+Tab / Ctrl+PgDown and back from anywhere on the page, not only the tab bar."""
        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+PgDown", 1),
                           ("Ctrl+Shift+Tab", -1), ("Ctrl+Backtab", -1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step_tab(step))

    def step_tab(self, step: int) -> None:
        """The next (or previous) tab, round again after the last."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _load_shown_tab(self) -> None:
        """Fill the Aftaler tab the first time it is shown for this citizen (the Dagbog tab
        loads itself when shown)."""
        if (self.tabs.currentWidget() is self.appointments and not self.appointments_loaded
                and self.citizen is not None and self.citizen.id is not None):
            self.appointments_loaded = True
            rows: list[Appointment] = self._service.calendar.citizen_appointments(self.citizen.id)
            self.appointments.set_rows(rows)

    def select_note(self, note_id: int) -> None:
        """Show one note; an older one than the list holds is added to it first."""
        self.show_tab("notes")
        self.notes.select_note(note_id)

    def _note_for_appointment(self) -> None:
        if not self.write_note.isEnabled():
            return  # a closed case takes no new notes
        rows = self.appointments.table.selectionModel().selectedRows()
        if rows:
            self.show_tab(f"notes:appointment:{rows[0].data(ROW_ROLE).id}")

    def _notes_changed(self, citizen_id: int) -> None:
        count = self._service.diary.note_count(citizen_id)
        self.tabs.setTabText(2, self.tr("Dagbog ({count})").format(count=count))

    def select_goal(self, goal_id: int) -> None:
        self.show_tab("plan")
        self.plan.select_goal(goal_id)

    def has_unsaved_changes(self) -> bool:
        return self.citizen is not None and (
            self.overview.has_unsaved_changes() or self.statuses.has_unsaved_changes()
        )

    # -- team sharing ------------------------------------------------------------------------

    def _show_sharing(self, citizen_id: int) -> None:
        in_team = self._service.team.sync_status().in_team
        self.header.show_sharing(in_team, in_team and citizen_id in self._service.team.shared_citizens())
        state = self._service.team.handover_state(citizen_id) if in_team else None
        self.header.show_handover(state, self._service.team.team_member_role() if in_team else "")

    # -- handing the citizen over (overdragelse) ----------------------------------------------

    def open_handover(self) -> None:
        """The summary to read; then hand over (the giver) or take over (the receiver)."""
        if self.citizen is None or self.citizen.id is None:
            return
        citizen_id, today = self.citizen.id, self.today()

        def load(s: CaseService) -> tuple[HandoverSummary, Handover, list[str], str]:
            return (s.reports.handover_summary(citizen_id, today), s.team.handover_state(citizen_id),
                    s.team.handover_members(), s.team.team_member_role())

        QueryOp(self, self._service, load, success=lambda found: self._handover_loaded(citizen_id, *found)).failure(
            lambda exc: self.show_error(self, exc)).run_in_background()

    def _handover_loaded(self, citizen_id: int, summary: HandoverSummary, state: Handover,
                         members: list[str], me: str) -> None:
        dialog = self.handover_dialog(summary, state, members, me, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.mode == RECEIVE:
            self.accept_handover()
            return
        to, out = dialog.chosen_member(), None
        if dialog.wants_pdf():
            chosen = self.choose_handover_file(self, suggested_handover_path(citizen_id, summary.name))
            if not chosen:
                return
            out = pdf_path(chosen)
        QueryOp(self, self._service, lambda s: s.team.hand_over(citizen_id, to, out, self.today()),
                success=lambda path: self._handed_over(citizen_id, to, path)).failure(
            lambda exc: self.show_error(self, exc)).run_in_background()

    def _handed_over(self, citizen_id: int, to: str, path: Path | None) -> None:
        if self.citizen is not None and self.citizen.id == citizen_id:
            self._show_sharing(citizen_id)
        saved = self.tr(" Overdragelsen er gemt som {pdf}.").format(pdf=path.name) if path else ""
        self.show_info(self, self.tr("Borgeren er overdraget til {to}; {to} bliver ansvarlig, når "
                                     "overdragelsen er modtaget.").format(to=to) + saved)

    def accept_handover(self) -> None:
        if self.citizen is None or self.citizen.id is None:
            return
        citizen_id = self.citizen.id
        QueryOp(self, self._service, lambda s: s.team.accept_handover(citizen_id, self.today()),
                success=lambda _state: self._accepted(citizen_id)).failure(
            lambda exc: self.show_error(self, exc)).run_in_background()

    def _accepted(self, citizen_id: int) -> None:
        if self.citizen is not None and self.citizen.id == citizen_id:
            self.citizen = self._service.citizens.citizen(citizen_id)
            self.header.show_citizen(self.citizen)
            self.overview.show_latest(self.citizen)
            self._show_sharing(citizen_id)

    def _share(self) -> None:
        if self.citizen is None or self.citizen.id is None:
            return
        citizen_id = self.citizen.id
        QueryOp(self, self._service, lambda s: s.team.share_citizen(citizen_id),
                success=lambda _queued: self._shared(citizen_id)).failure(
            lambda exc: self._share_failed(citizen_id, exc)).run_in_background()

    def _shared(self, citizen_id: int) -> None:
        if self.citizen is not None and self.citizen.id == citizen_id:
            self._show_sharing(citizen_id)
        self.citizen_shared.emit(citizen_id)

    def _share_failed(self, citizen_id: int, exc: BaseException) -> None:
        if self.citizen is not None and self.citizen.id == citizen_id:
            self._show_sharing(citizen_id)
        self.show_error(self, exc)

    def show_access_log(self) -> None:
        if self.citizen is None or self.citizen.id is None:
            return
        dialog = self.access_log_dialog(self._service, self.citizen.id, self.citizen.name, self)
        dialog.exec()

    # -- closing and deleting the case ---------------------------------------------------------

    def close_case(self) -> None:
        if self.citizen is None or self.citizen.id is None:
            return
        citizen_id = self.citizen.id
        dialog = self.close_case_dialog(self.citizen.name, self._service.records.retention_days(), self.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason, on = dialog.reason.text(), dialog.chosen_date()
        self._case_op(lambda s: s.records.close_case(citizen_id, reason, on), citizen_id)

    def _show_closing(self, case: CaseClosing | None) -> None:
        """A closed case is shown read-only until it is reopened (the core refuses changes)."""
        self.header.show_closing(case)
        self.overview.set_read_only(case is not None)
        for pane in (self.plan, self.notes, self.statuses, self.followup):
            pane.set_closed(case is not None)
        self.write_note.setEnabled(case is None)

    def reopen_case(self) -> None:
        if self.citizen is not None and self.citizen.id is not None:
            citizen_id = self.citizen.id
            self._case_op(lambda s: s.records.reopen_case(citizen_id), citizen_id)

    def _case_op(self, op: Callable[[CaseService], object], citizen_id: int) -> None:
        def done(_result: object) -> None:
            if self.citizen is not None and self.citizen.id == citizen_id:
                self.citizen = self._service.citizens.citizen(citizen_id)
                self.header.show_citizen(self.citizen)
                self._show_closing(self._service.records.case_closing(citizen_id))

        QueryOp(self, self._service, op, success=done).failure(
            lambda exc: self.show_error(self, exc)).run_in_background()

    def purge_case(self) -> None:
        """Delete the citizen for good, after saying what goes and what stays; a refusal (not
        filed) is one sentence and nothing is removed. A shared citizen also goes from the team
        at the next sync."""
        if self.citizen is None or self.citizen.id is None:
            return
        citizen_id, name = self.citizen.id, self.citizen.name
        why = self._service.records.purge_refusal(citizen_id, self.today())
        if why:
            self.show_error(self, CaseappError(why))
            return
        shared = citizen_id in self._service.team.shared_citizens()
        if not self.confirm_purge(self, name, shared):
            return
        QueryOp(self, self._service, lambda s, _report: s.records.purge_citizen(citizen_id, self.today()),
                success=lambda receipt: self._purged(citizen_id, receipt, shared)).with_progress(
            self.tr("Sletter borgeren …")).failure(lambda exc: self.show_error(self, exc)).run_in_background()

    def _purged(self, citizen_id: int, receipt: PurgeReceipt, shared: bool) -> None:
        if self.citizen is not None and self.citizen.id == citizen_id:
            self.citizen = None
        self.citizen_purged.emit(citizen_id)
        counts = ", ".join(f"{n} {kind}" for kind, n in receipt.counts.items() if n)
        done = self.tr(
            "Borgeren er slettet fra denne computer. Kvittering i sletteregistret: {case}, {counts}."
        ).format(case=receipt.case_ref, counts=counts or self.tr("kun stamdata"))
        if shared:
            done += " " + self.tr("Hos teamet slettes borgeren ved næste synkronisering.")
        self.show_info(self, done)

    def export_insight(self) -> None:
        """The citizen's insight print-out, PDF and JSON side by side where the user chooses;
        first the other people its texts name, to leave out (insight_review.py)."""
        if self.citizen is None or self.citizen.id is None:
            return
        citizen_id, name = self.citizen.id, self.citizen.name
        QueryOp(self, self._service, lambda s, _report: s.reports.insight_mentions(citizen_id),
                success=lambda found: self._write_insight(citizen_id, name, found)).with_progress(
            self.tr("Gennemser indsigten …")).failure(lambda exc: self.show_error(self, exc)).run_in_background()

    def _write_insight(self, citizen_id: int, name: str, found: list[Mention]) -> None:
        leave_out: list[str] = []
        if found:
            answer = self.ask_leave_out(self, found)
            if answer is None:
                return
            leave_out = [m.name for m in found] if answer else []
        chosen = self.choose_insight_file(self, suggested_insight_path(citizen_id, name))
        if not chosen:
            return
        out = pdf_path(chosen)
        QueryOp(self, self._service,
                lambda s, _report: s.reports.export_insight(citizen_id, out, out.with_suffix(".json"),
                                                    leave_out=leave_out),
                success=self._insight_written).with_progress(self.tr("Skriver indsigten …")).failure(
            lambda exc: self.show_error(self, exc)).run_in_background()

    def _insight_written(self, path: Path) -> None:
        self.show_info(self, self.tr(
            "Indsigten er gemt som {pdf} og, maskinlæsbar, {json}. Den rummer hele CPR-nummeret "
            "og alle notater: giv den kun til borgeren selv.").format(
                pdf=path.name, json=path.with_suffix(".json").name))

    def show_changes(self, change: DataChange) -> None:
        """Show what changed in the database, only where this citizen's page shows it: the
        header and the form (what the user is typing stays as typed), the plan, the notes,
        the appointments and the status descriptions, each keeping its selection."""
        if self.citizen is None or self.citizen.id is None:
            return
        citizen_id, s = self.citizen.id, self._service
        if change.touches("citizens", citizen_id):
            try:
                citizen = s.citizens.citizen(citizen_id)
            except CaseappError:
                return  # gone meanwhile; the shell's caseload shows what is left
            if citizen != self.citizen:
                self.citizen = citizen
                self.header.show_citizen(citizen)
                self._show_closing(s.records.case_closing(citizen_id))  # closed by a colleague
            self.overview.show_latest(citizen)
            self._show_sharing(citizen_id)
        if change.touches("goals", citizen_id):
            goals = s.plans.goals(citizen_id)
            self._goals = {g.id: g for g in goals if g.id is not None}
            self.plan.refresh_plan(goals, s.plans.actions(citizen_id))
        if change.touches("notes", citizen_id):
            self.notes.refresh()
            self._notes_changed(citizen_id)
        if change.touches("appointments", citizen_id) and self.appointments_loaded:
            self._reload_appointments(citizen_id)
        if change.touches("statuses", citizen_id):
            self.statuses.refresh(s.statuses.status_descriptions(citizen_id))
        if change.touches("followup", citizen_id):
            self.followup.refresh()

    def _reload_appointments(self, citizen_id: int) -> None:
        rows = self.appointments.table.selectionModel().selectedRows()
        chosen = rows[0].data(ROW_ROLE).id if rows else None
        self.appointments.set_rows(self._service.calendar.citizen_appointments(citizen_id))
        if chosen is not None:
            self.appointments.select(lambda a: a.id == chosen)

    def _saved(self, citizen_id: int) -> None:
        self.citizen = self._service.citizens.citizen(citizen_id)
        self.header.show_citizen(self.citizen)
        self.citizen_saved.emit(citizen_id)
