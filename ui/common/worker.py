"""Run slow work off the UI thread and get the result back on it (modelled on Anki's QueryOp).

    QueryOp(parent, service, lambda s: s.citizens.caseload(), success=model.set_rows).run_in_background()

The function runs on a QThreadPool thread with its own `service.clone()` (closed afterwards), so
no connection is shared between threads. `success` and `failure` run on the main thread. With
`with_progress(label)` a progress dialog appears after a short delay and the function is called
as `op(service, report)`, where `report(done, total)` may be called from the worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEventLoop,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from caseapp.service import CaseService
from ui.common import change_watch, messages

log = logging.getLogger(__name__)

T = TypeVar("T")
PROGRESS_DELAY_MS = 400

_running: set[QueryOp[Any]] = set()


class _Bridge(QObject):
    """Lives on the main thread; signals emitted from the worker arrive at its slots queued,
    so the owner's callbacks always run on the main thread."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, owner: QueryOp[Any]) -> None:
        super().__init__()
        self._owner = owner
        self.finished.connect(self._finished)
        self.failed.connect(self._failed)
        self.progressed.connect(self._progressed)

    @Slot(object)
    def _finished(self, result: object) -> None:
        self._owner._on_finished(result)

    @Slot(object)
    def _failed(self, exc: object) -> None:
        self._owner._on_failed(exc)  # type: ignore[arg-type]

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self._owner._on_progress(done, total)


class _Runnable(QRunnable):
    def __init__(self, job: Callable[[], None]) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job()


class QueryOp(Generic[T]):
    def __init__(
        self,
        parent: QWidget | None,
        service: CaseService,
        op: Callable[..., T],
        success: Callable[[T], None],
    ) -> None:
        self._parent = parent
        self._service = service
        self._op = op
        self._success = success
        self._failure: Callable[[BaseException], None] = self._show_failure
        self._progress_label: str | None = None
        self._dialog: QProgressDialog | None = None
        self._bridge = _Bridge(self)

    def failure(self, callback: Callable[[BaseException], None]) -> QueryOp[T]:
        self._failure = callback
        return self

    def with_progress(self, label: str) -> QueryOp[T]:
        self._progress_label = label
        return self

    def run_in_background(self) -> None:
        _running.add(self)
        if self._progress_label is not None:
            QTimer.singleShot(PROGRESS_DELAY_MS, self._show_dialog)
        QThreadPool.globalInstance().start(_Runnable(self._work))

    # -- worker thread ---------------------------------------------------------------------

    def _work(self) -> None:
        try:
            clone = self._service.clone()
            try:
                if self._progress_label is not None:
                    result = self._op(clone, self._bridge.progressed.emit)
                else:
                    result = self._op(clone)
            finally:
                clone.close()
        except BaseException as exc:  # noqa: BLE001 - every failure is reported on the UI
            self._bridge.failed.emit(exc)
        else:
            self._bridge.finished.emit(result)

    # -- main thread -----------------------------------------------------------------------

    def _show_dialog(self) -> None:
        if self not in _running or self._progress_label is None:
            return
        dialog = QProgressDialog(self._progress_label, "", 0, 0, self._parent)
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(0)
        dialog.setWindowTitle(QCoreApplication.translate("caseapp", "Arbejder"))
        dialog.show()
        self._dialog = dialog

    def _on_progress(self, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 1))
            self._dialog.setValue(min(done, total))

    def _finish(self) -> None:
        _running.discard(self)
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def _on_finished(self, result: object) -> None:
        self._finish()
        if not self._parent_gone():
            self._success(result)  # type: ignore[arg-type]
        change_watch.check_all()  # what it wrote reaches every view now

    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        if not self._parent_gone():
            self._failure(exc)

    def _parent_gone(self) -> bool:
        """The widget that asked was deleted meanwhile (a window closed while its query ran):
        its callbacks would touch deleted widgets, and there is no one left to tell."""
        return self._parent is not None and not shiboken6.isValid(self._parent)

    def _show_failure(self, exc: BaseException) -> None:
        messages.show_error(self._parent, exc)


def busy() -> bool:
    """True while any QueryOp has not yet delivered its result."""
    return bool(_running)


def wait_for_all(timeout_ms: int = 60_000) -> bool:
    """Spin the event loop until every QueryOp has delivered (for screenshots and tests)."""
    clock = QElapsedTimer()
    clock.start()
    while _running and clock.elapsed() < timeout_ms:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThreadPool.globalInstance().waitForDone(10)
    QCoreApplication.processEvents()
    return not _running
