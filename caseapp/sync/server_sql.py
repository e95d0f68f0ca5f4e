"""Calls to the team server's functions (psycopg 3). The schema itself is in server_schema.py.

The server holds only ids, entry numbers, its own arrival time, public keys and ciphertext; a
member reaches it only through the `caseapp.*` functions, which check membership first.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg

from caseapp.sync.crypto import SealedEntry


@dataclass(frozen=True)
class ServerEntry:
    seq: int
    entry: SealedEntry


@dataclass(frozen=True)
class DeviceCard:
    device: uuid.UUID
    role: str
    sign_pub: bytes
    box_pub: bytes
    invite_hash: bytes | None
    card_mac: bytes | None
    endorsed_by: uuid.UUID | None
    endorsement: bytes | None
    revoked_last: int | None
    revoked_by: uuid.UUID | None
    revocation: bytes | None


@dataclass(frozen=True)
class SealedKey:
    epoch: int
    sealer: uuid.UUID
    sealed: bytes
    signature: bytes


@dataclass(frozen=True)
class Head:
    last_device_seq: int
    entries: int


@dataclass(frozen=True)
class MemberRow:
    role: str
    is_creator: bool
    removed: bool


def _bytes(value: object) -> bytes | None:
    return bytes(value) if value is not None else None  # type: ignore[arg-type]


def connect(conninfo: str, timeout: int = 5) -> psycopg.Connection:
    return psycopg.connect(conninfo, connect_timeout=timeout, application_name="caseapp")


def server_version(conn: psycopg.Connection) -> int:
    """0 when the server has no caseapp schema this role can use; 1 for the first release's."""
    row = conn.execute(
        "SELECT to_regprocedure('caseapp.server_version()') IS NOT NULL, "
        "to_regclass('public.caseapp_schema') IS NOT NULL"
    ).fetchone()
    assert row is not None
    if row[0]:
        found = conn.execute("SELECT caseapp.server_version()").fetchone()
        return int(found[0] or 0) if found else 0
    return 1 if row[1] else 0


def current_role(conn: psycopg.Connection) -> str:
    row = conn.execute("SELECT session_user").fetchone()
    conn.commit()
    return str(row[0]) if row else ""


# A commit that waits for a synchronous standby is not bounded by statement_timeout (the server
# turns it off for that wait), so a write is cancelled from here after this long; it then counts
# as not sent, and the next sync sends it again (a repeat is ignored by the server).
WRITE_DEADLINE_S = 60.0


class NotConfirmed(psycopg.OperationalError):
    """The server committed, but its synchronous standby never confirmed the write."""


@contextmanager
def _deadline(conn: psycopg.Connection) -> Iterator[None]:
    """Cancel the write after WRITE_DEADLINE_S. A cancelled wait for the standby still commits
    on the primary, with only a warning: a write that needed the cancel counts as not confirmed
    (it is sent again, and the server ignores the repeat)."""
    fired = threading.Event()

    def cancel() -> None:
        fired.set()
        conn.cancel()

    timer = threading.Timer(WRITE_DEADLINE_S, cancel)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
    if fired.is_set():
        raise NotConfirmed("the server did not confirm the write in time")


def _call(conn: psycopg.Connection, statement: str, params: list[object]) -> None:
    """One server function in a transaction of its own (committing any read before it)."""
    conn.commit()
    with _deadline(conn), conn.transaction():
        conn.execute(statement, params)  # type: ignore[arg-type]


def create_team(
    conn: psycopg.Connection, team: uuid.UUID, device: uuid.UUID, sign_pub: bytes, box_pub: bytes,
    self_endorsement: bytes,
) -> None:
    _call(conn, "SELECT caseapp.create_team(%s, %s, %s, %s, %s)",
          [team, device, sign_pub, box_pub, self_endorsement])


def create_invite(
    conn: psycopg.Connection, team: uuid.UUID, token_hash: bytes, for_role: str | None, days: int
) -> None:
    _call(conn, "SELECT caseapp.create_invite(%s, %s, %s, %s)", [team, token_hash, for_role, days])


