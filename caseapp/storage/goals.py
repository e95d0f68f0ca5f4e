"""The goal tree, actions and progress ratings."""

from __future__ import annotations

import sqlite_utils

from caseapp.domain.models import Action, Goal, Rating
from caseapp.errors import NotFound
from caseapp.storage.rows import from_row, insert_row, to_row, update_row


def insert(db: sqlite_utils.Database, goal: Goal) -> int:
    return insert_row(db, "goals", to_row(goal))


def update(db: sqlite_utils.Database, goal: Goal) -> None:
    assert goal.id is not None
    get(db, goal.id)
    update_row(db, "goals", goal.id, to_row(goal))


def get(db: sqlite_utils.Database, goal_id: int) -> Goal:
    rows = list(db.query("SELECT * FROM goals WHERE id = ?", [goal_id]))
    if not rows:
        raise NotFound(f"Der findes intet mål med id {goal_id}.")
    return from_row(Goal, rows[0])


def for_citizen(
    db: sqlite_utils.Database, citizen_id: int, include_archived: bool = False
) -> list[Goal]:
    sql = "SELECT * FROM goals WHERE citizen_id = ?"
    if not include_archived:
        sql += " AND archived = 0"
    rows = db.query(sql + " ORDER BY position, id", [citizen_id])
    return [from_row(Goal, r) for r in rows]


def insert_action(db: sqlite_utils.Database, action: Action) -> int:
    return insert_row(db, "actions", to_row(action))


def actions_for_citizen(db: sqlite_utils.Database, citizen_id: int) -> list[Action]:
    rows = db.query(
        "SELECT a.* FROM actions a JOIN goals g ON g.id = a.goal_id "
        "WHERE g.citizen_id = ? ORDER BY a.due IS NULL, a.due, a.id",
        [citizen_id],
    )
    return [from_row(Action, r) for r in rows]


def insert_rating(db: sqlite_utils.Database, rating: Rating) -> int:
    return insert_row(db, "ratings", to_row(rating))


def ratings_for_goal(db: sqlite_utils.Database, goal_id: int) -> list[Rating]:
    rows = db.query("SELECT * FROM ratings WHERE goal_id = ? ORDER BY rated_on, id", [goal_id])
    return [from_row(Rating, r) for r in rows]
