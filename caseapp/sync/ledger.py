"""What this database knows of every device's chain of entries: the devices it trusts and how far
it has read each one (with the gaps it saw), its own sealed entries (kept, so anything the server
loses can be sent again, until the server has held them for the kept period), the entries it
holds back, and the invites it made. All SQL for them.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

import sqlite_utils

from caseapp.sync.crypto import NO_PREVIOUS, SealedEntry


@dataclass(frozen=True)
class KnownDevice:
    device: str
    role: str
    sign_pub: bytes
    box_pub: bytes
    trusted: bool
    revoked_last: int | None
    max_seq: int
    last_hash: bytes | None
    expect_again: int  # entries up to this number may come again (the server lost them)


@dataclass(frozen=True)
class HeldEntry:
    seq: int
    entry: SealedEntry
    reason: str
    at: str


_DEVICE_COLUMNS = (
    "device, role, sign_pub, box_pub, trusted, revoked_last, max_seq, last_hash, expect_again"
)


def _device(row: tuple) -> KnownDevice:
    return KnownDevice(
        row[0], row[1], bytes(row[2]), bytes(row[3]), bool(row[4]), row[5], row[6],
        bytes(row[7]) if row[7] is not None else None, row[8],
    )


def devices(db: sqlite_utils.Database) -> dict[str, KnownDevice]:
    rows = db.execute(f"SELECT {_DEVICE_COLUMNS} FROM sync_devices").fetchall()
    return {r[0]: _device(r) for r in rows}


def trust_device(
    db: sqlite_utils.Database, device: str, role: str, sign_pub: bytes, box_pub: bytes
) -> None:
    """Pin a device's keys once it is vouched for; a pinned key never changes afterwards."""
    db.execute(
        "INSERT INTO sync_devices (device, role, sign_pub, box_pub, trusted) VALUES (?, ?, ?, ?, 1) "
        "ON CONFLICT (device) DO NOTHING",
        [device, role, sign_pub, box_pub],
    )


def revoke_device(db: sqlite_utils.Database, device: str, last_seq: int) -> None:
    db.execute(
        "UPDATE sync_devices SET revoked_last = ? WHERE device = ? AND revoked_last IS NULL",
        [last_seq, device],
    )


def expect_again(db: sqlite_utils.Database, device: str) -> None:
    """The server lost entries of this device that were seen here: when its author sends them
    again they are the same entries, not the server repeating itself."""
    db.execute("UPDATE sync_devices SET expect_again = max_seq WHERE device = ?", [device])


def note_gap(db: sqlite_utils.Database, device: str, first: int, last: int) -> None:
    """Entries first..last of the device were skipped over: the server has not delivered them."""
    db.execute(
        "INSERT OR REPLACE INTO sync_gaps (device, first, last) VALUES (?, ?, ?)", [device, first, last]
    )


def set_heads(db: sqlite_utils.Database, heads: dict[str, tuple[int, bytes]]) -> None:
    """How far each device's chain has been read: its newest number and that entry's hash."""
    db.conn.executemany(
        "UPDATE sync_devices SET max_seq = ?, last_hash = ? WHERE device = ?",
        [(number, digest, device) for device, (number, digest) in heads.items()],
    )


def fill_gap(db: sqlite_utils.Database, device: str, device_seq: int) -> None:
    """An entry that was missing has come: its gap closes (or splits around it)."""
    row = db.execute(
        "SELECT first, last FROM sync_gaps WHERE device = ? AND first <= ? AND last >= ?",
        [device, device_seq, device_seq],
    ).fetchone()
    if row is None:
        return
    first, last = row
    db.execute("DELETE FROM sync_gaps WHERE device = ? AND first = ?", [device, first])
    if first < device_seq:
        db.execute("INSERT INTO sync_gaps VALUES (?, ?, ?)", [device, first, device_seq - 1])
    if device_seq < last:
        db.execute("INSERT INTO sync_gaps VALUES (?, ?, ?)", [device, device_seq + 1, last])


def in_gap(db: sqlite_utils.Database, device: str, device_seq: int) -> bool:
    return db.execute(
        "SELECT 1 FROM sync_gaps WHERE device = ? AND first <= ? AND last >= ?",
        [device, device_seq, device_seq],
    ).fetchone() is not None


