"""iCalendar (.ics) export and import, so the week can live in Outlook or Google as well.

Export: Europe/Copenhagen times with a VTIMEZONE, whole-day events as DATE values, series as
RRULE with EXDATE, moved or cancelled single occurrences as RECURRENCE-ID events; an imported
event goes back out under its own UID. By default no names leave the app: an appointment with
a citizen is SUMMARY "kind – initials" (or "Sag <id>") with the place kind only; one without a
citizen keeps its title, place and description, with any caseload citizen's name in them
replaced by initials. `with_names` exports everything as written. Deadlines given to the export
go out as all-day reminders under the same naming rule (ics_deadlines.py).

Import (ics_reader, ics_events, ics_import): see those modules; the names are re-exported here.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Literal

import icalendar
import sqlite_utils
from dateutil.rrule import rrule

from caseapp.domain.enums import AppointmentStatus
from caseapp.domain.followup import Deadline
from caseapp.domain.labels import label
from caseapp.domain.models import Appointment
from caseapp.errors import InvalidInput
from caseapp.planning.ics_deadlines import deadline_events
from caseapp.planning.ics_events import (
    X_CITIZEN,
    X_KIND,
    X_PLACE,
    X_PREPARATION,
    X_STATUS,
    X_TITLE,
    ParsedEvent,
    parse_ics,
    resolve_zone,
)
from caseapp.planning.ics_import import ImportReport, import_ics
from caseapp.planning.ics_privacy import NameScrubber
from caseapp.planning.ics_reader import MAX_ICS_BYTES, NOTHING_IMPORTED
from caseapp.planning.loading import load_appointments
from caseapp.planning.recurrence import LOCAL_ZONE, expand, normalise_rrule, parse_rule
from caseapp.storage import caseload, citizens

__all__ = [
    "MAX_ICS_BYTES",
    "NOTHING_IMPORTED",
    "ImportReport",
    "ParsedEvent",
    "citizen_labels",
    "export_ics",
    "export_range",
    "import_ics",
    "parse_ics",
    "resolve_zone",
]

log = logging.getLogger(__name__)

PRODID = "-//caseapp//caseapp//DA"

CitizenReference = Literal["initials", "case"]
Scrub = Callable[[str], str]


# -- export --------------------------------------------------------------------------------


def export_ics(
    appointments: Iterable[Appointment],
    window_start: dt.datetime,
    window_end: dt.datetime,
    citizen_labels: Mapping[int, str] | None = None,
    with_names: bool = False,
    stamp: dt.datetime | None = None,
    scrub: Scrub | None = None,
    deadlines: Iterable[Deadline] = (),
) -> bytes:
    """The .ics text of everything with an occurrence in [window_start, window_end), and each
    of `deadlines` as an all-day reminder.

    A series goes out whole (RRULE, EXDATE and every replaced occurrence given), so the other
    calendar shows the same occurrences. `citizen_labels` says what to call each citizen in
    SUMMARY (initials, "Sag <id>", or with `with_names` the name); `scrub` takes citizens'
    names out of the texts of appointments without a citizen when exporting without names.
    """
    rows = sorted(appointments, key=lambda a: (a.id or 0, a.start))
    uids = {a.id: a.ics_uid for a in rows if a.ics_uid and a.original_start is None}
    extra = _extra_dates(rows)
    texts = _Texts(citizen_labels or {}, with_names, scrub or (lambda text: text))
    stamp = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    calendar = _new_calendar()
    for appointment, role in _exported_rows(rows, window_start, window_end):
        uid = _uid(appointment, role, uids)
        event = _event(appointment, role, uid, texts, stamp)
        if role == "master" and extra.get(appointment.id):
            event.add("rdate", [_when(appointment, d) for d in extra[appointment.id]])
        calendar.add_component(event)
    for reminder in deadline_events(deadlines, texts.labels, with_names, stamp):
        calendar.add_component(reminder)
    _add_timezone(calendar)
    log.info("calendar export: %d events", len(calendar.subcomponents) - 1)
    return calendar.to_ical()


def _exported_rows(
    rows: list[Appointment], window_start: dt.datetime, window_end: dt.datetime
) -> Iterable[tuple[Appointment, str]]:
    """(row, 'master' | 'exception' | 'single') for every row that belongs in the export."""
    masters = {a.id for a in rows if a.rrule.strip() and a.id is not None}
    occurrences = expand(rows, window_start, window_end)
    series_shown = {o.series_id for o in occurrences if o.series_id in masters}
    visible = {o.appointment_id for o in occurrences}
    for row in rows:
        if row.rrule.strip():
            if row.id in series_shown:
                yield row, "master"
        elif row.series_id in masters:
            if row.series_id in series_shown:
                yield row, "exception"
        elif row.id in visible:
            yield row, "single"


def _extra_dates(rows: list[Appointment]) -> dict[int | None, list[dt.datetime]]:
    """For each series, the occurrences replaced by a row although its rule does not make them
    (an imported RDATE): the series names them in RDATE, so RECURRENCE-ID finds them."""
    series = {a.id: a for a in rows if a.rrule.strip()}
    rules: dict[int | None, rrule] = {}
    extra: dict[int | None, list[dt.datetime]] = {}
    for row in rows:
        master = series.get(row.series_id)
        if master is None or row.original_start is None:
            continue
        rule = rules.get(master.id) or rules.setdefault(master.id, parse_rule(master))
        if row.original_start not in rule:
            extra.setdefault(master.id, []).append(row.original_start)
    return extra


def _new_calendar() -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-timezone", LOCAL_ZONE.key)
    return calendar


# Copenhagen's rules as calendar programs write them (valid for the EU rules in force since
# 1996), so the definition holds for a series however far it runs.
COPENHAGEN_VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Copenhagen
X-LIC-LOCATION:Europe/Copenhagen
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""


def _add_timezone(calendar: icalendar.Calendar) -> None:
    timezone = icalendar.Timezone.from_ical(COPENHAGEN_VTIMEZONE.replace("\n", "\r\n"))
    calendar.subcomponents.insert(0, timezone)


class _Texts:
    """What the export says in SUMMARY, LOCATION, DESCRIPTION and CATEGORIES."""

    def __init__(self, labels: Mapping[int, str], with_names: bool, scrub: Scrub) -> None:
        self.labels = labels
        self.with_names = with_names
        self.scrub = scrub

    def own_text(self, appointment: Appointment) -> bool:
        """Whether the user's own texts go out: always with names, else only without a citizen."""
        return self.with_names or appointment.citizen_id is None

    def clean(self, text: str) -> str:
        return text if self.with_names else self.scrub(text)

    def summary(self, appointment: Appointment) -> str:
        text = label(appointment.kind)
        if appointment.citizen_id is None:
            return self.clean(appointment.title) or text
        text += " – " + self.labels.get(appointment.citizen_id, f"Sag {appointment.citizen_id}")
        if self.with_names and appointment.title:
            text += ": " + appointment.title
        return text

    def title(self, appointment: Appointment) -> str:
        return self.clean(appointment.title) if self.own_text(appointment) else ""

    def location(self, appointment: Appointment) -> str:
        if self.own_text(appointment) and appointment.place_text:
            return self.clean(appointment.place_text)
        return label(appointment.place)

    def description(self, appointment: Appointment) -> str:
        return self.clean(appointment.description) if self.own_text(appointment) else ""

    def categories(self, appointment: Appointment) -> list[str]:
        if not self.own_text(appointment):
            return []
        return [self.clean(c) for c in appointment.categories]


