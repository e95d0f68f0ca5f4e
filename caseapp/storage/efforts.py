"""Efforts and grants (indsatser, bevillinger, forløb): the SQL."""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from caseapp.domain.followup import Effort
from caseapp.errors import NotFound
from caseapp.storage.rows import from_row, insert_row, iso, to_row, update_row

_SELECT = (
    "SELECT e.*, coalesce(n.name, '') AS provider_name, coalesce(g.text, '') AS goal_text "
    "FROM efforts e LEFT JOIN network_contacts n ON n.id = e.provider_id "
    "LEFT JOIN goals g ON g.id = e.goal_id"
)
_DERIVED = ("provider_name", "goal_text")


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def insert(db: sqlite_utils.Database, effort: Effort) -> int:
    row = to_row(effort, skip=_DERIVED) | {"created_at": _now(), "updated_at": _now()}
    return insert_row(db, "efforts", row)


def update(db: sqlite_utils.Database, effort: Effort) -> None:
    assert effort.id is not None
    row = to_row(effort, skip=(*_DERIVED, "citizen_id")) | {"updated_at": _now()}
    update_row(db, "efforts", effort.id, row)


def get(db: sqlite_utils.Database, effort_id: int) -> Effort:
    rows = list(db.query(f"{_SELECT} WHERE e.id = ?", [effort_id]))
    if not rows:
        raise NotFound(f"Der findes ingen indsats med nummer {effort_id}.")
    return from_row(Effort, rows[0])


def of_citizen(db: sqlite_utils.Database, citizen_id: int) -> list[Effort]:
    """The citizen's efforts, running ones first, each group by end date."""
    rows = db.query(
        f"{_SELECT} WHERE e.citizen_id = ? "
        "ORDER BY e.outcome IS NOT NULL AND e.outcome <> 'extended', e.end_on, e.id",
        [citizen_id],
    )
    return [from_row(Effort, r) for r in rows]


def running(db: sqlite_utils.Database, due_by: dt.date, citizen_id: int | None = None) -> list[Effort]:
    """Running efforts of open cases (all, or one citizen's) with an end, review or report date
    on or before `due_by`."""
    rows = db.query(
        f"{_SELECT} WHERE (e.outcome IS NULL OR e.outcome = 'extended') "
        "AND e.citizen_id IN (SELECT id FROM citizens WHERE status <> 'closed') "
        "AND e.citizen_id = coalesce(?, e.citizen_id) "
        "AND (e.end_on <= ? OR e.review_on <= ? OR e.report_due_on <= ?) ORDER BY e.end_on",
        [citizen_id, *[iso(due_by)] * 3],
    )
    return [from_row(Effort, r) for r in rows]
