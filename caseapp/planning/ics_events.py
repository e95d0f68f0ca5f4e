"""Turning the VEVENTs of a read .ics file into checked appointments.

What Outlook and Google write: Windows zone names such as "Romance Standard Time", zones
defined only by a VTIMEZONE in the file ("Customized Time Zone"), floating and UTC times,
whole-day events, DURATION instead of DTEND, RRULE with EXDATE, RECURRENCE-ID. What the user
wrote is kept: title, free-text place, description, categories; organiser and attendees are
counted, never stored as names. Messages name the problem and the event's number in the file,
never its content.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import re
import zoneinfo
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

import icalendar
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from caseapp.domain.enums import AppointmentKind, AppointmentStatus, Place
from caseapp.domain.labels import label
from caseapp.domain.models import Appointment
from caseapp.domain.validation import MAX_LINE, MAX_TEXT, clean_text
from caseapp.errors import InvalidInput
from caseapp.planning.ics_reader import CalendarFile, Component, Prop, read_file, refuse_event
from caseapp.planning.recurrence import LOCAL_ZONE, normalise_rrule, validate_recurrence

log = logging.getLogger(__name__)

X_KIND = "X-CASEAPP-KIND"
X_PLACE = "X-CASEAPP-PLACE"
X_STATUS = "X-CASEAPP-STATUS"
X_PREPARATION = "X-CASEAPP-PREPARATION"
X_CITIZEN = "X-CASEAPP-CITIZEN"
X_TITLE = "X-CASEAPP-TITLE"
X_DEADLINE = "X-CASEAPP-DEADLINE"  # a deadline reminder (ics_deadlines.py), not an appointment

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
_UNTIL_TIME = re.compile(r"UNTIL=([0-9]{8}T[0-9]{6})(Z?)(?![0-9])")
_DATE = re.compile(r"^([0-9]{4})([0-9]{2})([0-9]{2})$")
_DATETIME = re.compile(r"^([0-9]{4})([0-9]{2})([0-9]{2})T([0-9]{2})([0-9]{2})([0-9]{2})(Z?)$")

E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True, slots=True)
class ParsedEvent:
    """One VEVENT, checked and turned into an appointment (not yet linked to its series)."""

    number: int  # its place among the file's events, from 1, for messages
    uid: str
    appointment: Appointment  # original_start is the RECURRENCE-ID, if any
    citizen_ref: int | None  # the X-CASEAPP-CITIZEN of our own export
    from_caseapp: bool = False  # written by caseapp (kind and preparation are in the file)
    extra_date: bool = False  # one of the event's RDATEs, made an occurrence of its own

    @property
    def is_exception(self) -> bool:
        return self.appointment.original_start is not None

    @property
    def version(self) -> tuple[int, dt.datetime]:
        a = self.appointment
        return a.ics_sequence, a.ics_last_modified or dt.datetime.min


def parse_ics(data: bytes) -> list[ParsedEvent]:
    """Every event of the file, checked; InvalidInput names the first problem."""
    return read_events(data)[0]


def read_events(data: bytes) -> tuple[list[ParsedEvent], str]:
    """Every event of the file, checked, and the name of the calendar they come from."""
    file = read_file(data)
    zones = _FileZones(file)
    source = calendar_source(file.calendars[0])
    events = file.walk("VEVENT")
    parsed: list[ParsedEvent] = []
    for number, event in enumerate(events, 1):
        if event.has(X_DEADLINE):
            continue  # caseapp's own deadline reminder: the deadline lives in its record
        parsed.append(_parse_event(event, number, zones, source))
        parsed.extend(_extra_dates(event, parsed[-1], zones))
    parsed = _without_replaced_extra_dates(parsed)
    log.info("calendar file read: %d events", len(parsed))
    return parsed, source


def calendar_source(calendar: Component) -> str:
    """What names the calendar: X-WR-CALNAME (with X-WR-RELCALID), else the program."""
    parts = [calendar.first(n) for n in ("X-WR-CALNAME", "X-WR-RELCALID", "PRODID")]
    named = [p.text.strip() for p in parts[:2] if p is not None and p.text.strip()]
    if named:
        return " | ".join(named)[:MAX_LINE]
    return (parts[2].text.strip() if parts[2] is not None else "")[:MAX_LINE]


class _FileZones:
    """TZIDs resolved by name, or else by the file's own VTIMEZONE definition."""

    def __init__(self, file: CalendarFile) -> None:
        self._file = file
        self._defined = {}
        for component in file.walk("VTIMEZONE"):
            tzid = component.first("TZID")
            if tzid is not None:
                self._defined[tzid.value.strip().strip('"')] = component
        self._cache: dict[str, dt.tzinfo | None] = {}

    def zone(self, tzid: str) -> dt.tzinfo | None:
        if tzid not in self._cache:
            self._cache[tzid] = resolve_zone(tzid) or self._from_definition(tzid)
        return self._cache[tzid]

    def _from_definition(self, tzid: str) -> dt.tzinfo | None:
        component = self._defined.get(tzid.strip().strip('"'))
        if component is None:
            return None
        try:
            timezone = icalendar.Timezone.from_ical(self._file.source_text(component))
            return timezone.to_tz(lookup_tzid=False)  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - any broken definition is an unknown zone
            log.info("calendar file: a VTIMEZONE could not be read")
            return None


