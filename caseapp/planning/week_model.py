"""The data plan-my-week works on: its public inputs and outputs, and the calendar of one day.

See `caseapp.planning.week_planner` for the rules; everything here is re-exported there.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from caseapp.domain.enums import AppointmentKind, Place, TimeOfDay
from caseapp.domain.models import Appointment, Citizen, CitizenSummary, Profile
from caseapp.errors import InvalidInput

MIN_OFFICE_BLOCK = 30


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
    language: str = "da"  # of the titles the proposals store (the profile's language)

    @classmethod
    def from_profile(cls, profile: Profile, **changes: object) -> PlanSettings:
        """Settings with the profile's working hours."""
        hours = {
            "work_start": parse_clock(profile.work_start),
            "work_end": parse_clock(profile.work_end),
            "language": profile.language,
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
    english_reason: str = ""  # the reason in English, for the desktop's second language
    title: str = ""  # the appointment's title (a call to a provider says whom and why)

    def reason_in(self, language: str) -> str:
        return self.english_reason if language == "en" and self.english_reason else self.reason

    def to_appointment(self) -> Appointment:
        """The appointment to store when the user accepts the proposal."""
        return Appointment(
            kind=self.kind,
            start=self.start,
            end=self.end,
            citizen_id=self.citizen_id,
            place=self.place,
            preparation_minutes=self.preparation_minutes,
            title=self.title,
        )


@dataclass(frozen=True, slots=True)
class Unplaced:
    citizen_id: int
    reason: UnplacedReason
    message: str  # one Danish sentence, no personal data
    english_message: str = ""  # the same in English

    def message_in(self, language: str) -> str:
        return self.english_message if language == "en" and self.english_message else self.message


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


def _hours(minutes: int, language: str = "da") -> str:
    hours = minutes / 60
    text = f"{hours:.1f}".rstrip("0").rstrip(".")
    return f"{text.replace('.', ',')} t" if language == "da" else f"{text} h"
