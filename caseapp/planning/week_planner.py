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
  already overdue on Monday gets the first possible day, whatever the place;
- then, in what is left, a call to the provider of each effort that ends a set number of weeks
  later (default 2) and a block for chasing the documents due for a reminder (week_followup).
Nothing is written: the user accepts or rejects each `Proposal`.

The public types and the day model live in `week_model`, the slot search (office time and
conversations) in `week_slots`; their names are re-exported here.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections import Counter
from collections.abc import Iterable

import holidays

from caseapp.domain.enums import AppointmentKind
from caseapp.errors import InvalidInput
from caseapp.planning.recurrence import Occurrence
from caseapp.planning.timeliness import CONTACT_KINDS, is_planned_contact
from caseapp.planning.week_followup import (
    ProviderCall,
    calls_due,
    is_chase_block,
    is_provider_call,
    plan_followup,
)
from caseapp.planning.week_model import (
    MIN_OFFICE_BLOCK,
    PlanningCitizen,
    PlanSettings,
    WeekPlan,
    _Busy,
    _clock_minutes,
    _Day,
    _minutes,
    _Week,
)

# re-exported: importable from here as before the split
from caseapp.planning.week_model import Proposal as Proposal
from caseapp.planning.week_model import Unplaced as Unplaced
from caseapp.planning.week_model import UnplacedReason as UnplacedReason
from caseapp.planning.week_model import _ceil as _ceil
from caseapp.planning.week_model import _date as _date
from caseapp.planning.week_model import _floor as _floor
from caseapp.planning.week_model import _hours as _hours
from caseapp.planning.week_model import _Need as _Need
from caseapp.planning.week_model import parse_clock as parse_clock
from caseapp.planning.week_slots import _TIME_PHRASES as _TIME_PHRASES
from caseapp.planning.week_slots import _UNPLACED_MESSAGES as _UNPLACED_MESSAGES
from caseapp.planning.week_slots import PREFERRED_WINDOWS as PREFERRED_WINDOWS
from caseapp.planning.week_slots import _best_slot as _best_slot
from caseapp.planning.week_slots import _book as _book
from caseapp.planning.week_slots import _days_for as _days_for
from caseapp.planning.week_slots import _grouping as _grouping
from caseapp.planning.week_slots import _kind_for as _kind_for
from caseapp.planning.week_slots import _latest_start as _latest_start
from caseapp.planning.week_slots import _need as _need
from caseapp.planning.week_slots import _office_proposal as _office_proposal
from caseapp.planning.week_slots import _office_round as _office_round
from caseapp.planning.week_slots import (
    _place_conversations,
    _reserve_office_time,
)
from caseapp.planning.week_slots import _reason as _reason
from caseapp.planning.week_slots import _starts as _starts
from caseapp.planning.week_slots import _unplaced as _unplaced
from caseapp.planning.week_slots import _urgency as _urgency
from caseapp.planning.week_slots import _why_unplaced as _why_unplaced

log = logging.getLogger(__name__)

WORKDAYS = 5  # Monday to Friday
CUSTOMARY_DAYS_OFF = {
    (6, 5): "Grundlovsdag",
    (12, 24): "Juleaftensdag",
    (12, 31): "Nytårsaftensdag",
}


# -- the public function -------------------------------------------------------------------


def plan_week(
    week_start: dt.date,
    citizens: Iterable[PlanningCitizen],
    occurrences: Iterable[Occurrence],
    settings: PlanSettings | None = None,
    calls: Iterable[ProviderCall] = (),
    chases: Iterable[dt.date] = (),
) -> WeekPlan:
    """Proposals for the ISO week holding `week_start`; see the module text for the rules.
    `calls`: the provider calls of running efforts (those due this week are placed unless the
    week already has a call about the citizen); `chases`: when each open document request is
    next to be chased (those by Sunday get one block, unless the week already has one)."""
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
    followup = plan_followup(week, *_followup_due(monday, in_week, calls, chases), settings)
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
        proposals=tuple(sorted(office + placed + followup,
                               key=lambda p: (p.start, p.citizen_id or 0))),
        unplaced=tuple(unplaced),
        already_booked=tuple(sorted(booked & {c.id for c in due_by_sunday})),
        office_target_minutes=settings.office_minutes_per_week,
        office_minutes_booked=office_booked,
        office_minutes_proposed=sum(_minutes(p.start, p.end) for p in office),
    )


def _followup_due(
    monday: dt.date, in_week: list[Occurrence], calls: Iterable[ProviderCall],
    chases: Iterable[dt.date],
) -> tuple[list[ProviderCall], list[dt.date]]:
    called = {o.citizen_id for o in in_week if is_provider_call(o)}
    sunday = monday + dt.timedelta(days=6)
    chase_booked = any(is_chase_block(o) for o in in_week)
    return ([c for c in calls_due(calls, monday) if c.citizen_id not in called],
            [] if chase_booked else [d for d in chases if d <= sunday])


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
