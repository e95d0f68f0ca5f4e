"""The appointments of one week, with recurring series expanded.

Stand-in until the planning layer has it: wanted from the façade is
`CaseService.occurrences_between(start, end) -> list[Appointment]` (series expanded, moved
occurrences and exdates applied). Until then this expands RRULEs with dateutil.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Sequence

from dateutil.rrule import rrulestr

from caseapp.domain.models import Appointment

log = logging.getLogger(__name__)


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def week_bounds(monday: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(monday, dt.time())
    return start, start + dt.timedelta(days=7)


def _occurrences(series: Appointment, start: dt.datetime, end: dt.datetime) -> list[Appointment]:
    try:
        rule = rrulestr(series.rrule, dtstart=series.start)
    except (ValueError, TypeError):
        log.warning("a recurring appointment has a rule that cannot be read")
        return []
    length = series.end - series.start
    skipped = set(series.exdates)
    return [
        dataclasses.replace(series, start=when, end=when + length, original_start=when)
        for when in rule.between(start - length, end, inc=False)
        if when not in skipped
    ]


def expand(appointments: Sequence[Appointment], start: dt.datetime, end: dt.datetime) -> list[Appointment]:
    """Single appointments overlapping [start, end) and the occurrences of every series there;
    an occurrence that was moved or changed (a row with series_id and original_start) replaces
    the generated one."""
    singles = [a for a in appointments if not a.rrule and a.start < end and a.end > start]
    overridden = {(a.series_id, a.original_start) for a in singles if a.series_id is not None}
    generated = [
        occurrence
        for series in appointments if series.rrule
        for occurrence in _occurrences(series, start, end)
        if (series.id, occurrence.start) not in overridden
    ]
    return sorted(singles + generated, key=lambda a: a.start)


def by_day(appointments: Sequence[Appointment], monday: dt.date) -> list[list[Appointment]]:
    days: list[list[Appointment]] = [[] for _ in range(7)]
    for appointment in appointments:
        offset = (appointment.start.date() - monday).days
        if 0 <= offset < 7:
            days[offset].append(appointment)
    return days
