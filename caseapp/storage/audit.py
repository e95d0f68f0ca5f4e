"""The audit trail: ids and actions, never personal text."""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from caseapp.domain.models import AuditEntry
from caseapp.storage.rows import from_row


def record(db: sqlite_utils.Database, action: str, entity: str, entity_id: int) -> None:
    db.execute(
        "INSERT INTO audit (at, action, entity, entity_id) VALUES (?, ?, ?, ?)",
        [dt.datetime.now().isoformat(timespec="seconds"), action, entity, entity_id],
    )


def record_many(db: sqlite_utils.Database, action: str, entity: str, ids: list[int]) -> None:
    at = dt.datetime.now().isoformat(timespec="seconds")
    db.conn.executemany(
        "INSERT INTO audit (at, action, entity, entity_id) VALUES (?, ?, ?, ?)",
        [(at, action, entity, entity_id) for entity_id in ids],
    )


def recent(db: sqlite_utils.Database, limit: int = 100) -> list[AuditEntry]:
    rows = db.query("SELECT * FROM audit ORDER BY id DESC LIMIT ?", [limit])
    return [from_row(AuditEntry, r) for r in rows]
