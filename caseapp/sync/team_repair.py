"""Putting back what a server lost of the team itself: a server restored from a backup, or a
standby promoted while behind, may have forgotten a removal (the member and her revoked devices)
and the key rotation after it, an invite, or a creator role handed on. Every laptop still knows
them (a revocation is pinned here once its signature checked out, and the keys stay), so the
laptops that were allowed to make them say them again: a revocation is signed again by this
device (the creator's for any device, a member's for her own), a member this device removed is
marked removed again (the creator; a lost laptop's member whose only device was revoked stays a
member), and a lost epoch goes back with the very same key, sealed to the devices still trusted
(the creator).

Two more things live outside the chains. The creator role: handing it over is also a signed team
entry ('creator', kept in the author's own log), so every laptop knows the newest handing over;
when the server names this device's member creator although this device handed the role on since
(and no one has handed it on after that, as far as the pull just done shows), it hands it over
again. Only one's own handing over is acted on: an entry from someone else can only stop this
device from acting, never make it hand the role to anyone. Invites: a server that lost entries
(a mark below what this laptop wrote or has seen) has lost the invites made since its copy too,
so the open invites this device made (not used, not expired; with the login each was for) are
made again with the same token, for the days they had left; one the server still holds is left
as it is. A copy that differs only by an invite (nothing written after it) shows no lower mark,
so an open invite is tried again on every sync until an entry of this device written after it
is on the server. And the invite of a device that joined with one from here, whose card the
server lost, is made again for that device to register the same card (card_repair).
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections import defaultdict

import psycopg
import sqlite_utils

from caseapp.sync import crypto, ledger, local_store, membership, server_sql
from caseapp.sync.errors import SyncError
from caseapp.sync.server_link import server_call


def restore(
    db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID,
    cards: list[server_sql.DeviceCard],
) -> int:
    """Put back the removals, team keys and invites the server lost. Returns how many were
    put back. (The creator role: `restore_creator`, after the pull.)"""
    return (_revocations(db, conn, team, cards) + _epochs(db, conn, team) + _invites(db, conn, team)
            + _lost_joiners(db, conn, team, cards))


def restore_creator(db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID) -> int:
    """Hand the creator role on again when the server forgot that this device handed it on.
    Called after the pull, so a colleague's newer handing over (giving it back) is known first.
    Returns 1 when it was handed on again."""
    to, state = local_store.creator_handed_by_me(db), local_store.state(db)
    if not to or to == state.member_role:
        return 0
    members = {m.role: m for m in server_sql.members(conn, team)}
    me, heir = members.get(state.member_role), members.get(to)
    if me is None or not me.is_creator or heir is None or heir.removed or heir.is_creator:
        return 0
    try:
        server_call(conn, lambda: server_sql.set_creator(conn, team, to))
    except SyncError:  # refused (the heir left meanwhile): the next sync looks again
        return 0
    local_store.set_creator(db, False)
    return 1


def _server_lost_entries(db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID) -> bool:
    """Whether the server holds less from some device than this laptop knows it wrote or saw
    (the per-device high-water marks): it was restored from a copy, or a standby promoted."""
    state = local_store.state(db)
    heads = server_sql.heads(conn, team)
    mine = heads.get(uuid.UUID(state.device_id))
    if state.confirmed_seq > (mine.last_device_seq if mine else 0):
        return True
    for device in ledger.devices(db).values():
        head = heads.get(uuid.UUID(device.device))
        if device.device != state.device_id and device.max_seq > (head.last_device_seq if head else 0):
            return True
    return False


def _invites(db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID) -> int:
    """Make again the open invites the server lost. An invite with an entry of this device on
    the server written after it is covered by the marks (a copy without the invite lacks that
    entry too); one without is tried on every sync until then, used or expired: the server
    refuses one it holds."""
    now, confirmed = dt.datetime.now(dt.UTC), local_store.state(db).confirmed_seq
    open_invites = ledger.open_invites(db, now)
    unanchored = [i for i in open_invites if i.written_after is None or confirmed <= i.written_after]
    if open_invites and len(unanchored) < len(open_invites) and _server_lost_entries(db, conn, team):
        unanchored = open_invites
    made = 0
    for invite in unanchored:
        days = max(1, min(30, math.ceil((invite.expires_at - now) / dt.timedelta(days=1))))
        if _make_again(conn, team, invite.token_hash, invite.for_role, days):
            ledger.renew_invite(db, invite.token_hash)
            made += 1
    return made


def _lost_joiners(
    db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID,
    cards: list[server_sql.DeviceCard],
) -> int:
    """The invites of devices that joined with one from here and whose card the server lost
    (its copy is older than their joining): made again, so the device can register the same
    card again on its next sync (sync/card_repair.py); this device then vouches for that card
    only (trust.pending_joiners)."""
    on_server, known = {c.device.hex for c in cards}, ledger.devices(db)
    made = 0
    for invite in ledger.used_invites(db):
        device = known.get(invite.device)
        if invite.device in on_server or device is None or device.revoked_last is not None:
            continue
        made += _make_again(conn, team, invite.token_hash, invite.for_role, membership.INVITE_DAYS)
    return made


def _make_again(
    conn: psycopg.Connection, team: uuid.UUID, token_hash: bytes, for_role: str | None, days: int
) -> bool:
    try:
        server_call(conn, lambda: server_sql.create_invite(conn, team, token_hash, for_role, days))
    except SyncError:  # the server still has it (or refuses it): leave it as it is
        return False
    except psycopg.errors.ReadOnlySqlTransaction:  # a standby: the pull still goes on; next sync
        return False
    return True


def _lost_revocations(
    db: sqlite_utils.Database, cards: list[server_sql.DeviceCard]
) -> list[server_sql.DeviceCard]:
    """Cards the server shows unrevoked, revoked here, whose revocation this device may sign."""
    state = local_store.state(db)
    known = ledger.devices(db)
    out = []
    for card in cards:
        here = known.get(card.device.hex)
        if card.revoked_last is not None or here is None or here.revoked_last is None:
            continue
        if card.device.hex != state.device_id and (state.is_creator or here.role == state.member_role):
            out.append(card)
    return out


def _revocations(
    db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID,
    cards: list[server_sql.DeviceCard],
) -> int:
    state = local_store.state(db)
    lost = _lost_revocations(db, cards)
    removed = _removed_roles(db, conn, team) if state.is_creator else set()
    if not lost and not removed:
        return 0
    keys, me = state.device_keys, uuid.UUID(state.device_id)
    assert keys is not None
    heads = server_sql.heads(conn, team)
    by_role: dict[str, list[tuple[uuid.UUID, int, bytes]]] = defaultdict(list)
    for card in lost:
        # The server takes a revocation only at the number it holds from the device now. Past
        # the number it was made at (the removed device wrote to the promoted server before
        # this sync), the laptops that knew of the removal still refuse those entries, having
        # pinned the first revocation; a laptop joining later would take them.
        last = heads[card.device].last_device_seq if card.device in heads else 0
        by_role[card.role].append((card.device, last, keys.sign(crypto.revocation(team, card.device, last))))
    for role in sorted(set(by_role) | removed):
        revocations = by_role.get(role, [])
        server_call(conn, lambda r=revocations, m=role: server_sql.revoke_devices(
            conn, team, me, r, m if m in removed else None))
    return sum(len(r) for r in by_role.values()) + len(removed)


def _removed_roles(db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID) -> set[str]:
    """Members this device removed (or whose leaving it acted on) that the server counts as in
    the team again."""
    mine = ledger.removed_members(db)
    if not mine:
        return set()
    return {m.role for m in server_sql.members(conn, team) if m.role in mine and not m.removed and not m.is_creator}


def _epochs(db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID) -> int:
    state = local_store.state(db)
    if not state.is_creator:
        return 0  # only the creator may add an epoch; the others wait for her next sync
    keys, me = state.device_keys, uuid.UUID(state.device_id)
    assert keys is not None
    have = local_store.keys(db)
    lost = sorted(e for e in have if e > server_sql.latest_epoch(conn, team))
    for epoch in lost:
        sealed = membership.sealed_to_trusted(db, keys, team, epoch, have[epoch])
        server_call(conn, lambda e=epoch, s=sealed: server_sql.add_epoch(conn, team, me, e, s))
    return len(lost)
