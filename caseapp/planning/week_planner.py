"""Plan my week: proposals for the conversations that are due, fitted around the calendar.

`plan_week` is a pure, deterministic function over plain data. It
- works Monday to Friday inside the working hours, skipping Danish public holidays (and, by
  default, the customary days off: Grundlovsdag, 24 and 31 December) and closed days;
- keeps existing occurrences (fixed activities included) and their preparation time free;
- first keeps the weekly office-time target (kontortid), proposing blocks at the end of the day
  for what is not booked, so documentation does not lose to the next conversation (seed 000
  l.5540-5567);
- then places the most overdue citizen first, each inside their preferred time of day, never
  beyond their own maximum of activities a day, with preparation before every conversation,
  preferring a day with meetings at the same place, next to them (seed 002 l.1443-1445), then
  the earliest day, then a slot that leaves no unusable gap, then the earliest time. A citizen
  already overdue on Monday gets the first possible day, whatever the place.
Nothing is written: the user accepts or rejects each `Proposal`.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import holidays

from caseapp.domain.enums import AppointmentKind, Place, TimeOfDay
from caseapp.domain.labels import label
from caseapp.domain.models import Appointment, Citizen, CitizenSummary, Profile
from caseapp.errors import InvalidInput
from caseapp.planning.recurrence import Occurrence
from caseapp.planning.timeliness import CONTACT_KINDS, is_planned_contact

log = logging.getLogger(__name__)

WORKDAYS = 5  # Monday to Friday
MIN_OFFICE_BLOCK = 30
CUSTOMARY_DAYS_OFF = {
    (6, 5): "Grundlovsdag",
    (12, 24): "Juleaftensdag",
    (12, 31): "Nytårsaftensdag",
}
# The part of the day each preference means, as (from, to) in minutes after midnight.
PREFERRED_WINDOWS: dict[TimeOfDay, tuple[int, int]] = {
    TimeOfDay.ANY: (0, 24 * 60),
    TimeOfDay.MORNING: (0, 12 * 60),
    TimeOfDay.MIDDAY: (11 * 60, 14 * 60),
    TimeOfDay.AFTERNOON: (12 * 60, 24 * 60),
}
_TIME_PHRASES = {
    TimeOfDay.MORNING: "om formiddagen",
    TimeOfDay.MIDDAY: "midt på dagen",
    TimeOfDay.AFTERNOON: "om eftermiddagen",
}


# -- inputs --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanningCitizen:
    """What the planner needs to know about one citizen; no names."""

    id: int
    due: dt.date | None  # None: no contact yet, so due now
    preferred_time: TimeOfDay = TimeOfDay.ANY
    preferred_place: Place = Place.JOBCENTER
    max_activities_per_day: int = 1
    conversation_minutes: int | None = None  # None: the settings' default length

    @classmethod
    def from_citizen(cls, citizen: Citizen, summary: CitizenSummary) -> PlanningCitizen:
        assert citizen.id is not None
        return cls(
            id=citizen.id,
            due=summary.next_contact_due,
            preferred_time=citizen.preferred_time,
            preferred_place=citizen.preferred_place,
            max_activities_per_day=citizen.max_activities_per_day,
        )


@dataclass(frozen=True, slots=True)
class PlanSettings:
    work_start: dt.time = dt.time(8, 0)
    work_end: dt.time = dt.time(16, 0)
    conversation_minutes: int = 60
    preparation_minutes: int = 15
    office_minutes_per_week: int = 240
    office_block_minutes: int = 120
    office_place: Place = Place.JOBCENTER
    slot_minutes: int = 15
    max_conversations_per_day: int | None = None
    earliest: dt.datetime | None = None  # nothing is proposed before this (e.g. now)
    closed_days: frozenset[dt.date] = frozenset()
    customary_days_off: bool = True

    @classmethod
    def from_profile(cls, profile: Profile, **changes: object) -> PlanSettings:
        """Settings with the profile's working hours."""
        hours = {
            "work_start": parse_clock(profile.work_start),
            "work_end": parse_clock(profile.work_end),
        }
        return cls(**(hours | changes))  # type: ignore[arg-type]


