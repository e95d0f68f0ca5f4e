"""The thin layer between the service and the pure planning functions: it loads plain data,
calls the pure function and, when the user accepts a proposal, stores it."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from caseapp.domain.enums import CitizenStatus
from caseapp.domain.models import Appointment
from caseapp.planning.recurrence import Occurrence, expand
from caseapp.planning.timeliness import Timeliness, booked_contacts, iso_week, timeliness
from caseapp.planning.week_planner import (
    PlanningCitizen,
    PlanSettings,
    Proposal,
    WeekPlan,
    plan_week,
)

if TYPE_CHECKING:
    from caseapp.service import CaseService

log = logging.getLogger(__name__)

def load_appointments(
    service: CaseService, start: dt.datetime, end: dt.datetime
) -> list[Appointment]:
    """Rows needed to show [start, end): singles, every series and every moved occurrence."""
    return service.appointments_between(start, end)


def load_occurrences(
    service: CaseService, start: dt.datetime, end: dt.datetime
) -> list[Occurrence]:
    """Every occurrence that overlaps [start, end)."""
    return expand(load_appointments(service, start, end), start, end)


def planning_citizens(service: CaseService) -> list[PlanningCitizen]:
    """The active caseload as the planner sees it."""
    return [
        PlanningCitizen.from_citizen(service.citizen(summary.id), summary)
        for summary in service.caseload()
        if summary.status == CitizenStatus.ACTIVE
    ]


def plan_week_for(
    service: CaseService,
    week_start: dt.date,
    now: dt.datetime | None = None,
    **setting_changes: object,
) -> WeekPlan:
    """Proposals for the week holding `week_start`; nothing before `now` is proposed."""
    monday, sunday = iso_week(week_start)
    start = dt.datetime.combine(monday, dt.time())
    occurrences = load_occurrences(service, start, start + dt.timedelta(days=7))
    changes = {"earliest": now} | setting_changes
    settings = PlanSettings.from_profile(service.profile(), **changes)
    return plan_week(monday, planning_citizens(service), occurrences, settings)


def timeliness_for(service: CaseService, on: dt.date) -> Timeliness:
    """Who is overdue, who is due this week and what must be booked, seen from `on`."""
    _, sunday = iso_week(on)
    start = dt.datetime.combine(on, dt.time())
    upcoming = load_occurrences(
        service, start, dt.datetime.combine(sunday, dt.time()) + dt.timedelta(days=1)
    )
    return timeliness(service.caseload(), on, booked_contacts(upcoming, on))


def accept_proposals(service: CaseService, proposals: Iterable[Proposal]) -> list[int]:
    """Store the proposals the user accepted, in one transaction; their new ids."""
    with service.db.atomic():
        return [service.add_appointment(p.to_appointment()) for p in proposals]
