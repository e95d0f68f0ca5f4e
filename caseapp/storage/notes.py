"""Diary notes. A signed note is a record: the schema's triggers refuse to change it."""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from caseapp.domain.models import DiaryNote
from caseapp.errors import NotFound
from caseapp.storage.rows import from_row, insert_row, iso, to_row, update_row


def insert(db: sqlite_utils.Database, note: DiaryNote) -> int:
    row = to_row(note, skip=("goal_ids",))
    row["created_at"] = iso(note.created_at or dt.datetime.now())
    note_id = insert_row(db, "notes", row)
    _link_goals(db, note_id, note.goal_ids)
    return note_id


def _link_goals(db: sqlite_utils.Database, note_id: int, goal_ids: tuple[int, ...]) -> None:
    db.conn.executemany(
        "INSERT INTO note_goals (note_id, goal_id) VALUES (?, ?)",
        [(note_id, goal_id) for goal_id in dict.fromkeys(goal_ids)],
    )


def update_draft(db: sqlite_utils.Database, note: DiaryNote) -> None:
    assert note.id is not None
    update_row(db, "notes", note.id, to_row(note, skip=("goal_ids", "created_at")))
    db.execute("DELETE FROM note_goals WHERE note_id = ?", [note.id])
    _link_goals(db, note.id, note.goal_ids)


def sign(db: sqlite_utils.Database, note_id: int, at: dt.datetime) -> None:
    db.execute(
        "UPDATE notes SET state = 'signed', signed_at = ? WHERE id = ? AND state = 'draft'",
        [iso(at), note_id],
    )


def mark_entered(db: sqlite_utils.Database, note_id: int, on: dt.date) -> None:
    db.execute("UPDATE notes SET entered_official_on = ? WHERE id = ?", [iso(on), note_id])


def delete_draft(db: sqlite_utils.Database, note_id: int) -> None:
    db.execute("DELETE FROM note_goals WHERE note_id = ?", [note_id])
    db.execute("DELETE FROM notes WHERE id = ? AND state = 'draft'", [note_id])


def _goal_ids(db: sqlite_utils.Database, note_ids: list[int]) -> dict[int, tuple[int, ...]]:
    if not note_ids:
        return {}
    marks = ",".join("?" * len(note_ids))
    links: dict[int, list[int]] = {}
    for note_id, goal_id in db.execute(
        f"SELECT note_id, goal_id FROM note_goals WHERE note_id IN ({marks}) ORDER BY goal_id",
        note_ids,
    ):
        links.setdefault(note_id, []).append(goal_id)
    return {k: tuple(v) for k, v in links.items()}


def _notes(db: sqlite_utils.Database, sql: str, params: list) -> list[DiaryNote]:
    rows = list(db.query(sql, params))
    links = _goal_ids(db, [r["id"] for r in rows])
    return [from_row(DiaryNote, r, goal_ids=links.get(r["id"], ())) for r in rows]


def get(db: sqlite_utils.Database, note_id: int) -> DiaryNote:
    found = _notes(db, "SELECT * FROM notes WHERE id = ?", [note_id])
    if not found:
        raise NotFound(f"Der findes intet notat med id {note_id}.")
    return found[0]


def for_citizen(
    db: sqlite_utils.Database, citizen_id: int, limit: int = 200, offset: int = 0
) -> list[DiaryNote]:
    return _notes(
        db,
        "SELECT * FROM notes WHERE citizen_id = ? ORDER BY occurred_at DESC, id DESC "
        "LIMIT ? OFFSET ?",
        [citizen_id, limit, offset],
    )


def count_for_citizen(db: sqlite_utils.Database, citizen_id: int) -> int:
    return int(
        db.execute("SELECT count(*) FROM notes WHERE citizen_id = ?", [citizen_id]).fetchone()[0]
    )


def corrections_of(db: sqlite_utils.Database, note_id: int) -> list[DiaryNote]:
    return _notes(db, "SELECT * FROM notes WHERE corrects_id = ? ORDER BY id", [note_id])


def total(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count(*) FROM notes").fetchone()[0])
