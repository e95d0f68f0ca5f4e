"""The plan edits the tree editor makes: goals moved, removed and restored, their status and
phase, and actions added, edited, done and removed (each action's rules in one place).

Each function takes a database handle (never the façade; `CaseService.plans` composes these), runs
as one transaction and leaves audit entries (ids and actions only) through `storage.changes.change`.

Removing is careful about history: a goal that a diary note, a rating or a status description
points to is archived (hidden from the plan, kept with its notes, links and ratings), never
deleted; a goal nothing points to is deleted together with its actions. Children follow their
parent, and a parent that must stay because one of its children has history is archived too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from dataclasses import dataclass

import sqlite_utils

from caseapp.domain.enums import GoalLevel, GoalStatus, Phase
from caseapp.domain.models import Action, Goal
from caseapp.domain.validation import require_text
from caseapp.errors import InvalidInput
from caseapp.plans.tree import check_move, sibling_order
from caseapp.storage import goals as goal_store
from caseapp.storage.changes import change

log = logging.getLogger(__name__)

MAX_ACTION_TEXT = 2_000  # the longest text of an action, new or edited


@dataclass(frozen=True, slots=True)
class Removal:
    """What `remove_goal` did: the ids archived (kept for their history) and deleted."""

    archived: tuple[int, ...] = ()
    deleted: tuple[int, ...] = ()
    deleted_actions: tuple[int, ...] = ()


def _refuse_archived(goal: Goal) -> None:
    if goal.archived:
        raise InvalidInput("Målet er arkiveret; gendan det, før det ændres.")


def _live_siblings(
    everything: list[Goal], parent_id: int | None, leave_out: int | None = None
) -> list[Goal]:
    return sorted(
        (g for g in everything
         if g.parent_id == parent_id and not g.archived and g.id != leave_out),
        key=sibling_order,
    )


def _renumber(db: sqlite_utils.Database, ordered: list[Goal], parent_id: int | None) -> list[int]:
    """Give `ordered` the positions 0, 1, 2 ... under `parent_id`; return the ids changed."""
    changed = []
    for position, goal in enumerate(ordered):
        assert goal.id is not None
        if goal.position != position or goal.parent_id != parent_id:
            goal_store.set_place(db, goal.id, parent_id, position)
            changed.append(goal.id)
    return changed


# -- the goal tree ---------------------------------------------------------------------------


def move_goal(
    db: sqlite_utils.Database, goal_id: int, new_parent_id: int | None, new_position: int
) -> None:
    """Move a goal (with everything below it) under `new_parent_id` as its child number
    `new_position` (0 is first; a number past the end puts it last), renumbering the siblings
    it leaves and the ones it joins. Refused, in Danish, by `tree.check_move`'s rules."""
    if new_position < 0:
        raise InvalidInput("Placeringen kan ikke være et negativt tal.")
    with change(db, "move", "goal") as touched:
        goal = goal_store.get(db, goal_id)
        _refuse_archived(goal)
        if new_parent_id is not None:
            goal_store.get(db, new_parent_id)  # NotFound for an id that names nothing
        everything = goal_store.for_citizen(db, goal.citizen_id, include_archived=True)
        check_move(everything, goal_id, new_parent_id)
        joining = _live_siblings(everything, new_parent_id, leave_out=goal_id)
        joining.insert(min(new_position, len(joining)), goal)
        touched += _renumber(db, joining, new_parent_id)
        if goal.parent_id != new_parent_id:
            leaving = _live_siblings(everything, goal.parent_id, leave_out=goal_id)
            touched += _renumber(db, leaving, goal.parent_id)
    log.info("goal %s moved under %s (%d goals renumbered)", goal_id, new_parent_id, len(touched))


def remove_goal(db: sqlite_utils.Database, goal_id: int) -> Removal:
    """Take a goal and everything below it out of the plan (see the module's docstring).

    The goals that must be kept (those with notes, ratings or evaluations, and every goal
    between them and `goal_id`) are archived; the rest are deleted with their actions. The
    remaining siblings are renumbered. Returns what was archived and deleted.
    """
    with db.atomic():
        goal = goal_store.get(db, goal_id)
        everything = goal_store.for_citizen(db, goal.citizen_id, include_archived=True)
        parent_of = {g.id: g.parent_id for g in everything}
        archived_before = {g.id for g in everything if g.archived}
        subtree = goal_store.subtree_ids(db, goal_id)
        keep: set[int] = set()
        for used in goal_store.referenced_ids(db, subtree):
            current: int | None = used
            while current is not None and current not in keep:
                keep.add(current)
                current = None if current == goal_id else parent_of.get(current)
        to_archive = [i for i in subtree if i in keep and i not in archived_before]
        to_delete = [i for i in subtree if i not in keep]
        actions = goal_store.action_ids_for_goals(db, to_delete)

        with change(db, "archive", "goal") as touched:
            goal_store.set_archived(db, to_archive, True)
            touched += to_archive
        with change(db, "delete", "action") as touched:
            touched += actions  # deleted below, with their goals
        with change(db, "delete", "goal") as touched:
            goal_store.delete_goals(db, to_delete)
            touched += to_delete
        with change(db, "reorder", "goal") as touched:
            rest = _live_siblings(everything, goal.parent_id, leave_out=goal_id)
            touched += _renumber(db, rest, goal.parent_id)
    log.info("goal subtree removed: %d archived, %d deleted", len(to_archive), len(to_delete))
    return Removal(tuple(to_archive), tuple(to_delete), tuple(actions))


