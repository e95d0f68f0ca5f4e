"""Applying one pulled, decrypted entry to the local tables.

Merge rule, field by field: each field carries the (timestamp, device) of its newest known
value (`sync_clock`, plus unpushed local edits in the outbox). An incoming value newer than that
wins; when it overwrites an unpushed local edit, or when it loses to a newer one, the losing
value is kept in `sync_conflicts` so nothing is lost. An entry already known is a no-op, so an
entry delivered twice is applied once. Signed notes are only ever inserted.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import sqlite_utils

from caseapp.domain.enums import AccessAction
from caseapp.storage import access_log, bulk
from caseapp.storage.connection import IntegrityError
from caseapp.sync import local_store, merge, team_retention
from caseapp.sync.capture import QUIET_FIELDS, TABLES, SharedTable, columns


@dataclass(frozen=True)
class Incoming:
    kind: str
    uuid: str
    op: str
    fields: dict
    hlc: int
    device: str


@dataclass(frozen=True)
class Applying:
    """What a batch set aside, to be put back before its transaction commits."""

    triggers: dict[str, str]
    notes_before: int


def begin_applying(db: sqlite_utils.Database) -> Applying:
    """Inside the batch's transaction: switch capture off, and set aside (as the bulk loader
    does) the per-row full-text trigger of notes and the refusal of links to signed notes, so
    a pulled signed note goes in whole, with its links, in one insert."""
    db.execute("UPDATE sync_state SET applying = 1 WHERE id = 1")
    before = db.execute("SELECT coalesce(max(id), 0) FROM notes").fetchone()[0]
    return Applying(bulk.set_aside_triggers(db, bulk.SET_ASIDE_FOR_INSERTS), int(before))


def end_applying(db: sqlite_utils.Database, cursor: int | None, applying: Applying) -> None:
    """Put back what begin_applying set aside; move the cursor when one is given."""
    if "notes_ai" in applying.triggers:
        db.execute(
            "INSERT INTO notes_fts (rowid, text) SELECT id, text FROM notes WHERE id > ?",
            [applying.notes_before],
        )
    for sql in applying.triggers.values():
        db.execute(sql)
    db.execute("UPDATE sync_state SET applying = 0 WHERE id = 1")
    if cursor is not None:
        db.execute("UPDATE sync_state SET cursor = ? WHERE id = 1", [cursor])


# A batch's uuid -> local id look-ups, (table, uuid) -> id: only rows found are kept, and the
# caller empties it whenever a row may have gone (a delete, a rolled-back entry).
IdCache = dict[tuple[str, str], int]


def local_id(
    db: sqlite_utils.Database, table: str, uuid: str | None, ids: IdCache | None = None
) -> int | None:
    if uuid is None:
        return None
    if ids is not None and (table, uuid) in ids:
        return ids[(table, uuid)]
    row = db.execute(f"SELECT id FROM {table} WHERE uuid = ?", [uuid]).fetchone()
    if row is None:
        return None
    if ids is not None:
        ids[(table, uuid)] = row[0]
    return row[0]


def citizen_name_of(db: sqlite_utils.Database, kind: str, uuid: str) -> str:
    """The name of the citizen a shared row belongs to ("" when the row is gone)."""
    spec = TABLES.get(kind)
    if spec is None:
        return ""
    row = db.execute(
        f"SELECT c.name FROM {spec.name} r JOIN citizens c ON c.id = {spec.citizen_of.format(r='r')} "
        "WHERE r.uuid = ?", [uuid],
    ).fetchone()
    return row[0] if row else ""


def _to_local(
    db: sqlite_utils.Database, spec: SharedTable, column: str, value: object, ids: IdCache | None = None
) -> object:
    ref = spec.refs.get(column)
    return local_id(db, ref, value, ids) if ref and value is not None else value  # type: ignore[arg-type]


def _current(db: sqlite_utils.Database, spec: SharedTable, row_id: int, column: str) -> object:
    if column in spec.extras:
        sql = spec.extras[column].format(r="r")
        raw = db.execute(f"SELECT {sql} FROM {spec.name} r WHERE id = ?", [row_id]).fetchone()[0]
        return json.loads(raw) if raw else []
    value = db.execute(
        f'SELECT "{column}" FROM {spec.name} WHERE id = ?', [row_id]
    ).fetchone()[0]
    ref = spec.refs.get(column)
    if ref and value is not None:
        return db.execute(f"SELECT uuid FROM {ref} WHERE id = ?", [value]).fetchone()[0]
    return value


def apply(db: sqlite_utils.Database, entry: Incoming, ids: IdCache | None = None) -> bool:
    """Apply one entry inside the caller's transaction. True when something changed. `ids`: the
    batch's uuid look-ups (emptied here on a delete)."""
    if entry.kind == "creator":  # the creator role handed over (sync/team_repair.py)
        return local_store.note_creator(db, str(entry.fields.get("role", "")), entry.hlc, entry.device)
    if entry.kind == "team":
        name = str(entry.fields.get("name", ""))
        if local_store.state(db).team_name == name:
            return False
        local_store.set_team_name(db, name)
        return True
    if entry.kind == team_retention.KIND:  # the team's retention period, from its creator
        return team_retention.take(db, entry.device, entry.hlc, entry.fields)
    if entry.kind == "access_log":  # a colleague's read of a shared citizen
        return _access_row(db, entry, ids)
    spec = TABLES.get(entry.kind)
    if spec is None:  # written by a newer caseapp: kept on the server, skipped here
        return False
    known = columns(db, spec.name)
    entry = known_fields_only(spec, entry, known)
    row_id = local_id(db, spec.name, entry.uuid, ids)
    if entry.op == "delete":
        if ids is not None:
            ids.clear()  # the row, and rows cascading from it, may go
        return _delete(db, spec, row_id)
    if row_id is None:
        if entry.op == "update":  # its insert never reached us (an unshared citizen)
            return False
        _insert(db, spec, entry, known, ids)
        return True
    return _merge(db, spec, row_id, entry, ids)


