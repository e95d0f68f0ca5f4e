"""The next free, suitable time for a citizen whose appointment was cancelled or missed.

It asks the week planner about that one citizen alone, week by week from the appointment on:
within working hours, around the calendar, in the citizen's preferred part of the day, with
the same length, place and preparation. Runs on a worker thread (it reads through the façade).

This belongs in the core (caseapp.planning.loading) once it settles; see the report.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

from caseapp.domain.models import Appointment
from caseapp.planning.recurrence import Occurrence
from caseapp.planning.timeliness import CONTACT_KINDS, iso_week
from caseapp.planning.week_planner import PlanningCitizen, PlanSettings, plan_week
from caseapp.service import CaseService
from ui.week.week_items import key_of

log = logging.getLogger(__name__)

WEEKS_AHEAD = 4


def next_free_slot(
    service: CaseService, occurrence: Occurrence, now: dt.datetime, weeks: int = WEEKS_AHEAD
) -> Appointment | None:
    """A new appointment like `occurrence` at the first free suitable time after it, or None."""
    if occurrence.citizen_id is None:
        return None
    citizen = service.citizens.citizen(occurrence.citizen_id)
    summary = service.citizens.citizen_summary(occurrence.citizen_id)
    minutes = int((occurrence.end - occurrence.start).total_seconds() // 60)
    planning = dataclasses.replace(
        PlanningCitizen.from_citizen(citizen, summary),
        due=None,  # whatever the cadence says: the conversation was meant to happen now
        preferred_place=occurrence.place,
        conversation_minutes=min(max(minutes, 5), 480),
    )
    earliest = max(now, occurrence.end)
    settings = PlanSettings.from_profile(
        service.profile(),
        earliest=earliest,
        office_minutes_per_week=0,
        preparation_minutes=occurrence.preparation_minutes,
    )
    monday, _ = iso_week(earliest.date())
    for week in range(weeks):
        first = monday + dt.timedelta(weeks=week)
        start = dt.datetime.combine(first, dt.time())
        others = [
            o for o in service.calendar.occurrences_between(start, start + dt.timedelta(days=7))
            if key_of(o) != key_of(occurrence)
        ]
        plan = plan_week(first, [planning], others, settings)
        if plan.conversations:
            proposal = plan.conversations[0]
            kind = occurrence.kind if occurrence.kind in CONTACT_KINDS else proposal.kind
            return dataclasses.replace(
                proposal.to_appointment(), kind=kind, title=occurrence.title
            )
    return None

