"""Sync in the background: on a timer while the database is in a team, and on demand.

Every run goes through the one worker helper (ui/common/worker.py), so the sync opens its own
connection on a pool thread. Being offline is an ordinary state, reported by a signal and never
as an error box; so is any other sync problem (a refused payload, a removed membership).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from caseapp.service import CaseService
from caseapp.sync.errors import SyncOffline
from caseapp.sync.team_state import SyncStatus
from ui.common.messages import error_text
from ui.common.worker import QueryOp

if TYPE_CHECKING:
    from caseapp.sync.team_state import SyncReport

INTERVAL_MS = 5 * 60 * 1000  # every five minutes


class SyncRunner(QObject):
    started = Signal()
    synced = Signal(object)  # SyncReport
    problem = Signal(str, bool)  # the sentence to show, and whether it means "offline"
    status_changed = Signal(object)  # SyncStatus

    def __init__(
        self, service: CaseService, owner: QWidget, interval_ms: int = INTERVAL_MS
    ) -> None:
        super().__init__(owner)
        self._service = service
        self._owner = owner
        self.running = False
        self.status: SyncStatus | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sync_now)

    def start(self) -> None:
        """Read the state once (inline: a few small queries) and run the timer if in a team."""
        self._set_status(self._service.team.sync_status())

    def in_team(self) -> bool:
        return self.status is not None and self.status.in_team

    def sync_now(self) -> None:
        if self.running or not self.in_team():
            return
        self.running = True
        self.started.emit()
        QueryOp(self._owner, self._service, lambda s: s.team.sync_now(),
                success=self._synced).failure(self._failed).run_in_background()

    def update_status(self) -> None:
        """Read pending changes and conflicts again (after a local save or a resolved conflict)."""
        QueryOp(self._owner, self._service, lambda s: s.team.sync_status(),
                success=self._set_status).failure(lambda _exc: None).run_in_background()

    def _synced(self, report: SyncReport) -> None:
        self.running = False
        self.synced.emit(report)
        self.update_status()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.problem.emit(error_text(exc), isinstance(exc, SyncOffline))
        self.update_status()

    def _set_status(self, status: SyncStatus) -> None:
        self.status = status
        if status.in_team and not self.timer.isActive():
            self.timer.start()
        elif not status.in_team:
            self.timer.stop()
        self.status_changed.emit(status)
