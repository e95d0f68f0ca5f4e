"""Notices when the user has not touched keyboard or mouse for a while."""

from __future__ import annotations

import time

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
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

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
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
