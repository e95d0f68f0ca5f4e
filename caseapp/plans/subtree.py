"""Taking a goal out of the plan with everything below it, and putting it back: each ONE
transaction, so a failure half-way (a full disk, a refused row) leaves the plan as it was.

`take_subtree` records the goals (parents before children) and actions exactly as they were,
then removes them as `operations.remove_goal` does (deleted, or archived where notes, ratings
or evaluations point to them). `put_back_subtree` re-creates what was deleted (under new ids,
returned old -> new so an undo stack can follow), un-archives what was archived, and puts the
top goal back at its old place among its siblings.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field

import sqlite_utils

from caseapp.domain.models import Action, Goal
from caseapp.plans.operations import Removal, move_goal, remove_goal, restore_goal
from caseapp.plans.tree import sibling_order
from caseapp.storage import goals as goal_store
from caseapp.storage.changes import change

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TakenSubtree:
    """What `take_subtree` took out, enough to put it back exactly."""

    goals: tuple[Goal, ...]  # the top goal first, parents before children, as they were
    actions: tuple[Action, ...]  # the actions of those goals, as they were
    index: int  # the top goal's place among its live siblings
    archived_before: frozenset[int]  # goals already archived before the removal
    removal: Removal = field(default_factory=Removal)

    @property
    def top(self) -> Goal:
        return self.goals[0]


@dataclass(frozen=True, slots=True)
class PutBack:
    """Old id -> id now, for every goal and action `put_back_subtree` re-created or kept."""

    goals: dict[int, int] = field(default_factory=dict)
    actions: dict[int, int] = field(default_factory=dict)


def take_subtree(db: sqlite_utils.Database, goal_id: int) -> TakenSubtree:
    """Remove a goal with its sub-goals and actions in one transaction; see the module."""
    with db.atomic():
        top = goal_store.get(db, goal_id)
        everything = goal_store.for_citizen(db, top.citizen_id, include_archived=True)
        by_id = {g.id: g for g in everything}
        goals = tuple(by_id[i] for i in goal_store.subtree_ids(db, goal_id))
        ids = {g.id for g in goals}
        siblings = sorted(
            (g for g in everything if g.parent_id == top.parent_id and not g.archived),
            key=sibling_order,
        )
        taken = TakenSubtree(
            goals=goals,
            actions=tuple(
                a for a in goal_store.actions_for_citizen(db, top.citizen_id) if a.goal_id in ids
            ),
            index=next((i for i, g in enumerate(siblings) if g.id == goal_id), len(siblings)),
            archived_before=frozenset(g.id for g in goals if g.archived and g.id is not None),
            removal=remove_goal(db, goal_id),
        )
    return taken


def put_back_subtree(
    db: sqlite_utils.Database, taken: TakenSubtree, parent_id: int | None
) -> PutBack:
    """Undo `take_subtree` in one transaction, the top goal under `parent_id` (its parent's id
    now, which an undo stack may have re-created under a new id)."""
    top = taken.top
    assert top.id is not None
    deleted = set(taken.removal.deleted)
    goal_ids: dict[int, int] = {}
    action_ids: dict[int, int] = {}
    with db.atomic():
        if parent_id is not None:
            goal_store.get(db, parent_id)  # NotFound: the parent is gone, nothing is changed
        if top.id in deleted:
            goal_ids[top.id] = _recreate(db, dataclasses.replace(
                top, parent_id=parent_id, archived=False))
        else:
            restore_goal(db, top.id)
            goal_ids[top.id] = top.id
            # restore_goal also brings back the goals archived before this removal: archive
            # those again (the top-most ones; their subtrees follow).
            for goal in taken.goals[1:]:
                if goal.id in taken.archived_before and goal.parent_id not in taken.archived_before:
                    remove_goal(db, goal.id or 0)
        for goal in taken.goals[1:]:
            assert goal.id is not None
            if goal.id in deleted:
                parent = goal_ids.get(goal.parent_id or 0, goal.parent_id)
                goal_ids[goal.id] = _recreate(db, dataclasses.replace(goal, parent_id=parent))
            else:
                goal_ids[goal.id] = goal.id
        gone_actions = set(taken.removal.deleted_actions)
        for action in taken.actions:
            assert action.id is not None
            if action.id in gone_actions:
                with change(db, "create", "action") as touched:
                    touched.append(goal_store.insert_action(db, dataclasses.replace(
                        action, id=None, goal_id=goal_ids.get(action.goal_id, action.goal_id))))
                action_ids[action.id] = touched[0]
            else:
                action_ids[action.id] = action.id
        move_goal(db, goal_ids[top.id], parent_id, taken.index)
    log.info("goal subtree put back: %d goals, %d actions", len(goal_ids), len(action_ids))
    return PutBack(goal_ids, action_ids)


def _recreate(db: sqlite_utils.Database, goal: Goal) -> int:
    with change(db, "create", "goal") as touched:
        touched.append(goal_store.insert(db, dataclasses.replace(goal, id=None)))
    return touched[0]
