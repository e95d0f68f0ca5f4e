"""Team sharing: create or join a team, share citizens, and sync (push the outbox, pull what is
newer than the cursor). Pure Python; SQL lives in caseapp/storage (sync_* and pg_server).

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

import psycopg
import sqlite_utils
from psycopg import conninfo as pg_conninfo

from caseapp.storage import pg_server, sync_apply, sync_local
from caseapp.storage.connection import IntegrityError
from caseapp.storage.sync_tables import install_triggers
from caseapp.sync import crypto
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
DEFAULT_BATCH = 500

Progress = Callable[[str, int], None]


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    applied: int = 0
    rejected: int = 0
    skipped: int = 0
    conflicts: list[sync_local.ConflictRow] = field(default_factory=list)


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
        conn = pg_server.connect(conninfo)
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
    if not pg_server.has_schema(conn):
        raise SyncError(
            "Serveren er ikke gjort klar til caseapp; bed databaseadministratoren installere skemaet."
        )
    version = pg_server.schema_version(conn)
    conn.commit()
    if version > pg_server.SERVER_SCHEMA_VERSION:
        raise SyncError(
            f"Serveren bruger et nyere synkroniseringsskema (version {version}) end denne "
            f"caseapp kender ({pg_server.SERVER_SCHEMA_VERSION}); opdatér caseapp før du synkroniserer."
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


def _offline_guard(func: Callable[[], object]) -> object:
    try:
        return func()
    except psycopg.OperationalError:
        raise SyncOffline(
            "Offline: forbindelsen til serveren blev afbrudt; det, der ikke nåede frem, sendes ved næste synkronisering."
        ) from None


# -- teams -----------------------------------------------------------------------------------


def _require_no_team(db: sqlite_utils.Database) -> None:
    if sync_local.state(db).team_id:
        raise SyncError("Databasen er allerede med i et team; forlad det først med 'caseapp team leave'.")


def require_team(db: sqlite_utils.Database) -> sync_local.LocalState:
    state = sync_local.state(db)
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
        _server_call(conn, lambda: pg_server.create_team(conn, team_id, crypto.token_hash(token)))
        role = pg_server.current_role(conn)
    finally:
        conn.close()
    install_triggers(db)
    sync_local.join_team(db, team_id.hex, team_name.strip(), _without_password(server), role, True, key.hex())
    _queue_team_name(db, team_name.strip())
    code = crypto.encode_invite(crypto.Invite(team_id, key, token))
    return TeamCreated(str(team_id), code, role)


def _queue_team_name(db: sqlite_utils.Database, name: str) -> None:
    """The team's name travels encrypted, like everything else, as entity 'team'."""
    state = sync_local.state(db)
    db.execute(
        "INSERT INTO sync_outbox (kind, uuid, op, fields, hlc) VALUES ('team', ?, 'insert', ?, ?)",
        [state.team_id, f'{{"name": {_json(name)}}}', sync_local._next_hlc_base(db)],
    )


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def join_team(db: sqlite_utils.Database, server: str, code: str) -> sync_local.LocalState:
    invite = crypto.decode_invite(code)  # a mangled code is caught before any connection
    _require_no_team(db)
    conn = connect(server)
    try:
        _server_call(conn, lambda: pg_server.join_team(conn, invite.team_id, invite.token))
        role = pg_server.current_role(conn)
    finally:
        conn.close()
    install_triggers(db)
    sync_local.join_team(db, invite.team_id.hex, "", _without_password(server), role, False, invite.key.hex())
    return sync_local.state(db)


def share(db: sqlite_utils.Database, citizen_id: int | None, share_all: bool) -> int:
    """Share one citizen or all (also those added later). Returns the entries queued."""
    require_team(db)
    install_triggers(db)
    if share_all:
        sync_local.set_share_all(db, True)
        return sync_local.share(db, sync_local.all_citizen_ids(db))
    assert citizen_id is not None
    if not sync_local.citizen_exists(db, citizen_id):
        from caseapp.errors import NotFound

        raise NotFound(f"Der er ingen borger med id {citizen_id}.")
    return sync_local.share(db, [citizen_id])


def leave_team(db: sqlite_utils.Database) -> None:
    state = require_team(db)
    conn = connect(state.server)
    try:
        _server_call(conn, lambda: pg_server.leave_team(conn, uuid.UUID(state.team_id)))
    finally:
        conn.close()
    sync_local.leave_team(db)


def remove_member(db: sqlite_utils.Database, role: str) -> str:
    """The creator removes a member: write access goes, the key is rotated and the old invite
    code stops working. Returns the new invite code."""
    state = require_team(db)
    team = uuid.UUID(state.team_id)
    conn = connect(state.server)
    try:
        _server_call(conn, lambda: pg_server.remove_member(conn, team, role))
        token = crypto.new_token()
        _rotate(db, conn, team, token)
    finally:
        conn.close()
    return crypto.encode_invite(crypto.Invite(team, _first_key(db), token))


def _first_key(db: sqlite_utils.Database) -> bytes:
    """A new member unwraps the later keys from the first one, so the invite carries epoch 1."""
    return sync_local.keys(db)[1]


