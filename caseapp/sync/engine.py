"""Team sharing: create or join a team, share citizens, and sync (pull what is newer than the
cursor, then push the outbox). SQL lives in local_store, apply and capture (the local side) and server_sql.

Crash safety: each pushed batch is one server transaction, and the outbox rows go only after it
committed (a repeat after a kill is ignored by the server's unique key). Each pulled batch is
applied in one local transaction together with the cursor, so a kill leaves either the whole
batch and its cursor, or neither.
"""

from __future__ import annotations

import json
import os
import signal
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import psycopg
import sqlite_utils
from psycopg import conninfo as pg_conninfo

from caseapp.storage.connection import IntegrityError
from caseapp.sync import apply, crypto, local_store, server_sql
from caseapp.sync.capture import install_triggers
from caseapp.sync.team_state import SyncReport
from caseapp.sync.errors import (
    BadInvite,
    ServerRefused,
    SyncError,
    SyncOffline,
    TamperedEntry,
)

BATCH_ENV = "CASEAPP_SYNC_BATCH"
# Tests only: "push:N" kills the process after the N-th batch reached the server (its outbox rows
# still there); "pull:N" kills it while the N-th pulled batch is applied, before it commits.
FAULT_ENV = "CASEAPP_SYNC_FAULT"
DEFAULT_BATCH = 2000

Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class TeamCreated:
    team_id: str
    invite_code: str
    role: str


# -- the connection --------------------------------------------------------------------------


def _without_password(conninfo: str) -> str:
    """The connection string as stored: never with a password (libpq finds it itself)."""
    try:
        params = pg_conninfo.conninfo_to_dict(conninfo)
    except psycopg.ProgrammingError:
        raise SyncError("Serveradressen er ikke en gyldig PostgreSQL-forbindelsesstreng.") from None
    params.pop("password", None)
    return pg_conninfo.make_conninfo(**{k: str(v) for k, v in params.items()})


def _describe_connect_failure(exc: psycopg.OperationalError) -> SyncError:
    text = str(exc).lower()
    if "password authentication failed" in text or "no password supplied" in text:
        return ServerRefused(
            "Serveren afviste login (forkert adgangskode eller bruger); intet blev sendt."
        )
    if "does not exist" in text and "role" in text:
        return ServerRefused("Serveren kender ikke brugeren; bed administratoren oprette den.")
    if "database" in text and "does not exist" in text:
        return ServerRefused("Databasen på serveren findes ikke; tjek serveradressen.")
    return SyncOffline(
        "Offline: serveren kan ikke nås lige nu; dit arbejde er gemt lokalt og sendes ved næste synkronisering."
    )