def parse_clock(text: str) -> dt.time:
    """'HH:MM' as a time, or InvalidInput."""
    try:
        return dt.time.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise InvalidInput("Arbejdstiden skal skrives som TT:MM, fx 08:00.") from None


# -- outputs -------------------------------------------------------------------------------


class UnplacedReason(StrEnum):
    NO_WORKDAYS = "no_workdays"
    CITIZEN_DAY_LIMIT = "citizen_day_limit"
    DAILY_LIMIT = "daily_limit"
    PREFERRED_TIME_FULL = "preferred_time_full"
    WEEK_FULL = "week_full"


@dataclass(frozen=True, slots=True)
class Proposal:
    """A suggested appointment. `citizen_id` is None for an office-time block."""

    kind: AppointmentKind
    start: dt.datetime
    end: dt.datetime
    place: Place
    reason: str
    citizen_id: int | None = None
    preparation_minutes: int = 0
    grouped: bool = False  # placed on a day with other meetings at the same place

    def to_appointment(self) -> Appointment:
        """The appointment to store when the user accepts the proposal."""
        return Appointment(
            kind=self.kind,
            start=self.start,
            end=self.end,
            citizen_id=self.citizen_id,
            place=self.place,
            preparation_minutes=self.preparation_minutes,
        )


@dataclass(frozen=True, slots=True)
class Unplaced:
    citizen_id: int
    reason: UnplacedReason
    message: str  # one Danish sentence, no personal data


@dataclass(frozen=True, slots=True)
class WeekPlan:
    week_start: dt.date
    week_end: dt.date
    open_days: tuple[dt.date, ...]
    closed_days: tuple[tuple[dt.date, str], ...]  # weekdays off, with the holiday's name
    proposals: tuple[Proposal, ...]  # conversations and office blocks, by start
    unplaced: tuple[Unplaced, ...]
    already_booked: tuple[int, ...]  # due citizens who already have a contact this week
    office_target_minutes: int
    office_minutes_booked: int
    office_minutes_proposed: int

    @property
    def conversations(self) -> tuple[Proposal, ...]:
        return tuple(p for p in self.proposals if p.citizen_id is not None)

    @property
    def office_blocks(self) -> tuple[Proposal, ...]:
        return tuple(p for p in self.proposals if p.kind == AppointmentKind.OFFICE_TIME)

    @property
    def office_shortfall_minutes(self) -> int:
        planned = self.office_minutes_booked + self.office_minutes_proposed
        return max(0, self.office_target_minutes - planned)


# -- the calendar of one day, in minutes after midnight ------------------------------------


@dataclass(frozen=True, slots=True)
class _Busy:
    start: int
    end: int
    place: Place


@dataclass(slots=True)
class _Day:
    date: dt.date
    index: int
    open_from: int  # work start, or later when `earliest` falls on this day
    open_to: int
    busy: list[_Busy] = field(default_factory=list)
    conversations: int = 0

    def add(self, item: _Busy) -> None:
        self.busy.append(item)
        self.busy.sort(key=lambda b: (b.start, b.end))

    def gaps(self) -> Iterator[tuple[int, int]]:
        """Free stretches inside the open hours."""
        cursor = self.open_from
        for item in self.busy:
            if item.start > cursor:
                yield cursor, min(item.start, self.open_to)
            cursor = max(cursor, item.end)
            if cursor >= self.open_to:
                return
        if cursor < self.open_to:
            yield cursor, self.open_to

    def has_place(self, place: Place) -> bool:
        return any(b.place == place for b in self.busy)

    def touches(self, place: Place, start: int, end: int) -> bool:
        """A meeting at `place` ends right at `start` or begins right at `end`."""
        return any(b.place == place and (b.end == start or b.start == end) for b in self.busy)

    def packs(self, start: int, end: int) -> bool:
        """The stretch leaves no gap on one side: it meets another item or the day's edge."""
        if start == self.open_from or end == self.open_to:
            return True
        return any(b.end == start or b.start == end for b in self.busy)

    def at(self, minute: int) -> dt.datetime:
        return dt.datetime.combine(self.date, dt.time()) + dt.timedelta(minutes=minute)


@dataclass(slots=True)
class _Week:
    days: list[_Day]
    citizen_load: Counter[tuple[int, dt.date]]  # activities per citizen and day