_LOGGED = frozenset(a.value for a in AccessAction) - {AccessAction.EXPIRED.value}


def _access_row(db: sqlite_utils.Database, entry: Incoming, ids: IdCache | None) -> bool:
    """Into this laptop's access log, under the author device the entry was signed by; a row
    of an unknown kind, time or citizen (not shared here, or purged) is left out."""
    f = entry.fields
    citizen = f.get("citizen_id")
    citizen_id = local_id(db, "citizens", citizen, ids) if isinstance(citizen, str) else None
    if citizen_id is None or f.get("action") not in _LOGGED:
        return False
    try:
        at = dt.datetime.fromisoformat(str(f.get("at")))
    except ValueError:
        return False
    return access_log.append_received(db, entry.uuid, at, str(f.get("user") or "")[:200], entry.device,
                                      str(f["action"]), citizen_id, str(f.get("detail") or ""))


def known_fields_only(spec: SharedTable, entry: Incoming, known: list[str]) -> Incoming:
    """Only names that are this table's columns (or its extras) ever reach SQL; anything else
    (a newer version's column, or a crafted name) is left out."""
    allowed = set(known) | set(spec.extras)
    fields = {k: v for k, v in entry.fields.items() if k in allowed}
    if len(fields) == len(entry.fields):
        return entry
    return Incoming(entry.kind, entry.uuid, entry.op, fields, entry.hlc, entry.device)


def _delete(db: sqlite_utils.Database, spec: SharedTable, row_id: int | None) -> bool:
    if row_id is None or not spec.deletable:
        return False
    try:
        with db.atomic():
            db.execute(f"DELETE FROM {spec.name} WHERE id = ?", [row_id])
    except IntegrityError:
        return False  # still referenced here (a note points to it): kept
    return True


