"""Plan-my-week's slot search: office-time blocks first, then each due conversation.

Works on the day model in `week_model`; `week_planner.plan_week` calls it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from caseapp.domain.enums import AppointmentKind, Place, TimeOfDay
from caseapp.domain.labels import label
from caseapp.errors import InvalidInput
from caseapp.planning.week_model import (
    MIN_OFFICE_BLOCK,
    PlanningCitizen,
    PlanSettings,
    Proposal,
    Unplaced,
    UnplacedReason,
    _Busy,
    _ceil,
    _date,
    _Day,
    _floor,
    _hours,
    _minutes,
    _Need,
    _Week,
)

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
_ENGLISH_TIME_PHRASES = {
    TimeOfDay.MORNING: "in the morning",
    TimeOfDay.MIDDAY: "around midday",
    TimeOfDay.AFTERNOON: "in the afternoon",
}


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
    english = (
        f"Office hours: the week's target is {_hours(settings.office_minutes_per_week, 'en')}, "
        f"{_hours(booked, 'en')} is booked already."
    )
    return Proposal(
        kind=AppointmentKind.OFFICE_TIME,
        start=day.at(start),
        end=day.at(start + minutes),
        place=settings.office_place,
        reason=reason,
        english_reason=english,
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
        english_reason=_english_reason(citizen, day.date, grouped),
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


@dataclass(frozen=True)
class _ReasonWords:
    no_contact: str
    overdue: str  # {due}
    due: str  # {due}
    wished: str  # {time}
    grouped: str  # {place}
    times: dict[TimeOfDay, str]


_REASON_WORDS = {
    "da": _ReasonWords(
        "Ingen kontakt endnu", "Kontakten skulle have været holdt senest {due}",
        "Kontakten skal holdes senest {due}", "{time} som ønsket",
        "samlet med andre aftaler samme sted ({place})", _TIME_PHRASES,
    ),
    "en": _ReasonWords(
        "No contact yet", "The contact was due by {due}", "The contact is due by {due}",
        "{time} as wished", "together with other appointments at the same place ({place})",
        _ENGLISH_TIME_PHRASES,
    ),
}


def _reason(
    citizen: PlanningCitizen, day: dt.date, grouped: bool, language: str = "da"
) -> str:
    words = _REASON_WORDS[language]
    if citizen.due is None:
        parts = [words.no_contact]
    elif citizen.due < day:
        parts = [words.overdue.format(due=_date(citizen.due))]
    else:
        parts = [words.due.format(due=_date(citizen.due))]
    if citizen.preferred_time != TimeOfDay.ANY:
        parts.append(words.wished.format(time=words.times[citizen.preferred_time]))
    if grouped:
        place = label(citizen.preferred_place, language).lower()
        parts.append(words.grouped.format(place=place))
    return "; ".join(parts) + "."


def _english_reason(citizen: PlanningCitizen, day: dt.date, grouped: bool) -> str:
    return _reason(citizen, day, grouped, "en")


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
_ENGLISH_UNPLACED_MESSAGES = {
    UnplacedReason.NO_WORKDAYS: "The week has no free working days.",
    UnplacedReason.CITIZEN_DAY_LIMIT: (
        "The citizen already has as many activities as the citizen can manage on every working "
        "day of the week."
    ),
    UnplacedReason.DAILY_LIMIT: (
        "The highest number of meetings per day is reached on every working day of the week."
    ),
    UnplacedReason.WEEK_FULL: "There is no free time within working hours this week.",
}


def _unplaced(citizen: PlanningCitizen, reason: UnplacedReason) -> Unplaced:
    if reason == UnplacedReason.PREFERRED_TIME_FULL:
        message = f"Der er ingen ledig tid {_TIME_PHRASES[citizen.preferred_time]} i ugen."
        english = (f"There is no free time {_ENGLISH_TIME_PHRASES[citizen.preferred_time]} "
                   "this week.")
    else:
        message = _UNPLACED_MESSAGES[reason]
        english = _ENGLISH_UNPLACED_MESSAGES[reason]
    return Unplaced(citizen_id=citizen.id, reason=reason, message=message,
                    english_message=english)
