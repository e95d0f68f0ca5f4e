"""Efforts and grants (indsatser, bevillinger, forløb) and the sub-goals each serves
(`effort_goals`): the SQL."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING

from caseapp.domain.followup import Effort
from caseapp.errors import NotFound
from caseapp.storage.rows import from_row, insert_row, iso, query, to_row, update_row

if TYPE_CHECKING:
    import sqlite_utils

_SELECT = (
    "SELECT e.*, coalesce(n.name, '') AS provider_name "
    "FROM efforts e LEFT JOIN network_contacts n ON n.id = e.provider_id"
)
_DERIVED = ("provider_name", "goal_ids", "goal_texts")


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def insert(db: sqlite_utils.Database, effort: Effort) -> int:
    row = to_row(effort, skip=_DERIVED) | {"created_at": _now(), "updated_at": _now()}
    effort_id = insert_row(db, "efforts", row)
    set_goals(db, effort_id, effort.goal_ids)
    return effort_id


def set_goals(db: sqlite_utils.Database, effort_id: int, goal_ids: tuple[int, ...]) -> None:
    """Link the effort to exactly these sub-goals: links kept stay (with their uuid, so the team
    sees no change), the others go, new ones are added."""
    old = {int(r[0]) for r in db.execute(
        "SELECT goal_id FROM effort_goals WHERE effort_id = ?", [effort_id])}
    wanted = list(dict.fromkeys(goal_ids))
    for goal_id in old - set(wanted):
        db.execute("DELETE FROM effort_goals WHERE effort_id = ? AND goal_id = ?",
                   [effort_id, goal_id])
    db.conn.executemany("INSERT INTO effort_goals (effort_id, goal_id) VALUES (?, ?)",
                        [(effort_id, g) for g in wanted if g not in old])


def update(db: sqlite_utils.Database, effort: Effort) -> None:
    assert effort.id is not None
    row = to_row(effort, skip=(*_DERIVED, "citizen_id")) | {"updated_at": _now()}
    update_row(db, "efforts", effort.id, row)
    set_goals(db, effort.id, effort.goal_ids)


def get(db: sqlite_utils.Database, effort_id: int) -> Effort:
    rows = list(query(db, f"{_SELECT} WHERE e.id = ?", [effort_id]))
    if not rows:
        raise NotFound(f"Der findes ingen indsats med nummer {effort_id}.")
    return _with_goals(db, rows)[0]


def of_citizen(db: sqlite_utils.Database, citizen_id: int) -> list[Effort]:
    """The citizen's efforts, running ones first, each group by end date."""
    rows = list(query(db,
        f"{_SELECT} WHERE e.citizen_id = ? "
        "ORDER BY e.outcome IS NOT NULL AND e.outcome <> 'extended', e.end_on, e.id",
        [citizen_id],
    ))
    return _with_goals(db, rows)


def running(db: sqlite_utils.Database, due_by: dt.date, citizen_id: int | None = None) -> list[Effort]:
    """Running efforts of open cases (all, or one citizen's) with an end, review or report date
    on or before `due_by`."""
    rows = list(query(db,
        f"{_SELECT} WHERE (e.outcome IS NULL OR e.outcome = 'extended') "
        "AND e.citizen_id IN (SELECT id FROM citizens WHERE status <> 'closed') "
        "AND e.citizen_id = coalesce(?, e.citizen_id) "
        "AND (e.end_on <= ? OR e.review_on <= ? OR e.report_due_on <= ?) ORDER BY e.end_on",
        [citizen_id, *[iso(due_by)] * 3],
    ))
    return _with_goals(db, rows)


def _with_goals(db: sqlite_utils.Database, rows: list[dict]) -> list[Effort]:
    """The efforts of `rows` with the sub-goals each serves (one query for all of them)."""
    if not rows:
        return []
    goals: dict[int, list[tuple[int, str]]] = defaultdict(list)
    ids = "[" + ",".join(str(int(r["id"])) for r in rows) + "]"
    for link in query(db,
        "SELECT l.effort_id, g.id, g.text FROM effort_goals l JOIN goals g ON g.id = l.goal_id "
        "WHERE l.effort_id IN (SELECT value FROM json_each(?)) ORDER BY l.id", [ids]
    ):
        goals[link["effort_id"]].append((link["id"], link["text"]))
    return [from_row(Effort, r, goal_ids=tuple(g for g, _ in goals[r["id"]]),
                     goal_texts=tuple(t for _, t in goals[r["id"]])) for r in rows]
