"""Bulk loading of generated rows (the demo caseload and the benchmark data sets).

The generator hands over plain tuples, in the column order of `COLUMNS`, with their ids already
chosen; this module writes them with `executemany`, one transaction per chunk, and nothing else.

Two triggers are set aside inside each chunk's transaction and put back, from their own stored
SQL text, before it commits (so no committed state ever lacks them):

- `notes_ai` keeps the notes' full-text index in step one row at a time. Fed in one
  `INSERT ... SELECT` per chunk instead, the index gets exactly the same entries about 2.5 times
  faster.
- `note_goals_signed_no_insert` refuses links to a signed note. Generated notes are born signed
  together with their links, which is what the trigger (rightly) refuses for later changes.

The closed case's lock (closed_lock.py) is set aside for every chunk: a generated caseload holds
closed cases born with their history.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping, Sequence
from typing import Any

import sqlite_utils

from caseapp.storage import closed_lock

log = logging.getLogger(__name__)

Row = tuple[Any, ...]


def _cols(names: str) -> tuple[str, ...]:
    return tuple(names.split())


# Written in this order, parents before children, so foreign keys hold row by row.
COLUMNS: dict[str, tuple[str, ...]] = {
    "citizens": _cols(
        "id name cpr case_type legal_basis status is_child contact_cadence_days "
        "status_cadence_months preferred_place preferred_time max_activities_per_day phone "
        "responsible own_words where_now next_step barriers created_at updated_at"
    ),
    "network_contacts": _cols("id citizen_id name role organisation phone phone_verified"),
    "consents": _cols("id citizen_id party scope form given_on withdrawn_on"),
    "goals": _cols(
        "id citizen_id parent_id level text source ambition life_domain indicator deadline "
        "status phase position archived"
    ),
    "actions": _cols("id goal_id what who due done_on"),
    "ratings": _cols("id goal_id scale value rated_on rater comment"),
    "appointments": _cols(
        "id citizen_id kind title start end place preparation_minutes rrule exdates series_id "
        "original_start status status_reason"
    ),
    "notes": _cols(
        "id citizen_id kind occurred_at author text appointment_id state signed_at corrects_id "
        "entered_official_on created_at"
    ),
    "note_goals": _cols("note_id goal_id"),
    "status_descriptions": _cols(
        "id citizen_id period_start period_end overall citizen_view next_steps gone_through_on "
        "state author finalised_at"
    ),
    "goal_evaluations": _cols("status_id goal_id evaluation"),
    "efforts": _cols(
        "id citizen_id goal_id provider_id title kind start_on end_on review_on report_due_on "
        "outcome outcome_note previous_end_on ended_on created_at updated_at"
    ),
    "effort_goals": _cols("effort_id goal_id"),
    "document_requests": _cols(
        "id citizen_id title requested_from requested_on due_on received_on given_up_on "
        "created_at updated_at"
    ),
    "document_chases": _cols("id document_id chased_on how"),
    "meetings": _cols("id citizen_id appointment_id kind minutes_done_on created_at updated_at"),
    "meeting_participants": _cols("id meeting_id kind name contact_id coordinator"),
    "meeting_items": _cols("id meeting_id position heading minutes"),
    "meeting_decisions": _cols("id meeting_id what owner due_on goal_id action_id done_on"),
}

TABLES: tuple[str, ...] = tuple(COLUMNS)

_WITH_ID = tuple(t for t in TABLES if COLUMNS[t][0] == "id")

SET_ASIDE_FOR_INSERTS = ("notes_ai", "note_goals_signed_no_insert")

_INSERT = {
    table: "INSERT INTO {} ({}) VALUES ({})".format(
        table, ", ".join(f'"{c}"' for c in cols), ", ".join("?" * len(cols))
    )
    for table, cols in COLUMNS.items()
}


def next_ids(db: sqlite_utils.Database) -> dict[str, int]:
    """The first free id of every table with an integer id: above every row stored, and above
    every id ever handed out (sqlite_sequence, for the AUTOINCREMENT tables of m008)."""
    sequence: dict[str, int] = {}
    if db["sqlite_sequence"].exists():
        sequence = dict(db.execute("SELECT name, seq FROM sqlite_sequence").fetchall())
    return {
        table: max(
            int(db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]),
            int(sequence.get(table, 0)),
        ) + 1
        for table in _WITH_ID
        if db[table].exists()  # a test may fill a database from before a table's migration
    }


def write_chunk(db: sqlite_utils.Database, rows: Mapping[str, Sequence[Row]]) -> None:
    """Insert every row in one transaction. `rows` maps table name -> tuples in COLUMNS order;
    tables may be missing or empty. Notes must come in ascending id order, above every note
    already stored (ids from `next_ids`)."""
    unknown = set(rows) - set(COLUMNS)
    if unknown:
        raise ValueError(f"unknown tables: {sorted(unknown)}")
    conn = db.conn
    notes = rows.get("notes") or ()
    with db.atomic():
        saved = set_aside_triggers(db, SET_ASIDE_FOR_INSERTS) if notes or rows.get("note_goals") else {}
        saved |= set_aside_triggers(db, closed_lock.TRIGGERS)
        for table in TABLES:
            batch = rows.get(table)
            if batch:
                conn.executemany(_INSERT[table], batch)
        if notes and "notes_ai" in saved:  # do in one statement what the trigger does per row
            conn.execute(
                "INSERT INTO notes_fts (rowid, text) SELECT id, text FROM notes "
                "WHERE id BETWEEN ? AND ?",
                [notes[0][0], notes[-1][0]],
            )
        for sql in saved.values():
            conn.execute(sql)


def set_aside_triggers(db: sqlite_utils.Database, names: tuple[str, ...]) -> dict[str, str]:
    """Drop the named triggers (inside the caller's transaction); return name -> the SQL that
    created them, to be run again before the transaction ends."""
    marks = ", ".join("?" * len(names))
    found = db.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
        list(names),
    ).fetchall()
    for name, _sql in found:
        db.conn.execute(f"DROP TRIGGER {name}")
    return {name: sql for name, sql in found}


def tune_for_load(db: sqlite_utils.Database) -> dict[str, Any]:
    """A larger page cache while loading; returns the settings to hand to `restore_tuning`."""
    previous = {"cache_size": db.execute("PRAGMA cache_size").fetchone()[0]}
    db.execute("PRAGMA cache_size = -65536")
    return previous


def restore_tuning(db: sqlite_utils.Database, previous: Mapping[str, Any]) -> None:
    db.execute(f"PRAGMA cache_size = {int(previous['cache_size'])}")


def content_digest(db: sqlite_utils.Database) -> str:
    """A SHA-256 over every row of every table the generator writes, in id order (for tests of
    determinism and for the benchmark's bookkeeping)."""
    digest = hashlib.sha256()
    for table, cols in COLUMNS.items():
        order = ", ".join(f'"{c}"' for c in (cols[:2] if cols[0] != "id" else cols[:1]))
        select = ", ".join(f'"{c}"' for c in cols)
        digest.update(table.encode())
        for row in db.execute(f"SELECT {select} FROM {table} ORDER BY {order}"):
            digest.update(repr(row).encode())
    return digest.hexdigest()
