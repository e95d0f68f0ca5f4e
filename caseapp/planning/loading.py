"""The thin layer between the database and the pure planning functions: it loads plain data
through the storage layer, calls the pure function and, when the user accepts a proposal,
stores it. Each function takes the open database handle (`service.db`), never the service."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable

import sqlite_utils

from caseapp.domain.enums import CitizenStatus
from caseapp.domain.followup import next_chase_on
from caseapp.domain.models import Appointment
from caseapp.planning.recurrence import Occurrence, expand
from caseapp.planning.saving import add_appointments
from caseapp.planning.timeliness import Timeliness, booked_contacts, iso_week, timeliness
from caseapp.planning.week_followup import ProviderCall, is_provider_call
from caseapp.planning.week_planner import (
    PlanningCitizen,
    PlanSettings,
    Proposal,
    WeekPlan,
    plan_week,
)
from caseapp.storage import appointments, caseload, citizens, documents, efforts, profile

log = logging.getLogger(__name__)


def load_appointments(
    db: sqlite_utils.Database, start: dt.datetime, end: dt.datetime
) -> list[Appointment]:
    """Rows needed to show [start, end): singles, every series and every moved occurrence."""
    return appointments.between(db, start, end)


def load_occurrences(
    db: sqlite_utils.Database, start: dt.datetime, end: dt.datetime
) -> list[Occurrence]:
    """Every occurrence that overlaps [start, end)."""
    return expand(load_appointments(db, start, end), start, end)


def planning_citizens(db: sqlite_utils.Database) -> list[PlanningCitizen]:
    """The active caseload as the planner sees it."""
    return [
        PlanningCitizen.from_citizen(citizens.get(db, summary.id), summary)
        for summary in caseload.summaries(db)
        if summary.status == CitizenStatus.ACTIVE
    ]


def plan_week_for(
    db: sqlite_utils.Database,
    week_start: dt.date,
    now: dt.datetime | None = None,
    call_weeks: int | None = None,
    **setting_changes: object,
) -> WeekPlan:
    """Proposals for the week holding `week_start`; nothing before `now` is proposed. The
    provider of an effort is called `call_weeks` before it ends (by default the profile's)."""
    monday, sunday = iso_week(week_start)
    start = dt.datetime.combine(monday, dt.time())
    occurrences = load_occurrences(db, start, start + dt.timedelta(days=7))
    changes = {"earliest": now} | setting_changes
    stored = profile.load(db)
    settings = PlanSettings.from_profile(stored, **changes)
    weeks = stored.provider_call_weeks if call_weeks is None else call_weeks
    chases = [next_chase_on(r) for r in documents.open_requests(db, sunday)]
    return plan_week(monday, planning_citizens(db), occurrences, settings,
                     provider_calls(db, monday, weeks), chases)


def provider_calls(db: sqlite_utils.Database, monday: dt.date, weeks: int) -> list[ProviderCall]:
    """The running efforts of open cases whose call falls by the week's Sunday, less those
    whose provider was already called since the call date (a call booked in an earlier week)."""
    ahead = dt.timedelta(weeks=weeks)
    sunday = monday + dt.timedelta(days=6)
    calls = [
        ProviderCall(e.citizen_id, e.title, e.provider_name, e.end_on, e.end_on - ahead)
        for e in efforts.running(db, sunday + ahead) if e.end_on >= monday
    ]
    first = min((c.call_on for c in calls), default=monday)
    if first >= monday:
        return calls  # the week itself is checked by the planner
    earlier = [o for o in load_occurrences(db, dt.datetime.combine(first, dt.time()),
                                           dt.datetime.combine(monday, dt.time()))
               if is_provider_call(o)]
    return [c for c in calls
            if not any(o.citizen_id == c.citizen_id and o.start.date() >= c.call_on
                       for o in earlier)]


def timeliness_for(db: sqlite_utils.Database, on: dt.date) -> Timeliness:
    """Who is overdue, who is due this week and what must be booked, seen from `on`."""
    _, sunday = iso_week(on)
    start = dt.datetime.combine(on, dt.time())
    upcoming = load_occurrences(
        db, start, dt.datetime.combine(sunday, dt.time()) + dt.timedelta(days=1)
    )
    return timeliness(caseload.summaries(db), on, booked_contacts(upcoming, on))


def accept_proposals(db: sqlite_utils.Database, proposals: Iterable[Proposal]) -> list[int]:
    """Store the proposals the user accepted, in one transaction; their new ids."""
    return add_appointments(db, [p.to_appointment() for p in proposals])
