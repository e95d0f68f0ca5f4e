"""The team's retention period for closed cases: a shared citizen's deletion date is the same
on every laptop, not each laptop's own setting. The team's creator sets it (`caseapp settings
--retention-days N` on the creator's laptop, or Indstillinger there); it travels as a signed
team entry ('retention') like the team's name, and a laptop takes it only from a device of the
member it knows as the creator (the creator role as last handed on, else the team's first
device's member). A citizen closed with a period of its own (`close --retention-days`) keeps
it. Outside a team, or before the creator has set one, each laptop's own period applies.
"""

from __future__ import annotations

import json

import sqlite_utils

from caseapp.sync import ledger, local_store

KIND = "retention"


def team_days(db: sqlite_utils.Database) -> int | None:
    row = db.execute("SELECT team_retention_days FROM sync_state WHERE id = 1").fetchone()
    return int(row[0]) if row and row[0] is not None else None


def creator_role(db: sqlite_utils.Database) -> str:
    state = local_store.state(db)
    handed = db.execute("SELECT creator_role FROM sync_state WHERE id = 1").fetchone()[0]
    if handed:
        return str(handed)
    root = ledger.devices(db).get(state.root_device or "")
    return root.role if root else ""


def queue_if_creator(db: sqlite_utils.Database, days: int) -> bool:
    """On the creator's laptop in a team: the period becomes the team's, sent at the next sync.
    True when it did."""
    state = local_store.state(db)
    if not state.team_id or not state.is_creator:
        return False
    hlc = local_store.next_hlc(db)
    with db.atomic():
        db.execute("INSERT INTO sync_outbox (kind, uuid, op, fields, hlc) VALUES (?, ?, 'insert', ?, ?)",
                   [KIND, state.team_id, json.dumps({"retention_days": days}), hlc])
        db.execute("UPDATE sync_state SET hlc = max(hlc, ?) WHERE id = 1", [hlc])
        _set(db, days, hlc)
    return True


def take(db: sqlite_utils.Database, device: str, hlc: int, fields: dict) -> bool:
    """A colleague's entry: kept when it comes from the creator's device and is newer than the
    one known. True when the team's period changed."""
    days = fields.get("retention_days")
    if not isinstance(days, int) or isinstance(days, bool) or not 0 <= days <= 3650:
        return False
    known = ledger.devices(db).get(device)
    if known is None or not known.role or known.role != creator_role(db):
        return False  # any other member's word does not set the team's period
    return _set(db, days, hlc)


def _set(db: sqlite_utils.Database, days: int, hlc: int) -> bool:
    return db.execute("UPDATE sync_state SET team_retention_days = ?, team_retention_hlc = ? "
                      "WHERE id = 1 AND team_retention_hlc < ?", [days, hlc, hlc]).rowcount > 0