def _insert(
    db: sqlite_utils.Database, spec: SharedTable, entry: Incoming, columns_now: list[str],
    ids: IdCache | None,
) -> None:
    known = set(columns_now)
    values = {
        c: _to_local(db, spec, c, v, ids) for c, v in entry.fields.items() if c in known
    }
    names = ["uuid", *values]
    inserted = db.execute(
        f"INSERT INTO {spec.name} ({', '.join(f'{chr(34)}{n}{chr(34)}' for n in names)}) "
        f"VALUES ({', '.join('?' for _ in names)})",
        [entry.uuid, *values.values()],
    )
    row_id = inserted.lastrowid  # every shared table's id is its INTEGER PRIMARY KEY (the rowid)
    assert row_id is not None
    for name in spec.extras:
        if entry.fields.get(name):
            _add_extra(db, row_id, name, entry.fields[name], ids)
    if spec.name == "citizens":
        db.execute("INSERT OR IGNORE INTO sync_shared (citizen_id) VALUES (?)", [row_id])
    local_store.set_clocks(db, [(entry.uuid, "*", entry.hlc, entry.device)])


def _set_extra(
    db: sqlite_utils.Database, row_id: int, name: str, value: object, ids: IdCache | None = None
) -> None:
    if name == "goal_ids":
        db.execute("DELETE FROM note_goals WHERE note_id = ?", [row_id])
    elif name == "evaluations":
        db.execute("DELETE FROM goal_evaluations WHERE status_id = ?", [row_id])
    _add_extra(db, row_id, name, value, ids)


def _add_extra(
    db: sqlite_utils.Database, row_id: int, name: str, value: object, ids: IdCache | None = None
) -> None:
    items = value if isinstance(value, list) else []
    if name == "goal_ids":
        for goal_uuid in items:
            goal_id = local_id(db, "goals", goal_uuid, ids)
            if goal_id is not None:
                db.execute("INSERT INTO note_goals (note_id, goal_id) VALUES (?, ?)", [row_id, goal_id])
    elif name == "evaluations":
        for item in items:
            goal_id = local_id(db, "goals", item.get("goal"), ids)
            if goal_id is not None:
                db.execute(
                    "INSERT INTO goal_evaluations (status_id, goal_id, evaluation) VALUES (?, ?, ?)",
                    [row_id, goal_id, item.get("evaluation", "")],
                )


def set_field(
    db: sqlite_utils.Database, spec: SharedTable, row_id: int, name: str, value: object,
    ids: IdCache | None = None,
) -> None:
    """Write one shared field of one row; foreign keys given as uuids."""
    if name in spec.extras:
        _set_extra(db, row_id, name, value, ids)
        return
    if name not in columns(db, spec.name):
        return
    db.execute(
        f'UPDATE {spec.name} SET "{name}" = ? WHERE id = ?',
        [_to_local(db, spec, name, value, ids), row_id],
    )


def _merge(
    db: sqlite_utils.Database, spec: SharedTable, row_id: int, entry: Incoming, ids: IdCache | None
) -> bool:
    incoming = (entry.hlc, entry.device)
    pending = local_store.pending_fields(db, entry.uuid)
    me = _self(db)
    changed = False
    for name, value in entry.fields.items():
        clock = local_store.field_clock(db, entry.uuid, name)
        known = merge.newest_known(clock, pending.get(name), me)
        current = _current(db, spec, row_id, name)
        decision = merge.decide(
            incoming, clock, pending.get(name), me, current != value, name in QUIET_FIELDS
        )
        if decision.drop_pending:
            local_store.drop_pending_field(db, entry.uuid, name)
        if decision.conflict_incoming_won:
            local_store.add_conflict(
                db, spec.name, entry.uuid, name,
                kept=(value, entry.device, entry.hlc), lost=(current, known[1], known[0]),
            )
        if decision.conflict_local_won:
            local_store.add_conflict(
                db, spec.name, entry.uuid, name,
                kept=(current, known[1], known[0]), lost=(value, entry.device, entry.hlc),
            )
        if not decision.take:
            continue
        if current != value:
            try:
                with db.atomic():
                    set_field(db, spec, row_id, name, value, ids)
            except IntegrityError:
                continue  # a signed or final record: the local record stands
            changed = True
        local_store.set_clocks(db, [(entry.uuid, name, entry.hlc, entry.device)])
    return changed


def _self(db: sqlite_utils.Database) -> str:
    return str(db.execute("SELECT device_id FROM sync_state WHERE id = 1").fetchone()[0])
