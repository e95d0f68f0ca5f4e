"""Inserting a run of pulled rows that are new here, set-wise: one `executemany` per table and
field set, foreign keys resolved by SQLite from their uuids row by row (so a child inserted after
its parent in the same run finds it), the extras, shares and clocks in one statement each.

A first pull is almost all such inserts. The rules are those of apply.py's one-entry path: only
the table's own columns reach SQL; a foreign key whose row is not here becomes NULL; a link to a
goal that is not here is left out. The caller runs this in a savepoint and, when SQLite refuses
anything, applies the run entry by entry instead.
"""

from __future__ import annotations

from itertools import groupby

import sqlite_utils

from caseapp.sync import local_store
from caseapp.sync.apply import Incoming
from caseapp.sync.capture import SharedTable, columns

_CHUNK = 500  # SQLite's limit on bound parameters is far above this


def _existing(db: sqlite_utils.Database, table: str, uuids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(uuids), _CHUNK):
        chunk = uuids[start:start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        found.update(r[0] for r in db.execute(f"SELECT uuid FROM {table} WHERE uuid IN ({marks})", chunk))
    return found


def _value_sql(spec: SharedTable, column: str) -> str:
    ref = spec.refs.get(column)
    return f"(SELECT id FROM {ref} WHERE uuid = ?)" if ref else "?"


def _insert_rows(db: sqlite_utils.Database, spec: SharedTable, rows: list[Incoming], known: list[str]) -> None:
    """Rows in their order, in groups of consecutive rows with the same field names."""
    allowed = set(known)

    def names_of(entry: Incoming) -> tuple[str, ...]:
        return tuple(c for c in entry.fields if c in allowed)

    for names, group in groupby(rows, key=names_of):
        quoted = ", ".join(f'"{n}"' for n in ("uuid", *names))
        values = ", ".join(["?", *(_value_sql(spec, n) for n in names)])
        db.conn.executemany(
            f"INSERT INTO {spec.name} ({quoted}) VALUES ({values})",
            [[e.uuid, *(e.fields[n] for n in names)] for e in group],
        )


def _insert_extras(db: sqlite_utils.Database, spec: SharedTable, rows: list[Incoming]) -> None:
    if "goal_ids" in spec.extras:
        pairs = [(e.uuid, g) for e in rows for g in _items(e.fields.get("goal_ids")) if isinstance(g, str)]
        db.conn.executemany(
            "INSERT INTO note_goals (note_id, goal_id) SELECT n.id, g.id FROM notes n, goals g "
            "WHERE n.uuid = ? AND g.uuid = ?", pairs,
        )
    if "evaluations" in spec.extras:
        triples = [
            (item.get("evaluation", ""), e.uuid, item.get("goal"))
            for e in rows for item in _items(e.fields.get("evaluations")) if isinstance(item, dict)
        ]
        db.conn.executemany(
            "INSERT INTO goal_evaluations (status_id, goal_id, evaluation) "
            "SELECT s.id, g.id, ? FROM status_descriptions s, goals g WHERE s.uuid = ? AND g.uuid = ?",
            triples,
        )


def _items(value: object) -> list:
    return value if isinstance(value, list) else []


def insert_new(db: sqlite_utils.Database, spec: SharedTable, run: list[Incoming]) -> set[str]:
    """Insert the entries of `run` (inserts of one table, distinct uuids) whose rows are not here
    yet; returns their uuids. The others are left to the caller (merged one by one)."""
    there = _existing(db, spec.name, [e.uuid for e in run])
    new = [e for e in run if e.uuid not in there]
    if not new:
        return set()
    _insert_rows(db, spec, new, columns(db, spec.name))
    _insert_extras(db, spec, new)
    if spec.name == "citizens":
        db.conn.executemany(
            "INSERT OR IGNORE INTO sync_shared (citizen_id) SELECT id FROM citizens WHERE uuid = ?",
            [(e.uuid,) for e in new],
        )
    local_store.set_clocks(db, [(e.uuid, "*", e.hlc, e.device) for e in new])
    return {e.uuid for e in new}