@dataclass(frozen=True, slots=True)
class _Need:
    """One conversation to place."""

    citizen: PlanningCitizen
    minutes: int
    preparation: int
    window: tuple[int, int]


# -- the public function -------------------------------------------------------------------


def plan_week(
    week_start: dt.date,
    citizens: Iterable[PlanningCitizen],
    occurrences: Iterable[Occurrence],
    settings: PlanSettings | None = None,
) -> WeekPlan:
    """Proposals for the ISO week holding `week_start`; see the module text for the rules."""
    settings = settings or PlanSettings()
    _check_settings(settings)
    monday = week_start - dt.timedelta(days=week_start.weekday())
    sunday = monday + dt.timedelta(days=6)
    due_by_sunday = citizens_due_by(citizens, sunday)
    in_week = [o for o in occurrences if _in_week(o, monday) and not o.is_cancelled]
    closed = days_off(monday, settings)
    week = _build_week(monday, closed, in_week, settings)
    office_booked = _office_minutes(in_week, monday)
    office = _reserve_office_time(week, settings, settings.office_minutes_per_week - office_booked)
    booked = _booked_citizens(in_week)
    due = _due_citizens(due_by_sunday, booked, monday)
    placed, unplaced = _place_conversations(week, due, settings)
    log.info(
        "week plan: %d due, %d placed, %d not placed, %d office blocks",
        len(due),
        len(placed),
        len(unplaced),
        len(office),
    )
    return WeekPlan(
        week_start=monday,
        week_end=sunday,
        open_days=tuple(d.date for d in week.days),
        closed_days=tuple(sorted(closed.items())),
        proposals=tuple(sorted(office + placed, key=lambda p: (p.start, p.citizen_id or 0))),
        unplaced=tuple(unplaced),
        already_booked=tuple(sorted(booked & {c.id for c in due_by_sunday})),
        office_target_minutes=settings.office_minutes_per_week,
        office_minutes_booked=office_booked,
        office_minutes_proposed=sum(_minutes(p.start, p.end) for p in office),
    )


def citizens_due_by(
    citizens: Iterable[PlanningCitizen], last_day: dt.date
) -> list[PlanningCitizen]:
    """Citizens whose contact is due on or before `last_day` (never contacted: due now)."""
    return [c for c in citizens if c.due is None or c.due <= last_day]


def _check_settings(settings: PlanSettings) -> None:
    if settings.work_end <= settings.work_start:
        raise InvalidInput("Arbejdstiden skal slutte efter den begynder.")
    if not 5 <= settings.conversation_minutes <= 480:
        raise InvalidInput("En samtale skal vare mellem 5 og 480 minutter.")
    if not 0 <= settings.preparation_minutes <= 480:
        raise InvalidInput("Forberedelsestiden skal ligge mellem 0 og 480 minutter.")
    if not 1 <= settings.slot_minutes <= 60:
        raise InvalidInput("Tidsrasteret skal ligge mellem 1 og 60 minutter.")
    if settings.office_minutes_per_week < 0 or settings.office_block_minutes < MIN_OFFICE_BLOCK:
        raise InvalidInput("Kontortiden skal være mindst 0 minutter i blokke på mindst 30.")


# -- days, holidays and what is already there ----------------------------------------------


def days_off(monday: dt.date, settings: PlanSettings) -> dict[dt.date, str]:
    """The weekdays of the week that are not working days, with a Danish name."""
    closed: dict[dt.date, str] = {}
    for offset in range(WORKDAYS):
        day = monday + dt.timedelta(days=offset)
        name = danish_holiday(day, settings.customary_days_off)
        if name:
            closed[day] = name
        elif day in settings.closed_days:
            closed[day] = "Lukkedag"
    return closed


def danish_holiday(day: dt.date, customary: bool = True) -> str | None:
    """The name of the Danish public holiday (or customary day off) on `day`, if any."""
    name = _public_holidays(day.year).get(day)
    if name is None and customary:
        name = CUSTOMARY_DAYS_OFF.get((day.month, day.day))
    return name


@functools.lru_cache(maxsize=16)
def _public_holidays(year: int) -> dict[dt.date, str]:
    return dict(holidays.Denmark(years=year, language="da").items())