def gaps(db: sqlite_utils.Database) -> dict[str, int]:
    """Per device, how many of its entries the server has not delivered (an entry held here
    was delivered: it is told as held, not as missing; one a signed purge lists was deleted
    with its citizen: it is not missing either)."""
    rows = db.execute(
        "SELECT g.device, sum(g.last - g.first + 1 - (SELECT count(*) FROM sync_held h "
        "WHERE h.device = g.device AND h.device_seq BETWEEN g.first AND g.last) "
        "- (SELECT count(*) FROM sync_purged_entries p "
        "WHERE p.device = g.device AND p.device_seq BETWEEN g.first AND g.last)) "
        "FROM sync_gaps g GROUP BY g.device"
    )
    return {r[0]: int(r[1]) for r in rows if r[1]}


def explain(db: sqlite_utils.Database, entries: list[tuple[str, int]]) -> None:
    """Entries a signed purge lists: deleted with their citizen, so the gaps they leave in
    their devices' chains are not reported; one held here will never be needed."""
    db.conn.executemany(
        "INSERT OR IGNORE INTO sync_purged_entries (device, device_seq) VALUES (?, ?)", entries
    )
    db.conn.executemany("DELETE FROM sync_held WHERE device = ? AND device_seq = ?", entries)


def drop_sent(db: sqlite_utils.Database, numbers: list[int]) -> None:
    """This device's own entries about a purged citizen leave its log (they would otherwise be
    sent again to a server that lost them); the chain's head stays as it is."""
    db.conn.executemany("DELETE FROM sync_sent WHERE device_seq = ?", [(n,) for n in numbers])


# -- own entries -----------------------------------------------------------------------------


def record_sent(db: sqlite_utils.Database, entries: list[SealedEntry]) -> None:
    db.conn.executemany(
        "INSERT OR REPLACE INTO sync_sent (device_seq, proto, key_epoch, prev, nonce, payload, "
        "signature) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(e.device_seq, e.proto, e.key_epoch, e.prev, e.nonce, e.payload, e.signature) for e in entries],
    )
    last = entries[-1]
    db.execute(
        "UPDATE sync_state SET device_seq = max(device_seq, ?), chain_head = ? WHERE id = 1",
        [last.device_seq, last.digest(_team(db))],
    )


def _team(db: sqlite_utils.Database) -> uuid.UUID:
    return uuid.UUID(db.execute("SELECT team_id FROM sync_state WHERE id = 1").fetchone()[0])


def sent_after(
    db: sqlite_utils.Database, device: uuid.UUID, after: int, limit: int
) -> list[SealedEntry]:
    rows = db.execute(
        "SELECT device_seq, proto, key_epoch, prev, nonce, payload, signature FROM sync_sent "
        "WHERE device_seq > ? ORDER BY device_seq LIMIT ?",
        [after, limit],
    ).fetchall()
    return [_own(device, r) for r in rows]


def sent_digest(db: sqlite_utils.Database, device: uuid.UUID, device_seq: int, team: uuid.UUID) -> bytes:
    """The chain hash of this device's own entry with that number (none before the first)."""
    found = sent_numbered(db, device, [device_seq]) if device_seq else []
    return found[0].digest(team) if found else NO_PREVIOUS


def drop_sent_after(db: sqlite_utils.Database, device_seq: int) -> None:
    db.execute("DELETE FROM sync_sent WHERE device_seq > ?", [device_seq])
    unconfirm_after(db, device_seq)  # entries numbered there later are not confirmed
    db.execute("UPDATE sync_state SET device_seq = ? WHERE id = 1", [device_seq])


def own_log_days(db: sqlite_utils.Database) -> int:
    """How many days this device keeps its own entries after the server confirmed them."""
    return int(db.execute("SELECT own_log_days FROM sync_state WHERE id = 1").fetchone()[0])


def set_own_log_days(db: sqlite_utils.Database, days: int) -> None:
    db.execute("UPDATE sync_state SET own_log_days = ? WHERE id = 1", [days])


def kept_after(db: sqlite_utils.Database, device_seq: int) -> int:
    """How many of this device's own entries after that number the log still holds."""
    return int(db.execute("SELECT count(*) FROM sync_sent WHERE device_seq > ?", [device_seq]).fetchone()[0])


