"""The access log: who looked at or took out which citizen's data, and when. Never the data.

Append-only (triggers of m018 refuse UPDATE and DELETE), each row chained to the one before:
`hash = sha256(prev + the row's fields)`, `prev` the previous row's hash. `problems` walks the
chain and names a changed row, a removed one, or rows put in a different order. Rows only ever
go when they expire or their citizen is purged; each break that leaves in the chain is recorded
(access_log_cuts: the hash of the removed row the next one points to), with a checkpoint row in
the log itself saying what went, so those are the only breaks `problems` accepts.

What the chain proves: that rows were not changed or removed by someone without the key. Whoever
holds the database's key can rewrite the whole chain; rows removed from the very end leave no
trace here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from caseapp.domain.access import CHECKPOINT, bounded_detail
from caseapp.domain.enums import AccessAction
from caseapp.domain.models import AccessRow
from caseapp.storage import profile
from caseapp.storage.rows import in_transaction

if TYPE_CHECKING:
    import sqlite_utils

_COLUMNS = "id, at, user, device, action, citizen_id, detail, prev, hash"


def _digest(prev: str, at: str, user: str, device: str, action: str, citizen_id: int | None,
            detail: str) -> str:
    fields = json.dumps([at, user, device, action, citizen_id, detail], ensure_ascii=False)
    return hashlib.sha256((prev + fields).encode()).hexdigest()


def _last_hash(db: sqlite_utils.Database) -> str:
    row = db.execute("SELECT hash FROM access_log ORDER BY id DESC LIMIT 1").fetchone()
    return str(row[0]) if row else ""


def _insert(db: sqlite_utils.Database, at: str, user: str, device: str, action: str,
            citizen_id: int | None, detail: str) -> None:
    prev = _last_hash(db)
    db.execute(
        "INSERT INTO access_log (at, user, device, action, citizen_id, detail, prev, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [at, user, device, action, citizen_id, detail, prev,
         _digest(prev, at, user, device, action, citizen_id, detail)],
    )


@contextlib.contextmanager
def _write_locked(db: sqlite_utils.Database) -> Iterator[None]:
    """BEGIN IMMEDIATE: the write lock before the last hash is read, so two connections
    writing at once cannot both chain to the same row. Inside a caller's transaction, that one."""
    if in_transaction(db):
        yield
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def append(db: sqlite_utils.Database, at: dt.datetime, user: str, device: str, action: str,
           citizen_id: int | None, detail: str = "") -> None:
    with _write_locked(db):
        _insert(db, at.isoformat(timespec="seconds"), user, device, action, citizen_id,
                bounded_detail(detail))


def append_received(db: sqlite_utils.Database, row_uuid: str, at: dt.datetime, user: str, device: str,
                    action: str, citizen_id: int, detail: str) -> bool:
    """A colleague's row about a shared citizen, received through the team (signed by their
    device): chained into this log like any other row, so `problems` covers it from now on;
    one received twice is kept once. False when it was already here."""
    if db.execute("SELECT 1 FROM access_log WHERE uuid = ?", [row_uuid]).fetchone():
        return False
    with _write_locked(db):
        stamp, detail = at.isoformat(timespec="seconds"), bounded_detail(detail)
        prev = _last_hash(db)
        db.execute(
            "INSERT INTO access_log (at, user, device, action, citizen_id, detail, prev, hash, uuid) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [stamp, user, device, action, citizen_id, detail, prev,
             _digest(prev, stamp, user, device, action, citizen_id, detail), row_uuid],
        )
    return True


def who(db: sqlite_utils.Database) -> tuple[str, str]:
    """The user's name (as on their notes) and this database's device id."""
    name = profile.load(db).name or getpass.getuser()
    device = db.execute("SELECT device_id FROM sync_state WHERE id = 1").fetchone()
    return name, str(device[0]) if device else ""


def record(db: sqlite_utils.Database, action: AccessAction, citizen_ids: Iterable[int | None],
           detail: str = "", now: dt.datetime | None = None) -> int:
    """A row per citizen for this user and device, now; returns how many were written."""
    user, device = who(db)
    at = now or dt.datetime.now()
    written = 0
    with _write_locked(db):
        for citizen_id in citizen_ids:
            append(db, at, user, device, action.value, citizen_id, detail)
            written += 1
    return written


