"""The feature service for the diary (`CaseService.diary`): notes written, signed and
corrected, drafts kept while typing, filters and paging, the red thread, the monthly summary
and the notes not yet entered in the official system."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import sqlite_utils

from caseapp.domain.enums import RatingScale, RecordState
from caseapp.domain.models import DiaryNote, UnfiledCount
from caseapp.errors import InvalidInput
from caseapp.notes import drafts, queries, summary, timeline, unfiled, writing
from caseapp.storage import changes
from caseapp.storage import notes as note_store


class Diary:
    """The diary notes of one database (`CaseService.diary`)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    # -- one citizen's notes --------------------------------------------------------------------

    def notes(self, citizen_id: int, limit: int = 200, offset: int = 0) -> list[DiaryNote]:
        return note_store.for_citizen(self._db, citizen_id, limit, offset)

    def note(self, note_id: int) -> DiaryNote:
        return note_store.get(self._db, note_id)

    def note_count(self, citizen_id: int | None = None) -> int:
        if citizen_id is None:
            return note_store.total(self._db)
        return note_store.count_for_citizen(self._db, citizen_id)

    def note_history(self, note_id: int) -> list[DiaryNote]:
        """The original note and every correction in its chain, oldest first."""
        root = self.note(note_id)
        while root.corrects_id is not None:
            root = self.note(root.corrects_id)
        history, frontier = [root], [root.id]
        while frontier:
            later = note_store.corrections_of(self._db, frontier.pop() or 0)
            history.extend(later)
            frontier.extend(n.id for n in later)
        return sorted(history, key=lambda n: n.id or 0)

    def note_authors(self, citizen_id: int) -> list[str]:
        return queries.note_authors(self._db, citizen_id)

    # -- writing --------------------------------------------------------------------------------

    def save_draft(self, note: DiaryNote) -> int:
        """Create or update a draft note. A signed note is never changed."""
        return writing.save_draft(self._db, note)

    def sign_note(self, note_id: int, at: dt.datetime | None = None) -> None:
        writing.sign_note(self._db, note_id, at or dt.datetime.now())

    def correct_note(self, note_id: int, text: str, goal_ids: tuple[int, ...] | None = None) -> int:
        """A new draft that corrects a signed note; the original stays as it was."""
        return writing.correct_note(self._db, note_id, text, goal_ids)

    def delete_draft(self, note_id: int) -> None:
        writing.delete_draft(self._db, note_id)

    def autosave_draft(self, draft: DiaryNote) -> int | None:
        """Store what is typed so far; None while nothing has been typed."""
        return drafts.autosave_draft(self._db, draft)

    def pending_drafts(self) -> list[DiaryNote]:
        """Every unsigned draft, newest first: offered back after a crash or restart."""
        return drafts.pending_drafts(self._db)

    # -- the official system --------------------------------------------------------------------

    def unfiled_per_citizen(self, today: dt.date | None = None) -> list[UnfiledCount]:
        """Per citizen, how many signed notes are not in the official system three working days
        on, and the oldest signature (I dag's list)."""
        return unfiled.unfiled_per_citizen(self._db, today or dt.date.today())

    def unfiled_notes(self, today: dt.date | None = None) -> list[DiaryNote]:
        """Signed notes not marked as entered in the official system three working days after
        they were signed (notes/unfiled.py)."""
        return unfiled.unfiled_notes(self._db, today or dt.date.today())

    def mark_entered_official(self, note_ids: list[int], on: dt.date) -> None:
        with changes.change(self._db, "entered_official", "note") as touched:
            for note_id in note_ids:
                if self.note(note_id).state != RecordState.SIGNED:
                    raise InvalidInput(
                        "Kun underskrevne notater kan markeres som ført i fagsystemet."
                    )
                note_store.mark_entered(self._db, note_id, on)
                touched.append(note_id)

    # -- filters and paging ---------------------------------------------------------------------

    def find_notes(
        self, flt: queries.NoteFilter, limit: int | None = 200, offset: int = 0
    ) -> list[DiaryNote]:
        return queries.find_notes(self._db, flt, limit, offset)

    def count_notes(self, flt: queries.NoteFilter) -> int:
        return queries.count_notes(self._db, flt)

    def find_note_page(
        self, flt: queries.NoteFilter, limit: int = 200, offset: int = 0
    ) -> queries.NotePage:
        """One page of matching notes and the total, with one full-text lookup."""
        return queries.find_page(self._db, flt, limit, offset)

    def find_notes_after(
        self, flt: queries.NoteFilter, after: DiaryNote, limit: int = 200
    ) -> list[DiaryNote]:
        """The page that follows the note `after` in the filtered list (keyset paging)."""
        return queries.find_notes_after(self._db, flt, after, limit)

    # -- the red thread and the monthly summary -------------------------------------------------

    def citizen_timeline(
        self, citizen_id: int, start: dt.date, end: dt.date
    ) -> list[timeline.TimelineItem]:
        """Notes, appointments and ratings in time order: the red thread."""
        return timeline.citizen_timeline(self._db, citizen_id, start, end)

    def month_overview(self, citizen_id: int, month: dt.date) -> list[summary.SubgoalMonth]:
        return summary.month_overview(self._db, citizen_id, month)

    def save_month_summary(
        self,
        citizen_id: int,
        month: dt.date,
        summaries: Mapping[int | None, str],
        ratings: Mapping[int, tuple[RatingScale, int]] | None = None,
        author: str = "",
    ) -> dict[int | None, int]:
        return summary.save_month_summary(self._db, citizen_id, month, summaries, ratings, author)

    def months_without_summary(
        self, citizen_id: int, today: dt.date, lookback: int = 3
    ) -> list[dt.date]:
        return summary.months_without_summary(self._db, citizen_id, today, lookback)
