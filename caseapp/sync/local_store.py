"""The local side of team sharing: sync state, team keys, shared citizens, the outbox, field
clocks and conflicts. All SQL for them lives here; applying pulled entries is in apply."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import orjson
import sqlite_utils

from caseapp.sync import ledger
from caseapp.sync.capture import TABLES, new_uuid_sql, row_json
from caseapp.sync.crypto import NO_PREVIOUS, DeviceKeys


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
    device_keys: DeviceKeys | None  # None: a team joined before devices had keys
    device_seq: int  # the number of this device's newest sealed entry
    chain_head: bytes  # that entry's hash, which the next one carries
    root_device: str | None  # the team's first device, which every trusted card leads back to
    root_fingerprint: bytes | None  # the fingerprint of the team's first device, from the invite
    confirmed_seq: int  # this device's entries the server is known to hold, up to this number


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    kind: str
    uuid: str
    op: str
    fields_json: str  # as SQLite's json_object wrote it: it travels without being re-encoded
    hlc: int

    @property
    def fields(self) -> dict:
        return json.loads(self.fields_json)


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
        "key_epoch, hlc, share_all, last_synced_at, last_offline, sign_key, box_key, device_seq, "
        "chain_head, root_device, root_fingerprint, confirmed_seq FROM sync_state WHERE id = 1"
    ).fetchone()
    keys = DeviceKeys(bytes(row[12]), bytes(row[13])) if row[12] and row[13] else None
    return LocalState(
        row[0], row[1], row[2], row[3], row[4], bool(row[5]), row[6], row[7], row[8],
        bool(row[9]), row[10], bool(row[11]), keys, row[14],
        bytes(row[15]) if row[15] else NO_PREVIOUS, row[16], bytes(row[17]) if row[17] else None,
        row[18],
    )


@dataclass(frozen=True)
class Membership:
    """What joining or founding a team writes into sync_state."""

    team_id: str
    team_name: str
    server: str
    role: str
    is_creator: bool
    device_keys: DeviceKeys
    root_device: str | None  # known at once by the creator; a joiner learns it at first sync
    root_fingerprint: bytes | None


def join_team(db: sqlite_utils.Database, membership: Membership) -> None:
    m = membership
    with db.atomic():
        db.execute(
            "UPDATE sync_state SET team_id = ?, team_name = ?, server = ?, member_role = ?, "
            "is_creator = ?, cursor = 0, key_epoch = 0, sign_key = ?, box_key = ?, "
            "device_seq = 0, chain_head = NULL, root_device = ?, root_fingerprint = ?, confirmed_seq = 0 "
            "WHERE id = 1",
            [m.team_id, m.team_name, m.server, m.role, int(m.is_creator),
             m.device_keys.sign_private, m.device_keys.box_private, m.root_device, m.root_fingerprint],
        )
        db.execute("DELETE FROM sync_keys")


def set_root(db: sqlite_utils.Database, device: str) -> None:
    db.execute("UPDATE sync_state SET root_device = ? WHERE id = 1", [device])


def set_creator(db: sqlite_utils.Database, is_creator: bool) -> None:
    db.execute("UPDATE sync_state SET is_creator = ? WHERE id = 1", [int(is_creator)])


def set_cursor(db: sqlite_utils.Database, cursor: int) -> None:
    db.execute("UPDATE sync_state SET cursor = ? WHERE id = 1", [cursor])


def leave_team(db: sqlite_utils.Database) -> None:
    """Forget the team: keys, outbox, clocks and shares. The local records stay."""
    with db.atomic():
        for table in ("sync_keys", "sync_outbox", "sync_clock", "sync_shared"):
            db.execute(f"DELETE FROM {table}")
        ledger.forget_all(db)
        db.execute(
            "UPDATE sync_state SET team_id = NULL, team_name = '', server = '', member_role = '', "
            "is_creator = 0, cursor = 0, key_epoch = 0, share_all = 0, sign_key = NULL, "
            "box_key = NULL, device_seq = 0, chain_head = NULL, root_device = NULL, "
            "root_fingerprint = NULL, confirmed_seq = 0, team_retention_days = NULL, "
            "team_retention_hlc = 0 WHERE id = 1"
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
    as an insert, parents before children. Returns the number of outbox entries written.

    Every row gets the same timestamp: they are different records, so none needs to sort after
    another, and a millisecond per row put a large caseload's last rows minutes ahead of the
    clock (a million rows, 16 minutes), which every other member refuses as a future time."""
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
                f"UPDATE {spec.name} AS r SET uuid = {new_uuid_sql('r.id')} "
                f"WHERE uuid IS NULL AND {where}"
            )
        stamp = _next_hlc_base(db)  # one tick for the whole share: see the docstring
        for spec in TABLES.values():
            where = f"{spec.citizen_of.format(r='r')} IN (SELECT citizen_id FROM sync_new_share)"
            if spec.capture_when:
                where += f" AND {spec.capture_when.format(r='r')}"
            cursor = db.execute(
                "INSERT INTO sync_outbox (kind, uuid, op, fields, hlc) "
                f"SELECT '{spec.name}', r.uuid, 'insert', {row_json(db, spec, 'r')}, ? "
                f"FROM {spec.name} r WHERE {where} ORDER BY {spec.order.format(r='r')}",
                [stamp],
            )
            written += max(cursor.rowcount, 0)
        db.execute("UPDATE sync_state SET hlc = max(hlc, ?) WHERE id = 1", [stamp])
        db.execute("DELETE FROM sync_new_share")
    return written


