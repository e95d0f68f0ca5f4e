"""Putting back what a server lost of the team itself: a server restored from a backup, or a
standby promoted while behind, may have forgotten a removal (the member and her revoked devices)
and the key rotation after it. Every laptop still knows them (a revocation is pinned here once
its signature checked out, and the keys stay), so the laptops that were allowed to make them say
them again: a revocation is signed again by this device (the creator's for any device, a
member's for her own), a member this device removed is marked removed again (the creator; a
lost laptop's member whose only device was revoked stays a member), and a lost epoch goes back
with the very same key, sealed to the devices still trusted (the creator).
"""

from __future__ import annotations

import uuid
from collections import defaultdict

import psycopg
import sqlite_utils

from caseapp.sync import crypto, ledger, local_store, membership, server_sql
from caseapp.sync.server_link import server_call


def restore(
    db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID,
    cards: list[server_sql.DeviceCard],
) -> int:
    """Put back the removals and team keys the server lost. Returns how many were put back."""
    return _revocations(db, conn, team, cards) + _epochs(db, conn, team)


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