def mark_confirmed(db: sqlite_utils.Database, upto: int, at: str) -> None:
    """The server holds the own entries up to this number: their kept period starts `at` (for
    those whose period had not started). One row for the span after the highest number
    confirmed before, not a write to each entry: a first push would otherwise write every
    entry of its log, ciphertext and all, a second time."""
    db.execute(
        "INSERT INTO sync_confirmed (upto, at) SELECT ?, ? "
        "WHERE ? > (SELECT coalesce(max(upto), 0) FROM sync_confirmed)",
        [upto, at, upto],
    )


def reconfirm(db: sqlite_utils.Database, numbers: list[int], at: str) -> None:
    """Entries the server had lost and has again: their kept period starts over (kept on the
    entry itself, where it wins over its span's)."""
    db.execute(
        "UPDATE sync_sent SET confirmed_at = ? WHERE device_seq IN (SELECT value FROM json_each(?))",
        [at, json.dumps(numbers)],
    )


def unconfirm_after(db: sqlite_utils.Database, device_seq: int) -> None:
    """The server no longer holds the own entries after this number: none of them may go
    until it confirms them again."""
    db.execute(
        "UPDATE sync_sent SET confirmed_at = NULL WHERE device_seq > ? AND confirmed_at IS NOT NULL",
        [device_seq],
    )
    cut = db.execute(
        "SELECT at FROM sync_confirmed WHERE upto > ? ORDER BY upto LIMIT 1", [device_seq]
    ).fetchone()
    db.execute("DELETE FROM sync_confirmed WHERE upto > ?", [device_seq])
    if cut is not None:  # the span it cut keeps its start for the entries up to the number
        mark_confirmed(db, device_seq, cut[0])


def confirmed_since(db: sqlite_utils.Database, device_seq: int) -> str | None:
    """When the kept period of this own entry started (None: the server has not confirmed it)."""
    row = db.execute(
        "SELECT coalesce(s.confirmed_at, (SELECT c.at FROM sync_confirmed c "
        "WHERE c.upto >= s.device_seq ORDER BY c.upto LIMIT 1)) FROM sync_sent s WHERE device_seq = ?",
        [device_seq],
    ).fetchone()
    return row[0] if row else None


def _old_spans(db: sqlite_utils.Database, confirmed_before: str, below: int) -> list[tuple[int, int]]:
    """The numbers (after, up to) confirmed by spans before that time, below `below`,
    neighbours joined."""
    spans: list[tuple[int, int]] = []
    after = 0
    for upto, at in db.execute("SELECT upto, at FROM sync_confirmed ORDER BY upto").fetchall():
        high = min(upto, below - 1)
        if at < confirmed_before and high > after:
            if spans and spans[-1][1] == after:
                spans[-1] = (spans[-1][0], high)
            else:
                spans.append((after, high))
        after = upto
    return spans


def prunable(db: sqlite_utils.Database, confirmed_before: str, below: int) -> bool:
    if db.execute(
        "SELECT 1 FROM sync_sent WHERE confirmed_at < ? AND device_seq < ? LIMIT 1",
        [confirmed_before, below],
    ).fetchone():
        return True
    return any(
        db.execute(
            "SELECT 1 FROM sync_sent WHERE device_seq > ? AND device_seq <= ? AND confirmed_at IS NULL "
            "LIMIT 1", [after, upto],
        ).fetchone()
        for after, upto in _old_spans(db, confirmed_before, below)
    )


def prune_sent(
    db: sqlite_utils.Database, confirmed_before: str, below: int, not_on_server: list[int]
) -> int:
    """Forget own entries the server confirmed before that time, numbered below `below` (the
    newest confirmed entry stays: the chain's anchor if entries must be sealed again), except
    those the server says it lacks. Returns how many went."""
    lacking = json.dumps(not_on_server)
    gone = 0
    for after, upto in _old_spans(db, confirmed_before, below):
        gone += max(db.execute(
            "DELETE FROM sync_sent WHERE device_seq > ? AND device_seq <= ? AND confirmed_at IS NULL "
            "AND device_seq NOT IN (SELECT value FROM json_each(?))", [after, upto, lacking],
        ).rowcount, 0)
    gone += max(db.execute(
        "DELETE FROM sync_sent WHERE confirmed_at < ? AND device_seq < ? "
        "AND device_seq NOT IN (SELECT value FROM json_each(?))",
        [confirmed_before, below, lacking],
    ).rowcount, 0)
    # Spans wholly below every entry the log still keeps date nothing any more; later entries
    # are numbered above every span.
    db.execute("DELETE FROM sync_confirmed WHERE upto < (SELECT min(device_seq) FROM sync_sent)")
    return gone


