"""The data of the citizen's own plan (plan_pdf.py lays it out on one A4 page): plain frozen
values read from the database in one go, with no CPR number in them at all, the labels already
in the Danish the page speaks to the citizen in ("Du", "hjemme hos dig")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from caseapp.domain.enums import (
    ActionOwner,
    AppointmentKind,
    AppointmentStatus,
    GoalLevel,
    GoalStatus,
    Phase,
    Place,
)
from caseapp.domain.labels import label
from caseapp.domain.models import Appointment, Goal
from caseapp.planning.recurrence import expand
from caseapp.plans.tree import build_tree, is_active_now, walk
from caseapp.reports.status_data import ActionLine
from caseapp.storage import appointments as appointment_store
from caseapp.storage import citizens as citizen_store
from caseapp.storage import goals as goal_store
from caseapp.storage import profile as profile_store

MEETING_HORIZON_DAYS = 400

MEETING_KINDS = frozenset({
    AppointmentKind.CONVERSATION,
    AppointmentKind.HOME_VISIT,
    AppointmentKind.NETWORK_MEETING,
    AppointmentKind.PHONE,
    AppointmentKind.STATUS_MEETING,
})
"""Appointments that are a meeting with the citizen (the contact kinds and the status meeting)."""

_KIND_FOR_CITIZEN = {AppointmentKind.PHONE: "Telefonsamtale"}
_PLACE_FOR_CITIZEN = {
    Place.JOBCENTER: "på jobcentret",
    Place.HOME: "hjemme hos dig",
    Place.RESIDENCE: "på bostedet",
    Place.PROVIDER: "hos tilbuddet",
    Place.PHONE: "i telefonen",
}


# -- the data the page shows -----------------------------------------------------------------


@dataclass(frozen=True)
class PlanGoal:
    """A sub-goal worked on now, with labels already in Danish."""

    text: str
    deadline: dt.date | None = None
    ambition: str = ""
    part_of: str = ""  # the effort goal it belongs to
    actions: tuple[ActionLine, ...] = ()


@dataclass(frozen=True)
class NextMeeting:
    start: dt.datetime
    end: dt.datetime
    kind: str
    place: str = ""  # how the citizen would say it: "hjemme hos dig"


@dataclass(frozen=True)
class PlanReportData:
    """Everything on the page. There is deliberately no field for a CPR number."""

    citizen_name: str
    printed_on: dt.date
    long_term_goals: tuple[str, ...] = ()
    current: tuple[PlanGoal, ...] = ()
    later: tuple[str, ...] = ()
    next_meeting: NextMeeting | None = None
    worker: str = ""
    unit: str = ""
    citizen_id: int | None = None


# -- reading the data from the database ------------------------------------------------------


def plan_report_data(
    db: sqlite_utils.Database,
    citizen_id: int,
    today: dt.date | None = None,
    after: dt.datetime | None = None,
) -> PlanReportData:
    """The page's data for one citizen (NotFound for an unknown id).

    The next meeting is the first planned meeting with the citizen after `after`, which defaults
    to the end of `today`: the plan is usually printed at a meeting, and that meeting is not the
    next one.
    """
    today = today or dt.date.today()
    citizen = citizen_store.get(db, citizen_id)
    profile = profile_store.load(db)
    goals = goal_store.for_citizen(db, citizen_id)
    nodes = list(walk(build_tree(goals, goal_store.actions_for_citizen(db, citizen_id))))
    by_id = {g.id: g for g in goals}

    current = []
    later = []
    for _depth, node in nodes:
        goal = node.goal
        if is_active_now(goal):
            current.append(PlanGoal(
                text=goal.text,
                deadline=goal.deadline,
                ambition=label(goal.ambition) if goal.ambition else "",
                part_of=_part_of(goal, by_id),
                actions=tuple(
                    ActionLine(what=a.what, who=_who(a.who), due=a.due, done_on=a.done_on)
                    for a in node.actions
                ),
            ))
        elif (goal.level == GoalLevel.SUB and goal.status == GoalStatus.ACTIVE
              and goal.phase == Phase.LATER):
            later.append(goal.text)

    start = after or dt.datetime.combine(today + dt.timedelta(days=1), dt.time.min)
    return PlanReportData(
        citizen_name=citizen.name,
        printed_on=today,
        long_term_goals=tuple(
            n.goal.text for _d, n in nodes if n.goal.level == GoalLevel.LONG_TERM
        ),
        current=tuple(current),
        later=tuple(later),
        next_meeting=next_meeting(appointment_store.for_citizen(db, citizen_id), start),
        worker=profile.name,
        unit=profile.unit,
        citizen_id=citizen_id,
    )


def _who(owner: ActionOwner) -> str:
    """The page speaks to the citizen: their own actions are "Du"."""
    return "Du" if owner == ActionOwner.CITIZEN else label(owner)


def _part_of(goal: Goal, by_id: dict[int | None, Goal]) -> str:
    parent = by_id.get(goal.parent_id)
    return parent.text if parent is not None and parent.level == GoalLevel.EFFORT else ""


def next_meeting(appointments: list[Appointment], after: dt.datetime) -> NextMeeting | None:
    """The first planned meeting with the citizen that starts at or after `after`
    (recurring series expanded; cancelled and moved occurrences respected)."""
    window_end = after + dt.timedelta(days=MEETING_HORIZON_DAYS)
    for occurrence in expand(appointments, after, window_end):
        if (
            occurrence.start >= after
            and occurrence.kind in MEETING_KINDS
            and occurrence.status == AppointmentStatus.PLANNED
        ):
            place = ""
            if occurrence.kind not in (AppointmentKind.HOME_VISIT, AppointmentKind.PHONE):
                place = _PLACE_FOR_CITIZEN.get(occurrence.place, "")
            return NextMeeting(
                start=occurrence.start,
                end=occurrence.end,
                kind=_KIND_FOR_CITIZEN.get(occurrence.kind, label(occurrence.kind)),
                place=place,
            )
    return None