def queue_team_name(db: sqlite_utils.Database, name: str) -> None:
    """The team's name travels encrypted, like everything else, as entity 'team'."""
    team_id = state(db).team_id
    db.execute(
        "INSERT INTO sync_outbox (kind, uuid, op, fields, hlc) VALUES ('team', ?, 'insert', ?, ?)",
        [team_id, json.dumps({"name": name}, ensure_ascii=False), _next_hlc_base(db)],
    )


def queue_creator(db: sqlite_utils.Database, role: str) -> None:
    """The creator role handed to `role`: a team entry ('creator') that this device keeps in
    its own log like any other, and the newest handing over this database knows."""
    hlc, me = _next_hlc_base(db), state(db)
    db.execute(
        "INSERT INTO sync_outbox (kind, uuid, op, fields, hlc) VALUES ('creator', ?, 'insert', ?, ?)",
        [me.team_id, json.dumps({"role": role}, ensure_ascii=False), hlc],
    )
    db.execute("UPDATE sync_state SET hlc = max(hlc, ?) WHERE id = 1", [hlc])
    note_creator(db, role, hlc, me.device_id)


def creator_handed_by_me(db: sqlite_utils.Database) -> str:
    """Whom this device handed the creator role to, when that is the newest handing over this
    database knows of ('' otherwise: never, or someone has handed it on since)."""
    row = db.execute("SELECT creator_role, creator_by, device_id FROM sync_state WHERE id = 1").fetchone()
    return str(row[0]) if row[1] == row[2] else ""


def note_creator(db: sqlite_utils.Database, role: str, hlc: int, by: str) -> bool:
    """A handing over of the creator role, from here or in a colleague's entry: kept when it is
    newer than the one known. True when it was."""
    done = db.execute("UPDATE sync_state SET creator_role = ?, creator_hlc = ?, creator_by = ? "
                      "WHERE id = 1 AND creator_hlc < ?", [role, hlc, by, hlc])
    return done.rowcount > 0


def next_hlc(db: sqlite_utils.Database) -> int:
    """The timestamp for a new entry queued by hand (not by the capture triggers)."""
    return _next_hlc_base(db)


def _next_hlc_base(db: sqlite_utils.Database) -> int:
    now_ms = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
    current = db.execute("SELECT hlc FROM sync_state WHERE id = 1").fetchone()[0]
    return max(current + 1, now_ms)


def observe_hlc(db: sqlite_utils.Database, hlc: int) -> None:
    """Local clock moves past every timestamp seen, so later local edits sort after them."""
    db.execute("UPDATE sync_state SET hlc = max(hlc, ?) WHERE id = 1", [hlc])


# -- outbox ----------------------------------------------------------------------------------


def pending_count(db: sqlite_utils.Database) -> int:
    """Changes not yet on the server: the outbox, and sealed entries the server has not
    confirmed. A reading's access-log row travels too, but is not a change the user made."""
    outbox = db.execute("SELECT count(*) FROM sync_outbox WHERE kind <> 'access_log'").fetchone()[0]
    unsent = db.execute(
        "SELECT max(device_seq - confirmed_seq, 0) FROM sync_state WHERE id = 1"
    ).fetchone()[0]
    return int(outbox) + int(unsent or 0)


def set_confirmed(db: sqlite_utils.Database, device_seq: int) -> None:
    """The server holds this device's entries up to this number (it may go down: a server
    restored from an older backup)."""
    db.execute("UPDATE sync_state SET confirmed_seq = ? WHERE id = 1", [device_seq])


def outbox_batch(db: sqlite_utils.Database, limit: int) -> list[OutboxEntry]:
    rows = db.execute(
        "SELECT id, kind, uuid, op, fields, hlc FROM sync_outbox ORDER BY id LIMIT ?", [limit]
    ).fetchall()
    return [OutboxEntry(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]


def take_from_outbox(db: sqlite_utils.Database, entries: list[OutboxEntry], device: str) -> None:
    """The entries are sealed into this device's log (in the caller's transaction): drop them
    from the outbox and remember their clocks."""
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


def citizens_of(db: sqlite_utils.Database, uuids_by_table: dict[str, set[str]]) -> set[int]:
    """The citizens the rows with these uuids belong to (rows deleted meanwhile are not found)."""
    found: set[int] = set()
    for table, uuids in uuids_by_table.items():
        spec = TABLES.get(table)
        if spec is None or not uuids:
            continue
        rows = db.execute(
            f"SELECT DISTINCT {spec.citizen_of.format(r='r')} FROM {spec.name} r "
            "WHERE r.uuid IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted(uuids))],
        )
        found.update(r[0] for r in rows if r[0] is not None)
    return found


def json_text(value: object) -> str:
    """JSON for SQLite's json_each, made by orjson (a first pull makes it for every row, and
    json takes about twice as long); as text, since SQLite reads a blob as its binary JSONB."""
    return orjson.dumps(value).decode()


def set_clocks(db: sqlite_utils.Database, clocks: list[tuple[str, str, int, str]]) -> None:
    """In one statement, not one per clock: a pulled batch sets thousands inside a savepoint
    (see bulk_insert for why that matters)."""
    db.execute(
        "INSERT INTO sync_clock (uuid, field, hlc, device) "
        "SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3 FROM json_each(?) AS j "
        "WHERE true "  # lets SQLite read the ON CONFLICT below as the upsert's
        "ON CONFLICT (uuid, field) DO UPDATE SET hlc = excluded.hlc, device = excluded.device "
        "WHERE excluded.hlc > sync_clock.hlc "
        "OR (excluded.hlc = sync_clock.hlc AND excluded.device > sync_clock.device)",
        [json_text(sorted(clocks))],  # in key order: each page of the index is visited once
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
