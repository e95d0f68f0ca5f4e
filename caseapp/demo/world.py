"""What all demo citizens share: the day grid and its precomputed strings, the staff, the
scenarios to draw from, and the unit's calendar (weekly series and booked slots).

Days are indexes into the grid: 0 is the first day of the generated period, `today_i` is
today, and the grid runs FUTURE_DAYS past today. Minutes are minutes after midnight.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping, Sequence
from typing import Any

from caseapp.demo import corpus
from caseapp.demo.writer import take_id
from caseapp.domain.enums import AppointmentKind, AppointmentStatus, Place

FUTURE_DAYS = 21
"""How far ahead of `today` the calendar is filled."""

DAY_START, DAY_END = 8 * 60, 16 * 60
"""Working hours for appointments, in minutes after midnight."""

_WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # RFC 5545 BYDAY, by weekday()

_DEFAULT_TITLES = {
    AppointmentKind.OFFICE_TIME: "Kontortid",
    AppointmentKind.TEAM_MEETING: "Teammøde",
    AppointmentKind.CONVERSATION: "Samtale",
    AppointmentKind.HOME_VISIT: "Hjemmebesøg",
    AppointmentKind.PHONE: "Telefonsamtale",
    AppointmentKind.NETWORK_MEETING: "Netværksmøde",
    AppointmentKind.FIXED_ACTIVITY: "Fast aktivitet",
    AppointmentKind.STATUS_MEETING: "Statusmøde",
}


def fill(text: str, first: str) -> str:
    """A corpus line with the citizen's name in place (without tripping on other braces)."""
    return text.replace("{navn}", first)


def enum_value(member: Any) -> str:
    """The stored string of an enum member (or of a plain string)."""
    return str(member.value if hasattr(member, "value") else member)


def appointment_titles(kind: AppointmentKind) -> Sequence[str]:
    """The corpus's titles for appointments of `kind`, or a plain default title."""
    return corpus.APPOINTMENT_TITLES.get(enum_value(kind)) or [_DEFAULT_TITLES.get(kind, "Aftale")]