def _row(r: tuple) -> AccessRow:
    return AccessRow(r[0], dt.datetime.fromisoformat(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], r[8])


def rows(db: sqlite_utils.Database, citizen_id: int | None = None) -> list[AccessRow]:
    """Newest first; for one citizen, or all."""
    if citizen_id is None:
        found = db.execute(f"SELECT {_COLUMNS} FROM access_log ORDER BY id DESC")
    else:
        found = db.execute(
            f"SELECT {_COLUMNS} FROM access_log WHERE citizen_id = ? ORDER BY id DESC", [citizen_id]
        )
    return [_row(r) for r in found]


def problems(db: sqlite_utils.Database) -> list[str]:
    """Each break in the chain as one Danish sentence; empty when the chain holds."""
    found = [_row(r) for r in db.execute(f"SELECT {_COLUMNS} FROM access_log ORDER BY id")]
    cuts = {r[0] for r in db.execute("SELECT hash FROM access_log_cuts")}
    out: list[str] = []
    before = ""
    for r in found:
        stamp = r.at.isoformat(timespec="seconds")
        if r.hash != _digest(r.prev, stamp, r.user, r.device, r.action, r.citizen_id, r.detail):
            out.append(f"Adgangslogens række {r.id} er ændret.")
        if r.prev != before and r.prev not in cuts:
            out.append(f"Der mangler rækker i adgangsloggen før række {r.id}.")
        before = r.hash
    return out


def keep_months(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT keep_months FROM access_log_state WHERE id = 1").fetchone()[0])


def set_keep_months(db: sqlite_utils.Database, months: int) -> None:
    db.execute("UPDATE access_log_state SET keep_months = ? WHERE id = 1", [months])


def _remove(db: sqlite_utils.Database, where: str, params: list, reason: str, at: str) -> int:
    """Delete the rows `where` selects; record, for each run of them, the hash the row after
    it points to. Inside the caller's transaction."""
    doomed = {r[0]: r[1] for r in db.execute(f"SELECT id, hash FROM access_log WHERE {where}", params)}
    if not doomed:
        return 0
    ids = [r[0] for r in db.execute("SELECT id FROM access_log ORDER BY id")]
    for before, after in zip(ids, ids[1:], strict=False):
        if before in doomed and after not in doomed:
            db.execute("INSERT OR IGNORE INTO access_log_cuts (hash, at, reason) VALUES (?, ?, ?)",
                       [doomed[before], at, reason])
    db.execute("UPDATE access_log_state SET expiring = 1 WHERE id = 1")
    db.execute(f"DELETE FROM access_log WHERE {where}", params)
    db.execute("UPDATE access_log_state SET expiring = 0 WHERE id = 1")
    return len(doomed)


def expire(db: sqlite_utils.Database, before: dt.datetime, user: str, device: str,
           now: dt.datetime) -> int:
    """Remove the rows older than `before` (not the checkpoints), and say so in a checkpoint
    row. Returns how many went."""
    stamp = now.isoformat(timespec="seconds")
    with db.atomic():
        gone = _remove(db, "at < ? AND action <> ?", [before.isoformat(timespec="seconds"), CHECKPOINT],
                       "udløbet", stamp)
        if gone:
            _insert(db, stamp, user, device, CHECKPOINT, None,
                    f"{gone} rækker ældre end {before:%d.%m.%Y} slettet")
    return gone


def remove_citizen(db: sqlite_utils.Database, citizen_id: int, user: str, device: str,
                   now: dt.datetime) -> int:
    """A purged citizen's rows go with them; a checkpoint row says how many (not whose).
    Inside the caller's transaction."""
    stamp = now.isoformat(timespec="seconds")
    gone = _remove(db, "citizen_id = ?", [citizen_id], "borger slettet", stamp)
    if gone:
        _insert(db, stamp, user, device, CHECKPOINT, None, f"{gone} rækker om en slettet borger slettet")
    return gone
