"""A purge of a shared citizen, through the team.

On the purging laptop (`purge_shared`): the local purge (storage/purge.py) and, in the same
transaction, the uuids of the citizen's rows kept as tombstones, this device's own sealed
entries about them taken out of its log, and a purge waiting for the next sync. At that sync
(`seal_pending`, then `delete_on_server` once the server has it) the team's entries about the
citizen are found by reading them all (the server sees only ciphertext, so it cannot tell),
listed in a signed purge entry, the device's next number in its chain, and deleted on the
server by the members-only `caseapp.purge_entries`. The entry also names the rows the purging
laptop never held (`unseen`: found only on the server), whose notes its filing check did not see.

On every other laptop (`apply_purge`, from receive.py) the signed purge entry runs the same
local purge (with a receipt of its own), drops this laptop's unsent changes to the citizen
(counted, so the sync says so; a signed note written here that the purger never saw and that
is not filed is kept in "Ikke ført – borger slettet" first), and records the entries it lists: those, and only those, are
gaps in a device's chain that are not reported (ledger.gaps). An entry about a purged citizen
that arrives later (an edit made offline) is dropped and counted, never applied (`is_about`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import psycopg
import sqlite_utils
from cryptography.exceptions import InvalidTag

from caseapp.domain.models import PurgeReceipt
from caseapp.storage import access_log, audit, closing, purge, purged_notes, schema
from caseapp.sync import access_expiry, crypto, ledger, local_store, server_sql
from caseapp.sync.capture import TABLES
from caseapp.sync.errors import SyncError
from caseapp.sync.server_link import server_call

KIND = "purge"
ACCESS_KIND = "access_log"  # a colleague's access-log row (storage/access_log.py)
_UUID_HEX = re.compile(r"^[0-9a-f]{32}$")
_NOBODY = uuid.UUID(int=0)  # pull leaves out no device: the purge reads every entry
_SCAN_BATCH = 10_000


def _refs(kind: str) -> tuple[str, ...]:
    if kind == ACCESS_KIND:
        return ("citizen_id",)
    spec = TABLES.get(kind)
    return tuple(spec.refs) if spec else ()


def is_about(kind: str, op: str, row_uuid: str, fields: dict, purged: set[str]) -> bool:
    """Whether an entry is about a row in `purged` (its own uuid, or a parent it points to).
    A new row found so is added to `purged`, so its later changes are about it too."""
    if kind in (KIND, "team", "creator", "retention") or not purged:
        return False
    about = row_uuid in purged or any(
        isinstance(fields.get(c), str) and fields[c] in purged for c in _refs(kind)
    )
    if about and op == "insert":
        purged.add(row_uuid)
    return about


def purged_uuids(db: sqlite_utils.Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT uuid FROM sync_purged")}


def tombstone(db: sqlite_utils.Database, uuids: Iterable[str]) -> None:
    db.conn.executemany("INSERT OR IGNORE INTO sync_purged (uuid) VALUES (?)", [(u,) for u in uuids])


def _read(plain: bytes) -> tuple[str, str, str, dict] | None:
    try:
        data = json.loads(plain)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("fields"), dict):
        return None
    return str(data.get("kind")), str(data.get("op")), str(data.get("uuid")), data["fields"]


def _opened(team: uuid.UUID, entry: crypto.SealedEntry, keys: dict[int, bytes]) -> tuple | None:
    key = keys.get(entry.key_epoch)
    if key is None:
        return None
    try:
        return _read(crypto.open_entry(team, entry, key))
    except (crypto.TamperedEntry, InvalidTag):
        return None


def own_entries_about(db: sqlite_utils.Database, uuids: set[str]) -> list[int]:
    """The numbers of this device's kept entries about those rows (read from its own log)."""
    state = local_store.state(db)
    if not state.team_id or not state.device_seq:
        return []
    team, me, keys = uuid.UUID(state.team_id), uuid.UUID(state.device_id), local_store.keys(db)
    found = []
    for entry in ledger.sent_after(db, me, 0, 10_000_000):
        opened = _opened(team, entry, keys)
        if opened and is_about(*opened, uuids):
            found.append(entry.device_seq)
    return found


# -- on the purging laptop ---------------------------------------------------------------------


def purge_shared(db: sqlite_utils.Database, citizen_id: int, case_ref: str, closed_on: dt.date | None,
                 user: str, device: str, now: dt.datetime) -> PurgeReceipt:
    """The local purge of a shared citizen, and its way to the team queued, in one transaction;
    then the WAL is truncated. The caller has checked that the purge is allowed."""
    with db.atomic():
        row = db.execute("SELECT uuid FROM citizens WHERE id = ?", [citizen_id]).fetchone()
        uuids = set(purge.uuids_of(db, citizen_id))
        own = own_entries_about(db, set(uuids))
        receipt = purge.remove(db, citizen_id, case_ref, closed_on, user, device, now)
        ledger.drop_sent(db, own)
        tombstone(db, uuids)
        if row and row[0]:
            db.execute("INSERT INTO sync_purges (citizen_uuid, uuids, own_removed) VALUES (?, ?, ?)",
                       [row[0], json.dumps(sorted(uuids)), json.dumps(own)])
    purge.checkpoint(db)
    return receipt


