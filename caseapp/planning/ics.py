"""iCalendar (.ics) export and import, so the week can live in Outlook or Google as well.

Export: Europe/Copenhagen times with a VTIMEZONE, series as RRULE with EXDATE, moved or
cancelled single occurrences as RECURRENCE-ID events. By default no names and no free-text
titles leave the app: SUMMARY is the kind of appointment plus the citizen's initials (or
"Sag <id>"); `with_names` adds the full name and the title.

Import: what Outlook and Google write (Windows zone names such as "Romance Standard Time",
RRULE with EXDATE, RECURRENCE-ID, all-day events, UTC times). Everything is parsed and checked
before anything is written, and the writing is one transaction: all or nothing. Error messages
name the problem and the event's number in the file, never its content.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import re
import zoneinfo
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import icalendar
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from caseapp.domain.enums import AppointmentKind, AppointmentStatus, Place
from caseapp.domain.labels import label
from caseapp.domain.models import Appointment
from caseapp.domain.validation import MAX_LINE, clean_text
from caseapp.errors import CaseappError, InvalidInput, NotFound
from caseapp.planning.loading import load_appointments
from caseapp.planning.recurrence import LOCAL_ZONE, expand, normalise_rrule, validate_recurrence

if TYPE_CHECKING:
    from caseapp.service import CaseService

log = logging.getLogger(__name__)

PRODID = "-//caseapp//caseapp//DA"
MAX_ICS_BYTES = 50 * 1024 * 1024
NOTHING_IMPORTED = "intet blev importeret"

# Windows names for zones with Copenhagen's rules (Outlook writes these in TZID).
CENTRAL_EUROPEAN_WINDOWS_ZONES = frozenset(
    {
        "Romance Standard Time",
        "W. Europe Standard Time",
        "Central Europe Standard Time",
        "Central European Standard Time",
    }
)
_CET_DISPLAY_NAME = re.compile(
    r"^\(UTC\+01:00\) (Amsterdam|Brussels|Bruxelles|Copenhagen|København)"
)

X_KIND = "X-CASEAPP-KIND"
X_PLACE = "X-CASEAPP-PLACE"
X_STATUS = "X-CASEAPP-STATUS"
X_PREPARATION = "X-CASEAPP-PREPARATION"
X_CITIZEN = "X-CASEAPP-CITIZEN"
X_TITLE = "X-CASEAPP-TITLE"

CitizenReference = Literal["initials", "case"]
E = TypeVar("E", bound=StrEnum)


# -- export --------------------------------------------------------------------------------


def export_ics(
    appointments: Iterable[Appointment],
    window_start: dt.datetime,
    window_end: dt.datetime,
    citizen_labels: Mapping[int, str] | None = None,
    with_names: bool = False,
    stamp: dt.datetime | None = None,
) -> bytes:
    """The .ics text of everything with an occurrence in [window_start, window_end).

    A series goes out whole (RRULE, EXDATE and every replaced occurrence given), so the other
    calendar shows the same occurrences. `citizen_labels` says what to call each citizen in
    SUMMARY (initials, "Sag <id>", or with `with_names` the name).
    """
    rows = sorted(appointments, key=lambda a: (a.id or 0, a.start))
    labels = citizen_labels or {}
    stamp = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    calendar = _new_calendar()
    for appointment, role in _exported_rows(rows, window_start, window_end):
        calendar.add_component(_event(appointment, role, labels, with_names, stamp))
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


def _event(
    appointment: Appointment,
    role: str,
    labels: Mapping[int, str],
    with_names: bool,
    stamp: dt.datetime,
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", _uid(appointment, role))
    event.add("dtstamp", stamp)
    event.add("dtstart", _aware(appointment.start))
    event.add("dtend", _aware(appointment.end))
    event.add("summary", _summary(appointment, labels, with_names))
    event.add("location", label(appointment.place))
    event.add(
        "status", "CANCELLED" if appointment.status == AppointmentStatus.CANCELLED else "CONFIRMED"
    )
    if role == "master":
        event.add("rrule", _export_rrule(appointment.rrule))
        if appointment.exdates:
            event.add("exdate", [_aware(d) for d in sorted(appointment.exdates)])
    if role == "exception" and appointment.original_start is not None:
        event.add("recurrence-id", _aware(appointment.original_start))
    _add_caseapp_fields(event, appointment, with_names)
    return event


def _uid(appointment: Appointment, role: str) -> str:
    owner = appointment.series_id if role == "exception" else appointment.id
    return f"caseapp-{owner}@caseapp.local"


def _summary(appointment: Appointment, labels: Mapping[int, str], with_names: bool) -> str:
    text = label(appointment.kind)
    if appointment.citizen_id is not None:
        text += " – " + labels.get(appointment.citizen_id, f"Sag {appointment.citizen_id}")
    if with_names and appointment.title:
        text += ": " + appointment.title
    return text


def _add_caseapp_fields(event: icalendar.Event, appointment: Appointment, with_names: bool) -> None:
    event.add(X_KIND, appointment.kind.value)
    event.add(X_PLACE, appointment.place.value)
    event.add(X_STATUS, appointment.status.value)
    event.add(X_PREPARATION, str(appointment.preparation_minutes))
    if appointment.citizen_id is not None:
        event.add(X_CITIZEN, str(appointment.citizen_id))
    if with_names and appointment.title:
        event.add(X_TITLE, appointment.title)


def _aware(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=LOCAL_ZONE)


def _export_rrule(rule_text: str) -> icalendar.vRecur:
    """The stored rule with UNTIL in UTC, as RFC 5545 wants next to a zoned DTSTART."""
    recur = icalendar.vRecur.from_ical(normalise_rrule(rule_text))
    untils = recur.get("UNTIL")
    if untils:
        until = untils[0]
        if isinstance(until, dt.datetime):
            recur["UNTIL"] = [_aware(until.replace(tzinfo=None)).astimezone(dt.UTC)]
    return recur


def citizen_labels(
    service: CaseService,
    citizen_ids: Iterable[int],
    with_names: bool = False,
    reference: CitizenReference = "initials",
) -> dict[int, str]:
    """What SUMMARY calls each citizen: the name, the initials, or "Sag <id>"."""
    labels: dict[int, str] = {}
    for citizen_id in sorted(set(citizen_ids)):
        citizen = service.citizen(citizen_id)
        if with_names:
            labels[citizen_id] = citizen.name
        elif reference == "initials" and citizen.initials:
            labels[citizen_id] = citizen.initials
        else:
            labels[citizen_id] = f"Sag {citizen_id}"
    return labels


def export_range(
    service: CaseService,
    first_day: dt.date,
    last_day: dt.date,
    with_names: bool = False,
    reference: CitizenReference = "initials",
    stamp: dt.datetime | None = None,
) -> bytes:
    """The .ics of every appointment from `first_day` to `last_day`, both included."""
    if last_day < first_day:
        raise InvalidInput("Perioden skal slutte efter den begynder.")
    start = dt.datetime.combine(first_day, dt.time())
    end = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time())
    rows = load_appointments(service, start, end)
    ids = [a.citizen_id for a in rows if a.citizen_id is not None]
    labels = citizen_labels(service, ids, with_names, reference)
    return export_ics(rows, start, end, labels, with_names, stamp)


# -- import: reading the file --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ParsedEvent:
    """One VEVENT, checked and turned into an appointment (not yet linked to its series)."""

    number: int  # its place among the file's events, from 1, for messages
    uid: str
    appointment: Appointment  # original_start is the RECURRENCE-ID, if any
    citizen_ref: int | None  # the X-CASEAPP-CITIZEN of our own export

    @property
    def is_exception(self) -> bool:
        return self.appointment.original_start is not None


def _refuse(problem: str) -> InvalidInput:
    return InvalidInput(f"{problem}; {NOTHING_IMPORTED}.")


def _refuse_event(number: int, problem: str) -> InvalidInput:
    return _refuse(f"Begivenhed nr. {number} i kalenderfilen {problem}")


def parse_ics(data: bytes) -> list[ParsedEvent]:
    """Every event of the file, checked; InvalidInput names the first problem."""
    calendar = read_calendar(data)
    events = [c for c in calendar.walk("VEVENT")]
    parsed = [_parse_event(event, number) for number, event in enumerate(events, start=1)]
    log.info("calendar file read: %d events", len(parsed))
    return parsed


def read_calendar(data: bytes) -> icalendar.Calendar:
    text = _decode(data)
    if not text.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        raise _refuse("Filen er ikke en kalenderfil (.ics)")
    if not text.rstrip().upper().endswith("END:VCALENDAR"):
        raise _refuse("Kalenderfilen er ufuldstændig (den slutter for tidligt)")
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        raise _refuse("Kalenderfilen følger ikke iCalendar-formatet og kan ikke læses") from None
    if not isinstance(calendar, icalendar.Calendar) or calendar.name != "VCALENDAR":
        raise _refuse("Filen er ikke en kalenderfil (.ics)")
    return calendar


def _decode(data: bytes) -> str:
    if not isinstance(data, bytes | bytearray):
        raise TypeError("the calendar must be given as bytes")
    if len(data) > MAX_ICS_BYTES:
        raise _refuse(f"Kalenderfilen er for stor (højst {MAX_ICS_BYTES // (1024 * 1024)} MB)")
    if not data.strip():
        raise _refuse("Kalenderfilen er tom")
    if b"\x00" in data:
        raise _refuse("Filen er ikke en kalenderfil (.ics)")
    try:
        return bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError:
        return bytes(data).decode("cp1252", errors="replace")


_USED_PROPERTIES = {"DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RECURRENCE-ID", "RDATE"}


def _parse_event(event: icalendar.Component, number: int) -> ParsedEvent:
    _check_property_errors(event, number)
    if "RDATE" in event:
        raise _refuse_event(number, "bruger RDATE (ekstra datoer), som ikke understøttes")
    if "DTSTART" not in event:
        raise _refuse_event(number, "mangler et starttidspunkt (DTSTART)")
    start, all_day = _local_time(event["DTSTART"], number, "DTSTART")
    end = _end_time(event, start, all_day, number)
    if end <= start:
        raise _refuse_event(number, "slutter ikke efter den begynder")
    recurrence_id = None
    if "RECURRENCE-ID" in event:
        recurrence_id, _ = _local_time(event["RECURRENCE-ID"], number, "RECURRENCE-ID")
    appointment = Appointment(
        kind=_enum(AppointmentKind, event.get(X_KIND), AppointmentKind.OTHER),
        start=start,
        end=end,
        title=_title(event),
        place=_enum(Place, event.get(X_PLACE), Place.OTHER),
        preparation_minutes=_preparation(event, number),
        rrule=_rrule(event, number),
        exdates=_exdates(event, start, number),
        original_start=recurrence_id,
        status=_status(event),
    )
    _check_recurrence(appointment, number)
    return ParsedEvent(
        number=number,
        uid=str(event.get("UID", "")).strip() or f"no-uid-{number}",
        appointment=appointment,
        citizen_ref=_citizen_ref(event, number),
    )


def _check_property_errors(event: icalendar.Component, number: int) -> None:
    for name, _message in getattr(event, "errors", []):
        if str(name).upper() in _USED_PROPERTIES:
            raise _refuse_event(number, f"har en ugyldig værdi i {str(name).upper()}")


def _check_recurrence(appointment: Appointment, number: int) -> None:
    if appointment.rrule and appointment.original_start is not None:
        raise _refuse_event(number, "er både en gentagelse og en flyttet forekomst")
    try:
        validate_recurrence(appointment)
    except InvalidInput as exc:
        raise _refuse_event(number, "kan ikke bruges: " + _lower_first(exc.message)) from None


def _lower_first(message: str) -> str:
    return message[:1].lower() + message[1:].rstrip(".")


def _local_time(prop: Any, number: int, name: str) -> tuple[dt.datetime, bool]:
    """The property as naive Copenhagen time, and whether it was a whole-day DATE."""
    value = getattr(prop, "dt", None)
    if isinstance(value, dt.datetime):
        return _to_local(value, _tzid(prop), number), False
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time()), True
    raise _refuse_event(number, f"har en ugyldig værdi i {name}")


def _tzid(prop: Any) -> str | None:
    params = getattr(prop, "params", None) or {}
    tzid = params.get("TZID")
    return str(tzid) if tzid else None


def _to_local(value: dt.datetime, tzid: str | None, number: int) -> dt.datetime:
    if tzid:
        zone = resolve_zone(tzid)
        if zone is not None:
            aware = value.replace(tzinfo=zone)
        elif value.tzinfo is not None:  # defined by a VTIMEZONE in the file
            aware = value
        else:
            raise _refuse_event(number, f"bruger en ukendt tidszone ({_printable(tzid)})")
    elif value.tzinfo is not None:
        aware = value
    else:
        return value.replace(microsecond=0)  # floating time: local wall-clock time
    return aware.astimezone(LOCAL_ZONE).replace(tzinfo=None, microsecond=0)


def resolve_zone(tzid: str) -> dt.tzinfo | None:
    """An IANA zone for a TZID: IANA names, Windows names (Outlook), Outlook display names."""
    name = tzid.strip().strip('"')
    if name in CENTRAL_EUROPEAN_WINDOWS_ZONES or _CET_DISPLAY_NAME.match(name):
        return LOCAL_ZONE
    if name.startswith("/"):  # e.g. /mozilla.org/20050126_1/Europe/Copenhagen
        name = "/".join(name.rsplit("/", 2)[-2:])
    if name in _iana_names():
        return zoneinfo.ZoneInfo(name)
    olson = WINDOWS_TO_OLSON.get(name)
    return zoneinfo.ZoneInfo(olson) if olson and olson in _iana_names() else None


@functools.cache
def _iana_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _printable(text: str) -> str:
    return re.sub(r"[^\w /+\-.()]", "", text)[:60]


def _end_time(
    event: icalendar.Component, start: dt.datetime, all_day: bool, number: int
) -> dt.datetime:
    if "DTEND" in event:
        return _local_time(event["DTEND"], number, "DTEND")[0]
    if "DURATION" in event:
        duration = getattr(event["DURATION"], "dt", None)
        if not isinstance(duration, dt.timedelta):
            raise _refuse_event(number, "har en ugyldig værdi i DURATION")
        return start + duration
    if all_day:
        return start + dt.timedelta(days=1)
    raise _refuse_event(number, "mangler et sluttidspunkt (DTEND)")


def _rrule(event: icalendar.Component, number: int) -> str:
    prop = event.get("RRULE")
    if prop is None:
        return ""
    if isinstance(prop, list):
        if len(prop) > 1:
            raise _refuse_event(number, "har flere gentagelsesregler, som ikke understøttes")
        prop = prop[0]
    try:
        return normalise_rrule(prop.to_ical().decode("ascii"))
    except (InvalidInput, ValueError, AttributeError, UnicodeDecodeError):
        raise _refuse_event(number, "har en gentagelsesregel (RRULE), der ikke kan læses") from None


def _exdates(
    event: icalendar.Component, start: dt.datetime, number: int
) -> tuple[dt.datetime, ...]:
    raw = event.get("EXDATE")
    if raw is None:
        return ()
    found: set[dt.datetime] = set()
    for group in raw if isinstance(raw, list) else [raw]:
        for item in getattr(group, "dts", []):
            value = item.dt
            tzid = _tzid(item) or _tzid(group)
            if isinstance(value, dt.datetime):
                found.add(_to_local(value, tzid, number))
            elif isinstance(value, dt.date):
                found.add(dt.datetime.combine(value, start.time()))
            else:
                raise _refuse_event(number, "har en ugyldig værdi i EXDATE")
    return tuple(sorted(found))


def _enum(kind: type[E], value: Any, default: E) -> E:
    try:
        return kind(str(value)) if value is not None else default
    except ValueError:
        return default


def _status(event: icalendar.Component) -> AppointmentStatus:
    ours = event.get(X_STATUS)
    if ours is not None:
        return _enum(AppointmentStatus, ours, AppointmentStatus.PLANNED)
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return AppointmentStatus.CANCELLED
    return AppointmentStatus.PLANNED


def _title(event: icalendar.Component) -> str:
    if X_TITLE in event:
        text = str(event.get(X_TITLE))
    elif X_KIND in event:
        text = ""  # our own SUMMARY is generated from kind and citizen
    else:
        text = str(event.get("SUMMARY", ""))
    return clean_text(text).strip().replace("\n", " ")[:MAX_LINE]


def _preparation(event: icalendar.Component, number: int) -> int:
    raw = event.get(X_PREPARATION)
    if raw is None:
        return 0
    try:
        minutes = int(str(raw))
    except ValueError:
        raise _refuse_event(number, "har en ugyldig forberedelsestid") from None
    if not 0 <= minutes <= 480:
        raise _refuse_event(number, "har en forberedelsestid uden for 0-480 minutter")
    return minutes


def _citizen_ref(event: icalendar.Component, number: int) -> int | None:
    raw = event.get(X_CITIZEN)
    if raw is None:
        return None
    try:
        return int(str(raw))
    except ValueError:
        raise _refuse_event(number, "har en ugyldig sagsreference") from None


# -- import: writing -----------------------------------------------------------------------


def import_ics(service: CaseService, data: bytes, keep_citizens: bool = False) -> int:
    """Import every event of the file in one transaction; the number of appointments written.

    With `keep_citizens`, events exported by caseapp stay linked to the same case id, which
    must exist; otherwise imported appointments belong to no citizen (ids from another
    database could point at the wrong person).
    """
    events = parse_ics(data)
    if keep_citizens:
        _check_citizens_exist(service, events)
    firsts = [e for e in events if not e.is_exception]
    exceptions = [e for e in events if e.is_exception]
    series_ids: dict[str, int] = {}
    with service.db.atomic():
        for event in firsts:
            new_id = _insert(service, event, keep_citizens, series_id=None)
            if event.appointment.rrule:
                series_ids.setdefault(event.uid, new_id)
        for event in exceptions:
            _insert(service, event, keep_citizens, series_id=series_ids.get(event.uid))
    log.info("calendar import: %d appointments written", len(events))
    return len(events)


def _check_citizens_exist(service: CaseService, events: Sequence[ParsedEvent]) -> None:
    for event in events:
        if event.citizen_ref is None:
            continue
        try:
            service.citizen(event.citizen_ref)
        except NotFound:
            raise _refuse_event(
                event.number, f"henviser til sag {event.citizen_ref}, som ikke findes"
            ) from None


def _insert(
    service: CaseService, event: ParsedEvent, keep_citizens: bool, series_id: int | None
) -> int:
    appointment = dataclasses.replace(
        event.appointment,
        series_id=series_id,
        original_start=event.appointment.original_start if series_id is not None else None,
        citizen_id=event.citizen_ref if keep_citizens else None,
    )
    try:
        return service.add_appointment(appointment)
    except CaseappError as exc:
        raise _refuse_event(event.number, "kunne ikke gemmes: " + exc.message.rstrip(".")) from None
