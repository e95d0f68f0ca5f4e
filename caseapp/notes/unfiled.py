"""Notes not yet filed: signed notes that no one has marked as entered in the official system
("Ført i fagsystem") some working days after they were signed. Offentlighedsloven §13
(notatpligt) and §15 (journaliseringspligt) put notes of significance in the official record;
this list is the reminder before they are forgotten on a laptop.
"""

from __future__ import annotations

import datetime as dt

import holidays
import sqlite_utils

from caseapp.domain.models import DiaryNote, UnfiledCount
from caseapp.storage import notes as note_store

FILE_WITHIN_WORKING_DAYS = 3


def working_days_back(day: dt.date, count: int) -> dt.date:
    """The day `count` working days before `day` (weekends and Danish public holidays skipped)."""
    closed = holidays.Denmark(years=range(day.year - 1, day.year + 1))
    current = day
    left = count
    while left > 0:
        current -= dt.timedelta(days=1)
        if current.weekday() < 5 and current not in closed:
            left -= 1
    return current


def unfiled_per_citizen(
    db: sqlite_utils.Database, today: dt.date, within: int = FILE_WITHIN_WORKING_DAYS
) -> list[UnfiledCount]:
    """How many such notes each citizen has, and the oldest signature; oldest first."""
    return [UnfiledCount(citizen_id, count, dt.datetime.fromisoformat(oldest))
            for citizen_id, count, oldest in note_store.unfiled_per_citizen(db, working_days_back(today, within))]


def unfiled_notes(
    db: sqlite_utils.Database, today: dt.date, within: int = FILE_WITHIN_WORKING_DAYS
) -> list[DiaryNote]:
    """Signed notes still not entered in the official system `within` working days after the
    day they were signed; oldest first."""
    return note_store.signed_unfiled(db, working_days_back(today, within))