@dataclass(frozen=True)
class _Pending:
    id: int
    citizen_uuid: str
    uuids: set[str]
    own_removed: list[int]


def _pending(db: sqlite_utils.Database) -> list[_Pending]:
    rows = db.execute("SELECT id, citizen_uuid, uuids, own_removed FROM sync_purges "
                      "WHERE device_seq IS NULL ORDER BY id")
    return [_Pending(r[0], r[1], set(json.loads(r[2])), json.loads(r[3])) for r in rows]


def _explained(conn: psycopg.Connection, team: uuid.UUID, keys: dict[int, bytes],
               uuids: set[str]) -> set[tuple[str, int]]:
    """Every entry on the server about those rows (and rows made under them), in team order."""
    found: set[tuple[str, int]] = set()
    after = 0
    while batch := server_sql.pull(conn, team, after, _SCAN_BATCH, _NOBODY):
        for item in batch:
            opened = _opened(team, item.entry, keys)
            if opened and is_about(*opened, uuids):
                found.add((item.entry.device_hex, item.entry.device_seq))
        after = batch[-1].seq
    return found


def seal_pending(db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID, author: str) -> int:
    """Each waiting purge becomes a signed entry in this device's log, listing the entries it
    explains (sent with the rest of the log). Returns how many were sealed."""
    pending = _pending(db)
    if not pending:
        return 0
    keys = local_store.keys(db)
    state = local_store.state(db)
    assert state.device_keys is not None
    epoch = max(keys)
    sealer = crypto.EntrySealer(team, uuid.UUID(state.device_id), state.device_keys, epoch, keys[epoch])
    for item in pending:
        uuids = set(item.uuids)
        expiry = item.citizen_uuid == access_expiry.EXPIRED_MARK  # own entries only: no search
        explained = set() if expiry else _explained(conn, team, keys, uuids)
        explained |= {(state.device_id, n) for n in item.own_removed}
        listed = sorted([d, n] for d, n in explained)
        state = local_store.state(db)
        hlc = max(state.hlc + 1, int(dt.datetime.now(dt.UTC).timestamp() * 1000))
        fields: dict = {"uuids": sorted(uuids), "entries": listed, "unseen": sorted(uuids - item.uuids)}
        if expiry:
            fields = {"uuids": [], "entries": listed, "expired": access_expiry.KIND}
        plain = json.dumps({"kind": KIND, "op": "delete", "hlc": hlc, "by": author, "fields": fields,
                            "uuid": uuid.uuid4().hex if expiry else item.citizen_uuid},
                           ensure_ascii=False).encode()
        entry = sealer.seal(state.device_seq + 1, state.chain_head, plain)
        with db.atomic():
            ledger.record_sent(db, [entry])
            ledger.explain(db, [(d, n) for d, n in listed])
            tombstone(db, uuids)
            db.execute("UPDATE sync_state SET hlc = max(hlc, ?) WHERE id = 1", [hlc])
            db.execute("UPDATE sync_purges SET device_seq = ?, explained = ?, uuids = '[]' WHERE id = ?",
                       [entry.device_seq, json.dumps(listed), item.id])
    return len(pending)


def delete_on_server(db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID) -> int:
    """Once the server holds a purge entry of this device, the entries it lists go from the
    server. Returns how many purges were completed. The list (numbers only) is kept, to delete
    again on a server put back from a copy taken before the purge (`again_after_loss`)."""
    state = local_store.state(db)
    rows = db.execute("SELECT id, device_seq, explained, done FROM sync_purges WHERE done < 1 "
                      "AND device_seq IS NOT NULL AND device_seq <= ? ORDER BY id",
                      [state.confirmed_seq]).fetchall()
    me = uuid.UUID(state.device_id)
    for purge_id, device_seq, explained, done in rows:
        listed = [(uuid.UUID(hex=d), int(n)) for d, n in json.loads(explained)]
        try:
            server_call(conn, lambda s=device_seq, e=listed: server_sql.purge_entries(conn, team, me, s, e))
        except SyncError:
            if done == 0:
                raise
            # Asked again after a restore, but the purge entry is past this device's kept period
            # and the restored server does not have it: nothing more can be done from here.
        db.execute("UPDATE sync_purges SET done = 1 WHERE id = ?", [purge_id])
    return len(rows)


def unfinished(db: sqlite_utils.Database) -> int:
    """Purges of this device the server has not carried out yet (not sealed, not deleted
    there, or to delete again after a loss): leaving the team now would leave them undone."""
    return int(db.execute("SELECT count(*) FROM sync_purges WHERE done < 1").fetchone()[0])


def again_after_loss(db: sqlite_utils.Database) -> None:
    """The server lost entries (put back from an older copy, a standby promoted while behind):
    it may hold a purged citizen's entries again. Every purge of this device is deleted again
    once its entry is back on the server (the log sends it again)."""
    db.execute("UPDATE sync_purges SET done = -1 WHERE done = 1")


