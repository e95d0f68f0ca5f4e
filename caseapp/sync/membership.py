"""Founding, joining and leaving a team (the colleagues' citizens leave the laptop with it:
team_leave.py); invites; removing a member or one lost device; handing
the creator role on. The keys: each device's own (made here), and the team's epoch keys, which
only ever travel sealed to a trusted device's public key.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import psycopg
import sqlite_utils

from caseapp.storage import responsible
from caseapp.sync import crypto, ledger, local_store, server_sql, team_leave, team_purge, trust
from caseapp.sync.capture import install_triggers
from caseapp.sync.errors import SyncError
from caseapp.sync.server_link import connect, offline_guard, server_call, without_password

INVITE_DAYS = 7


@dataclass(frozen=True)
class TeamCreated:
    team_id: str
    invite_code: str
    role: str


@dataclass(frozen=True)
class MemberListing:
    role: str
    is_creator: bool
    removed: bool
    devices: list[str]  # device ids (short), revoked ones marked


def require_team(db: sqlite_utils.Database) -> local_store.LocalState:
    state = local_store.state(db)
    if not state.team_id:
        raise SyncError(
            "Databasen er ikke med i et team; brug 'caseapp team create' eller 'caseapp team join'."
        )
    if state.device_keys is None:
        raise SyncError(
            "Teamet er oprettet med en ældre caseapp uden nøgler pr. maskine; forlad det med "
            "'caseapp team leave' og opret eller tilslut teamet igen (de lokale data bliver)."
        )
    return state


def _require_no_team(db: sqlite_utils.Database) -> None:
    if local_store.state(db).team_id:
        raise SyncError("Databasen er allerede med i et team; forlad det først med 'caseapp team leave'.")


def _own_card(team: uuid.UUID, device: uuid.UUID, role: str, keys: crypto.DeviceKeys) -> bytes:
    return crypto.card(team, device, role, keys.sign_public, keys.box_public)


def create_team(db: sqlite_utils.Database, server: str, team_name: str) -> TeamCreated:
    _require_no_team(db)
    if not team_name.strip():
        raise SyncError("Teamet skal have et navn.")
    state = local_store.state(db)
    team, device, keys, key = uuid.uuid4(), uuid.UUID(state.device_id), crypto.DeviceKeys.new(), crypto.new_key()
    conn = connect(server)
    try:  # everything on the server first: a break leaves this database out of any team
        role, invite = offline_guard(lambda: _found_on_server(conn, team, device, keys, key))
    finally:
        conn.close()
    install_triggers(db)
    with db.atomic():
        local_store.join_team(db, local_store.Membership(
            team.hex, team_name.strip(), without_password(server), role, True, keys,
            device.hex, None))
        ledger.trust_device(db, device.hex, role, keys.sign_public, keys.box_public)
        local_store.add_key(db, 1, key)
        local_store.queue_team_name(db, team_name.strip())
        ledger.remember_invite(db, invite.token_hash, invite.secret, INVITE_DAYS)
        responsible.link_to_members(db)  # "responsible: <my name>" is now this member
    return TeamCreated(str(team), crypto.encode_invite(invite), role)


def _found_on_server(
    conn: psycopg.Connection, team: uuid.UUID, device: uuid.UUID, keys: crypto.DeviceKeys,
    key: bytes,
) -> tuple[str, crypto.Invite]:
    """The team, this device as its first (vouching for itself), the first key sealed to it,
    and the first invite. Returns this member's login and the invite."""
    role = server_sql.current_role(conn)
    endorsement = keys.sign(_own_card(team, device, role, keys))
    server_call(conn, lambda: server_sql.create_team(
        conn, team, device, keys.sign_public, keys.box_public, endorsement))
    sealed, signature = crypto.seal_epoch_key(keys, team, 1, device, keys.box_public, key)
    server_call(conn, lambda: server_sql.add_epoch(conn, team, device, 1, [(device, sealed, signature)]))
    invite = crypto.new_invite(team, keys.sign_public)
    server_call(conn, lambda: server_sql.create_invite(conn, team, invite.token_hash, None, INVITE_DAYS))
    return role, invite


def _new_invite(
    db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID, for_role: str | None,
    days: int,
) -> str:
    root = ledger.devices(db).get(local_store.state(db).root_device or "")
    if root is None:
        raise SyncError("Synkronisér én gang, før du inviterer andre: teamets første maskine skal kendes.")
    invite = crypto.new_invite(team, root.sign_pub)
    server_call(conn, lambda: server_sql.create_invite(conn, team, invite.token_hash, for_role, days))
    ledger.remember_invite(db, invite.token_hash, invite.secret, days, for_role)
    return crypto.encode_invite(invite)


def create_invite(db: sqlite_utils.Database, for_role: str | None = None, days: int = INVITE_DAYS) -> str:
    """A one-device invite code (any member may make one); `for_role` keeps it to one login."""
    state = require_team(db)
    conn = connect(state.server)
    try:
        return offline_guard(lambda: _new_invite(db, conn, uuid.UUID(state.team_id), for_role, days))
    finally:
        conn.close()