def resolve_zone(tzid: str) -> dt.tzinfo | None:
    """An IANA zone for a TZID: IANA names, Windows names (Outlook), Outlook display names."""
    name = tzid.strip().strip('"')
    if name in CENTRAL_EUROPEAN_WINDOWS_ZONES or _CET_DISPLAY_NAME.match(name):
        return LOCAL_ZONE
    if name.startswith("/"):  # e.g. /mozilla.org/20050126_1/Europe/Copenhagen
        parts = name.strip("/").split("/")
        name = next((z for i in range(len(parts)) if (z := "/".join(parts[i:])) in _iana_names()),
                    name)
    if name in _iana_names():
        return zoneinfo.ZoneInfo(name)
    olson = WINDOWS_TO_OLSON.get(name)
    return zoneinfo.ZoneInfo(olson) if olson and olson in _iana_names() else None


@functools.cache
def _iana_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _printable(text: str) -> str:
    return re.sub(r"[^\w /+\-.()]", "", text)[:60]


# -- one event -----------------------------------------------------------------------------


def _parse_event(event: Component, number: int, zones: _FileZones, source: str) -> ParsedEvent:
    start_prop = event.first("DTSTART")
    if start_prop is None:
        raise refuse_event(number, "mangler et starttidspunkt (DTSTART)")
    start, all_day, start_zone = _local_time(start_prop, number, zones)
    end = _end_time(event, start, all_day, number, zones)
    if end <= start:
        raise refuse_event(number, "slutter ikke efter den begynder")
    recurrence_id = None
    if (rid := event.first("RECURRENCE-ID")) is not None:
        recurrence_id = _local_time(rid, number, zones)[0]
    location = _line(event, "LOCATION")
    place = _enum(Place, _value(event, X_PLACE), Place.OTHER)
    appointment = Appointment(
        kind=_enum(AppointmentKind, _value(event, X_KIND), AppointmentKind.OTHER),
        start=start,
        end=end,
        title=_title(event),
        place=place,
        place_text="" if location == label(place) else location,
        description=_clean(_text(event, "DESCRIPTION"), MAX_TEXT),
        all_day=all_day,
        categories=_categories(event),
        attendee_count=_attendee_count(event),
        has_organiser=event.has("ORGANIZER"),
        preparation_minutes=_preparation(event, number),
        rrule=_rrule(event, number, start_zone, _shift(start_prop, start, start_zone)),
        exdates=_exdates(event, start, number, zones),
        original_start=recurrence_id,
        status=_status(event),
        ics_uid=_value(event, "UID").strip()[:MAX_LINE] or None,
        ics_source=source,
        ics_sequence=_sequence(event),
        ics_last_modified=_last_modified(event),
    )
    _check_recurrence(appointment, number)
    return ParsedEvent(
        number=number,
        uid=appointment.ics_uid or f"no-uid-{number}",
        appointment=appointment,
        citizen_ref=_citizen_ref(event, number),
        from_caseapp=event.has(X_KIND),
    )


