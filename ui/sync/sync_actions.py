"""What the main window gets from team sharing: the menu actions (Synkronisér nu, Ctrl+Shift+S;
Konflikter; setting a team up: Opret, Deltag, Invitér, Medlemmer, Forlad), the status-bar widget,
the background runner and the dialogs, wired together. `data_changed` tells the shell to read its
pages again (something was pulled or resolved, or the database joined or left a team)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from caseapp.service import CaseService
from caseapp.sync.team_state import SyncStatus
from ui.sync.conflict_dialog import ConflictDialog
from ui.sync.create_team_dialog import CreateTeamDialog
from ui.sync.invite_dialog import InviteDialog
from ui.sync.join_team_dialog import JoinTeamDialog
from ui.sync.leave_team_dialog import LeaveTeamDialog
from ui.sync.members_dialog import MembersDialog
from ui.sync.sync_runner import INTERVAL_MS, SyncRunner
from ui.sync.sync_status_widget import SyncStatusWidget
from ui.sync.team_dialog import TeamDialog

SHORTCUT = "Ctrl+Shift+S"


if TYPE_CHECKING:
    from caseapp.sync.team_state import SyncReport


class SyncActions(QObject):
    data_changed = Signal()
    notice = Signal(str)  # a passing message for the status bar

    def __init__(
        self,
        service: CaseService,
        window: QWidget,
        is_locked: Callable[[], bool],
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(window)
        self._service = service
        self._window = window
        self._is_locked = is_locked
        self.dialog: ConflictDialog | None = None
        self.team_dialog: TeamDialog | None = None  # the open Opret/Deltag/… dialog
        self.runner = SyncRunner(service, window, interval_ms)
        self.widget = SyncStatusWidget()
        self.sync_action = QAction(self.tr("&Synkronisér nu"), window)
        self.sync_action.setShortcut(QKeySequence(SHORTCUT))
        self.sync_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.sync_action.triggered.connect(self.sync_now)
        self.conflicts_action = QAction(self.tr("&Konflikter …"), window)
        self.conflicts_action.triggered.connect(self.open_conflicts)
        window.addAction(self.sync_action)  # the shortcut works with the menu bar hidden, too
        self.create_action = self._action(self.tr("&Opret team …"), self.open_create)
        self.join_action = self._action(self.tr("&Deltag i team …"), self.open_join)
        self.invite_action = self._action(self.tr("&Invitér …"), self.open_invite)
        self.members_action = self._action(self.tr("&Medlemmer …"), self.open_members)
        self.leave_action = self._action(self.tr("&Forlad team …"), self.open_leave)
        self.runner.started.connect(self.widget.show_syncing)
        self.runner.synced.connect(self._synced)
        self.runner.problem.connect(self._problem)
        self.runner.status_changed.connect(self._status_changed)
        self.widget.conflicts_requested.connect(self.open_conflicts)

    def _action(self, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self._window)
        action.triggered.connect(slot)
        action.setEnabled(False)  # until the first status says whether the database is in a team
        return action

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.sync_action)
        menu.addAction(self.conflicts_action)
        menu.addSeparator()
        menu.addAction(self.create_action)
        menu.addAction(self.join_action)
        menu.addSeparator()
        menu.addAction(self.invite_action)
        menu.addAction(self.members_action)
        menu.addSeparator()
        menu.addAction(self.leave_action)

    def start(self) -> None:
        self.runner.start()

    def sync_at_start(self) -> None:
        """One background sync as the window starts, when the database is in a team (the
        five-minute timer goes on as before)."""
        if self.runner.in_team() and not self._is_locked():
            self.runner.sync_now()

    def sync_now(self) -> None:
        if self._is_locked():
            return
        if not self.runner.in_team():
            self.notice.emit(self.tr(
                "Databasen er ikke med i et team; der er intet at synkronisere."))
            return
        self.runner.sync_now()

    def open_conflicts(self) -> None:
        if self._is_locked():
            return
        if self.dialog is None:
            self.dialog = ConflictDialog(self._service, self._window)
            self.dialog.resolved.connect(self._resolved)
        self.dialog.open_list()

    # -- setting a team up -----------------------------------------------------------------

    def open_create(self) -> None:
        self._open_team_dialog(lambda: CreateTeamDialog(self._service, self._window))

    def open_join(self) -> None:
        self._open_team_dialog(lambda: JoinTeamDialog(self._service, self._window))

    def open_invite(self) -> None:
        self._open_team_dialog(lambda: InviteDialog(self._service, self._window))

    def open_members(self) -> None:
        dialog = self._open_team_dialog(lambda: MembersDialog(self._service, self._window))
        if isinstance(dialog, MembersDialog):
            dialog.reload()

    def open_leave(self) -> None:
        name = self.runner.status.team_name if self.runner.status is not None else ""
        dialog = self._open_team_dialog(lambda: LeaveTeamDialog(self._service, name, self._window))
        if isinstance(dialog, LeaveTeamDialog):
            dialog.team_changed.connect(lambda: self._team_left(dialog.outcome))

    def _open_team_dialog(self, make: Callable[[], TeamDialog]) -> TeamDialog | None:
        if self._is_locked():
            return None
        if self.team_dialog is not None and self.team_dialog.isVisible():
            self.team_dialog.raise_()
            self.team_dialog.activateWindow()
            return None
        if self.team_dialog is not None:
            self.team_dialog.deleteLater()
        dialog = make()
        dialog.team_changed.connect(self._team_changed)
        self.team_dialog = dialog
        dialog.open()
        return dialog

    def _team_changed(self) -> None:
        """Joined, founded or left: the menu, the timer and the status bar follow the new state,
        and the pages are read again (the "Del med teamet" switch, shared badges)."""
        self.runner.update_status()
        self.data_changed.emit()

    def _team_left(self, outcome: str) -> None:
        """`outcome`: the colleagues' citizens deleted here and those kept, in one sentence."""
        if outcome:
            self.notice.emit(self.tr("Databasen har forladt teamet. {outcome}").format(outcome=outcome))
        else:
            self.notice.emit(self.tr("Databasen har forladt teamet; de lokale data er bevaret."))

    def _synced(self, report: SyncReport) -> None:
        self.widget.show_synced()
        told = " ".join(s for s in (report.notice, report.problem) if s)
        if told:  # held, missing or healed: the rest went through, and the user is told
            self.widget.show_problem(told, False)
        if report.pulled or report.applied:
            self.data_changed.emit()
        if report.conflicts and self.dialog is not None and self.dialog.isVisible():
            self.dialog.reload()

    def _problem(self, text: str, offline: bool) -> None:
        self.widget.show_problem(text, offline)
        if not offline:
            self.data_changed.emit()  # a refused entry leaves the rest synced

    def _resolved(self) -> None:
        self.runner.update_status()
        self.data_changed.emit()

    def _status_changed(self, status: SyncStatus) -> None:
        self.widget.show_status(status)
        self.sync_action.setEnabled(True)
        self.conflicts_action.setEnabled(status.in_team)
        for action in (self.create_action, self.join_action):
            action.setEnabled(not status.in_team)
        for action in (self.invite_action, self.members_action, self.leave_action):
            action.setEnabled(status.in_team)
        self.conflicts_action.setText(
            self.tr("&Konflikter ({count}) …").format(count=status.conflicts)
            if status.conflicts else self.tr("&Konflikter …"))