def join_team(db: sqlite_utils.Database, server: str, code: str) -> local_store.LocalState:
    invite = crypto.decode_invite(code)  # a mangled code is caught before any connection
    _require_no_team(db)
    state = local_store.state(db)
    device, keys = uuid.UUID(state.device_id), crypto.DeviceKeys.new()
    conn = connect(server)
    try:
        role = offline_guard(lambda: server_sql.current_role(conn))
        mac = invite.card_mac(_own_card(invite.team_id, device, role, keys))
        offline_guard(lambda: server_call(conn, lambda: server_sql.join_team(
            conn, invite.team_id, invite.server_token, device, keys.sign_public, keys.box_public, mac)))
    finally:
        conn.close()
    install_triggers(db)
    with db.atomic():
        local_store.join_team(db, local_store.Membership(
            invite.team_id.hex, "", without_password(server), role, False, keys, None,
            invite.root))
        ledger.trust_device(db, device.hex, role, keys.sign_public, keys.box_public)
        ledger.remember_join_secret(db, invite.secret)  # to register this card again (card_repair)
        responsible.link_to_members(db)
    return local_store.state(db)


def leave_team(db: sqlite_utils.Database, now: dt.datetime | None = None) -> team_leave.LetGo:
    """Leave on the server, then, in one transaction, purge the colleagues' citizens from this
    laptop (team_leave.py) and forget the team. Returns what was purged and what stayed."""
    state = local_store.state(db)
    if not state.team_id:
        require_team(db)
    if team_purge.unfinished(db):
        raise SyncError(
            "Synkronisér først: en sletning af en delt borger er endnu ikke gennemført på teamets "
            "server, og forlader du teamet nu, bliver borgerens data liggende der.")
    if state.device_keys is not None:
        conn = connect(state.server)
        try:
            offline_guard(lambda: server_call(
                conn, lambda: server_sql.leave_team(conn, uuid.UUID(state.team_id))))
        finally:
            conn.close()
    with db.atomic():
        # A team from before devices had keys is left to move to a new server (README): its
        # records stay, as that move expects.
        left = team_leave.let_go(db, now or dt.datetime.now()) if state.device_keys else team_leave.LetGo()
        local_store.leave_team(db)
    if left.purged:
        team_purge.after_applied(db)  # the WAL and the pre-migration copies, as after any purge
    return left


def members(db: sqlite_utils.Database) -> list[MemberListing]:
    state = require_team(db)
    team = uuid.UUID(state.team_id)
    conn = connect(state.server)
    try:
        rows = offline_guard(lambda: server_call(conn, lambda: server_sql.members(conn, team)))
        cards = offline_guard(lambda: server_call(conn, lambda: server_sql.devices(conn, team)))
    finally:
        conn.close()
    trusted = ledger.devices(db)

    def label(card: server_sql.DeviceCard) -> str:
        mark = "" if card.device.hex in trusted else " (ikke godkendt endnu)"
        if card.revoked_last is not None:
            mark = " (spærret)"
        return card.device.hex[:8] + mark

    return [
        MemberListing(r.role, r.is_creator, r.removed, [label(c) for c in cards if c.role == r.role])
        for r in rows
    ]


# -- keys for joiners, and new epochs after a removal ----------------------------------------


def endorse_joiners(
    db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID,
    cards: list[server_sql.DeviceCard],
) -> int:
    """Vouch for devices that joined with this device's invites, and seal every epoch key this
    device holds to each of them. Returns how many."""
    state = local_store.state(db)
    keys, me = state.device_keys, uuid.UUID(state.device_id)
    assert keys is not None
    epoch_keys = local_store.keys(db)
    ledger.forget_expired_invites(db)
    done = 0
    for card in trust.pending_joiners(db, team, cards):
        endorsement = keys.sign(trust.card_bytes(team, card))
        sealed = [
            (epoch, *crypto.seal_epoch_key(keys, team, epoch, card.device, card.box_pub, key))
            for epoch, key in sorted(epoch_keys.items())
        ]
        server_call(conn, lambda c=card, e=endorsement, s=sealed: server_sql.endorse_device(
            conn, team, c.device, me, e, s))
        # Trusted here at once: a removal before the next sync must seal its new key to it too.
        ledger.trust_device(db, card.device.hex, card.role, card.sign_pub, card.box_pub)
        assert card.invite_hash is not None
        ledger.mark_invite_used(db, card.invite_hash, card.device.hex)
        done += 1
    return done