def _build_week(
    monday: dt.date,
    closed: dict[dt.date, str],
    occurrences: list[Occurrence],
    settings: PlanSettings,
) -> _Week:
    work_from = _clock_minutes(settings.work_start)
    work_to = _clock_minutes(settings.work_end)
    days: list[_Day] = []
    for offset in range(WORKDAYS):
        date = monday + dt.timedelta(days=offset)
        open_from = _open_from(date, work_from, settings.earliest)
        if date in closed or open_from >= work_to:
            continue
        days.append(_Day(date=date, index=offset, open_from=open_from, open_to=work_to))
    for day in days:
        for occurrence in occurrences:
            busy = _busy_on(day.date, occurrence)
            if busy is not None:
                day.add(busy)
        day.conversations = sum(
            1 for o in occurrences if o.start.date() == day.date and o.kind in CONTACT_KINDS
        )
    return _Week(days=days, citizen_load=_citizen_load(occurrences))


def _open_from(date: dt.date, work_from: int, earliest: dt.datetime | None) -> int:
    if earliest is None or date > earliest.date():
        return work_from
    if date < earliest.date():
        return 24 * 60
    return max(work_from, _clock_minutes(earliest.time()))


def _busy_on(date: dt.date, occurrence: Occurrence) -> _Busy | None:
    midnight = dt.datetime.combine(date, dt.time())
    start = max(occurrence.busy_from, midnight)
    end = min(occurrence.end, midnight + dt.timedelta(days=1))
    if end <= start:
        return None
    return _Busy(_minutes(midnight, start), _minutes(midnight, end), occurrence.place)


def _citizen_load(occurrences: list[Occurrence]) -> Counter[tuple[int, dt.date]]:
    load: Counter[tuple[int, dt.date]] = Counter()
    for occurrence in occurrences:
        if occurrence.citizen_id is not None:
            load[(occurrence.citizen_id, occurrence.start.date())] += 1
    return load


def _in_week(occurrence: Occurrence, monday: dt.date) -> bool:
    start = dt.datetime.combine(monday, dt.time())
    return occurrence.busy_from < start + dt.timedelta(days=7) and occurrence.end > start


def _office_minutes(occurrences: list[Occurrence], monday: dt.date) -> int:
    start = dt.datetime.combine(monday, dt.time())
    end = start + dt.timedelta(days=7)
    return sum(
        _minutes(max(o.start, start), min(o.end, end))
        for o in occurrences
        if o.kind == AppointmentKind.OFFICE_TIME
    )


def _booked_citizens(occurrences: list[Occurrence]) -> set[int]:
    return {o.citizen_id for o in occurrences if is_planned_contact(o) and o.citizen_id is not None}


def _due_citizens(
    due_by_sunday: list[PlanningCitizen], booked: set[int], monday: dt.date
) -> list[PlanningCitizen]:
    """The citizens to place, most overdue first; never contacted counts as due on Monday."""
    due = [c for c in due_by_sunday if c.id not in booked]
    return sorted(due, key=lambda c: (c.due or monday, c.id))


# -- office time ---------------------------------------------------------------------------


def _reserve_office_time(week: _Week, settings: PlanSettings, needed: int) -> list[Proposal]:
    """Blocks at the end of the day, one per day per round, until the target is met."""
    blocks: list[Proposal] = []
    length = settings.office_block_minutes
    booked_before = settings.office_minutes_per_week - max(needed, 0)
    while needed > 0 and length >= MIN_OFFICE_BLOCK:
        placed = _office_round(week, settings, min(length, needed), needed, booked_before)
        if not placed:
            length //= 2
            continue
        blocks.extend(placed)
        needed -= sum(_minutes(p.start, p.end) for p in placed)
    return blocks


def _office_round(
    week: _Week, settings: PlanSettings, length: int, needed: int, booked: int
) -> list[Proposal]:
    placed: list[Proposal] = []
    for day in week.days:
        if needed <= 0:
            break
        minutes = min(length, needed)
        start = _latest_start(day, minutes, settings.slot_minutes)
        if start is None:
            continue
        day.add(_Busy(start, start + minutes, settings.office_place))
        placed.append(_office_proposal(day, start, minutes, settings, booked))
        needed -= minutes
    return placed


