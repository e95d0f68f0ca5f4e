"""The goal tree: building it, the rules for moving a goal, the active sub-goals and the cap."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from caseapp.domain.enums import GoalLevel, GoalStatus, Phase
from caseapp.domain.models import Action, Goal
from caseapp.errors import InvalidInput, NotFound
from caseapp.plans.tree import (
    active_now_subgoals,
    ancestors,
    build_tree,
    check_move,
    descendants,
    over_cap,
    walk,
)


def _g(goal_id: int, level: GoalLevel, parent: int | None = None, position: int = 0,
       **kw: object) -> Goal:
    return Goal(citizen_id=1, level=level, text=f"mål {goal_id}", parent_id=parent,
                position=position, id=goal_id, **kw)  # type: ignore[arg-type]


L, E, S = GoalLevel.LONG_TERM, GoalLevel.EFFORT, GoalLevel.SUB


# 1 long-term; 2, 3 efforts under it; 4, 5 subs under 2; 6 a sub under 3
TREE = [
    _g(5, S, 2, position=0),
    _g(3, E, 1, position=0),
    _g(1, L),
    _g(4, S, 2, position=1),
    _g(2, E, 1, position=1),
    _g(6, S, 3),
]


def test_build_tree_nests_levels_and_orders_by_position_then_id() -> None:
    actions = [
        Action(goal_id=4, what="uden frist", id=12),
        Action(goal_id=4, what="senere", due=dt.date(2027, 3, 1), id=10),
        Action(goal_id=4, what="først", due=dt.date(2027, 1, 1), id=11),
        Action(goal_id=99, what="et andet mål", id=13),
    ]
    roots = build_tree(TREE, actions)
    assert [n.id for n in roots] == [1]
    assert [(depth, n.id) for depth, n in walk(roots)] == [
        (0, 1), (1, 3), (2, 6), (1, 2), (2, 5), (2, 4)
    ]
    four = next(n for _d, n in walk(roots) if n.id == 4)
    assert [a.what for a in four.actions] == ["først", "senere", "uden frist"]
    assert ancestors(TREE, 4) == [2, 1]
    assert descendants(TREE, 1) == [2, 3, 4, 5, 6]  # parents before children
    # equal positions fall back to the id, the order the goals were made
    same = build_tree([_g(8, E, None), _g(7, E, None)])
    assert [n.id for n in same] == [7, 8]


def test_build_tree_keeps_orphans_and_survives_a_cycle() -> None:
    orphan = _g(9, S, parent=77)  # its parent is archived and left out
    roots = build_tree([*TREE, orphan])
    assert [n.id for n in roots] == [1, 9]
    looped = [_g(1, E, parent=2), _g(2, E, parent=1)]  # damaged data
    assert sorted(n.id for _d, n in walk(build_tree(looped))) == [1, 2]


@pytest.mark.parametrize(
    ("goal_id", "new_parent", "message"),
    [
        (2, 2, "under sig selv"),
        (1, 4, "sine egne undermål"),  # the long-term goal under its own sub-goal
        (1, 2, "sine egne undermål"),
        (4, 1, "Et delmål kan kun flyttes ind under et indsatsmål."),
        (4, 6, "Et delmål kan kun flyttes ind under et indsatsmål."),
        (4, None, "Et delmål skal høre under et indsatsmål."),
        (3, 2, "Et indsatsmål kan kun flyttes ind under et langsigtet mål."),
        (3, 4, "Et indsatsmål kan kun flyttes ind under et langsigtet mål."),
        (10, 1, "Et langsigtet mål står øverst"),
        (4, 50, "samme borgers plan"),
    ],
)
def test_check_move_refuses_cycles_and_level_breaks(
    goal_id: int, new_parent: int | None, message: str
) -> None:
    goals = [*TREE, _g(10, L, position=1),
             dataclasses.replace(_g(50, E, 1), citizen_id=2)]
    with pytest.raises(InvalidInput) as caught:
        check_move(goals, goal_id, new_parent)
    assert message in caught.value.message


def test_check_move_refuses_a_cycle_even_where_levels_are_damaged() -> None:
    goals = [_g(1, E), _g(2, E, parent=1)]  # an effort under an effort: old, damaged data
    with pytest.raises(InvalidInput, match="sine egne undermål"):
        check_move(goals, 1, 2)
    check_move(goals, 2, 1)  # reordering among its present siblings is still allowed


def test_check_move_allows_the_level_rule_and_refuses_archived_or_unknown() -> None:
    goals = [*TREE, _g(7, E, 1, position=2, archived=True)]
    check_move(goals, 4, 3)  # sub-goal to another effort goal
    check_move(goals, 3, None)  # an effort goal may stand at the top (the order came first)
    check_move(goals, 5, 2)  # same parent: a reorder
    with pytest.raises(InvalidInput, match="arkiveret"):
        check_move(goals, 4, 7)
    with pytest.raises(NotFound):
        check_move(goals, 404, 1)


def test_active_now_subgoals_and_the_cap() -> None:
    goals = [
        *TREE,
        _g(11, S, 3, position=1, phase=Phase.LATER),
        _g(12, S, 3, position=2, status=GoalStatus.ACHIEVED),
        _g(13, S, 3, position=3, status=GoalStatus.PAUSED),
        _g(14, S, 3, position=4, archived=True),
    ]
    assert [g.id for g in active_now_subgoals(goals)] == [6, 5, 4]  # tree order
    assert over_cap(goals, 2)
    assert not over_cap(goals, 3)
    assert not over_cap([g for g in goals if g.id != 4], 2)
