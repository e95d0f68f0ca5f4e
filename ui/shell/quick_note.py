"""Ctrl+N from anywhere: the shell opens a quick-note window (ui.diary) for the citizen open in
the main window, and refreshes the page and the lists when the note is stored or signed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from caseapp.domain.models import CitizenSummary, DiaryNote
from caseapp.service import CaseService
from ui.citizen.citizen_page import CitizenPage
from ui.diary.quick_note_window import QuickNoteWindow


class QuickNoteHost(Protocol):
    """What the quick note needs from the main window (so this module need not import it)."""

    service: CaseService
    caseload: list[CitizenSummary]
    _now: Callable[[], dt.datetime]

    @property
    def citizen_page(self) -> CitizenPage: ...

    def shown_citizen_id(self) -> int | None: ...

    def is_locked(self) -> bool: ...

    def refresh(self) -> None: ...


def open_quick_note(
    window: QuickNoteHost,
    citizen_id: int | None = None,
    appointment_id: int | None = None,
    draft: DiaryNote | None = None,
) -> QuickNoteWindow | None:
    """Ctrl+N from anywhere; the citizen open in the main window is the default."""
    if window.is_locked():
        return None
    if citizen_id is None and draft is None:
        citizen_id = window.shown_citizen_id()
    citizens = window.caseload or window.service.citizens.caseload()
    quick = QuickNoteWindow(window.service, citizens, window._now, window)
    quick.note_changed.connect(lambda cid: _written(window, cid))
    quick.finished.connect(lambda _result: window.refresh())
    if draft is not None:
        quick.open_draft(draft)
    else:
        quick.start(citizen_id, appointment_id)
    quick.show()
    quick.activateWindow()
    return quick


def _written(window: QuickNoteHost, citizen_id: int) -> None:
    if window.shown_citizen_id() == citizen_id:
        window.citizen_page.notes.refresh()