def _rotate(
    db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID, token: bytes | None
) -> bytes:
    state = sync_local.state(db)
    previous = sync_local.keys(db)[state.key_epoch]
    epoch = state.key_epoch + 1
    new = crypto.new_key()
    nonce, wrapped = crypto.wrap_key(previous, team, epoch, new)
    join_hash = crypto.token_hash(token) if token else None
    _server_call(
        conn,
        lambda: pg_server.rotate_key(conn, team, pg_server.WrappedKey(epoch, nonce, wrapped), join_hash),
    )
    sync_local.add_key(db, epoch, new)
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
        sync_local.mark_synced(db, offline=True)
        raise
    report = SyncReport()
    first_conflict = sync_local.last_conflict_id(db)
    try:
        team = uuid.UUID(state.team_id)
        _offline_guard(lambda: _check_member(conn, team))
        _offline_guard(lambda: _fetch_keys(db, conn, team))
        if state.is_creator and _offline_guard(lambda: pg_server.needs_rotation(conn, team)):
            conn.commit()
            _rotate(db, conn, team, None)
        conn.commit()
        report.pushed = int(_offline_guard(lambda: _push_all(db, conn, team, author, progress)))  # type: ignore[arg-type]
        _offline_guard(lambda: _pull_all(db, conn, team, report, progress))
    except SyncOffline:
        sync_local.mark_synced(db, offline=True)
        raise
    finally:
        conn.close()
    sync_local.mark_synced(db, offline=False)
    report.conflicts = sync_local.conflicts_after(db, first_conflict)
    if report.rejected:
        raise TamperedEntry(
            f"{report.rejected} ændring(er) fra serveren kunne ikke godkendes (ændret eller "
            "forfalsket indhold) og blev afvist; resten er synkroniseret."
        )
    return report


def _check_member(conn: psycopg.Connection, team: uuid.UUID) -> None:
    member = pg_server.member_state(conn, team)
    conn.commit()
    if member == "removed":
        raise SyncError(
            "Du er fjernet fra teamet og kan ikke længere sende ændringer; dine lokale data er uændrede."
        )
    if member is None:
        raise SyncError("Serveren kender ikke dette medlem af teamet; tjek serveradressen og brugeren.")


def _fetch_keys(db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID) -> None:
    state = sync_local.state(db)
    for wrapped in pg_server.wrapped_keys(conn, team, state.key_epoch):
        previous = sync_local.keys(db)[wrapped.epoch - 1]
        key = crypto.unwrap_key(previous, team, wrapped.epoch, wrapped.nonce, wrapped.wrapped)
        sync_local.add_key(db, wrapped.epoch, key)
    conn.commit()


def _push_all(
    db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID, author: str,
    progress: Progress | None,
) -> int:
    state = sync_local.state(db)
    key = sync_local.keys(db)[state.key_epoch]
    device = uuid.UUID(state.device_id)
    size, total, batches = _batch_size(), 0, 0
    while batch := sync_local.outbox_batch(db, size):
        rows = []
        for e in batch:
            entity = uuid.UUID(e.uuid)
            payload = {"kind": e.kind, "op": e.op, "fields": e.fields, "by": author}
            nonce, sealed = crypto.seal(key, team, entity, e.hlc, device, state.key_epoch, payload)
            rows.append((entity, e.hlc, device, state.key_epoch, nonce, sealed))
        pg_server.push(conn, team, rows)
        batches += 1
        _fault("push", batches)  # tests: a kill after the server committed, before the outbox
        sync_local.pushed(db, batch, state.device_id)
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
        state = sync_local.state(db)
        entries = pg_server.pull(conn, team, state.cursor, size)
        if not entries:
            return
        _apply_batch(db, team, state, entries, report, batches)
        batches += 1
        if progress:
            progress("pull", report.pulled)


def _apply_batch(
    db: sqlite_utils.Database, team: uuid.UUID, state: sync_local.LocalState,
    entries: list[pg_server.ServerEntry], report: SyncReport, batches: int,
) -> None:
    keys = sync_local.keys(db)
    me = uuid.UUID(state.device_id)
    with db.atomic():
        sync_apply.begin_applying(db)
        for entry in entries:
            report.pulled += 1
            if entry.author_device == me:
                continue  # our own change coming back
            key = keys.get(entry.key_epoch)
            try:
                if key is None:
                    raise TamperedEntry("Ukendt nøgle.")
                payload = crypto.open_sealed(
                    key, team, entry.entity_id, entry.hlc, entry.author_device, entry.key_epoch,
                    entry.nonce, entry.payload,
                )
            except TamperedEntry:
                sync_local.reject(db, entry.seq)
                report.rejected += 1
                continue
            device = entry.author_device.hex
            sync_local.remember_author(db, device, str(payload.get("by", "")))
            sync_local.observe_hlc(db, entry.hlc)
            incoming = sync_apply.Incoming(
                str(payload.get("kind")), entry.entity_id.hex, str(payload.get("op")),
                dict(payload.get("fields") or {}), entry.hlc, device,
            )
            try:
                with db.atomic():
                    if sync_apply.apply(db, incoming):
                        report.applied += 1
            except IntegrityError:  # it points to a row that never arrived (a refused entry)
                report.skipped += 1
        _fault("pull", batches + 1)  # tests: a kill before the batch and its cursor commit
        sync_apply.end_applying(db, entries[-1].seq)
