"""The goal tree as pure data: long-term goal -> effort goals -> sub-goals -> actions.

Seed 003 (l.1083-1087): the citizen takes small steps (delmål) to reach the 100-metre mark
(indsatsmål) on the way to the kilometre mark (the long-term goal). Everything here works on
lists of `Goal` and `Action` as the service returns them and touches no database, so the Qt tree
editor, the plain-text copy and the plan PDF all see the same order and the same rules.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from caseapp.domain.enums import GoalLevel, GoalStatus, Phase
from caseapp.domain.models import Action, Goal
from caseapp.errors import InvalidInput, NotFound

log = logging.getLogger(__name__)

PARENT_LEVEL: dict[GoalLevel, GoalLevel | None] = {
    GoalLevel.LONG_TERM: None,
    GoalLevel.EFFORT: GoalLevel.LONG_TERM,
    GoalLevel.SUB: GoalLevel.EFFORT,
}
"""The level a goal's parent must have. An effort goal may also stand at the top (the order can
name effort goals before the citizen's own long-term goal is written), as the service allows."""

_TOP_ALLOWED = frozenset({GoalLevel.LONG_TERM, GoalLevel.EFFORT})


@dataclass(frozen=True, slots=True)
class GoalNode:
    """One goal with its children (by position) and its actions (by due date)."""

    goal: Goal
    children: tuple[GoalNode, ...] = ()
    actions: tuple[Action, ...] = ()

    @property
    def id(self) -> int:
        assert self.goal.id is not None
        return self.goal.id


def sibling_order(goal: Goal) -> tuple[int, int]:
    """How siblings are ordered: by position, then by id (the order they were made)."""
    return (goal.position, goal.id or 0)


def action_order(action: Action) -> tuple[bool, str, int]:
    """Open actions by due date (none last), then the id; the storage orders the same way."""
    return (action.due is None, action.due.isoformat() if action.due else "", action.id or 0)


def build_tree(goals: Iterable[Goal], actions: Iterable[Action] = ()) -> tuple[GoalNode, ...]:
    """The forest of one citizen's goals, roots first by position.

    A goal whose parent is not in `goals` (archived and left out, or another citizen's) becomes a
    root, so nothing silently disappears; a cycle in damaged data is broken at its lowest id.
    Actions are attached to the goal they name; actions for goals not in the list are dropped.
    """
    by_id = {g.id: g for g in goals if g.id is not None}
    children: dict[int | None, list[Goal]] = {}
    for goal in by_id.values():
        parent = goal.parent_id if goal.parent_id in by_id else None
        children.setdefault(parent, []).append(goal)
    for kids in children.values():
        kids.sort(key=sibling_order)
    actions_of: dict[int, list[Action]] = {}
    for action in actions:
        if action.goal_id in by_id:
            actions_of.setdefault(action.goal_id, []).append(action)

    seen: set[int] = set()

    def node(goal: Goal) -> GoalNode:
        assert goal.id is not None
        seen.add(goal.id)
        kids = tuple(node(k) for k in children.get(goal.id, ()) if k.id not in seen)
        mine = tuple(sorted(actions_of.get(goal.id, ()), key=action_order))
        return GoalNode(goal, kids, mine)

    roots = [node(g) for g in children.get(None, [])]
    for goal in sorted(by_id.values(), key=lambda g: g.id or 0):  # only in damaged data
        if goal.id not in seen:
            log.warning("goal %s is in a parent cycle; shown at the top", goal.id)
            roots.append(node(goal))
    return tuple(roots)


def walk(nodes: Sequence[GoalNode], depth: int = 0) -> Iterator[tuple[int, GoalNode]]:
    """(depth, node) for every node, depth first, in display order."""
    for item in nodes:
        yield depth, item
        yield from walk(item.children, depth + 1)