def _latest_start(day: _Day, minutes: int, step: int) -> int | None:
    latest = None
    for gap_start, gap_end in day.gaps():
        start = _floor(gap_end - minutes, step)
        if start >= gap_start:
            latest = start
    return latest


def _office_proposal(
    day: _Day, start: int, minutes: int, settings: PlanSettings, booked: int
) -> Proposal:
    reason = (
        f"Kontortid: ugens mål er {_hours(settings.office_minutes_per_week)}, "
        f"{_hours(booked)} er booket i forvejen."
    )
    return Proposal(
        kind=AppointmentKind.OFFICE_TIME,
        start=day.at(start),
        end=day.at(start + minutes),
        place=settings.office_place,
        reason=reason,
    )


# -- conversations -------------------------------------------------------------------------


def _place_conversations(
    week: _Week, due: Sequence[PlanningCitizen], settings: PlanSettings
) -> tuple[list[Proposal], list[Unplaced]]:
    placed: list[Proposal] = []
    unplaced: list[Unplaced] = []
    for citizen in due:
        need = _need(citizen, settings)
        best = _best_slot(week, need, settings, need.window)
        if best is None:
            unplaced.append(_why_unplaced(week, need, settings))
            continue
        day, start, grouped = best
        placed.append(_book(week, day, start, need, grouped))
    return placed, unplaced


def _need(citizen: PlanningCitizen, settings: PlanSettings) -> _Need:
    minutes = citizen.conversation_minutes or settings.conversation_minutes
    if not 5 <= minutes <= 480:
        raise InvalidInput("En samtale skal vare mellem 5 og 480 minutter.")
    return _Need(
        citizen=citizen,
        minutes=minutes,
        preparation=settings.preparation_minutes,
        window=PREFERRED_WINDOWS[citizen.preferred_time],
    )


def _best_slot(
    week: _Week, need: _Need, settings: PlanSettings, window: tuple[int, int]
) -> tuple[_Day, int, bool] | None:
    best: tuple[tuple[int, ...], _Day, int, bool] | None = None
    for day in _days_for(week, need, settings):
        for start in _starts(day, need, window, settings.slot_minutes):
            grouped, adjacent = _grouping(day, need, start)
            score = (
                *_urgency(need.citizen, day),
                int(not grouped),
                int(not adjacent),
                day.index,
                int(not day.packs(start - need.preparation, start + need.minutes)),
                start,
            )
            if best is None or score < best[0]:
                best = (score, day, start, grouped)
    return None if best is None else (best[1], best[2], best[3])


def _urgency(citizen: PlanningCitizen, day: _Day) -> tuple[int, int]:
    """Late days last; a citizen already overdue on Monday gets the first possible day, before
    any grouping by place (timeliness is the law, grouping a convenience)."""
    if citizen.due is None:
        return 0, 0
    monday = day.date - dt.timedelta(days=day.date.weekday())
    late = int(day.date > citizen.due)
    return late, day.index if citizen.due < monday else 0


def _days_for(week: _Week, need: _Need, settings: PlanSettings) -> Iterator[_Day]:
    """Days where both the citizen and the worker can take one more conversation."""
    cap = settings.max_conversations_per_day
    for day in week.days:
        if week.citizen_load[(need.citizen.id, day.date)] >= need.citizen.max_activities_per_day:
            continue
        if cap is not None and day.conversations >= cap:
            continue
        yield day


def _starts(day: _Day, need: _Need, window: tuple[int, int], step: int) -> Iterator[int]:
    """The earliest and the latest start in every free stretch that holds preparation and
    conversation inside the preferred part of the day."""
    low, high = window
    for gap_start, gap_end in day.gaps():
        first = _ceil(max(gap_start + need.preparation, low), step)
        last = _floor(min(gap_end, high) - need.minutes, step)
        if first <= last:
            yield first
            if last != first:
                yield last


def _grouping(day: _Day, need: _Need, start: int) -> tuple[bool, bool]:
    place = need.citizen.preferred_place
    if place == Place.PHONE:
        return False, False
    adjacent = day.touches(place, start - need.preparation, start + need.minutes)
    return day.has_place(place), adjacent