def _extra_dates(event: Component, parsed: ParsedEvent, zones: _FileZones) -> list[ParsedEvent]:
    """Each RDATE as an occurrence of its own, keyed by its date like a moved occurrence (a
    series keeps them as its occurrences; a single event gets a sibling for each date)."""
    rdates = event.all("RDATE")
    if not rdates:
        return []
    if parsed.is_exception:
        raise refuse_event(parsed.number, "er en flyttet forekomst med ekstra datoer (RDATE)")
    base = parsed.appointment
    length = base.end - base.start
    extra: list[ParsedEvent] = []
    for start, end, whole_day in _rdate_values(rdates, parsed.number, zones, base):
        if start in base.exdates or start == base.start:
            continue
        row = dataclasses.replace(
            base, start=start, end=end or start + length, rrule="", exdates=(),
            original_start=start, all_day=base.all_day and whole_day and end is None,
        )
        if row.end <= row.start:
            raise refuse_event(parsed.number, "har en ekstra dato (RDATE), der slutter før start")
        extra.append(dataclasses.replace(parsed, appointment=row, extra_date=True))
    if len(extra) > MAX_EXTRA_DATES:
        raise refuse_event(parsed.number, f"har over {MAX_EXTRA_DATES} ekstra datoer (RDATE)")
    return extra


MAX_EXTRA_DATES = 5_000


def _rdate_values(
    props: list[Prop], number: int, zones: _FileZones, base: Appointment
) -> list[tuple[dt.datetime, dt.datetime | None, bool]]:
    """(start, end of a PERIOD or None, whether it was a whole-day DATE) of each RDATE."""
    values: list[tuple[dt.datetime, dt.datetime | None, bool]] = []
    for group in props:
        for item in group.value.split(","):
            if not item.strip():
                continue
            first, _, second = item.partition("/")
            start, whole_day, _ = _local_time(Prop(group.name, group.params, first), number, zones)
            if whole_day and not base.all_day:
                start = dt.datetime.combine(start.date(), base.start.time())
            values.append((start, _period_end(group, second, start, number, zones), whole_day))
    return values


def _period_end(
    group: Prop, second: str, start: dt.datetime, number: int, zones: _FileZones
) -> dt.datetime | None:
    """The end of a PERIOD value (start/end or start/duration), None for a plain date."""
    if not second:
        return None
    if second.strip().upper().startswith(("P", "-P", "+P")):
        try:
            return start + icalendar.vDuration.from_ical(second.strip())
        except (ValueError, TypeError):
            raise refuse_event(number, "har en ugyldig værdi i RDATE") from None
    params = {k: v for k, v in group.params.items() if k != "VALUE"}
    return _local_time(Prop(group.name, params, second), number, zones)[0]


def _without_replaced_extra_dates(events: list[ParsedEvent]) -> list[ParsedEvent]:
    """An RDATE occurrence that the file also gives as a RECURRENCE-ID event is that event."""
    explicit = {(e.uid, e.appointment.original_start) for e in events
                if e.is_exception and not e.extra_date}
    return [e for e in events
            if not (e.extra_date and (e.uid, e.appointment.original_start) in explicit)]


def _attendee_count(event: Component) -> int:
    """People invited (rooms and equipment, CUTYPE RESOURCE or ROOM, are not people)."""
    return sum(
        1 for a in event.all("ATTENDEE")
        if a.params.get("CUTYPE", "INDIVIDUAL").upper() not in ("RESOURCE", "ROOM")
    )


def _value(event: Component, name: str) -> str:
    prop = event.first(name)
    return prop.text if prop is not None else ""


def _text(event: Component, name: str) -> str:
    return _value(event, name)


def _clean(text: str, limit: int) -> str:
    return clean_text(text).strip()[:limit]