def ancestors(goals: Iterable[Goal], goal_id: int) -> list[int]:
    """The ids above `goal_id`, nearest first (stops at a cycle or a missing parent)."""
    parent_of = {g.id: g.parent_id for g in goals}
    found: list[int] = []
    current = parent_of.get(goal_id)
    while current is not None and current in parent_of and current not in found:
        found.append(current)
        current = parent_of[current]
    return found


def descendants(goals: Iterable[Goal], goal_id: int) -> list[int]:
    """The ids below `goal_id`, parents before children."""
    children: dict[int | None, list[int]] = {}
    for goal in goals:
        if goal.id is not None:
            children.setdefault(goal.parent_id, []).append(goal.id)
    found: list[int] = []
    frontier = [goal_id]
    while frontier:
        for child in sorted(children.get(frontier.pop(0), [])):
            if child not in found and child != goal_id:
                found.append(child)
                frontier.append(child)
    return found


def check_move(goals: Sequence[Goal], goal_id: int, new_parent_id: int | None) -> None:
    """Raise InvalidInput (in Danish) when `goal_id` may not stand under `new_parent_id`.

    Refused: a goal under itself or under one of its own descendants (it would become its own
    ancestor), under another citizen's or an archived goal, and any place that breaks the level
    rule (a sub-goal under an effort goal, an effort goal under a long-term goal or at the top, a
    long-term goal only at the top). Reordering a goal among its present siblings is always
    allowed, so older data that breaks the level rule can still be put in order.
    """
    by_id = {g.id: g for g in goals if g.id is not None}
    goal = by_id.get(goal_id)
    if goal is None:
        raise NotFound(f"Der findes intet mål med id {goal_id}.")
    if new_parent_id is None:
        if goal.parent_id is None:
            return
        if goal.level not in _TOP_ALLOWED:
            raise InvalidInput("Et delmål skal høre under et indsatsmål.")
        return
    if new_parent_id == goal_id:
        raise InvalidInput("Et mål kan ikke flyttes ind under sig selv.")
    parent = by_id.get(new_parent_id)
    if parent is None or parent.citizen_id != goal.citizen_id:
        raise InvalidInput("Et mål kan kun flyttes ind under et andet mål i samme borgers plan.")
    if goal_id in ancestors(goals, new_parent_id):
        raise InvalidInput(
            "Et mål kan ikke flyttes ind under et af sine egne undermål; "
            "så ville det komme til at stå under sig selv."
        )
    if new_parent_id == goal.parent_id:
        return
    if parent.archived:
        raise InvalidInput("Et mål kan ikke flyttes ind under et arkiveret mål.")
    expected = PARENT_LEVEL[goal.level]
    if expected is None:
        raise InvalidInput("Et langsigtet mål står øverst og kan ikke flyttes ind under et andet mål.")
    if parent.level != expected:
        if goal.level == GoalLevel.SUB:
            raise InvalidInput("Et delmål kan kun flyttes ind under et indsatsmål.")
        raise InvalidInput("Et indsatsmål kan kun flyttes ind under et langsigtet mål.")


def is_active_now(goal: Goal) -> bool:
    """A sub-goal being worked on: status active, phase now, not archived."""
    return (
        goal.level == GoalLevel.SUB
        and goal.status == GoalStatus.ACTIVE
        and goal.phase == Phase.NOW
        and not goal.archived
    )


def active_now_subgoals(goals: Sequence[Goal]) -> list[Goal]:
    """The sub-goals worked on now, in the tree's display order."""
    return [n.goal for _depth, n in walk(build_tree(goals)) if is_active_now(n.goal)]


def over_cap(goals: Sequence[Goal], cap: int) -> bool:
    """Whether more sub-goals are worked on at once than `cap` (Profile.max_active_subgoals).

    Seed 003 l.1385-1392: many services allow only two sub-goals at a time, so that neither the
    citizen nor the staff lose the overview. This is advice for the editor, never a block.
    """
    return sum(1 for g in goals if is_active_now(g)) > cap
