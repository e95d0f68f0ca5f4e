"""What a handover summary holds (overdragelse): so the citizen need not tell their story again
and is not offered what already failed. Read from the database in one go; the PDF
(handover_pdf.py) and the desktop's page both show this.

In order: who the citizen is in their own words, where things stand and the next step, the
long-term goal, every goal that has been worked on (also the finished and dropped ones) with its
ratings over time and its actions, the key notes (the monthly summaries first, then the newest
signed notes), the network, and what is open: deadlines, actions due, the next meetings.
"""

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
    NoteKind,
    Phase,
    RecordState,
)
from caseapp.domain.models import Action, Goal, NetworkContact, Rating
from caseapp.planning.recurrence import expand
from caseapp.storage import appointments, citizens, goals, notes
from caseapp.sync import handover

SUMMARIES = 6  # monthly summaries in the summary, newest first
LATEST_NOTES = 4  # and the newest other signed notes
NOTE_CHARS = 700  # a note longer than this is cut (the whole note is in Dagbog)
MEETINGS_AHEAD = dt.timedelta(days=90)


@dataclass(frozen=True)
class RatedGoal:
    """A goal with its history; values, not wording, so the PDF (Danish) and the desktop's page
    (in its language) each word them."""

    level: GoalLevel
    text: str
    status: GoalStatus
    phase: Phase
    archived: bool
    deadline: dt.date | None
    ratings: tuple[Rating, ...]  # oldest first
    actions: tuple[Action, ...]


@dataclass(frozen=True)
class KeyNote:
    when: dt.date
    kind: NoteKind
    author: str
    text: str


@dataclass(frozen=True)
class OpenItem:
    """Something open: a goal's deadline (`subject` its level), an action due (`subject` who
    does it) or a planned meeting (`subject` its kind, `at` its time); `text` is the goal's,
    the action's or the meeting's title ('' when it has none)."""

    when: dt.date
    subject: GoalLevel | ActionOwner | AppointmentKind
    text: str
    overdue: bool
    at: dt.time | None = None


@dataclass(frozen=True)
class HandoverSummary:
    citizen_id: int
    name: str
    case_type: str
    today: dt.date
    responsible: str
    from_role: str
    to_role: str
    own_words: str
    where_now: str
    next_step: str
    barriers: str
    long_term: tuple[str, ...]
    goals: tuple[RatedGoal, ...]
    notes: tuple[KeyNote, ...]
    network: tuple[NetworkContact, ...]
    open_items: tuple[OpenItem, ...]


def handover_summary(db: sqlite_utils.Database, citizen_id: int, today: dt.date,
                     to_role: str = "") -> HandoverSummary:
    citizen = citizens.get(db, citizen_id)
    state = handover.state(db, citizen_id)
    all_goals = goals.for_citizen(db, citizen_id, True)
    actions = goals.actions_for_citizen(db, citizen_id)
    return HandoverSummary(
        citizen_id, citizen.name, citizen.case_type, today,
        state.responsible or state.responsible_role, state.from_role if state.pending else "",
        to_role or state.to_role,
        citizen.own_words, citizen.where_now, citizen.next_step, citizen.barriers,
        tuple(g.text for g in all_goals if g.level == GoalLevel.LONG_TERM and not g.archived),
        tuple(_rated(db, g, actions) for g in _tree_order(all_goals) if g.level != GoalLevel.LONG_TERM),
        _key_notes(db, citizen_id),
        tuple(citizens.contacts(db, citizen_id)),
        _open_items(db, citizen_id, all_goals, actions, today),
    )


def _tree_order(all_goals: list[Goal]) -> list[Goal]:
    """Each effort goal followed by its sub-goals, as the plan shows them."""
    children: dict[int | None, list[Goal]] = {}
    for goal in all_goals:
        children.setdefault(goal.parent_id, []).append(goal)
    ordered: list[Goal] = []

    def walk(parent: int | None) -> None:
        for goal in sorted(children.get(parent, []), key=lambda g: (g.position, g.id or 0)):
            ordered.append(goal)
            walk(goal.id)

    walk(None)
    return ordered


def _rated(db: sqlite_utils.Database, goal: Goal, all_actions: list[Action]) -> RatedGoal:
    ratings = sorted(goals.ratings_for_goal(db, goal.id or 0), key=lambda r: (r.rated_on, r.id or 0))
    return RatedGoal(goal.level, goal.text, goal.status, goal.phase, goal.archived, goal.deadline,
                     tuple(ratings), tuple(a for a in all_actions if a.goal_id == goal.id))


def _cut(text: str) -> str:
    text = text.strip()
    return text if len(text) <= NOTE_CHARS else text[:NOTE_CHARS].rsplit(" ", 1)[0] + " …"


def _key_notes(db: sqlite_utils.Database, citizen_id: int) -> tuple[KeyNote, ...]:
    signed = [n for n in notes.for_citizen(db, citizen_id, limit=400) if n.state == RecordState.SIGNED]
    summaries = [n for n in signed if n.kind == NoteKind.SUMMARY][:SUMMARIES]
    others = [n for n in signed if n.kind != NoteKind.SUMMARY][:LATEST_NOTES]
    return tuple(KeyNote(n.occurred_at.date(), n.kind, n.author, _cut(n.text))
                 for n in summaries + others)


def _open_items(db: sqlite_utils.Database, citizen_id: int, all_goals: list[Goal],
                actions: list[Action], today: dt.date) -> tuple[OpenItem, ...]:
    items = [OpenItem(g.deadline, g.level, g.text, g.deadline < today)
             for g in all_goals
             if g.deadline and not g.archived and g.status == GoalStatus.ACTIVE]
    items += [OpenItem(a.due, a.who, a.what, a.due < today)
              for a in actions if a.due and not a.done_on]
    start = dt.datetime.combine(today, dt.time())
    for occurrence in expand(appointments.for_citizen(db, citizen_id), start, start + MEETINGS_AHEAD):
        if occurrence.status == AppointmentStatus.PLANNED:
            items.append(OpenItem(occurrence.start.date(), occurrence.kind, occurrence.title, False,
                                  occurrence.start.time()))
    return tuple(sorted(items, key=lambda i: i.when))