def sent_numbered(
    db: sqlite_utils.Database, device: uuid.UUID, numbers: list[int]
) -> list[SealedEntry]:
    out = []
    for number in numbers:
        row = db.execute(
            "SELECT device_seq, proto, key_epoch, prev, nonce, payload, signature FROM sync_sent "
            "WHERE device_seq = ?", [number],
        ).fetchone()
        if row:
            out.append(_own(device, row))
    return out


def _own(device: uuid.UUID, r: tuple) -> SealedEntry:
    return SealedEntry(device, r[0], r[1], r[2], bytes(r[3]), bytes(r[4]), bytes(r[5]), bytes(r[6]))


# -- held entries ----------------------------------------------------------------------------


def hold(db: sqlite_utils.Database, seq: int, entry: SealedEntry, reason: str) -> None:
    db.execute(
        "INSERT OR REPLACE INTO sync_held (seq, device, device_seq, proto, key_epoch, prev, nonce, "
        "payload, signature, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [seq, entry.device.hex, entry.device_seq, entry.proto, entry.key_epoch, entry.prev,
         entry.nonce, entry.payload, entry.signature, reason,
         dt.datetime.now().isoformat(timespec="seconds")],
    )


def held(db: sqlite_utils.Database) -> list[HeldEntry]:
    rows = db.execute(
        "SELECT seq, device, device_seq, proto, key_epoch, prev, nonce, payload, signature, "
        "reason, at FROM sync_held ORDER BY device, device_seq"
    ).fetchall()
    return [
        HeldEntry(r[0], SealedEntry(uuid.UUID(r[1]), r[2], r[3], r[4], bytes(r[5]), bytes(r[6]),
                                    bytes(r[7]), bytes(r[8])), r[9], r[10])
        for r in rows
    ]


def blocking_devices(db: sqlite_utils.Database, non_blocking: frozenset[str]) -> set[str]:
    """Devices with a held entry that later entries of theirs must wait behind."""
    marks = ", ".join("?" for _ in non_blocking) or "''"
    rows = db.execute(
        f"SELECT DISTINCT device FROM sync_held WHERE reason NOT IN ({marks})", list(non_blocking)
    )
    return {r[0] for r in rows}


def reason_of(db: sqlite_utils.Database, seq: int) -> str | None:
    row = db.execute("SELECT reason FROM sync_held WHERE seq = ?", [seq]).fetchone()
    return row[0] if row else None