def _book(week: _Week, day: _Day, start: int, need: _Need, grouped: bool) -> Proposal:
    citizen = need.citizen
    day.add(_Busy(start - need.preparation, start + need.minutes, citizen.preferred_place))
    day.conversations += 1
    week.citizen_load[(citizen.id, day.date)] += 1
    return Proposal(
        kind=_kind_for(citizen.preferred_place),
        start=day.at(start),
        end=day.at(start + need.minutes),
        place=citizen.preferred_place,
        reason=_reason(citizen, day.date, grouped),
        citizen_id=citizen.id,
        preparation_minutes=need.preparation,
        grouped=grouped,
    )


def _kind_for(place: Place) -> AppointmentKind:
    if place == Place.HOME:
        return AppointmentKind.HOME_VISIT
    if place == Place.PHONE:
        return AppointmentKind.PHONE
    return AppointmentKind.CONVERSATION


def _reason(citizen: PlanningCitizen, day: dt.date, grouped: bool) -> str:
    if citizen.due is None:
        parts = ["Ingen kontakt endnu"]
    elif citizen.due < day:
        parts = [f"Kontakten skulle have været holdt senest {_date(citizen.due)}"]
    else:
        parts = [f"Kontakten skal holdes senest {_date(citizen.due)}"]
    if citizen.preferred_time != TimeOfDay.ANY:
        parts.append(f"{_TIME_PHRASES[citizen.preferred_time]} som ønsket")
    if grouped:
        place = label(citizen.preferred_place).lower()
        parts.append(f"samlet med andre aftaler samme sted ({place})")
    return "; ".join(parts) + "."


def _why_unplaced(week: _Week, need: _Need, settings: PlanSettings) -> Unplaced:
    citizen = need.citizen
    if not week.days:
        return _unplaced(citizen, UnplacedReason.NO_WORKDAYS)
    if all(
        week.citizen_load[(citizen.id, d.date)] >= citizen.max_activities_per_day for d in week.days
    ):
        return _unplaced(citizen, UnplacedReason.CITIZEN_DAY_LIMIT)
    if not any(True for _ in _days_for(week, need, settings)):
        return _unplaced(citizen, UnplacedReason.DAILY_LIMIT)
    whole_day = PREFERRED_WINDOWS[TimeOfDay.ANY]
    if need.window != whole_day and _best_slot(week, need, settings, whole_day) is not None:
        return _unplaced(citizen, UnplacedReason.PREFERRED_TIME_FULL)
    return _unplaced(citizen, UnplacedReason.WEEK_FULL)


_UNPLACED_MESSAGES = {
    UnplacedReason.NO_WORKDAYS: "Ugen har ingen ledige arbejdsdage.",
    UnplacedReason.CITIZEN_DAY_LIMIT: (
        "Borgeren har allerede så mange aktiviteter, som borgeren kan overskue, "
        "alle ugens arbejdsdage."
    ),
    UnplacedReason.DAILY_LIMIT: "Det højeste antal samtaler pr. dag er nået alle ugens arbejdsdage.",
    UnplacedReason.WEEK_FULL: "Der er ingen ledig tid i arbejdstiden i ugen.",
}


def _unplaced(citizen: PlanningCitizen, reason: UnplacedReason) -> Unplaced:
    if reason == UnplacedReason.PREFERRED_TIME_FULL:
        message = f"Der er ingen ledig tid {_TIME_PHRASES[citizen.preferred_time]} i ugen."
    else:
        message = _UNPLACED_MESSAGES[reason]
    return Unplaced(citizen_id=citizen.id, reason=reason, message=message)


# -- small helpers -------------------------------------------------------------------------


def _clock_minutes(value: dt.time) -> int:
    return value.hour * 60 + value.minute


def _minutes(start: dt.datetime, end: dt.datetime) -> int:
    return int((end - start).total_seconds() // 60)


def _ceil(minute: int, step: int) -> int:
    return -(-minute // step) * step


def _floor(minute: int, step: int) -> int:
    return minute // step * step


def _date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def _hours(minutes: int) -> str:
    hours = minutes / 60
    text = f"{hours:.1f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{text} t"
