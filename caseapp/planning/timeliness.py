"""Rettidighed: who is due for a conversation this ISO week, who is overdue, and how many
conversations must be booked this week to stay on time (seed 002 l.5463-5485).

A citizen with no contact yet is due now. Only active citizens count.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from caseapp.domain.enums import AppointmentKind, AppointmentStatus, CitizenStatus
from caseapp.domain.models import CitizenSummary
from caseapp.planning.recurrence import Occurrence

log = logging.getLogger(__name__)

# Appointments that are a contact with the citizen (they mirror the note kinds that count as
# contact in the caseload summary).
CONTACT_KINDS = frozenset(
    {
        AppointmentKind.CONVERSATION,
        AppointmentKind.HOME_VISIT,
        AppointmentKind.NETWORK_MEETING,
        AppointmentKind.PHONE,
    }
)


@dataclass(frozen=True, slots=True)
class ContactDue:
    citizen_id: int
    due: dt.date
    never_contacted: bool
    days_overdue: int  # 0 when not yet overdue
    booked_on: dt.date | None  # the next planned contact, if one is booked


@dataclass(frozen=True, slots=True)
class Timeliness:
    on: dt.date
    week_start: dt.date  # Monday of the ISO week of `on`
    week_end: dt.date  # Sunday of that week
    overdue: tuple[ContactDue, ...]  # due before `on`, most overdue first
    due_this_week: tuple[ContactDue, ...]  # due from `on` to the end of the week
    to_book: tuple[ContactDue, ...]  # overdue or due this week, with no contact booked this week
    weekly_average: float  # conversations a week the cadences call for, in the long run

    @property
    def to_book_count(self) -> int:
        return len(self.to_book)


def iso_week(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the ISO week that holds `day`."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def due_date(summary: CitizenSummary, on: dt.date) -> dt.date:
    """When the next contact is due; a citizen never contacted is due `on`."""
    return summary.next_contact_due if summary.next_contact_due is not None else on


def booked_contacts(occurrences: Iterable[Occurrence], on: dt.date) -> dict[int, dt.date]:
    """The first planned contact from `on` onwards, per citizen."""
    booked: dict[int, dt.date] = {}
    for occurrence in occurrences:
        if not is_planned_contact(occurrence) or occurrence.start.date() < on:
            continue
        citizen_id = occurrence.citizen_id
        assert citizen_id is not None
        day = occurrence.start.date()
        if citizen_id not in booked or day < booked[citizen_id]:
            booked[citizen_id] = day
    return booked


def is_planned_contact(occurrence: Occurrence) -> bool:
    return (
        occurrence.citizen_id is not None
        and occurrence.kind in CONTACT_KINDS
        and occurrence.status == AppointmentStatus.PLANNED
    )


def timeliness(
    summaries: Iterable[CitizenSummary],
    on: dt.date,
    booked: Mapping[int, dt.date] | None = None,
) -> Timeliness:
    """Timeliness of the active caseload seen from `on`."""
    booked = booked or {}
    week_start, week_end = iso_week(on)
    active = [s for s in summaries if s.status == CitizenStatus.ACTIVE]
    entries = sorted(
        (_entry(s, on, booked.get(s.id)) for s in active), key=lambda e: (e.due, e.citizen_id)
    )
    overdue = tuple(e for e in entries if e.due < on)
    due_now = tuple(e for e in entries if on <= e.due <= week_end)
    to_book = tuple(e for e in overdue + due_now if e.booked_on is None or e.booked_on > week_end)
    return Timeliness(
        on=on,
        week_start=week_start,
        week_end=week_end,
        overdue=overdue,
        due_this_week=due_now,
        to_book=to_book,
        weekly_average=weekly_average(active),
    )


def _entry(summary: CitizenSummary, on: dt.date, booked_on: dt.date | None) -> ContactDue:
    due = due_date(summary, on)
    return ContactDue(
        citizen_id=summary.id,
        due=due,
        never_contacted=summary.last_contact is None,
        days_overdue=max(0, (on - due).days),
        booked_on=booked_on,
    )


def weekly_average(summaries: Iterable[CitizenSummary]) -> float:
    """Conversations a week the cadences add up to: a 14-day cadence is half a conversation."""
    return round(sum(7 / max(1, s.contact_cadence_days) for s in summaries), 2)
