"""Recurring appointments expanded into the occurrences a calendar shows.

Times are naive local (Europe/Copenhagen) wall-clock times, as stored. A series is an
`Appointment` with an RFC 5545 RRULE; its `exdates` remove occurrences, and a row whose
`series_id` points to the series replaces the occurrence that started at its `original_start`
(a moved, or separately cancelled, occurrence).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr

from caseapp.domain.enums import AppointmentKind, AppointmentStatus, Place
from caseapp.domain.models import Appointment
from caseapp.errors import InvalidInput

log = logging.getLogger(__name__)

LOCAL_ZONE_NAME = "Europe/Copenhagen"
LOCAL_ZONE = ZoneInfo(LOCAL_ZONE_NAME)

_UNTIL = re.compile(r"UNTIL=([0-9]{8})(T[0-9]{6})?(Z)?", re.IGNORECASE)
_ALLOWED_RULE = re.compile(r"^[A-Z0-9=;,+\-]+$")


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One concrete appointment on the calendar: a single, or one instance of a series."""

    appointment_id: int | None  # the stored row holding this occurrence's data
    series_id: int | None  # the series it belongs to; None for a single appointment
    start: dt.datetime
    end: dt.datetime
    kind: AppointmentKind
    citizen_id: int | None
    place: Place
    status: AppointmentStatus
    title: str = ""
    preparation_minutes: int = 0
    recurrence_id: dt.datetime | None = None  # the series slot this occurrence fills
    all_day: bool = False  # whole days, shown in the all-day strip rather than as hours
    place_text: str = ""

    @property
    def busy_from(self) -> dt.datetime:
        """When the user's time is taken: the start minus the preparation."""
        return self.start - dt.timedelta(minutes=self.preparation_minutes)

    @property
    def is_cancelled(self) -> bool:
        return self.status == AppointmentStatus.CANCELLED

    @property
    def is_series_slot(self) -> bool:
        """Generated from the series row itself (not a moved or cancelled row of its own): a
        note about it points to the series and this occurrence's date."""
        return self.series_id is not None and self.appointment_id == self.series_id

    @property
    def is_moved(self) -> bool:
        return self.recurrence_id is not None and self.recurrence_id != self.start


# -- rules ---------------------------------------------------------------------------------


def normalise_rrule(text: str, utc_to_local: bool = True) -> str:
    """The rule as stored: upper case, no 'RRULE:' prefix, UNTIL as a local wall-clock time.

    A UTC UNTIL (…Z, as calendars write it) becomes local time; a date-only UNTIL means the
    end of that day. Raises InvalidInput when the text cannot be a single RRULE.
    """
    rule = text.strip().upper()
    rule = rule.removeprefix("RRULE:")
    if not rule:
        return ""
    if not _ALLOWED_RULE.match(rule) or "FREQ=" not in rule:
        raise InvalidInput("Gentagelsesreglen kan ikke læses.")
    if "COUNT=" in rule and "UNTIL=" in rule:
        raise InvalidInput("Gentagelsesreglen må ikke have både COUNT og UNTIL.")
    return _UNTIL.sub(lambda m: "UNTIL=" + _local_until(m, utc_to_local), rule)


def _local_until(match: re.Match[str], utc_to_local: bool) -> str:
    day, time_part, zulu = match.group(1), match.group(2), match.group(3)
    try:
        if not time_part:
            return day + "T235959"
        value = dt.datetime.strptime(day + time_part, "%Y%m%dT%H%M%S")
    except ValueError:
        raise InvalidInput("Gentagelsesreglens slutdato (UNTIL) er ikke en gyldig dato.") from None
    if zulu and utc_to_local:
        value = utc_to_local_naive(value)
    return value.strftime("%Y%m%dT%H%M%S")


def utc_to_local_naive(value: dt.datetime) -> dt.datetime:
    """A naive UTC time as naive Copenhagen wall-clock time."""
    aware = value.replace(tzinfo=dt.UTC).astimezone(LOCAL_ZONE)
    return aware.replace(tzinfo=None)


def rule_until(rule_text: str) -> dt.datetime | None:
    """The local UNTIL of a normalised rule, if it has one."""
    match = _UNTIL.search(rule_text)
    if not match or not match.group(2):
        return None
    return dt.datetime.strptime(match.group(1) + match.group(2), "%Y%m%dT%H%M%S")


