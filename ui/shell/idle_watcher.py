"""Notices when the user has not touched keyboard or mouse for a while."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
CHECK_MS = 5_000


class IdleWatcher(QObject):
    idle_elapsed = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._limit = minutes * 60.0
        self._last = time.monotonic()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._watching = False
        self._watch(True)
        self._timer.start()

    def _watch(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None or on == self._watching:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = on

    @contextlib.contextmanager
    def unwatched(self) -> Iterator[None]:
        """Building a page sends tens of thousands of events through this filter, none of them
        the user's (it runs between two of the user's events), which made a page cost twice."""
        watching = self._watching
        self._watch(False)
        try:
            yield
        finally:
            self._watch(watching)

    def set_minutes(self, minutes: int) -> None:
        self._limit = minutes * 60.0

    def reset(self) -> None:
        self._last = time.monotonic()
        self._fired = False

    def idle_seconds(self) -> float:
        return time.monotonic() - self._last

    def check(self) -> None:
        if not self._fired and self.idle_seconds() >= self._limit:
            self._fired = True
            self.idle_elapsed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last = time.monotonic()
        return False

    def stop(self) -> None:
        self._timer.stop()
        self._watch(False)
