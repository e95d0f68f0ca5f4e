"""Inserting a run of pulled rows that are new here, set-wise: one INSERT ... SELECT over
`json_each` per table and field set (foreign keys resolved by SQLite from their uuids), the
extras, shares and clocks in one statement each.

One statement, not one per row, because the caller runs this in a savepoint: SQLite then keeps
every page the run touches in an in-memory sub-journal and, at the end of each statement, walks
that journal from its start. Row by row (`executemany`) that walk made a first pull quadratic
(35 µs a note at the start, 200 µs after 30 000).

A first pull is almost all such inserts. The rules are those of apply.py's one-entry path: only
the table's own columns reach SQL; a foreign key whose row is not here becomes NULL; a link to a
goal that is not here is left out. A row pointing to a row of the same table in the same run
(a correction, a series' occurrence, a sub-goal) starts a new statement, so its parent is in by
then. A field that is not a plain value (a list, an object, an integer SQLite cannot hold) is
left to the one-entry path. The caller runs this in a savepoint and, when SQLite refuses
anything, applies the run entry by entry instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import groupby
from operator import itemgetter

import sqlite_utils

from caseapp.sync import local_store
from caseapp.sync.apply import Incoming
from caseapp.sync.capture import SharedTable, columns

_INT64 = range(-(2**63), 2**63)
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
_STORED_AS_IS = frozenset({str, float, bool, type(None)})


def _existing(db: sqlite_utils.Database, table: str, uuids: list[str]) -> set[str]:
    return {r[0] for r in db.execute(
        f"SELECT uuid FROM {table} WHERE uuid IN (SELECT value FROM json_each(?))",
        [local_store.json_text(uuids)],
    )}


def _plain(value: object) -> bool:
    """What SQLite stores as it came: text, a number it can hold, true/false, nothing."""
    if isinstance(value, bool) or value is None or isinstance(value, (str, float)):
        return True
    return isinstance(value, int) and value in _INT64


def _all_plain(fields: dict, extras: set[str]) -> bool:
    """_plain for every field but the extras; the common types are told by `type` first (a
    first pull asks this about every field of every row)."""
    for name, value in fields.items():
        kind = type(value)
        if kind in _STORED_AS_IS or (kind is int and _INT64_MIN <= value <= _INT64_MAX):
            continue
        if name not in extras and not _plain(value):
            return False
    return True


def _value_sql(spec: SharedTable, column: str, index: int) -> str:
    ref = spec.refs.get(column)
    value = f"j.value ->> {index}"
    return f"(SELECT id FROM {ref} WHERE uuid = {value})" if ref else value


def _field_names(entry: Incoming) -> tuple[str, ...]:
    return tuple(entry.fields)


def _statements(spec: SharedTable, rows: list[Incoming]) -> Iterator[tuple[tuple[str, ...], list[Incoming]]]:
    """Consecutive rows with the same field names, cut before a row whose parent of the same
    table came earlier in the same piece (SQLite may read the whole SELECT before inserting)."""
    own = [c for c, ref in spec.refs.items() if ref == spec.name]
    for names, group in groupby(rows, key=_field_names):
        piece: list[Incoming] = []
        in_piece: set[str] = set()
        for entry in group:
            if any(entry.fields.get(c) in in_piece for c in own):
                yield names, piece
                piece, in_piece = [], set()
            piece.append(entry)
            in_piece.add(entry.uuid)
        yield names, piece


def _insert_rows(db: sqlite_utils.Database, spec: SharedTable, rows: list[Incoming], known: list[str]) -> None:
    """Rows in their order, one statement per piece (see _statements); of a row's fields only
    the table's columns (the extras go in by _insert_extras)."""
    allowed = set(known)
    for fields, piece in _statements(spec, rows):
        names = tuple(n for n in fields if n in allowed)
        quoted = ", ".join(f'"{n}"' for n in ("uuid", *names))
        values = ", ".join(_value_sql(spec, n, i) for i, n in enumerate(("uuid", *names)))
        pick = _values_of(names)
        # No ORDER BY: json_each reads the array in its order, and one made SQLite first copy
        # every row into a temporary sort (a fifth of inserting a first pull's notes).
        db.execute(
            f"INSERT INTO {spec.name} ({quoted}) SELECT {values} FROM json_each(?) AS j",
            [local_store.json_text([[e.uuid, *pick(e.fields)] for e in piece])],
        )


def _values_of(names: tuple[str, ...]) -> Callable[[dict], tuple]:
    """The named fields' values as a tuple, looked up in C (itemgetter gives a lone value for
    one name, and takes no names at all)."""
    if len(names) > 1:
        return itemgetter(*names)
    if names:
        one = names[0]
        return lambda fields: (fields[one],)
    return lambda _fields: ()


def _insert_extras(db: sqlite_utils.Database, spec: SharedTable, rows: list[Incoming]) -> None:
    if "goal_ids" in spec.extras:
        pairs = [[e.uuid, g] for e in rows for g in _items(e.fields.get("goal_ids")) if isinstance(g, str)]
        db.execute(
            "INSERT INTO note_goals (note_id, goal_id) SELECT n.id, g.id FROM json_each(?) AS j "
            "JOIN notes n ON n.uuid = j.value ->> 0 JOIN goals g ON g.uuid = j.value ->> 1",
            [local_store.json_text(pairs)],
        )
    if "evaluations" in spec.extras:
        triples = [
            [e.uuid, item.get("goal"), item.get("evaluation", "")]
            for e in rows for item in _items(e.fields.get("evaluations")) if isinstance(item, dict)
        ]
        db.execute(
            "INSERT INTO goal_evaluations (status_id, goal_id, evaluation) "
            "SELECT s.id, g.id, j.value ->> 2 FROM json_each(?) AS j "
            "JOIN status_descriptions s ON s.uuid = j.value ->> 0 "
            "JOIN goals g ON g.uuid = j.value ->> 1",
            [local_store.json_text(triples)],
        )


def _items(value: object) -> list:
    return value if isinstance(value, list) else []


def insert_new(
    db: sqlite_utils.Database, spec: SharedTable, run: list[Incoming], known: list[str] | None = None
) -> set[str]:
    """Insert the entries of `run` (inserts of one table, distinct uuids) whose rows are not here
    yet and whose fields are plain values; returns their uuids. The others are left to the
    caller (merged one by one). `known`: the table's columns, when the caller has them."""
    there = _existing(db, spec.name, [e.uuid for e in run])
    extras = set(spec.extras)
    new = [e for e in run if e.uuid not in there and _all_plain(e.fields, extras)]
    if not new:
        return set()
    _insert_rows(db, spec, new, columns(db, spec.name) if known is None else known)
    _insert_extras(db, spec, new)
    if spec.name == "citizens":
        db.execute(
            "INSERT OR IGNORE INTO sync_shared (citizen_id) SELECT c.id FROM json_each(?) AS j "
            "JOIN citizens c ON c.uuid = j.value",
            [local_store.json_text([e.uuid for e in new])],
        )
    local_store.set_clocks(db, [(e.uuid, "*", e.hlc, e.device) for e in new])
    return {e.uuid for e in new}