def _line(event: Component, name: str) -> str:
    return _clean(_value(event, name).replace("\n", " "), MAX_LINE)


def _check_recurrence(appointment: Appointment, number: int) -> None:
    if appointment.rrule and appointment.original_start is not None:
        raise refuse_event(number, "er både en gentagelse og en flyttet forekomst")
    try:
        validate_recurrence(appointment)
    except InvalidInput as exc:
        raise refuse_event(number, "kan ikke bruges: " + _lower_first(exc.message)) from None


def _lower_first(message: str) -> str:
    return message[:1].lower() + message[1:].rstrip(".")


def parse_value(prop: Prop) -> dt.datetime | dt.date | None:
    """A DATE or DATE-TIME value (UTC when it ends in Z, else naive), None if it is neither."""
    return _when_value(prop.value.strip(), prop.params.get("VALUE", "") == "DATE")


@functools.lru_cache(maxsize=8192)
def _when_value(value: str, date_only: bool) -> dt.datetime | dt.date | None:
    """YYYYMMDD or YYYYMMDDTHHMMSS[Z]; many stamps repeat in a file, so they are kept."""
    try:
        if (m := _DATETIME.match(value)) and not date_only:
            hour, minute, second = int(m.group(4)), int(m.group(5)), int(m.group(6))
            return dt.datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), hour, minute,
                               second, tzinfo=dt.UTC if m.group(7) else None)
        if m := _DATE.match(value):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return None
    return None


def _local_time(
    prop: Prop, number: int, zones: _FileZones
) -> tuple[dt.datetime, bool, dt.tzinfo | None]:
    """The property as naive Copenhagen time, whether it was a whole-day DATE, and its zone."""
    value = parse_value(prop)
    if isinstance(value, dt.datetime):
        zone = _zone(prop, value, number, zones)
        return _to_local(value, zone), False, zone
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time()), True, None
    raise refuse_event(number, f"har en ugyldig værdi i {prop.name}")


def _zone(prop: Prop, value: dt.datetime, number: int, zones: _FileZones) -> dt.tzinfo | None:
    tzid = prop.params.get("TZID")
    if value.tzinfo is not None or not tzid:
        return value.tzinfo  # UTC, or floating (local wall-clock time)
    zone = zones.zone(tzid)
    if zone is None:
        raise refuse_event(number, f"bruger en ukendt tidszone ({_printable(tzid)})")
    return zone