def held_count(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count(*) FROM sync_held").fetchone()[0])


def release(db: sqlite_utils.Database, seq: int) -> None:
    db.execute("DELETE FROM sync_held WHERE seq = ?", [seq])


def discard_held(db: sqlite_utils.Database, seq: int | None) -> int:
    """The user gives up on a held entry (or on all that were refused; those only waiting behind
    them stay and go in next time): it is never applied. Later entries of that device stop
    waiting for it, and the link to it in the device's chain is not asked for."""
    where, params = ("WHERE reason <> 'waiting'", []) if seq is None else ("WHERE seq = ?", [seq])
    with db.atomic():
        rows = db.execute(f"SELECT device, device_seq FROM sync_held {where}", params).fetchall()
        for device, device_seq in rows:
            db.execute(
                "UPDATE sync_devices SET max_seq = max(max_seq, ?), last_hash = NULL WHERE device = ?",
                [device_seq, device],
            )
        db.execute(f"DELETE FROM sync_held {where}", params)
    return len(rows)


# -- members this device removed -------------------------------------------------------------


def remember_removed(db: sqlite_utils.Database, roles: list[str]) -> None:
    """This device removed these members (removal is for good), so it can say so again to a
    server that forgot it."""
    db.conn.executemany(
        "INSERT OR IGNORE INTO sync_removed_members (role) VALUES (?)", [(r,) for r in roles]
    )


def removed_members(db: sqlite_utils.Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT role FROM sync_removed_members")}


# -- invites this device made, and the one it joined with -----------------------------------


def remember_invite(db: sqlite_utils.Database, token_hash: bytes, secret: bytes, days: int,
                    for_role: str | None = None) -> None:
    """`written_after`: the number of this device's newest sealed entry when the invite was made."""
    expires = dt.datetime.now(dt.UTC) + dt.timedelta(days=days)
    db.execute(
        "INSERT INTO sync_invites (token_hash, secret, expires_at, for_role, written_after) "
        "VALUES (?, ?, ?, ?, (SELECT device_seq FROM sync_state WHERE id = 1))",
        [token_hash, secret, expires.isoformat(timespec="seconds"), for_role],
    )


@dataclass(frozen=True)
class OpenInvite:
    token_hash: bytes
    for_role: str | None
    expires_at: dt.datetime
    written_after: int | None  # None: made before this was recorded


def open_invites(db: sqlite_utils.Database, now: dt.datetime) -> list[OpenInvite]:
    """The invites this device made that no one has joined with yet and that have not expired
    (one is marked used when its joiner is vouched for)."""
    rows = db.execute("SELECT token_hash, for_role, expires_at, written_after FROM sync_invites "
                      "WHERE used_by IS NULL ORDER BY expires_at")
    found = [OpenInvite(bytes(r[0]), r[1], dt.datetime.fromisoformat(r[2]), r[3]) for r in rows]
    return [i for i in found if i.expires_at > now]


def renew_invite(db: sqlite_utils.Database, token_hash: bytes) -> None:
    """The invite was made again on the server: it waits for a later entry of this device anew."""
    db.execute("UPDATE sync_invites SET written_after = (SELECT device_seq FROM sync_state WHERE id = 1) "
               "WHERE token_hash = ?", [token_hash])


@dataclass(frozen=True)
class UsedInvite:
    token_hash: bytes
    for_role: str | None
    device: str  # the device that joined with it


def used_invites(db: sqlite_utils.Database) -> list[UsedInvite]:
    rows = db.execute("SELECT token_hash, for_role, used_by FROM sync_invites WHERE used_by IS NOT NULL")
    return [UsedInvite(bytes(r[0]), r[1], r[2]) for r in rows]


def invite_secrets(db: sqlite_utils.Database) -> dict[bytes, tuple[bytes, str | None]]:
    """Each invite's secret, and the device that used it (None while open)."""
    return {bytes(r[0]): (bytes(r[1]), r[2])
            for r in db.execute("SELECT token_hash, secret, used_by FROM sync_invites")}


def mark_invite_used(db: sqlite_utils.Database, token_hash: bytes, device: str) -> None:
    """Kept, not forgotten: a server restored from an older copy may lose the device's card,
    and the invite is then made again for that one device."""
    db.execute("UPDATE sync_invites SET used_by = ? WHERE token_hash = ?", [device, token_hash])


def forget_expired_invites(db: sqlite_utils.Database) -> None:
    """An open invite's secret is kept only as long as someone could still join with it."""
    db.execute(
        "DELETE FROM sync_invites WHERE used_by IS NULL AND expires_at < ?",
        [dt.datetime.now(dt.UTC).isoformat(timespec="seconds")],
    )


def remember_join_secret(db: sqlite_utils.Database, secret: bytes) -> None:
    db.execute("UPDATE sync_state SET join_secret = ? WHERE id = 1", [secret])


def join_secret(db: sqlite_utils.Database) -> bytes | None:
    """The secret of the invite this device joined with (None: it founded the team, or joined
    before it was kept)."""
    row = db.execute("SELECT join_secret FROM sync_state WHERE id = 1").fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


def forget_all(db: sqlite_utils.Database) -> None:
    for table in ("sync_devices", "sync_gaps", "sync_sent", "sync_held", "sync_invites",
                  "sync_removed_members", "sync_purges", "sync_purged", "sync_purged_entries",
                  "sync_access_sent"):
        db.execute(f"DELETE FROM {table}")
    db.execute("UPDATE sync_state SET join_secret = NULL WHERE id = 1")