def join_team(
    conn: psycopg.Connection, team: uuid.UUID, token: bytes, device: uuid.UUID, sign_pub: bytes,
    box_pub: bytes, card_mac: bytes,
) -> None:
    _call(conn, "SELECT caseapp.join_team(%s, %s, %s, %s, %s, %s)",
          [team, token, device, sign_pub, box_pub, card_mac])


def leave_team(conn: psycopg.Connection, team: uuid.UUID) -> None:
    _call(conn, "SELECT caseapp.leave_team(%s)", [team])


def set_creator(conn: psycopg.Connection, team: uuid.UUID, role: str) -> None:
    _call(conn, "SELECT caseapp.set_creator(%s, %s)", [team, role])


def member_state(conn: psycopg.Connection, team: uuid.UUID) -> str | None:
    row = conn.execute("SELECT caseapp.member_state(%s)", [team]).fetchone()
    conn.commit()
    return row[0] if row else None


def members(conn: psycopg.Connection, team: uuid.UUID) -> list[MemberRow]:
    rows = conn.execute(
        "SELECT role_name, is_creator, removed FROM caseapp.members(%s)", [team]
    ).fetchall()
    conn.commit()
    return [MemberRow(r[0], r[1], r[2]) for r in rows]


def devices(conn: psycopg.Connection, team: uuid.UUID) -> list[DeviceCard]:
    rows = conn.execute(
        "SELECT device_id, role_name, sign_pub, box_pub, invite_hash, card_mac, endorsed_by, "
        "endorsement, revoked_last, revoked_by, revocation FROM caseapp.devices(%s)", [team]
    ).fetchall()
    conn.commit()
    return [
        DeviceCard(r[0], r[1], bytes(r[2]), bytes(r[3]), _bytes(r[4]), _bytes(r[5]), r[6],
                   _bytes(r[7]), r[8], r[9], _bytes(r[10]))
        for r in rows
    ]


def endorse_device(
    conn: psycopg.Connection, team: uuid.UUID, device: uuid.UUID, by: uuid.UUID,
    endorsement: bytes, keys: list[tuple[int, bytes, bytes]],
) -> None:
    _call(conn, "SELECT caseapp.endorse_device(%s, %s, %s, %s, %s, %s, %s)",
          [team, device, by, endorsement, [k[0] for k in keys], [k[1] for k in keys],
           [k[2] for k in keys]])


def add_epoch(
    conn: psycopg.Connection, team: uuid.UUID, by: uuid.UUID, epoch: int,
    sealed: list[tuple[uuid.UUID, bytes, bytes]],
) -> None:
    _call(conn, "SELECT caseapp.add_epoch(%s, %s, %s, %s, %s, %s)",
          [team, by, epoch, [s[0] for s in sealed], [s[1] for s in sealed],
           [s[2] for s in sealed]])


def epoch_keys(conn: psycopg.Connection, team: uuid.UUID, device: uuid.UUID) -> list[SealedKey]:
    rows = conn.execute(
        "SELECT epoch, sealer, sealed, signature FROM caseapp.epoch_keys(%s, %s)", [team, device]
    ).fetchall()
    conn.commit()
    return [SealedKey(r[0], r[1], bytes(r[2]), bytes(r[3])) for r in rows]


def latest_epoch(conn: psycopg.Connection, team: uuid.UUID) -> int:
    row = conn.execute("SELECT caseapp.latest_epoch(%s)", [team]).fetchone()
    conn.commit()
    return int(row[0]) if row else 0


def keys_missing(conn: psycopg.Connection, team: uuid.UUID) -> list[tuple[uuid.UUID, int]]:
    rows = conn.execute("SELECT recipient, epoch FROM caseapp.keys_missing(%s)", [team]).fetchall()
    conn.commit()
    return [(r[0], int(r[1])) for r in rows]


def add_keys(
    conn: psycopg.Connection, team: uuid.UUID, by: uuid.UUID,
    sealed: list[tuple[int, uuid.UUID, bytes, bytes]],
) -> None:
    _call(conn, "SELECT caseapp.add_keys(%s, %s, %s, %s, %s, %s)",
          [team, by, [s[0] for s in sealed], [s[1] for s in sealed], [s[2] for s in sealed],
           [s[3] for s in sealed]])