class World:
    """Everything shared by all citizens: the day grid, strings, staff and the unit's calendar."""

    def __init__(
        self,
        today: dt.date,
        years: float,
        seed: int,
        notes_per_week: float | None,
        scenario_weights: Mapping[str, float] | None,
    ) -> None:
        self.today = today
        self.seed = seed
        self.notes_per_week = notes_per_week
        span = max(7, round(years * 365.25))
        self.first = today - dt.timedelta(days=span)
        self.today_i = span
        self.n_days = span + FUTURE_DAYS + 1
        days = [self.first + dt.timedelta(days=i) for i in range(self.n_days)]
        self.days = days
        self.date_s = [d.isoformat() for d in days]
        self.weekday = [d.weekday() for d in days]
        self.time_s = [f"T{m // 60:02d}:{m % 60:02d}:00" for m in range(24 * 60)]
        self.clock_s = [f"kl. {m // 60:02d}.{m % 60:02d}" for m in range(24 * 60)]
        weekdays = list(corpus.WEEKDAYS)
        self.weekday_word = [weekdays[d.weekday()] for d in days]
        closed = _public_holidays(range(self.first.year, days[-1].year + 1))
        self.workday = [d.weekday() < 5 and d not in closed for d in days]
        self.busy: dict[int, set[int]] = {}  # day index -> quarter-hours taken (08:00 = 32)
        self.weekly_busy: dict[int, set[int]] = {}  # weekday -> quarter-hours of fixed series
        self.scenarios = list(corpus.SCENARIOS)
        self.scenario_weights = _weights(self.scenarios, scenario_weights)
        self.staff = _draw_staff(random.Random(f"caseapp-demo:{seed}:world"))
        self.used_names: set[str] = set()

    # the day grid ------------------------------------------------------------------------------

    def at(self, day: int, minute: int) -> str:
        """An ISO timestamp (no zone) for a day on the grid and a minute after midnight."""
        return self.date_s[day] + self.time_s[minute]

    def date_of(self, day: int) -> str:
        """The ISO date of a day index, also one past either end of the grid."""
        if 0 <= day < self.n_days:
            return self.date_s[day]
        return (self.first + dt.timedelta(days=day)).isoformat()

    def first_weekday(self, from_day: int, weekday: int) -> int:
        """The first day on or after `from_day` that falls on `weekday` (Monday is 0)."""
        day = from_day
        while self.weekday[day] != weekday:
            day += 1
        return day

    def next_month_end(self, day: int) -> int | None:
        """The first last-working-day-of-a-month on or after `day` (None past the grid)."""
        while day < self.n_days:
            d = self.days[day]
            nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            i = (nxt - self.first).days - 1
            while i >= day and (i >= self.n_days or not self.workday[i]):
                i -= 1
            if i >= day:
                return i
            day = (nxt - self.first).days
        return None

    # the unit's calendar -----------------------------------------------------------------------

    def unit_series(self, ids: dict[str, int]) -> list[tuple]:
        """Weekly office time and a team meeting: recurring, with no citizen."""
        series = (
            (AppointmentKind.OFFICE_TIME, 4, 12 * 60, 15 * 60),
            (AppointmentKind.TEAM_MEETING, 0, 9 * 60, 10 * 60),
        )
        return [
            self.series_row(
                ids,
                None,
                kind,
                appointment_titles(kind)[0],
                self.first_weekday(0, weekday),
                start,
                end,
                Place.JOBCENTER,
            )
            for kind, weekday, start, end in series
        ]

    def series_row(
        self,
        ids: dict[str, int],
        citizen_id: int | None,
        kind: AppointmentKind,
        title: str,
        day: int,
        start: int,
        end: int,
        place: Any,
    ) -> tuple:
        """A weekly series from `day` on (an appointments row); its hours are kept free of
        booked appointments on that weekday from then on."""
        self.weekly_busy.setdefault(self.weekday[day], set()).update(range(start // 15, end // 15))
        return (
            take_id(ids, "appointments"),
            citizen_id,
            enum_value(kind),
            title,
            self.at(day, start),
            self.at(day, end),
            enum_value(place),
            0,
            f"FREQ=WEEKLY;BYDAY={_WEEKDAY_CODES[self.weekday[day]]}",
            "[]",
            None,
            None,
            AppointmentStatus.PLANNED.value,
            "",
        )

    def book(
        self, rnd: random.Random, day: int, minutes: int, window: tuple[int, int]
    ) -> tuple[int, int]:
        """A working day near `day` and a start time in `window` with no other appointment;
        when the calendar is full, the least bad slot is taken anyway."""
        slots = minutes // 15 + (1 if minutes % 15 else 0)
        lo, hi = window[0] // 15, window[1] // 15 - slots
        hi = max(lo, hi)
        for shift in (0, 1, -1, 2, -2, 3):
            d = day + shift
            if not (0 <= d < self.n_days) or not self.workday[d]:
                continue
            taken = self.busy.setdefault(d, set())
            fixed = self.weekly_busy.get(self.weekday[d], set())
            starts = list(range(lo, hi + 1))
            rnd.shuffle(starts)
            for s in starts:
                wanted = range(s, s + slots)
                if not any(q in taken or q in fixed for q in wanted):
                    taken.update(wanted)
                    return d, s * 15
        d = day
        while not self.workday[d]:
            d = d + 1 if d + 1 < self.n_days else d - 3
        s = rnd.randint(lo, hi)
        self.busy.setdefault(d, set()).update(range(s, s + slots))
        return d, s * 15


def _public_holidays(years: range) -> set[dt.date]:
    try:
        import holidays

        return set(holidays.Denmark(years=years))
    except Exception:  # the calendar is a nicety; weekends alone are fine
        return set()


def _weights(
    scenarios: Sequence[corpus.Scenario], chosen: Mapping[str, float] | None
) -> list[float]:
    """Each scenario's weight: its own, or the one in `chosen` (a missing key weighs 0)."""
    weights = [float(chosen.get(s.key, 0.0)) if chosen is not None else s.weight for s in scenarios]
    if sum(weights) <= 0:
        raise ValueError("no scenario has a positive weight")
    return weights


def _draw_staff(rnd: random.Random) -> list[str]:
    """Up to six fictional staff members' full names."""
    last_names = list(corpus.LAST_NAMES)
    staff_first = list(corpus.STAFF_FIRST_NAMES)
    picked = rnd.sample(staff_first, min(6, len(staff_first)))
    return [f"{name} {rnd.choice(last_names)}" for name in picked]
