"""Never lose a word: which stored record a note's text goes to, and when it is stored.

The draft is due for storing at most AUTOSAVE_MS after the first change (later keys do not push
the save further away), when the text loses focus and when the application quits. The editor
decides whether the text may be stored; this class stores it through the service façade and
keeps track of the note id, so a correction is created once, on its first store.
"""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from caseapp.domain.models import DiaryNote
from caseapp.service import CaseService

log = logging.getLogger(__name__)

AUTOSAVE_MS = 3_000


@dataclasses.dataclass(frozen=True)
class StoredDraft:
    note_id: int
    created: bool  # a new record: the first store of a new note or of a correction


class NoteAutosave(QObject):
    flush_due = Signal()  # the text lost focus, or the application is quitting

    def __init__(self, service: CaseService, text: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._text = text
        self._dirty = False
        self.note_id: int | None = None
        self.corrects_id: int | None = None  # the signed note a new correction points to
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        text.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush_due)

    def track(self, note_id: int | None, corrects_id: int | None) -> None:
        """A note was opened: nothing is pending for it yet."""
        self.note_id = note_id
        self.corrects_id = corrects_id
        self.settle()

    def changed(self) -> None:
        self._dirty = True
        if not self.timer.isActive():
            self.timer.start()  # not restarted by later keys: at most AUTOSAVE_MS lost

    def settle(self) -> None:
        """Nothing is pending any more (stored, discarded or signed)."""
        self._dirty = False
        self.timer.stop()

    def is_dirty(self) -> bool:
        return self._dirty

    def store(self, draft: DiaryNote) -> StoredDraft | None:
        """Store the draft under the tracked note id; None when the service stored nothing.
        Errors from the service are raised; the text stays pending then."""
        self.timer.stop()
        created = self.note_id is None
        if self.note_id is None and self.corrects_id is not None:
            # kept even if the store below fails, so a retry does not make a second correction
            self.note_id = self._service.diary.correct_note(self.corrects_id, draft.text, draft.goal_ids)
        stored = self._service.diary.autosave_draft(dataclasses.replace(draft, id=self.note_id))
        if stored is None:
            return None
        created = created or stored != self.note_id
        self.note_id = stored
        self._dirty = False
        return StoredDraft(stored, created)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._text and event.type() == QEvent.Type.FocusOut:
            self.flush_due.emit()
        return super().eventFilter(watched, event)