def parse_rule(appointment: Appointment) -> rrule:
    """The dateutil rule of a series, anchored at the series start."""
    text = normalise_rrule(appointment.rrule)
    try:
        rule = rrulestr(text, dtstart=appointment.start.replace(microsecond=0), cache=False)
    except (ValueError, TypeError, IndexError, KeyError):
        raise InvalidInput("Gentagelsesreglen kan ikke læses.") from None
    if not isinstance(rule, rrule):
        raise InvalidInput("Gentagelsesreglen kan ikke læses.")
    return rule


def validate_recurrence(appointment: Appointment) -> None:
    """InvalidInput when a series cannot produce occurrences or a moved occurrence is malformed."""
    if appointment.series_id is not None:
        _validate_exception(appointment)
    if not appointment.rrule.strip():
        if appointment.exdates:
            raise InvalidInput("Kun en gentagen aftale kan have undtagelsesdatoer.")
        return
    rule = parse_rule(appointment)
    until = rule_until(normalise_rrule(appointment.rrule))
    if until is not None and until < appointment.start:
        raise InvalidInput("Gentagelsen slutter, før den begynder.")
    if rule.after(appointment.start, inc=True) is None:
        raise InvalidInput("Gentagelsen giver ingen forekomster.")


def _validate_exception(appointment: Appointment) -> None:
    if appointment.rrule.strip():
        raise InvalidInput("En flyttet forekomst kan ikke selv gentages.")
    if appointment.original_start is None:
        raise InvalidInput("En flyttet forekomst skal angive sit oprindelige tidspunkt.")


# -- expansion -----------------------------------------------------------------------------


def expand(
    appointments: Iterable[Appointment], window_start: dt.datetime, window_end: dt.datetime
) -> list[Occurrence]:
    """Every occurrence that overlaps [window_start, window_end), sorted by start.

    Series are expanded from their own start; exdates and replaced occurrences are left out,
    and the replacing rows appear in their own place.
    """
    if window_end <= window_start:
        raise InvalidInput("Perioden skal slutte efter den begynder.")
    rows = list(appointments)
    replaced = _replaced_slots(rows)
    found: list[Occurrence] = []
    for appointment in rows:
        if appointment.rrule.strip():
            found.extend(
                _series_occurrences(
                    appointment, window_start, window_end, replaced.get(appointment.id, set())
                )
            )
        elif _overlaps(appointment.start, appointment.end, window_start, window_end):
            found.append(_single_occurrence(appointment))
    found.sort(key=lambda o: (o.start, o.end, o.appointment_id or 0))
    return found


def _replaced_slots(rows: list[Appointment]) -> dict[int | None, set[dt.datetime]]:
    slots: dict[int | None, set[dt.datetime]] = defaultdict(set)
    for row in rows:
        if row.series_id is not None and row.original_start is not None:
            slots[row.series_id].add(row.original_start)
    return slots


def _overlaps(start: dt.datetime, end: dt.datetime, lo: dt.datetime, hi: dt.datetime) -> bool:
    return start < hi and end > lo


def _series_occurrences(
    series: Appointment,
    window_start: dt.datetime,
    window_end: dt.datetime,
    replaced: set[dt.datetime],
) -> Iterable[Occurrence]:
    duration = series.end - series.start
    skipped = set(series.exdates) | replaced
    rule = parse_rule(series)
    for start in rule.between(window_start - duration, window_end, inc=True):
        if start in skipped or not _overlaps(start, start + duration, window_start, window_end):
            continue
        yield Occurrence(
            appointment_id=series.id,
            series_id=series.id,
            start=start,
            end=start + duration,
            kind=series.kind,
            citizen_id=series.citizen_id,
            place=series.place,
            status=series.status,
            title=series.title,
            preparation_minutes=series.preparation_minutes,
            recurrence_id=start,
            all_day=series.all_day,
            place_text=series.place_text,
        )


def _single_occurrence(appointment: Appointment) -> Occurrence:
    return Occurrence(
        appointment_id=appointment.id,
        series_id=appointment.series_id,
        start=appointment.start,
        end=appointment.end,
        kind=appointment.kind,
        citizen_id=appointment.citizen_id,
        place=appointment.place,
        status=appointment.status,
        title=appointment.title,
        preparation_minutes=appointment.preparation_minutes,
        recurrence_id=appointment.original_start if appointment.series_id is not None else None,
        all_day=appointment.all_day,
        place_text=appointment.place_text,
    )