# -- on the other laptops ----------------------------------------------------------------------


@dataclass(frozen=True)
class Applied:
    purged: bool  # the citizen was here and is gone now
    dropped: int  # this laptop's changes to the citizen that will never be sent
    kept: int = 0  # signed notes written here and not filed, kept in "Ikke ført – borger slettet"


def _listed(fields: dict) -> tuple[set[str], list[tuple[str, int]]]:
    uuids = {u for u in fields.get("uuids") or [] if isinstance(u, str) and _UUID_HEX.match(u)}
    entries = [
        (p[0], p[1]) for p in fields.get("entries") or []
        if isinstance(p, list) and len(p) == 2 and isinstance(p[0], str) and _UUID_HEX.match(p[0])
        and isinstance(p[1], int) and not isinstance(p[1], bool) and p[1] > 0
    ]
    return uuids, entries


def _unseen(fields: dict) -> set[str]:
    return {u for u in fields.get("unseen") or [] if isinstance(u, str) and _UUID_HEX.match(u)}


def apply_purge(db: sqlite_utils.Database, citizen_uuid: str, fields: dict, now: dt.datetime,
                author_device: str = "") -> Applied:
    """A colleague's signed purge entry, inside the pulled batch's transaction. A signed note
    written here that the purger never saw (it arrived after the purge) and that is not filed
    is kept in "Ikke ført – borger slettet" (storage/purged_notes.py) before the purge."""
    uuids, entries = _listed(fields)
    if fields.get("expired") == access_expiry.KIND:
        # A colleague's own access-log entries, past the log's period (access_expiry.py): gaps
        # in that device's chain only, and no citizen goes.
        ledger.explain(db, [(d, n) for d, n in entries if d == author_device])
        return Applied(False, 0)
    # The purger's filing check covered the rows it held; those it only found on the server
    # (`unseen`) and those never sent before the purge, it did not.
    known_to_purger = uuids - _unseen(fields)
    uuids.add(citizen_uuid)
    me = local_store.state(db).device_id
    row = db.execute("SELECT id FROM citizens WHERE uuid = ?", [citizen_uuid]).fetchone()
    dropped = kept = 0
    if row is not None:
        citizen_id = int(row[0])
        local = set(purge.uuids_of(db, citizen_id))
        uuids |= local
        dropped = _unsent_changes(db, local)
        case = closing.closing(db, citizen_id)
        user, device = access_log.who(db)
        case_ref = closing.case_ref(db, citizen_id)
        kept = purged_notes.keep(db, citizen_id, case_ref, written_here(db, local - known_to_purger, me), now)
        purge.remove(db, citizen_id, case_ref, case.closed_on if case else None, user, device, now)
        audit.record(db, "purged", "citizen", citizen_id)  # the open views let the citizen go
    tombstone(db, uuids)
    ledger.explain(db, entries)
    # This laptop's own entries about the citizen leave its log; those the purge does not list
    # (sealed here before it arrived, sent or not) are deleted by a purge entry of its own.
    listed_own = {n for d, n in entries if d == me}
    own = set(own_entries_about(db, set(uuids)))
    ledger.drop_sent(db, sorted(own | listed_own))
    late = sorted(own - listed_own)
    if late:
        db.execute("INSERT INTO sync_purges (citizen_uuid, uuids, own_removed) VALUES (?, ?, ?)",
                   [citizen_uuid, json.dumps(sorted(uuids)), json.dumps(late)])
    return Applied(row is not None, dropped + len(late), kept)


def written_here(db: sqlite_utils.Database, uuids: Iterable[str], me: str) -> set[str]:
    """Which of these rows were made on this laptop: their insert was sealed here (its clock,
    set when an entry leaves the outbox, names this device) or waits in the outbox still."""
    listed = json.dumps(sorted(uuids))
    return {r[0] for r in db.execute(
        "SELECT uuid FROM sync_clock WHERE field = '*' AND device = ? "
        "AND uuid IN (SELECT value FROM json_each(?)) "
        "UNION SELECT uuid FROM sync_outbox WHERE op = 'insert' AND uuid IN (SELECT value FROM json_each(?))",
        [me, listed, listed])}


def after_applied(db: sqlite_utils.Database) -> None:
    """After the sync that applied a colleague's purge has committed: no older copy of a page
    stays in the WAL, and the copies made before a schema migration (they hold the citizen
    too) go, as after a purge made here."""
    purge.checkpoint(db)
    row = db.execute("PRAGMA database_list").fetchone()
    if row and row[2]:
        for copy in schema.migration_copies(Path(row[2])):
            copy.unlink(missing_ok=True)


def _unsent_changes(db: sqlite_utils.Database, uuids: set[str]) -> int:
    return int(db.execute("SELECT count(*) FROM sync_outbox WHERE uuid IN (SELECT value FROM json_each(?))",
                          [json.dumps(sorted(uuids))]).fetchone()[0])
