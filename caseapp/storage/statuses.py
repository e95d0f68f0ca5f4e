"""Status descriptions and their evaluations per goal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from caseapp.domain.models import GoalEvaluation, StatusDescription
from caseapp.errors import NotFound
from caseapp.storage.rows import from_row, insert_row, query, to_row, update_row

if TYPE_CHECKING:
    import sqlite_utils


def insert(db: sqlite_utils.Database, status: StatusDescription) -> int:
    status_id = insert_row(db, "status_descriptions", to_row(status, skip=("evaluations",)))
    _write_evaluations(db, status_id, status.evaluations)
    return status_id


def _write_evaluations(
    db: sqlite_utils.Database, status_id: int, evaluations: tuple[GoalEvaluation, ...]
) -> None:
    db.execute("DELETE FROM goal_evaluations WHERE status_id = ?", [status_id])
    db.conn.executemany(
        "INSERT INTO goal_evaluations (status_id, goal_id, evaluation) VALUES (?, ?, ?)",
        [(status_id, e.goal_id, e.evaluation) for e in evaluations],
    )


def update_draft(db: sqlite_utils.Database, status: StatusDescription) -> None:
    assert status.id is not None
    update_row(db, "status_descriptions", status.id, to_row(status, skip=("evaluations",)))
    _write_evaluations(db, status.id, status.evaluations)


def get(db: sqlite_utils.Database, status_id: int) -> StatusDescription:
    rows = list(query(db, "SELECT * FROM status_descriptions WHERE id = ?", [status_id]))
    if not rows:
        raise NotFound(f"Der findes ingen statusbeskrivelse med id {status_id}.")
    return _with_evaluations(db, rows[0])


def _with_evaluations(db: sqlite_utils.Database, row: dict) -> StatusDescription:
    evaluations = tuple(
        GoalEvaluation(goal_id=r["goal_id"], evaluation=r["evaluation"])
        for r in query(db,
            "SELECT goal_id, evaluation FROM goal_evaluations WHERE status_id = ? ORDER BY goal_id",
            [row["id"]],
        )
    )
    return from_row(StatusDescription, row, evaluations=evaluations)


def for_citizen(db: sqlite_utils.Database, citizen_id: int) -> list[StatusDescription]:
    rows = query(db,
        "SELECT * FROM status_descriptions WHERE citizen_id = ? ORDER BY period_end DESC, id DESC",
        [citizen_id],
    )
    return [_with_evaluations(db, r) for r in rows]


def drafts(db: sqlite_utils.Database) -> list[StatusDescription]:
    """Every status description not yet final, oldest period first."""
    rows = query(db,
        "SELECT * FROM status_descriptions WHERE state = 'draft' ORDER BY period_end, id"
    )
    return [_with_evaluations(db, r) for r in rows]
