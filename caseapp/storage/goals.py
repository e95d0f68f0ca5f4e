"""The goal tree, actions and progress ratings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from caseapp.domain.models import Action, Goal, Rating
from caseapp.errors import NotFound
from caseapp.storage.rows import from_row, insert_row, query, to_row, update_row

if TYPE_CHECKING:
    import sqlite_utils


def insert(db: sqlite_utils.Database, goal: Goal) -> int:
    return insert_row(db, "goals", to_row(goal))


def update(db: sqlite_utils.Database, goal: Goal) -> None:
    assert goal.id is not None
    get(db, goal.id)
    update_row(db, "goals", goal.id, to_row(goal))


def get(db: sqlite_utils.Database, goal_id: int) -> Goal:
    rows = list(query(db, "SELECT * FROM goals WHERE id = ?", [goal_id]))
    if not rows:
        raise NotFound(f"Der findes intet mål med id {goal_id}.")
    return from_row(Goal, rows[0])


def for_citizen(
    db: sqlite_utils.Database, citizen_id: int, include_archived: bool = False
) -> list[Goal]:
    sql = "SELECT * FROM goals WHERE citizen_id = ?"
    if not include_archived:
        sql += " AND archived = 0"
    rows = query(db, sql + " ORDER BY position, id", [citizen_id])
    return [from_row(Goal, r) for r in rows]


def insert_action(db: sqlite_utils.Database, action: Action) -> int:
    return insert_row(db, "actions", to_row(action))


def actions_for_citizen(db: sqlite_utils.Database, citizen_id: int) -> list[Action]:
    rows = query(db,
        "SELECT a.* FROM actions a JOIN goals g ON g.id = a.goal_id "
        "WHERE g.citizen_id = ? ORDER BY a.due IS NULL, a.due, a.id",
        [citizen_id],
    )
    return [from_row(Action, r) for r in rows]


def insert_rating(db: sqlite_utils.Database, rating: Rating) -> int:
    return insert_row(db, "ratings", to_row(rating))


def get_rating(db: sqlite_utils.Database, rating_id: int) -> Rating:
    rows = list(query(db, "SELECT * FROM ratings WHERE id = ?", [rating_id]))
    if not rows:
        raise NotFound(f"Der findes ingen vurdering med id {rating_id}.")
    return from_row(Rating, rows[0])


def delete_rating(db: sqlite_utils.Database, rating_id: int) -> None:
    db.execute("DELETE FROM ratings WHERE id = ?", [rating_id])


def ratings_for_goal(db: sqlite_utils.Database, goal_id: int) -> list[Rating]:
    rows = query(db, "SELECT * FROM ratings WHERE goal_id = ? ORDER BY rated_on, id", [goal_id])
    return [from_row(Rating, r) for r in rows]


# -- the plan editor (caseapp.plans.operations) ---------------------------------------------


def set_place(
    db: sqlite_utils.Database, goal_id: int, parent_id: int | None, position: int
) -> None:
    """Put one goal under `parent_id` at `position` (the caller renumbers the siblings)."""
    db.execute(
        "UPDATE goals SET parent_id = ?, position = ? WHERE id = ?", [parent_id, position, goal_id]
    )


def subtree_ids(db: sqlite_utils.Database, goal_id: int) -> list[int]:
    """The goal and every goal below it, archived ones included, parents before children."""
    rows = db.execute(
        "WITH RECURSIVE tree(id, depth) AS ("
        " SELECT id, 0 FROM goals WHERE id = ?"
        " UNION SELECT g.id, tree.depth + 1 FROM goals g JOIN tree ON g.parent_id = tree.id"
        ") SELECT id FROM tree ORDER BY depth, id",
        [goal_id],
    ).fetchall()
    return [int(r[0]) for r in rows]


def referenced_ids(db: sqlite_utils.Database, goal_ids: list[int]) -> set[int]:
    """Those of `goal_ids` that a diary note, a rating, a status evaluation or an effort points
    to."""
    if not goal_ids:
        return set()
    marks = ",".join("?" * len(goal_ids))
    rows = db.execute(
        f"SELECT goal_id FROM note_goals WHERE goal_id IN ({marks}) "
        f"UNION SELECT goal_id FROM ratings WHERE goal_id IN ({marks}) "
        f"UNION SELECT goal_id FROM goal_evaluations WHERE goal_id IN ({marks}) "
        f"UNION SELECT goal_id FROM effort_goals WHERE goal_id IN ({marks})",
        goal_ids * 4,
    ).fetchall()
    return {int(r[0]) for r in rows}


def set_archived(db: sqlite_utils.Database, goal_ids: list[int], archived: bool) -> None:
    db.conn.executemany(
        "UPDATE goals SET archived = ? WHERE id = ?", [(int(archived), i) for i in goal_ids]
    )


def action_ids_for_goals(db: sqlite_utils.Database, goal_ids: list[int]) -> list[int]:
    if not goal_ids:
        return []
    marks = ",".join("?" * len(goal_ids))
    rows = db.execute(
        f"SELECT id FROM actions WHERE goal_id IN ({marks}) ORDER BY id", goal_ids
    ).fetchall()
    return [int(r[0]) for r in rows]


def delete_goals(db: sqlite_utils.Database, goal_ids: list[int]) -> None:
    """Delete goals and their actions. Nothing else may point to them (see `referenced_ids`);
    children go before their parents, so the foreign keys hold at every step."""
    for goal_id in reversed(goal_ids):
        db.execute("DELETE FROM actions WHERE goal_id = ?", [goal_id])
        db.execute("DELETE FROM goals WHERE id = ?", [goal_id])


def get_action(db: sqlite_utils.Database, action_id: int) -> Action:
    rows = list(query(db, "SELECT * FROM actions WHERE id = ?", [action_id]))
    if not rows:
        raise NotFound(f"Der findes ingen indsats med id {action_id}.")
    return from_row(Action, rows[0])


def update_action(db: sqlite_utils.Database, action: Action) -> None:
    assert action.id is not None
    get_action(db, action.id)
    update_row(db, "actions", action.id, to_row(action))


def delete_action(db: sqlite_utils.Database, action_id: int) -> None:
    db.execute("DELETE FROM actions WHERE id = ?", [action_id])
