"""A form's save that cannot overwrite what changed underneath it.

A form loads a row, the user edits some fields, and meanwhile a sync (or another window, or the
command line) may change the same row. The save writes only the fields the user changed, each
against the value the form showed when the user began: where the stored value has moved away
from it and differs from the user's, the user's value is written and the stored one is kept as a
conflict in the Konflikter list (as a sync keeps the value that lost), so neither is lost.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from caseapp.sync import local_store
from caseapp.sync.capture import TABLES, new_uuid_sql


def _stored(db: sqlite_utils.Database, table: str, row_id: int) -> dict[str, Any]:
    return dict(db.table(table).get(row_id))


def _ensure_uuid(db: sqlite_utils.Database, table: str, row_id: int) -> str:
    """A row that was never shared has no uuid yet; a conflict names its row by one."""
    db.execute(
        f"UPDATE {table} SET uuid = {new_uuid_sql('id')} WHERE id = ? AND uuid IS NULL", [row_id]
    )
    return str(db.execute(f"SELECT uuid FROM {table} WHERE id = ?", [row_id]).fetchone()[0])


def save_changed(
    db: sqlite_utils.Database, table: str, row_id: int, base: dict[str, Any], edited: dict[str, Any],
    also: dict[str, Any] | None = None,
) -> list[str]:
    """Write the fields where `edited` differs from `base` (both in stored form), with `also`
    when anything is written; returns the fields whose stored value had changed meanwhile and
    is now kept as a conflict. `table` is a shared one (it has uuids and field clocks). Run
    inside the caller's transaction."""
    assert table in TABLES, table
    changes = {k: v for k, v in edited.items() if k in base and base[k] != v}
    if not changes:
        return []
    stored = _stored(db, table, row_id)
    overwritten = {k: stored[k] for k in changes if stored.get(k) != base[k] and stored.get(k) != changes[k]}
    if not overwritten:
        db.table(table).update(row_id, changes | (also or {}))
        return []
    uuid = _ensure_uuid(db, table, row_id)
    clocks = {k: local_store.field_clock(db, uuid, k) for k in overwritten}
    db.table(table).update(row_id, changes | (also or {}))
    mine = local_store.state(db)  # read after the update: its clock has ticked for this edit
    for field, theirs in overwritten.items():
        hlc, device = clocks[field]
        local_store.add_conflict(
            db, table, uuid, field, (changes[field], mine.device_id, mine.hlc), (theirs, device, hlc)
        )
    return sorted(overwritten)
