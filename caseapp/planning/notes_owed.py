"""The notes owed: passed appointments with a citizen that no diary note is written for yet.

A single appointment (or a moved occurrence of a series, which is a row of its own) is settled
by a note linked to its id. An occurrence of a recurring series is settled by a note linked to
the series with that occurrence's date (`DiaryNote.occurrence_date`); every held occurrence owes
its own note. Excluded dates and cancelled occurrences owe nothing, as `expand` leaves them out
or marks them.
"""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from caseapp.domain.enums import AppointmentStatus
from caseapp.domain.models import Appointment
from caseapp.errors import InvalidInput
from caseapp.planning.recurrence import Occurrence, expand
from caseapp.storage import appointments

_OWING = (AppointmentStatus.HELD, AppointmentStatus.PLANNED)
_SECOND = dt.timedelta(seconds=1)


def notes_owed(db: sqlite_utils.Database, since: dt.datetime, until: dt.datetime) -> list[Occurrence]:
    """Occurrences with a citizen that ended in [since, until), held or still marked planned,
    with no note written for them: single appointments and occurrences of series, by start."""
    if until <= since:
        return []
    singles = appointments.passed_without_note(db, since, until)
    owed = expand(singles, since - _SECOND, until) + _series_owed(db, since, until)
    owed.sort(key=lambda o: (o.start, o.end, o.appointment_id or 0))
    return owed


def _series_owed(db: sqlite_utils.Database, since: dt.datetime, until: dt.datetime) -> list[Occurrence]:
    rows = appointments.series_with_citizen(db, until)
    if not rows:
        return []
    series_ids = [r.id for r in rows if r.rrule.strip() and r.id is not None]
    noted = appointments.noted_occurrences(db, series_ids)
    return [
        o for o in expand(rows, since - _SECOND, until)
        if o.is_series_slot and o.status in _OWING and since <= o.end < until
        and (o.series_id, o.start.date()) not in noted
    ]


def occurrence_on(series: Appointment, day: dt.date) -> Occurrence | None:
    """The series' first occurrence starting on `day` (its excluded dates left out; moved
    occurrences, which are rows of their own, not applied), or None."""
    start = dt.datetime.combine(day, dt.time())
    found = [o for o in expand([series], start, start + dt.timedelta(days=1))
             if o.start.date() == day]
    return found[0] if found else None


def check_occurrence_link(appointment: Appointment, day: dt.date | None) -> None:
    """InvalidInput unless `day` is None or the date of an occurrence of the series."""
    if day is None:
        return
    if not appointment.rrule.strip():
        raise InvalidInput("Kun et notat om en gentagen aftale kan pege på en bestemt dato.")
    if occurrence_on(appointment, day) is None:
        raise InvalidInput("Den gentagne aftale har ingen forekomst den dag.")