def _event(
    appointment: Appointment, role: str, uid: str, texts: _Texts, stamp: dt.datetime
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    if appointment.ics_sequence:
        event.add("sequence", appointment.ics_sequence)
    event.add("dtstart", _when(appointment, appointment.start))
    event.add("dtend", _when(appointment, appointment.end))
    event.add("summary", texts.summary(appointment))
    event.add("location", texts.location(appointment))
    if description := texts.description(appointment):
        event.add("description", description)
    if categories := texts.categories(appointment):
        event.add("categories", categories)
    event.add(
        "status", "CANCELLED" if appointment.status == AppointmentStatus.CANCELLED else "CONFIRMED"
    )
    if role == "master":
        event.add("rrule", _export_rrule(appointment.rrule, appointment.all_day))
        if appointment.exdates:
            event.add("exdate", [_when(appointment, d) for d in sorted(appointment.exdates)])
    if role == "exception" and appointment.original_start is not None:
        event.add("recurrence-id", _when(appointment, appointment.original_start))
    _add_caseapp_fields(event, appointment, texts.title(appointment))
    return event


def _when(appointment: Appointment, value: dt.datetime) -> dt.datetime | dt.date:
    """A DATE for a whole-day event, else the time in Copenhagen."""
    return value.date() if appointment.all_day else _aware(value)


def _uid(appointment: Appointment, role: str, uids: Mapping[int | None, str | None]) -> str:
    owner = appointment.series_id if role == "exception" else appointment.id
    return uids.get(owner) or f"caseapp-{owner}@caseapp.local"


def _add_caseapp_fields(event: icalendar.Event, appointment: Appointment, title: str) -> None:
    event.add(X_KIND, appointment.kind.value)
    event.add(X_PLACE, appointment.place.value)
    event.add(X_STATUS, appointment.status.value)
    event.add(X_PREPARATION, str(appointment.preparation_minutes))
    if appointment.citizen_id is not None:
        event.add(X_CITIZEN, str(appointment.citizen_id))
    if title:
        event.add(X_TITLE, title)


def _aware(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=LOCAL_ZONE)


def _export_rrule(rule_text: str, all_day: bool = False) -> icalendar.vRecur:
    """The stored rule with UNTIL in UTC, as RFC 5545 wants next to a zoned DTSTART (a DATE
    next to the DATE start of a whole-day series)."""
    recur = icalendar.vRecur.from_ical(normalise_rrule(rule_text))
    untils = recur.get("UNTIL")
    if untils:
        until = untils[0]
        if isinstance(until, dt.datetime) and all_day:
            recur["UNTIL"] = [until.date()]
        elif isinstance(until, dt.datetime):
            recur["UNTIL"] = [_aware(until.replace(tzinfo=None)).astimezone(dt.UTC)]
    return recur


def citizen_labels(
    db: sqlite_utils.Database,
    citizen_ids: Iterable[int],
    with_names: bool = False,
    reference: CitizenReference = "initials",
) -> dict[int, str]:
    """What SUMMARY calls each citizen: the name, the initials, or "Sag <id>"."""
    labels: dict[int, str] = {}
    for citizen_id in sorted(set(citizen_ids)):
        citizen = citizens.get(db, citizen_id)
        if with_names:
            labels[citizen_id] = citizen.name
        elif reference == "initials" and citizen.initials:
            labels[citizen_id] = citizen.initials
        else:
            labels[citizen_id] = f"Sag {citizen_id}"
    return labels


def caseload_scrubber(db: sqlite_utils.Database) -> NameScrubber:
    """Takes the name of everyone in the caseload (closed cases too) out of a text."""
    return NameScrubber(summary.name for summary in caseload.summaries(db))


def export_range(
    db: sqlite_utils.Database,
    first_day: dt.date,
    last_day: dt.date,
    with_names: bool = False,
    reference: CitizenReference = "initials",
    stamp: dt.datetime | None = None,
    deadlines: Iterable[Deadline] = (),
) -> bytes:
    """The .ics of every appointment from `first_day` to `last_day`, both included, and of the
    given deadlines (the caller picks them: planning does not read the Frister list)."""
    if last_day < first_day:
        raise InvalidInput("Perioden skal slutte efter den begynder.")
    start = dt.datetime.combine(first_day, dt.time())
    end = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time())
    rows = load_appointments(db, start, end)
    reminders = list(deadlines)
    ids = [a.citizen_id for a in rows if a.citizen_id is not None]
    labels = citizen_labels(db, [*ids, *(d.citizen_id for d in reminders)], with_names, reference)
    scrub = None if with_names else caseload_scrubber(db)
    return export_ics(rows, start, end, labels, with_names, stamp, scrub, reminders)