def connect(conninfo: str) -> psycopg.Connection:
    try:
        conn = server_sql.connect(conninfo)
    except psycopg.OperationalError as exc:
        raise _describe_connect_failure(exc) from None
    except psycopg.ProgrammingError:
        raise SyncError("Serveradressen er ikke en gyldig PostgreSQL-forbindelsesstreng.") from None
    try:
        _check_schema(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _check_schema(conn: psycopg.Connection) -> None:
    if not server_sql.has_schema(conn):
        raise SyncError(
            "Serveren er ikke gjort klar til caseapp; bed databaseadministratoren installere skemaet."
        )
    version = server_sql.schema_version(conn)
    conn.commit()
    if version > server_sql.SERVER_SCHEMA_VERSION:
        raise SyncError(
            f"Serveren bruger et nyere synkroniseringsskema (version {version}) end denne "
            f"caseapp kender ({server_sql.SERVER_SCHEMA_VERSION}); opdatér caseapp før du synkroniserer."
        )


def _server_call(conn: psycopg.Connection, call: Callable[[], object]) -> object:
    """Run a membership function; its refusal becomes a sentence."""
    try:
        return call()
    except psycopg.errors.RaiseException as exc:
        conn.rollback()
        reason = str(exc).split("\n", 1)[0]
        messages = {
            "caseapp:bad_invite": BadInvite(
                "Invitationskoden passer ikke til et team på serveren (eller er udløbet)."
            ),
            "caseapp:removed": SyncError("Du er fjernet fra teamet og kan ikke melde dig ind igen."),
            "caseapp:not_creator": SyncError("Kun den, der oprettede teamet, kan fjerne medlemmer."),
            "caseapp:no_member": SyncError("Der er intet medlem med det navn i teamet."),
        }
        raise messages.get(reason, SyncError("Serveren afviste handlingen.")) from None
    except psycopg.errors.UniqueViolation:
        conn.rollback()
        raise SyncError("Teamet findes allerede på serveren.") from None


T = TypeVar("T")


def _offline_guard(func: Callable[[], T]) -> T:
    try:
        return func()
    except psycopg.OperationalError:
        raise SyncOffline(
            "Offline: forbindelsen til serveren blev afbrudt; det, der ikke nåede frem, sendes ved næste synkronisering."
        ) from None


# -- teams -----------------------------------------------------------------------------------


def _require_no_team(db: sqlite_utils.Database) -> None:
    if local_store.state(db).team_id:
        raise SyncError("Databasen er allerede med i et team; forlad det først med 'caseapp team leave'.")


def require_team(db: sqlite_utils.Database) -> local_store.LocalState:
    state = local_store.state(db)
    if not state.team_id:
        raise SyncError(
            "Databasen er ikke med i et team; brug 'caseapp team create' eller 'caseapp team join'."
        )
    return state


def create_team(db: sqlite_utils.Database, server: str, team_name: str, author: str) -> TeamCreated:
    _require_no_team(db)
    if not team_name.strip():
        raise SyncError("Teamet skal have et navn.")
    conn = connect(server)
    try:
        team_id, key, token = uuid.uuid4(), crypto.new_key(), crypto.new_token()
        _server_call(conn, lambda: server_sql.create_team(conn, team_id, crypto.token_hash(token)))
        role = server_sql.current_role(conn)
    finally:
        conn.close()
    install_triggers(db)
    local_store.join_team(db, team_id.hex, team_name.strip(), _without_password(server), role, True, key.hex())
    _queue_team_name(db, team_name.strip())
    code = crypto.encode_invite(crypto.Invite(team_id, key, token))
    return TeamCreated(str(team_id), code, role)


def _queue_team_name(db: sqlite_utils.Database, name: str) -> None:
    """The team's name travels encrypted, like everything else, as entity 'team'."""
    state = local_store.state(db)
    db.execute(
        "INSERT INTO sync_outbox (kind, uuid, op, fields, hlc) VALUES ('team', ?, 'insert', ?, ?)",
        [state.team_id, f'{{"name": {_json(name)}}}', local_store._next_hlc_base(db)],
    )


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def join_team(db: sqlite_utils.Database, server: str, code: str) -> local_store.LocalState:
    invite = crypto.decode_invite(code)  # a mangled code is caught before any connection
    _require_no_team(db)
    conn = connect(server)
    try:
        _server_call(conn, lambda: server_sql.join_team(conn, invite.team_id, invite.token))
        role = server_sql.current_role(conn)
    finally:
        conn.close()
    install_triggers(db)
    local_store.join_team(db, invite.team_id.hex, "", _without_password(server), role, False, invite.key.hex())
    return local_store.state(db)


def share(db: sqlite_utils.Database, citizen_id: int | None, share_all: bool) -> int:
    """Share one citizen or all (also those added later). Returns the entries queued."""
    require_team(db)
    install_triggers(db)
    if share_all:
        local_store.set_share_all(db, True)
        return local_store.share(db, local_store.all_citizen_ids(db))
    assert citizen_id is not None
    if not local_store.citizen_exists(db, citizen_id):
        from caseapp.errors import NotFound

        raise NotFound(f"Der er ingen borger med id {citizen_id}.")
    return local_store.share(db, [citizen_id])


def leave_team(db: sqlite_utils.Database) -> None:
    state = require_team(db)
    conn = connect(state.server)
    try:
        _server_call(conn, lambda: server_sql.leave_team(conn, uuid.UUID(state.team_id)))
    finally:
        conn.close()
    local_store.leave_team(db)


def remove_member(db: sqlite_utils.Database, role: str) -> str:
    """The creator removes a member: write access goes, the key is rotated and the old invite
    code stops working. Returns the new invite code."""
    state = require_team(db)
    team = uuid.UUID(state.team_id)
    conn = connect(state.server)
    try:
        _server_call(conn, lambda: server_sql.remove_member(conn, team, role))
        token = crypto.new_token()
        _rotate(db, conn, team, token)
    finally:
        conn.close()
    return crypto.encode_invite(crypto.Invite(team, _first_key(db), token))


def _first_key(db: sqlite_utils.Database) -> bytes:
    """A new member unwraps the later keys from the first one, so the invite carries epoch 1."""
    return local_store.keys(db)[1]


def _rotate(
    db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID, token: bytes | None
) -> bytes:
    state = local_store.state(db)
    previous = local_store.keys(db)[state.key_epoch]
    epoch = state.key_epoch + 1
    new = crypto.new_key()
    nonce, wrapped = crypto.wrap_key(previous, team, epoch, new)
    join_hash = crypto.token_hash(token) if token else None
    _server_call(
        conn,
        lambda: server_sql.rotate_key(conn, team, server_sql.WrappedKey(epoch, nonce, wrapped), join_hash),
    )
    local_store.add_key(db, epoch, new)
    return new


# -- sync ------------------------------------------------------------------------------------


def _batch_size() -> int:
    try:
        return max(1, int(os.environ.get(BATCH_ENV, DEFAULT_BATCH)))
    except ValueError:
        return DEFAULT_BATCH


def _fault(stage: str, batches: int) -> None:
    if os.environ.get(FAULT_ENV) == f"{stage}:{batches}":
        os.kill(os.getpid(), signal.SIGKILL)


def sync(db: sqlite_utils.Database, author: str, progress: Progress | None = None) -> SyncReport:
    state = require_team(db)
    install_triggers(db)
    try:
        conn = connect(state.server)
    except SyncOffline:
        local_store.mark_synced(db, offline=True)
        raise
    report = SyncReport()
    first_conflict = local_store.last_conflict_id(db)
    try:
        team = uuid.UUID(state.team_id)
        _offline_guard(lambda: _check_member(conn, team))
        _offline_guard(lambda: _fetch_keys(db, conn, team))
        if state.is_creator and _offline_guard(lambda: server_sql.needs_rotation(conn, team)):
            conn.commit()
            _rotate(db, conn, team, None)
        conn.commit()
        # Pull first: a newer value from the team settles a local edit here, before it travels.
        _offline_guard(lambda: _pull_all(db, conn, team, report, progress))
        report.pushed = _offline_guard(lambda: _push_all(db, conn, team, author, progress))
    except SyncOffline:
        local_store.mark_synced(db, offline=True)
        raise
    finally:
        conn.close()
    local_store.mark_synced(db, offline=False)
    report.conflicts = local_store.conflicts_after(db, first_conflict)
    if report.rejected:
        raise TamperedEntry(
            f"{report.rejected} ændring(er) fra serveren kunne ikke godkendes (ændret eller "
            "forfalsket indhold) og blev afvist; resten er synkroniseret."
        )
    return report


def _check_member(conn: psycopg.Connection, team: uuid.UUID) -> None:
    member = server_sql.member_state(conn, team)
    conn.commit()
    if member == "removed":
        raise SyncError(
            "Du er fjernet fra teamet og kan ikke længere sende ændringer; dine lokale data er uændrede."
        )
    if member is None:
        raise SyncError("Serveren kender ikke dette medlem af teamet; tjek serveradressen og brugeren.")


def _fetch_keys(db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID) -> None:
    state = local_store.state(db)
    for wrapped in server_sql.wrapped_keys(conn, team, state.key_epoch):
        previous = local_store.keys(db)[wrapped.epoch - 1]
        key = crypto.unwrap_key(previous, team, wrapped.epoch, wrapped.nonce, wrapped.wrapped)
        local_store.add_key(db, wrapped.epoch, key)
    conn.commit()


def _push_all(
    db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID, author: str,
    progress: Progress | None,
) -> int:
    state = local_store.state(db)
    key = local_store.keys(db)[state.key_epoch]
    device = uuid.UUID(state.device_id)
    size, total, batches = _batch_size(), 0, 0
    while batch := local_store.outbox_batch(db, size):
        rows = []
        for e in batch:
            entity = uuid.UUID(e.uuid)
            payload = {"kind": e.kind, "op": e.op, "fields": e.fields, "by": author}
            nonce, sealed = crypto.seal(key, team, entity, e.hlc, device, state.key_epoch, payload)
            rows.append((entity, e.hlc, device, state.key_epoch, nonce, sealed))
        server_sql.push(conn, team, rows)
        batches += 1
        _fault("push", batches)  # tests: a kill after the server committed, before the outbox
        local_store.pushed(db, batch, state.device_id)
        total += len(batch)
        if progress:
            progress("push", total)
    return total


def _pull_all(
    db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID, report: SyncReport,
    progress: Progress | None,
) -> None:
    size, batches = _batch_size(), 0
    while True:
        state = local_store.state(db)
        entries = server_sql.pull(conn, team, state.cursor, size)
        if not entries:
            return
        _apply_batch(db, team, state, entries, report, batches)
        batches += 1
        if progress:
            progress("pull", report.pulled)


def _apply_batch(
    db: sqlite_utils.Database, team: uuid.UUID, state: local_store.LocalState,
    entries: list[server_sql.ServerEntry], report: SyncReport, batches: int,
) -> None:
    keys = local_store.keys(db)
    me = uuid.UUID(state.device_id)
    authors: dict[str, str] = {}
    with db.atomic():
        applying = apply.begin_applying(db)
        for entry in entries:
            report.pulled += 1
            if entry.author_device == me:
                continue  # our own change coming back
            payload = _open_entry(keys, team, entry)
            if payload is None:
                local_store.reject(db, entry.seq)
                report.rejected += 1
                continue
            device = entry.author_device.hex
            authors[device] = str(payload.get("by", ""))
            incoming = apply.Incoming(
                str(payload.get("kind")), entry.entity_id.hex, str(payload.get("op")),
                dict(payload.get("fields") or {}), entry.hlc, device,
            )
            try:  # (a refused insert undoes only itself: apply writes nothing before it)
                if apply.apply(db, incoming):
                    report.applied += 1
            except IntegrityError:  # it points to a row that never arrived (a refused entry)
                report.skipped += 1
        for device, name in authors.items():
            local_store.remember_author(db, device, name)
        local_store.observe_hlc(db, max(e.hlc for e in entries))
        _fault("pull", batches + 1)  # tests: a kill before the batch and its cursor commit
        apply.end_applying(db, entries[-1].seq, applying)


def _open_entry(
    keys: dict[int, bytes], team: uuid.UUID, entry: server_sql.ServerEntry
) -> dict | None:
    key = keys.get(entry.key_epoch)
    if key is None:
        return None
    try:
        return crypto.open_sealed(
            key, team, entry.entity_id, entry.hlc, entry.author_device, entry.key_epoch,
            entry.nonce, entry.payload,
        )
    except TamperedEntry:
        return None
