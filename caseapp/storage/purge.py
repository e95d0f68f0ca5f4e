"""Deleting a citizen for good: every row about them, in one transaction, with nothing of them
left in the file's pages.

`PRAGMA secure_delete` (on for every connection, connection.py) overwrites the bytes of deleted
rows and freed pages; the full-text indexes drop the words at once (FTS5 secure-delete, m019);
after the commit the WAL is checkpointed and truncated, so no older copy of a page stays in it.
The records a signed note or a final status description is protected by (m003) are set aside
inside the transaction and put back before it ends. What is left is a receipt in the deletion
register: the case reference, dates, counts by kind, who and when; no name and no CPR number.
"""

from __future__ import annotations

import datetime as dt
import json

import sqlite_utils

from caseapp.domain.models import PurgeReceipt
from caseapp.storage import access_log, closed_lock
from caseapp.storage.bulk import set_aside_triggers

# The records' protections (m003) and the closed case's lock (m023): the purge is what they wait for.
_PROTECTIONS = ("notes_signed_no_delete", "note_goals_signed_no_delete", "status_final_no_delete",
                *closed_lock.TRIGGERS)

# (what the receipt calls it, table, which rows) in an order that deletes children first.
_NOTES = "SELECT id FROM notes WHERE citizen_id = :c"
_GOALS = "SELECT id FROM goals WHERE citizen_id = :c"
_STATUSES = "SELECT id FROM status_descriptions WHERE citizen_id = :c"
_MEETINGS = "SELECT id FROM meetings WHERE citizen_id = :c"
_STEPS = (
    ("notatkoblinger", "note_goals", f"note_id IN ({_NOTES})"),
    ("notater", "notes", "citizen_id = :c"),
    ("målvurderinger i status", "goal_evaluations", f"status_id IN ({_STATUSES})"),
    ("statusbeskrivelser", "status_descriptions", "citizen_id = :c"),
    ("mødeaftaler", "meeting_decisions", f"meeting_id IN ({_MEETINGS})"),
    ("dagsordenspunkter", "meeting_items", f"meeting_id IN ({_MEETINGS})"),
    ("mødedeltagere", "meeting_participants", f"meeting_id IN ({_MEETINGS})"),
    ("møder", "meetings", "citizen_id = :c"),
    ("rykkere", "document_chases",
     "document_id IN (SELECT id FROM document_requests WHERE citizen_id = :c)"),
    ("dokumenter", "document_requests", "citizen_id = :c"),
    ("indsatskoblinger", "effort_goals",
     "effort_id IN (SELECT id FROM efforts WHERE citizen_id = :c)"),
    ("indsatser", "efforts", "citizen_id = :c"),
    ("handlinger", "actions", f"goal_id IN ({_GOALS})"),
    ("vurderinger", "ratings", f"goal_id IN ({_GOALS})"),
    ("mål", "goals", "citizen_id = :c"),
    ("aftaler", "appointments", "citizen_id = :c"),
    ("samtykker", "consents", "citizen_id = :c"),  # a reviewed one names a network contact
    ("netværk", "network_contacts", "citizen_id = :c"),
)
_SHARED = ("citizens", "notes", "goals", "actions", "ratings", "appointments", "status_descriptions",
           "network_contacts", "consents", "efforts", "effort_goals", "document_requests",
           "document_chases", "meetings", "meeting_participants", "meeting_items", "meeting_decisions")


def counts(db: sqlite_utils.Database, citizen_id: int) -> dict[str, int]:
    """What a purge of the citizen would remove, by kind (for --dry-run)."""
    out = {}
    for kind, table, where in _STEPS:
        out[kind] = int(db.execute(f"SELECT count(*) FROM {table} WHERE {where}", {"c": citizen_id}).fetchone()[0])
    out["adgangslog"] = int(db.execute("SELECT count(*) FROM access_log WHERE citizen_id = ?",
                                       [citizen_id]).fetchone()[0])
    return out


def uuids_of(db: sqlite_utils.Database, citizen_id: int) -> list[str]:
    """The uuids the citizen's rows travel under, if any were ever given (sync's local tables)."""
    found: list[str] = []
    for table in _SHARED:
        citizen_of = "r.id" if table == "citizens" else closed_lock.CITIZEN_OF[table].format(r="r")
        rows = db.execute(f"SELECT uuid FROM {table} AS r WHERE {citizen_of} = ? AND uuid IS NOT NULL",
                          [citizen_id])
        found += [r[0] for r in rows]
    return found


def _forget_sync_traces(db: sqlite_utils.Database, uuids: list[str]) -> None:
    """Field clocks, queued entries and kept conflict values (which hold text) of those rows."""
    for start in range(0, len(uuids), 500):
        chunk = uuids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for table in ("sync_clock", "sync_outbox", "sync_conflicts"):
            db.execute(f"DELETE FROM {table} WHERE uuid IN ({marks})", chunk)


def purge(db: sqlite_utils.Database, citizen_id: int, case_ref: str, closed_on: dt.date | None,
          user: str, device: str, now: dt.datetime) -> PurgeReceipt:
    """Remove every row about the citizen and write the receipt, in one transaction; then
    checkpoint and truncate the WAL. The caller has checked that the purge is allowed."""
    receipt = remove(db, citizen_id, case_ref, closed_on, user, device, now)
    checkpoint(db)
    return receipt


def checkpoint(db: sqlite_utils.Database) -> None:
    """After the purge's commit: no older copy of a page stays in the WAL."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def remove(db: sqlite_utils.Database, citizen_id: int, case_ref: str, closed_on: dt.date | None,
           user: str, device: str, now: dt.datetime) -> PurgeReceipt:
    """The rows and the receipt, in one transaction (the caller's, when it has one: a team's
    purge arriving in a pulled batch); the caller checkpoints after its commit."""
    with db.atomic():
        removed: dict[str, int] = {}
        uuids = uuids_of(db, citizen_id)
        saved = set_aside_triggers(db, _PROTECTIONS)
        for kind, table, where in _STEPS:
            removed[kind] = int(db.execute(f"DELETE FROM {table} WHERE {where}", {"c": citizen_id}).rowcount)
        _forget_sync_traces(db, uuids)
        db.execute("DELETE FROM sync_shared WHERE citizen_id = ?", [citizen_id])
        removed["adgangslog"] = access_log.remove_citizen(db, citizen_id, user, device, now)
        db.execute("DELETE FROM citizens WHERE id = ?", [citizen_id])
        for sql in saved.values():
            db.execute(sql)
        db.execute(
            "INSERT INTO deletion_register (purged_at, case_ref, closed_on, counts, user, device) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [now.isoformat(timespec="seconds"), case_ref, closed_on.isoformat() if closed_on else None,
             json.dumps(removed, ensure_ascii=False), user, device],
        )
    return PurgeReceipt(case_ref, closed_on, removed, user, now)


def register(db: sqlite_utils.Database) -> list[PurgeReceipt]:
    """Every receipt, newest first."""
    rows = db.execute(
        "SELECT case_ref, closed_on, counts, user, purged_at FROM deletion_register ORDER BY id DESC"
    )
    return [PurgeReceipt(r[0], dt.date.fromisoformat(r[1]) if r[1] else None, json.loads(r[2]), r[3],
                         dt.datetime.fromisoformat(r[4])) for r in rows]
