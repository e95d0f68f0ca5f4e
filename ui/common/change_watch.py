"""One signal for "the database changed", whoever wrote it: a save on a worker thread, an edit
on the UI thread, a sync, the command line in another window. Every view that shows stored
data listens to it instead of to each other's "saved" signals, so none is left stale.

The watch compares the database's version token (CaseService.data_version) after every
background operation and on a short timer; the comparison is one PRAGMA on the UI thread. When
it moved, the signal carries what changed (a DataChange: kinds of record and whose, read from
the traces writes leave, see caseapp/storage/change_feed.py), so each view reads again only
when something it shows changed.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, QTimer, Signal

from caseapp.domain.models import DataChange
from caseapp.service import CaseService

POLL_MS = 1000  # writes from outside this program (a sync worker, the command line) within a second

_watches: weakref.WeakSet[ChangeWatch] = weakref.WeakSet()


class ChangeWatch(QObject):
    changed = Signal(object)  # a DataChange

    def __init__(self, service: CaseService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._seen = self._version()
        self._mark = self._first_mark()
        self._paused = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        _watches.add(self)

    def _version(self) -> tuple[int, int] | None:
        try:
            return self._service.data_version()
        except Exception:  # noqa: BLE001 - a store closed at lock or exit has no version
            return None

    def _first_mark(self) -> object:
        try:
            return self._service.change_mark()
        except Exception:  # noqa: BLE001 - as above
            return None

    def _what_changed(self) -> DataChange:
        """What the writes since the last look changed; anything, if that cannot be told."""
        if self._mark is None:
            self._mark = self._first_mark()
            return DataChange.everything()
        try:
            change, self._mark = self._service.changes_since(self._mark)  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - a view read once too often is better than a stale one
            return DataChange.everything()
        return change

    def pause(self, paused: bool) -> None:
        """While locked nothing is shown, so nothing is read; unpausing checks at once."""
        self._paused = paused
        if not paused:
            self.check()

    def check(self) -> None:
        if self._paused:
            return
        now = self._version()
        if now is not None and now != self._seen:
            self._seen = now
            change = self._what_changed()
            if not change.empty:  # only reading was logged: nothing on screen moved
                self.changed.emit(change)


def check_all() -> None:
    """After a background operation: if it wrote, tell the views now, not a second later."""
    for watch in list(_watches):
        watch.check()