def restore_goal(db: sqlite_utils.Database, goal_id: int) -> list[int]:
    """Bring an archived goal back into the plan with the archived goals below it, last among
    its siblings. Its parent must be in the plan. Returns the ids restored."""
    with change(db, "restore", "goal") as touched:
        goal = goal_store.get(db, goal_id)
        if not goal.archived:
            return touched
        if goal.parent_id is not None and goal_store.get(db, goal.parent_id).archived:
            raise InvalidInput("Gendan først det mål, som målet hører under.")
        everything = goal_store.for_citizen(db, goal.citizen_id, include_archived=True)
        archived = {g.id for g in everything if g.archived}
        restored = [i for i in goal_store.subtree_ids(db, goal_id) if i in archived]
        goal_store.set_archived(db, restored, False)
        position = len(_live_siblings(everything, goal.parent_id))
        goal_store.set_place(db, goal_id, goal.parent_id, position)
        touched += restored
    return touched


def set_goal_status(db: sqlite_utils.Database, goal_id: int, status: GoalStatus) -> None:
    """Active, paused, achieved or dropped."""
    status = GoalStatus(status)
    with change(db, "status", "goal") as touched:
        goal = goal_store.get(db, goal_id)
        _refuse_archived(goal)
        if goal.status != status:
            goal_store.update(db, dataclasses.replace(goal, status=status))
            touched.append(goal_id)


def tick_off(db: sqlite_utils.Database, goal_id: int, on: bool = True) -> None:
    """Tick a goal off as achieved, or (on=False) take the tick away: active again."""
    set_goal_status(db, goal_id, GoalStatus.ACHIEVED if on else GoalStatus.ACTIVE)


def set_goal_phase(db: sqlite_utils.Database, goal_id: int, phase: Phase) -> None:
    """Worked on now, or later (few sub-goals at a time: `tree.over_cap` tells when too many)."""
    phase = Phase(phase)
    with change(db, "phase", "goal") as touched:
        goal = goal_store.get(db, goal_id)
        _refuse_archived(goal)
        if goal.phase != phase:
            goal_store.update(db, dataclasses.replace(goal, phase=phase))
            touched.append(goal_id)


# -- actions: who does what by when ----------------------------------------------------------


def action(db: sqlite_utils.Database, action_id: int) -> Action:
    return goal_store.get_action(db, action_id)


def add_action(db: sqlite_utils.Database, action: Action) -> int:
    """Store a new action under a sub-goal; its id."""
    if goal_store.get(db, action.goal_id).level != GoalLevel.SUB:
        raise InvalidInput("En indsats skal høre til et delmål.")
    clean = dataclasses.replace(action, what=require_text(action.what, "Indsatsen", MAX_ACTION_TEXT))
    with change(db, "create", "action") as touched:
        touched.append(goal_store.insert_action(db, clean))
    return touched[0]


def update_action(db: sqlite_utils.Database, changed: Action) -> None:
    """Save an edited action: what, who, due and done; it may move to another sub-goal of the
    same citizen."""
    if changed.id is None:
        raise InvalidInput("Indsatsen er ikke gemt endnu; opret den med add_action.")
    clean = dataclasses.replace(
        changed, what=require_text(changed.what, "Indsatsen", MAX_ACTION_TEXT)
    )
    with change(db, "update", "action") as touched:
        current = goal_store.get_action(db, changed.id)
        old_goal = goal_store.get(db, current.goal_id)
        new_goal = goal_store.get(db, changed.goal_id)
        if new_goal.level != GoalLevel.SUB:
            raise InvalidInput("En indsats skal høre til et delmål.")
        if new_goal.citizen_id != old_goal.citizen_id:
            raise InvalidInput("En indsats kan kun flyttes til et delmål for samme borger.")
        _refuse_archived(new_goal)
        goal_store.update_action(db, clean)
        touched.append(changed.id)


def mark_action_done(db: sqlite_utils.Database, action_id: int, done_on: dt.date | None) -> None:
    """Mark an action done on `done_on` (usually today), or not done (None)."""
    with change(db, "done" if done_on else "undone", "action") as touched:
        current = goal_store.get_action(db, action_id)
        _refuse_archived(goal_store.get(db, current.goal_id))
        if current.done_on != done_on:
            goal_store.update_action(db, dataclasses.replace(current, done_on=done_on))
            touched.append(action_id)


def remove_action(db: sqlite_utils.Database, action_id: int) -> None:
    """Delete an action (nothing points to actions, so nothing of the record is lost)."""
    with change(db, "delete", "action") as touched:
        current = goal_store.get_action(db, action_id)
        _refuse_archived(goal_store.get(db, current.goal_id))
        goal_store.delete_action(db, action_id)
        touched.append(action_id)
