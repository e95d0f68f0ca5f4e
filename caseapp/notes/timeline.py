"""The citizen's red thread: notes, appointments and ratings in one time line (seed 002
l.6445-6451: "faglig sammenhæng mellem afholdte og planlagte opfølgningssamtaler (rød tråd)").

Appointments are the occurrences the calendar shows (a recurring series appears once per
occurrence, cancelled ones included, marked by their status). A rating has a date and no time:
it comes after everything else that day, as ratings are given when the day's (or month's) work
is looked back on.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from enum import StrEnum

import sqlite_utils

from caseapp.domain.models import DiaryNote, Rating
from caseapp.errors import InvalidInput
from caseapp.planning.recurrence import Occurrence, expand
from caseapp.storage import appointments as appointment_store
from caseapp.storage import citizens as citizen_store
from caseapp.storage import goals as goal_store
from caseapp.storage import notes as note_store
from caseapp.storage.rows import iso

log = logging.getLogger(__name__)


class TimelineKind(StrEnum):
    APPOINTMENT = "appointment"
    NOTE = "note"
    RATING = "rating"


_KIND_ORDER = {TimelineKind.APPOINTMENT: 0, TimelineKind.NOTE: 1, TimelineKind.RATING: 2}


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One event on the time line. `item` is a DiaryNote, an Occurrence or a Rating."""

    at: dt.datetime
    kind: TimelineKind
    item: DiaryNote | Occurrence | Rating
    all_day: bool = False  # ratings: `at` is midnight of the day

    @property
    def goal_ids(self) -> tuple[int, ...]:
        """The goals the event is about: a note's links, a rating's goal; none for a meeting."""
        if isinstance(self.item, DiaryNote):
            return self.item.goal_ids
        if isinstance(self.item, Rating):
            return (self.item.goal_id,)
        return ()

    @property
    def item_id(self) -> int | None:
        if isinstance(self.item, Occurrence):
            return self.item.appointment_id
        return self.item.id

    def sort_key(self) -> tuple:
        return (self.at.date(), self.all_day, self.at, _KIND_ORDER[self.kind], self.item_id or 0)


def window(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) as datetimes: a date `end` includes that whole day, a datetime is exact."""
    lo = start if isinstance(start, dt.datetime) else dt.datetime.combine(start, dt.time())
    hi = (
        end
        if isinstance(end, dt.datetime)
        else dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    )
    if hi <= lo:
        raise InvalidInput("Perioden skal slutte efter den begynder.")
    return lo, hi


def citizen_timeline(
    db: sqlite_utils.Database, citizen_id: int, start: dt.date, end: dt.date
) -> list[TimelineItem]:
    """Everything that happened with the citizen from `start` to `end` (dates: both days
    included; datetimes: [start, end)), oldest first. Notes are drafts and signed alike."""
    citizen_store.get(db, citizen_id)  # NotFound for an unknown citizen
    lo, hi = window(start, end)
    items: list[TimelineItem] = []
    for note in note_store.filtered(
        db,
        citizen_id=citizen_id,
        occurred_from=iso(lo),
        occurred_before=iso(hi),
        limit=None,
    ):
        items.append(TimelineItem(note.occurred_at, TimelineKind.NOTE, note))
    for occurrence in expand(appointment_store.for_citizen(db, citizen_id), lo, hi):
        items.append(TimelineItem(occurrence.start, TimelineKind.APPOINTMENT, occurrence))
    for goal in goal_store.for_citizen(db, citizen_id, include_archived=True):
        for rating in goal_store.ratings_for_goal(db, goal.id or 0):
            midnight = dt.datetime.combine(rating.rated_on, dt.time())
            if lo.date() <= rating.rated_on and midnight < hi:
                items.append(TimelineItem(midnight, TimelineKind.RATING, rating, all_day=True))
    items.sort(key=TimelineItem.sort_key)
    return items
