"""What the main window gets from team sharing: the menu actions (Synkronisér nu, Ctrl+Shift+S;
Konflikter), the status-bar widget, the background runner and the conflict dialog, wired together.
`data_changed` tells the shell to read its pages again (something was pulled or resolved)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from caseapp.service import CaseService
from caseapp.sync.team_state import SyncStatus
from ui.sync.conflict_dialog import ConflictDialog
from ui.sync.sync_runner import INTERVAL_MS, SyncRunner
from ui.sync.sync_status_widget import SyncStatusWidget

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
        self.runner = SyncRunner(service, window, interval_ms)
        self.widget = SyncStatusWidget()
        self.sync_action = QAction(self.tr("&Synkronisér nu"), window)
        self.sync_action.setShortcut(QKeySequence(SHORTCUT))
        self.sync_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.sync_action.triggered.connect(self.sync_now)
        self.conflicts_action = QAction(self.tr("&Konflikter …"), window)
        self.conflicts_action.triggered.connect(self.open_conflicts)
        window.addAction(self.sync_action)  # the shortcut works with the menu bar hidden, too
        self.runner.started.connect(self.widget.show_syncing)
        self.runner.synced.connect(self._synced)
        self.runner.problem.connect(self._problem)
        self.runner.status_changed.connect(self._status_changed)
        self.widget.conflicts_requested.connect(self.open_conflicts)

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.sync_action)
        menu.addAction(self.conflicts_action)

    def start(self) -> None:
        self.runner.start()

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
        self.conflicts_action.setText(
            self.tr("&Konflikter ({count}) …").format(count=status.conflicts)
            if status.conflicts else self.tr("&Konflikter …"))
