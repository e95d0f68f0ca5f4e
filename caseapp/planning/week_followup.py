"""Plan-my-week's follow-up: the call to the provider a set number of weeks before an effort ends
("et par uger inden mentorforløbet udløber ... ringe til mentoren", seed 002 l.1498-1505), and
time for chasing the documents due for a reminder (seed 002 l.4570-4574).

Pure, like the rest of the planner: `plan_followup` places the calls and one block for the
reminders in what the conversations left of the week. A call is an appointment of kind "Andet"
by phone, tied to the citizen (so the week and the citizen's page show it) but not a contact with
the citizen (timeliness counts only conversations, visits, meetings and calls with the citizen);
the reminders are office time without a citizen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from caseapp.domain.enums import AppointmentKind, Place
from caseapp.planning.recurrence import Occurrence
from caseapp.planning.week_model import PlanSettings, Proposal, _Busy, _ceil, _date, _Day, _Week

CALL_MINUTES = 15
CHASE_MINUTES_EACH = 10
CHASE_BLOCK_LIMITS = (30, 120)  # the reminders' block: at least and at most, in minutes
CHASE_TITLES = {"da": "Rykkere", "en": "Reminders"}  # also how a booked block is recognised


@dataclass(frozen=True, slots=True)
class ProviderCall:
    """A running effort whose provider is to be called before it ends."""

    citizen_id: int
    effort_title: str
    provider: str  # the network contact's name; empty when none is set
    ends_on: dt.date
    call_on: dt.date  # `ends_on` less the set number of weeks

    def title(self, language: str = "da") -> str:
        if language == "en":
            who = self.provider or "the provider"
            return f"Call {who}: {self.effort_title} ends {_date(self.ends_on)}"
        who = self.provider or "leverandøren"
        return f"Ring til {who}: {self.effort_title} slutter {_date(self.ends_on)}"


def calls_due(calls: Iterable[ProviderCall], monday: dt.date) -> list[ProviderCall]:
    """The calls to make in the week from `monday`: due by its Sunday, effort not yet ended."""
    sunday = monday + dt.timedelta(days=6)
    return sorted((c for c in calls if c.call_on <= sunday and c.ends_on >= monday),
                  key=lambda c: (c.call_on, c.citizen_id, c.effort_title))


def is_provider_call(occurrence: Occurrence) -> bool:
    return (occurrence.citizen_id is not None and occurrence.kind == AppointmentKind.OTHER
            and occurrence.place == Place.PHONE and not occurrence.is_cancelled)


def is_chase_block(occurrence: Occurrence) -> bool:
    return occurrence.kind == AppointmentKind.OFFICE_TIME and any(
        occurrence.title.startswith(title) for title in CHASE_TITLES.values())


def plan_followup(week: _Week, calls: Sequence[ProviderCall], chases: Sequence[dt.date],
                  settings: PlanSettings) -> list[Proposal]:
    """A call for each of `calls` on its day or the first open day after (the first day of
    the week when it is late), and one block for the reminders due on `chases` (their dates)."""
    placed = [p for p in (_call(week, c, settings) for c in calls) if p is not None]
    if chases:
        block = _chase_block(week, sorted(chases), settings)
        if block is not None:
            placed.append(block)
    return placed


def _call(week: _Week, call: ProviderCall, settings: PlanSettings) -> Proposal | None:
    found = _earliest(week, max(call.call_on, week.days[0].date) if week.days else call.call_on,
                      CALL_MINUTES, settings)
    if found is None:
        return None
    day, start = found
    day.add(_Busy(start, start + CALL_MINUTES, Place.PHONE))
    weeks = (call.ends_on - call.call_on).days // 7
    return Proposal(
        kind=AppointmentKind.OTHER, start=day.at(start), end=day.at(start + CALL_MINUTES),
        place=Place.PHONE, citizen_id=call.citizen_id, title=call.title(settings.language),
        reason=(f"Indsatsen slutter {_date(call.ends_on)}: ring til leverandøren {weeks} uger "
                "før og planlæg det videre forløb sammen."),
        english_reason=(f"The effort ends on {_date(call.ends_on)}: call the provider {weeks} "
                        "weeks before and plan what comes next together."),
    )


def _chase_block(week: _Week, due: list[dt.date], settings: PlanSettings) -> Proposal | None:
    low, high = CHASE_BLOCK_LIMITS
    minutes = min(high, max(low, CHASE_MINUTES_EACH * len(due)))
    found = _earliest(week, due[0], minutes, settings)
    if found is None:
        return None
    day, start = found
    day.add(_Busy(start, start + minutes, settings.office_place))
    count = len(due)
    documents = "dokument" if count == 1 else "dokumenter"
    english = "document" if count == 1 else "documents"
    title = (f"{CHASE_TITLES['en']}: {count} {english}" if settings.language == "en"
             else f"{CHASE_TITLES['da']}: {count} {documents}")
    return Proposal(
        kind=AppointmentKind.OFFICE_TIME, start=day.at(start), end=day.at(start + minutes),
        place=settings.office_place, title=title,
        reason=f"{count} bestilte {documents} skal rykkes (første frist {_date(due[0])}).",
        english_reason=(f"{count} requested document{'' if count == 1 else 's'} to chase "
                        f"(first due {_date(due[0])})."),
    )


def _earliest(week: _Week, not_before: dt.date, minutes: int,
              settings: PlanSettings) -> tuple[_Day, int] | None:
    """The first free stretch of `minutes` on `not_before` or later; else earlier in the week
    (a reminder is better early than not at all)."""
    later = [d for d in week.days if d.date >= not_before]
    earlier = [d for d in week.days if d.date < not_before]
    for day in [*later, *earlier]:
        for gap_start, gap_end in day.gaps():
            start = _ceil(gap_start, settings.slot_minutes)
            if start + minutes <= gap_end:
                return day, start
    return None