def needs_rotation(conn: psycopg.Connection, team: uuid.UUID) -> bool:
    row = conn.execute("SELECT caseapp.needs_rotation(%s)", [team]).fetchone()
    conn.commit()
    return bool(row and row[0])


def revoke_devices(
    conn: psycopg.Connection, team: uuid.UUID, by: uuid.UUID,
    revocations: list[tuple[uuid.UUID, int, bytes]], remove_role: str | None,
) -> None:
    _call(conn, "SELECT caseapp.revoke_devices(%s, %s, %s, %s, %s, %s)",
          [team, by, [r[0] for r in revocations], [r[1] for r in revocations],
           [r[2] for r in revocations], remove_role])


def push(conn: psycopg.Connection, team: uuid.UUID, device: uuid.UUID, entries: list[SealedEntry]) -> int:
    """Store entries in one transaction; a number already there is left as it is (a re-push
    after a kill). Returns how many were new."""
    if not entries:
        return 0
    conn.commit()
    with _deadline(conn), conn.transaction():
        row = conn.execute(
            "SELECT caseapp.push(%s, %s, %b::bigint[], %b::smallint[], %b::integer[], %b::bytea[], "
            "%b::bytea[], %b::bytea[], %b::bytea[])",
            [team, device, [e.device_seq for e in entries], [e.proto for e in entries],
             [e.key_epoch for e in entries], [e.prev for e in entries],
             [e.nonce for e in entries], [e.payload for e in entries],
             [e.signature for e in entries]],
        ).fetchone()
    return int(row[0]) if row else 0


_ENTRY_COLUMNS = "seq, device_id, device_seq, proto, key_epoch, prev, nonce, payload, signature"


def _entries(rows: list[tuple]) -> list[ServerEntry]:
    return [
        ServerEntry(r[0], SealedEntry(r[1], r[2], r[3], r[4], bytes(r[5]), bytes(r[6]),
                                      bytes(r[7]), bytes(r[8])))
        for r in rows
    ]


def pull(
    conn: psycopg.Connection, team: uuid.UUID, after_seq: int, limit: int, except_device: uuid.UUID
) -> list[ServerEntry]:
    """Entries after the cursor, this device's own left out (it has them). In PostgreSQL's
    binary format: the ciphertexts then travel as they are, not as hexadecimal text that both
    ends must write and read (a sixth of reading a first pull)."""
    rows = conn.execute(
        f"SELECT {_ENTRY_COLUMNS} FROM caseapp.pull(%s, %s, %s, %s)",
        [team, after_seq, limit, except_device], binary=True,
    ).fetchall()
    conn.commit()
    return _entries(rows)


def device_entries(
    conn: psycopg.Connection, team: uuid.UUID, device: uuid.UUID, after: int, limit: int
) -> list[ServerEntry]:
    rows = conn.execute(
        f"SELECT {_ENTRY_COLUMNS} FROM caseapp.device_entries(%s, %s, %s, %s)",
        [team, device, after, limit], binary=True,  # as pull
    ).fetchall()
    conn.commit()
    return _entries(rows)


def heads(conn: psycopg.Connection, team: uuid.UUID) -> dict[uuid.UUID, Head]:
    rows = conn.execute(
        "SELECT device_id, last_device_seq, entries FROM caseapp.heads(%s)", [team]
    ).fetchall()
    conn.commit()
    return {r[0]: Head(int(r[1]), int(r[2])) for r in rows}


def missing(conn: psycopg.Connection, team: uuid.UUID, device: uuid.UUID, upto: int) -> list[int]:
    rows = conn.execute("SELECT * FROM caseapp.missing(%s, %s, %s)", [team, device, upto]).fetchall()
    conn.commit()
    return [int(r[0]) for r in rows]


def purge_entries(
    conn: psycopg.Connection, team: uuid.UUID, device: uuid.UUID, purge_seq: int,
    entries: list[tuple[uuid.UUID, int]],
) -> None:
    """Delete the team's entries a purge lists (this device's purge entry, number `purge_seq`,
    must be on the server); their numbers stay, as purged."""
    _call(conn, "SELECT caseapp.purge_entries(%s, %s, %s, %s::uuid[], %s::bigint[])",
          [team, device, purge_seq, [e[0] for e in entries], [e[1] for e in entries]])