def seal_missing_keys(db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID) -> int:
    """Seal each epoch key this device holds to every trusted, unrevoked device the server says
    lacks it (a device vouched for by someone else just before a removal). Returns how many."""
    state = local_store.state(db)
    keys, me = state.device_keys, uuid.UUID(state.device_id)
    assert keys is not None
    have, trusted = local_store.keys(db), ledger.devices(db)
    sealed = []
    for recipient, epoch in server_sql.keys_missing(conn, team):
        device = trusted.get(recipient.hex)
        if epoch not in have or device is None or device.revoked_last is not None:
            continue
        sealed.append((epoch, recipient, *crypto.seal_epoch_key(
            keys, team, epoch, recipient, device.box_pub, have[epoch])))
    if sealed:
        server_call(conn, lambda: server_sql.add_keys(conn, team, me, sealed))
    return len(sealed)


def refresh_trust(db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID) -> list[server_sql.DeviceCard]:
    """Who is in the team now, as far as the signatures show; returns the server's cards."""
    cards = server_sql.devices(conn, team)
    creators = {m.role for m in server_sql.members(conn, team) if m.is_creator and not m.removed}
    with db.atomic():
        trust.update(db, team, cards, creators)
        local_store.set_creator(db, local_store.state(db).member_role in creators)
    return cards


def rotate(db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID) -> int:
    """A fresh random epoch key, never derived from an old one, sealed to every trusted device
    that is not revoked. Returns the new epoch."""
    state = local_store.state(db)
    keys, me = state.device_keys, uuid.UUID(state.device_id)
    assert keys is not None
    epoch, key = max(local_store.keys(db), default=0) + 1, crypto.new_key()
    sealed = sealed_to_trusted(db, keys, team, epoch, key)
    server_call(conn, lambda: server_sql.add_epoch(conn, team, me, epoch, sealed))
    local_store.add_key(db, epoch, key)
    return epoch


def sealed_to_trusted(
    db: sqlite_utils.Database, keys: crypto.DeviceKeys, team: uuid.UUID, epoch: int, key: bytes
) -> list[tuple[uuid.UUID, bytes, bytes]]:
    """The epoch key sealed to every trusted device that is not revoked."""
    recipients = [d for d in ledger.devices(db).values() if d.trusted and d.revoked_last is None]
    return [
        (uuid.UUID(d.device), *crypto.seal_epoch_key(keys, team, epoch, uuid.UUID(d.device), d.box_pub, key))
        for d in recipients
    ]


def revoke(
    db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID,
    devices: list[uuid.UUID], remove_role: str | None,
) -> None:
    state = local_store.state(db)
    keys, me = state.device_keys, uuid.UUID(state.device_id)
    assert keys is not None
    heads = server_sql.heads(conn, team)
    revocations = []
    for device in devices:
        last = heads[device].last_device_seq if device in heads else 0
        revocations.append((device, last, keys.sign(crypto.revocation(team, device, last))))
    server_call(conn, lambda: server_sql.revoke_devices(conn, team, me, revocations, remove_role))
    for device, last, _signature in revocations:
        ledger.revoke_device(db, device.hex, last)


def remove_member(db: sqlite_utils.Database, role: str) -> None:
    """The creator removes a member: her devices are revoked at the number the server has from
    each, and a new epoch key reaches everyone else."""
    state = require_team(db)
    team = uuid.UUID(state.team_id)
    conn = connect(state.server)
    try:
        cards = offline_guard(lambda: server_call(conn, lambda: refresh_trust(db, conn, team)))
        theirs = [c.device for c in cards if c.role == role and c.revoked_last is None]
        offline_guard(lambda: revoke(db, conn, team, theirs, role))
        ledger.remember_removed(db, [role])
        offline_guard(lambda: rotate(db, conn, team))
    finally:
        conn.close()


def remove_device(db: sqlite_utils.Database, device_prefix: str) -> str:
    """Revoke one lost laptop (the member stays); the creator or the device's own member."""
    state = require_team(db)
    team = uuid.UUID(state.team_id)
    conn = connect(state.server)
    try:
        cards = offline_guard(lambda: server_call(conn, lambda: server_sql.devices(conn, team)))
        found = [c for c in cards if c.device.hex.startswith(device_prefix.lower().replace("-", ""))]
        if len(found) != 1 or not device_prefix.strip():
            raise SyncError("Angiv maskinens id (mindst de første tegn, som 'caseapp team members' viser dem).")
        if found[0].device.hex == state.device_id:
            raise SyncError("Denne maskine kan ikke spærre sig selv; brug 'caseapp team leave'.")
        offline_guard(lambda: revoke(db, conn, team, [found[0].device], None))
        if state.is_creator:
            offline_guard(lambda: rotate(db, conn, team))
    finally:
        conn.close()
    return found[0].device.hex


def hand_over_creator(db: sqlite_utils.Database, role: str) -> None:
    state = require_team(db)
    conn = connect(state.server)
    try:
        server_call(conn, lambda: server_sql.set_creator(conn, uuid.UUID(state.team_id), role))
    finally:
        conn.close()
    with db.atomic():  # kept as a signed entry too, so a server that loses it gets it back
        local_store.set_creator(db, False)
        local_store.queue_creator(db, role)
