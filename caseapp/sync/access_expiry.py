"""This device's access-log rows about shared citizens leave the team server when the log's
period is over, as they leave the laptop (storage/access_log.expire).

The server cannot tell an access-log entry from any other: it sees ciphertext only, and a kind
in the clear would tell it when someone looked at a citizen. So no one may delete another
device's entries as "expired" on the server's word. Instead the author's laptop, which knows
which of its own entries carried an access-log row (their numbers and the row's time, noted
when they were sealed: `sync_access_sent`), deletes them itself through the purge mechanism
(sync/team_purge.py): a signed purge entry of its own, marked `expired`, lists them, and the
members-only `caseapp.purge_entries` deletes them. The other laptops accept exactly those gaps
in its chain and nothing else. The period is the author's laptop's own (`caseapp settings
--log-months`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

import sqlite_utils

from caseapp.sync import ledger, local_store
from caseapp.sync.crypto import SealedEntry
from caseapp.sync.local_store import OutboxEntry

KIND = "access_log"
# A queued purge with this instead of a citizen's uuid expires access-log entries: no citizen
# goes, and the server is not searched for entries about one.
EXPIRED_MARK = "expired:" + KIND


def note_sealed(db: sqlite_utils.Database, batch: Sequence[OutboxEntry], sealed: Sequence[SealedEntry]) -> None:
    """In the sealing transaction: which of the new entries carry an access-log row, and its time."""
    rows = [(entry.device_seq, str(item.fields.get("at") or ""))
            for item, entry in zip(batch, sealed, strict=True) if item.kind == KIND]
    db.conn.executemany("INSERT OR REPLACE INTO sync_access_sent (device_seq, at) VALUES (?, ?)", rows)


def renumbered(db: sqlite_utils.Database, pairs: Sequence[tuple[int, int]]) -> None:
    """Own entries sealed again under new numbers (sync/send.py, routing around squatters)."""
    moved = [(new, at) for old, new in pairs
             for (at,) in db.execute("SELECT at FROM sync_access_sent WHERE device_seq = ?", [old])]
    db.conn.executemany("DELETE FROM sync_access_sent WHERE device_seq = ?", [(old,) for old, _ in pairs])
    db.conn.executemany("INSERT OR REPLACE INTO sync_access_sent (device_seq, at) VALUES (?, ?)", moved)


def queue_expired(db: sqlite_utils.Database, before: dt.datetime) -> int:
    """Queue a purge of this device's access-log entries written before `before` that the
    server has confirmed (sealed and sent at the next step of the sync, as a citizen's purge).
    Returns how many are queued."""
    confirmed = local_store.state(db).confirmed_seq
    numbers = [int(r[0]) for r in db.execute(
        "SELECT device_seq FROM sync_access_sent WHERE at < ? AND device_seq <= ? ORDER BY device_seq",
        [before.isoformat(timespec="seconds"), confirmed])]
    if not numbers:
        return 0
    with db.atomic():
        db.conn.executemany("DELETE FROM sync_access_sent WHERE device_seq = ?", [(n,) for n in numbers])
        ledger.drop_sent(db, numbers)  # never sent again to a server that lost them
        db.execute("INSERT INTO sync_purges (citizen_uuid, uuids, own_removed) VALUES (?, '[]', ?)",
                   [EXPIRED_MARK, json.dumps(numbers)])
    return len(numbers)
