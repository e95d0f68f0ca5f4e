"""The local side of team sharing: sync state, team keys, shared citizens, the outbox, field
clocks and conflicts. All SQL for them lives here; applying pulled entries is in apply."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import sqlite_utils

from caseapp.sync.capture import TABLES, row_json


@dataclass(frozen=True)
class LocalState:
    device_id: str
    team_id: str | None
    team_name: str
    server: str
    member_role: str
    is_creator: bool
    cursor: int
    key_epoch: int
    hlc: int
    share_all: bool
    last_synced_at: str | None
    last_offline: bool


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    kind: str
    uuid: str
    op: str
    fields: dict
    hlc: int


@dataclass(frozen=True)
class ConflictRow:
    id: int
    kind: str
    uuid: str
    field: str
    kept_value: object
    kept_device: str
    kept_hlc: int
    lost_value: object
    lost_device: str
    lost_hlc: int
    resolved_at: str | None


def state(db: sqlite_utils.Database) -> LocalState:
    row = db.execute(
        "SELECT device_id, team_id, team_name, server, member_role, is_creator, cursor, "
        "key_epoch, hlc, share_all, last_synced_at, last_offline FROM sync_state WHERE id = 1"
    ).fetchone()
    return LocalState(
        row[0], row[1], row[2], row[3], row[4], bool(row[5]), row[6], row[7], row[8],
        bool(row[9]), row[10], bool(row[11]),
    )


def join_team(
    db: sqlite_utils.Database, team_id: str, team_name: str, server: str, role: str,
    is_creator: bool, key_hex: str,
) -> None:
    with db.atomic():
        db.execute(
            "UPDATE sync_state SET team_id = ?, team_name = ?, server = ?, member_role = ?, "
            "is_creator = ?, cursor = 0, key_epoch = 1 WHERE id = 1",
            [team_id, team_name, server, role, int(is_creator)],
        )
        db.execute("DELETE FROM sync_keys")
        db.execute("INSERT INTO sync_keys (epoch, key_hex) VALUES (1, ?)", [key_hex])


def leave_team(db: sqlite_utils.Database) -> None:
    """Forget the team: keys, outbox, clocks and shares. The local records stay."""
    with db.atomic():
        for table in ("sync_keys", "sync_outbox", "sync_clock", "sync_shared", "sync_rejected"):
            db.execute(f"DELETE FROM {table}")
        db.execute(
            "UPDATE sync_state SET team_id = NULL, team_name = '', server = '', member_role = '', "
            "is_creator = 0, cursor = 0, key_epoch = 0, share_all = 0 WHERE id = 1"
        )


def set_team_name(db: sqlite_utils.Database, name: str) -> None:
    db.execute("UPDATE sync_state SET team_name = ? WHERE id = 1", [name])


def keys(db: sqlite_utils.Database) -> dict[int, bytes]:
    return {r[0]: bytes.fromhex(r[1]) for r in db.execute("SELECT epoch, key_hex FROM sync_keys")}


def add_key(db: sqlite_utils.Database, epoch: int, key: bytes) -> None:
    with db.atomic():
        db.execute(
            "INSERT OR REPLACE INTO sync_keys (epoch, key_hex) VALUES (?, ?)", [epoch, key.hex()]
        )
        db.execute("UPDATE sync_state SET key_epoch = max(key_epoch, ?) WHERE id = 1", [epoch])


def mark_synced(db: sqlite_utils.Database, offline: bool) -> None:
    if offline:
        db.execute("UPDATE sync_state SET last_offline = 1 WHERE id = 1")
    else:
        db.execute(
            "UPDATE sync_state SET last_offline = 0, last_synced_at = ? WHERE id = 1",
            [dt.datetime.now().isoformat(timespec="seconds")],
        )


# -- sharing -------------------------------------------------------------------------------


def shared_citizens(db: sqlite_utils.Database) -> set[int]:
    return {r[0] for r in db.execute("SELECT citizen_id FROM sync_shared")}


def all_citizen_ids(db: sqlite_utils.Database) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM citizens ORDER BY id")]


def citizen_exists(db: sqlite_utils.Database, citizen_id: int) -> bool:
    return db.execute("SELECT 1 FROM citizens WHERE id = ?", [citizen_id]).fetchone() is not None


def set_share_all(db: sqlite_utils.Database, on: bool) -> None:
    db.execute("UPDATE sync_state SET share_all = ? WHERE id = 1", [int(on)])


def share(db: sqlite_utils.Database, citizen_ids: list[int]) -> int:
    """Share citizens not yet shared: give their rows uuids and put every row into the outbox
    as an insert, parents before children. Returns the number of outbox entries written."""
    new = [c for c in citizen_ids if c not in shared_citizens(db)]
    if not new:
        return 0
    written = 0
    with db.atomic():
        db.execute("CREATE TEMP TABLE IF NOT EXISTS sync_new_share (citizen_id INTEGER PRIMARY KEY)")
        db.execute("DELETE FROM sync_new_share")
        db.conn.executemany("INSERT INTO sync_new_share VALUES (?)", [(c,) for c in new])
        db.execute("INSERT INTO sync_shared (citizen_id) SELECT citizen_id FROM sync_new_share")
        for spec in TABLES.values():
            where = f"{spec.citizen_of.format(r='r')} IN (SELECT citizen_id FROM sync_new_share)"
            if spec.capture_when:
                where += f" AND {spec.capture_when.format(r='r')}"
            db.execute(
                f"UPDATE {spec.name} AS r SET uuid = lower(hex(randomblob(16))) "
                f"WHERE uuid IS NULL AND {where}"
            )
        for spec in TABLES.values():
            where = f"{spec.citizen_of.format(r='r')} IN (SELECT citizen_id FROM sync_new_share)"
            if spec.capture_when:
                where += f" AND {spec.capture_when.format(r='r')}"
            base = _next_hlc_base(db)
            cursor = db.execute(
                "INSERT INTO sync_outbox (kind, uuid, op, fields, hlc) "
                f"SELECT '{spec.name}', r.uuid, 'insert', {row_json(db, spec, 'r')}, "
                f"? + row_number() OVER (ORDER BY {spec.order.format(r='r')}) "
                f"FROM {spec.name} r WHERE {where} ORDER BY {spec.order.format(r='r')}",
                [base],
            )
            written += max(cursor.rowcount, 0)
            db.execute(
                "UPDATE sync_state SET hlc = max(hlc, (SELECT coalesce(max(hlc), 0) FROM sync_outbox)) "
                "WHERE id = 1"
            )
        db.execute("DELETE FROM sync_new_share")
    return written


def _next_hlc_base(db: sqlite_utils.Database) -> int:
    now_ms = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
    current = db.execute("SELECT hlc FROM sync_state WHERE id = 1").fetchone()[0]
    return max(current + 1, now_ms)


def observe_hlc(db: sqlite_utils.Database, hlc: int) -> None:
    """Local clock moves past every timestamp seen, so later local edits sort after them."""
    db.execute("UPDATE sync_state SET hlc = max(hlc, ?) WHERE id = 1", [hlc])


# -- outbox ----------------------------------------------------------------------------------


def pending_count(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0])


def outbox_batch(db: sqlite_utils.Database, limit: int) -> list[OutboxEntry]:
    rows = db.execute(
        "SELECT id, kind, uuid, op, fields, hlc FROM sync_outbox ORDER BY id LIMIT ?", [limit]
    ).fetchall()
    return [OutboxEntry(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5]) for r in rows]


def pushed(db: sqlite_utils.Database, entries: list[OutboxEntry], device: str) -> None:
    """The entries are on the server: drop them from the outbox and remember their clocks."""
    with db.atomic():
        db.execute(  # the batch is the oldest rows, in id order: nothing else lies between
            "DELETE FROM sync_outbox WHERE id BETWEEN ? AND ?", [entries[0].id, entries[-1].id]
        )
        clocks = []
        for e in entries:
            if e.op == "insert":
                clocks.append((e.uuid, "*", e.hlc, device))
            elif e.op == "update":
                clocks.extend((e.uuid, f, e.hlc, device) for f in e.fields)
        set_clocks(db, clocks)


def set_clocks(db: sqlite_utils.Database, clocks: list[tuple[str, str, int, str]]) -> None:
    db.conn.executemany(
        "INSERT INTO sync_clock (uuid, field, hlc, device) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (uuid, field) DO UPDATE SET hlc = excluded.hlc, device = excluded.device "
        "WHERE excluded.hlc > sync_clock.hlc "
        "OR (excluded.hlc = sync_clock.hlc AND excluded.device > sync_clock.device)",
        clocks,
    )


def field_clock(db: sqlite_utils.Database, uuid: str, field: str) -> tuple[int, str]:
    """The newest (timestamp, device) known for one field of one entity."""
    row = db.execute(
        "SELECT hlc, device FROM sync_clock WHERE uuid = ? AND field IN (?, '*') "
        "ORDER BY hlc DESC, device DESC LIMIT 1",
        [uuid, field],
    ).fetchone()
    return (row[0], row[1]) if row else (0, "")


def pending_fields(db: sqlite_utils.Database, uuid: str) -> dict[str, int]:
    """Fields of the entity changed locally and not yet pushed, with their newest timestamp."""
    out: dict[str, int] = {}
    for fields, hlc in db.execute(
        "SELECT fields, hlc FROM sync_outbox WHERE uuid = ? ORDER BY id", [uuid]
    ):
        for name in json.loads(fields):
            out[name] = hlc
    return out


def drop_pending_field(db: sqlite_utils.Database, uuid: str, field: str) -> None:
    """A newer value from the team beat an unpushed local edit: the losing value (kept as a
    conflict here) does not travel, so the team sees one conflict, not one per machine."""
    db.execute(
        "UPDATE sync_outbox SET fields = json_remove(fields, ?) WHERE uuid = ? AND op = 'update'",
        [f'$."{field}"', uuid],
    )
    db.execute("DELETE FROM sync_outbox WHERE uuid = ? AND op = 'update' AND fields = '{}'", [uuid])


# -- authors and conflicts -------------------------------------------------------------------


def remember_author(db: sqlite_utils.Database, device: str, name: str) -> None:
    db.execute(
        "INSERT INTO sync_authors (device, name) VALUES (?, ?) "
        "ON CONFLICT (device) DO UPDATE SET name = excluded.name",
        [device, name],
    )


def author_names(db: sqlite_utils.Database) -> dict[str, str]:
    return dict(db.execute("SELECT device, name FROM sync_authors").fetchall())


def add_conflict(
    db: sqlite_utils.Database, kind: str, uuid: str, field: str,
    kept: tuple[object, str, int], lost: tuple[object, str, int],
) -> None:
    db.execute(
        "INSERT INTO sync_conflicts (kind, uuid, field, kept_value, kept_device, kept_hlc, "
        "lost_value, lost_device, lost_hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [kind, uuid, field, json.dumps(kept[0], ensure_ascii=False), kept[1], kept[2],
         json.dumps(lost[0], ensure_ascii=False), lost[1], lost[2]],
    )


def _conflict(row: tuple) -> ConflictRow:
    return ConflictRow(
        row[0], row[1], row[2], row[3], json.loads(row[4]) if row[4] is not None else None,
        row[5], row[6], json.loads(row[7]) if row[7] is not None else None, row[8], row[9],
        row[10],
    )


_CONFLICT_COLUMNS = (
    "id, kind, uuid, field, kept_value, kept_device, kept_hlc, lost_value, lost_device, "
    "lost_hlc, resolved_at"
)


def conflicts(db: sqlite_utils.Database, include_resolved: bool = False) -> list[ConflictRow]:
    where = "" if include_resolved else "WHERE resolved_at IS NULL"
    rows = db.execute(f"SELECT {_CONFLICT_COLUMNS} FROM sync_conflicts {where} ORDER BY id")
    return [_conflict(r) for r in rows]


def conflicts_after(db: sqlite_utils.Database, last_id: int) -> list[ConflictRow]:
    rows = db.execute(
        f"SELECT {_CONFLICT_COLUMNS} FROM sync_conflicts WHERE id > ? ORDER BY id", [last_id]
    )
    return [_conflict(r) for r in rows]


def last_conflict_id(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT coalesce(max(id), 0) FROM sync_conflicts").fetchone()[0])


def conflict(db: sqlite_utils.Database, conflict_id: int) -> ConflictRow | None:
    row = db.execute(
        f"SELECT {_CONFLICT_COLUMNS} FROM sync_conflicts WHERE id = ?", [conflict_id]
    ).fetchone()
    return _conflict(row) if row else None


def mark_resolved(db: sqlite_utils.Database, conflict_id: int) -> None:
    db.execute(
        "UPDATE sync_conflicts SET resolved_at = ? WHERE id = ?",
        [dt.datetime.now().isoformat(timespec="seconds"), conflict_id],
    )


def reject(db: sqlite_utils.Database, seq: int) -> None:
    db.execute(
        "INSERT OR IGNORE INTO sync_rejected (seq, at) VALUES (?, ?)",
        [seq, dt.datetime.now().isoformat(timespec="seconds")],
    )


def rejected_count(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count(*) FROM sync_rejected").fetchone()[0])