def _to_local(value: dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
    if zone is None:
        return value.replace(microsecond=0)
    aware = value if value.tzinfo is not None else value.replace(tzinfo=zone)
    return aware.astimezone(LOCAL_ZONE).replace(tzinfo=None, microsecond=0)


def _end_time(
    event: Component, start: dt.datetime, all_day: bool, number: int, zones: _FileZones
) -> dt.datetime:
    if (end := event.first("DTEND")) is not None:
        return _local_time(end, number, zones)[0]
    if (duration := event.first("DURATION")) is not None:
        try:
            length = icalendar.vDuration.from_ical(duration.value.strip())
        except (ValueError, TypeError):
            length = None
        if not isinstance(length, dt.timedelta):
            raise refuse_event(number, "har en ugyldig værdi i DURATION")
        return start + length
    if all_day:
        return start + dt.timedelta(days=1)
    raise refuse_event(number, "mangler et sluttidspunkt (DTEND)")


def _shift(prop: Prop, local_start: dt.datetime, zone: dt.tzinfo | None) -> dt.timedelta:
    """Copenhagen time minus the start's own wall-clock time (0 for Danish and floating)."""
    value = parse_value(prop)
    if zone is None or zone is LOCAL_ZONE or not isinstance(value, dt.datetime):
        return dt.timedelta(0)
    own = value.astimezone(zone) if value.tzinfo is not None else value.replace(tzinfo=zone)
    return local_start - own.replace(tzinfo=None)


def _rrule(
    event: Component, number: int, start_zone: dt.tzinfo | None, shift: dt.timedelta
) -> str:
    rules = event.all("RRULE")
    if not rules:
        return ""
    if len(rules) > 1:
        raise refuse_event(number, "har flere gentagelsesregler, som ikke understøttes")
    text = rules[0].value.strip()
    if start_zone is not None and start_zone is not LOCAL_ZONE:
        text = _UNTIL_TIME.sub(lambda m: "UNTIL=" + _until_here(m, start_zone, shift), text)
    try:
        return normalise_rrule(text)
    except (InvalidInput, ValueError):
        raise refuse_event(number, "har en gentagelsesregel (RRULE), der ikke kan læses") from None


def _until_here(match: re.Match[str], zone: dt.tzinfo, shift: dt.timedelta) -> str:
    """UNTIL of a series kept in another zone, as Copenhagen time moved like its start.

    The series is stored at the Copenhagen time of its first occurrence; UNTIL (in UTC, or
    without a zone meaning the start's own zone) is read in that zone and moved by the same
    amount, so the last occurrence stays the last even when the zones change to summer time
    on other dates."""
    try:
        moment = dt.datetime.strptime(match.group(1), "%Y%m%dT%H%M%S")
    except ValueError:
        return match.group(0).removeprefix("UNTIL=")
    if match.group(2):
        moment = moment.replace(tzinfo=dt.UTC).astimezone(zone).replace(tzinfo=None)
    return (moment + shift).strftime("%Y%m%dT%H%M%S")


def _exdates(
    event: Component, start: dt.datetime, number: int, zones: _FileZones
) -> tuple[dt.datetime, ...]:
    found: set[dt.datetime] = set()
    for group in event.all("EXDATE"):
        for item in group.value.split(","):
            if not item.strip():
                continue
            prop = Prop(group.name, group.params, item)
            value, whole_day, _ = _local_time(prop, number, zones)
            found.add(dt.datetime.combine(value.date(), start.time()) if whole_day else value)
    return tuple(sorted(found))


def _enum(kind: type[E], value: str, default: E) -> E:
    try:
        return kind(value.strip()) if value else default
    except ValueError:
        return default


def _status(event: Component) -> AppointmentStatus:
    ours = _value(event, X_STATUS)
    if ours:
        return _enum(AppointmentStatus, ours, AppointmentStatus.PLANNED)
    if _value(event, "STATUS").strip().upper() == "CANCELLED":
        return AppointmentStatus.CANCELLED
    return AppointmentStatus.PLANNED


def _title(event: Component) -> str:
    if event.has(X_TITLE):
        return _line(event, X_TITLE)
    if event.has(X_KIND):
        return ""  # our own SUMMARY is generated from kind and citizen
    return _line(event, "SUMMARY")


def _categories(event: Component) -> tuple[str, ...]:
    found: list[str] = []
    for prop in event.all("CATEGORIES"):
        for item in re.split(r"(?<!\\),", prop.value):
            name = _clean(Prop(prop.name, {}, item).text.replace("\n", " "), 100)
            if name and name not in found:
                found.append(name)
    return tuple(found[:50])


def _sequence(event: Component) -> int:
    try:
        return max(0, min(int(_value(event, "SEQUENCE").strip() or 0), 2**31))
    except ValueError:
        return 0


def _last_modified(event: Component) -> dt.datetime | None:
    prop = event.first("LAST-MODIFIED")
    value = parse_value(prop) if prop is not None else None
    if not isinstance(value, dt.datetime):
        return None
    return _to_local(value, value.tzinfo or dt.UTC)


def _preparation(event: Component, number: int) -> int:
    raw = _value(event, X_PREPARATION).strip()
    if not raw:
        return 0
    try:
        minutes = int(raw)
    except ValueError:
        raise refuse_event(number, "har en ugyldig forberedelsestid") from None
    if not 0 <= minutes <= 480:
        raise refuse_event(number, "har en forberedelsestid uden for 0-480 minutter")
    return minutes


def _citizen_ref(event: Component, number: int) -> int | None:
    raw = _value(event, X_CITIZEN).strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise refuse_event(number, "har en ugyldig sagsreference") from None

