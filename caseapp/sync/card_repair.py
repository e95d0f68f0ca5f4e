"""Registering this device's card again when the server lost it: a server restored from a copy
older than this device's joining (or a standby promoted while behind) knows neither the card nor,
perhaps, the member. The device joins again exactly as it joined: the same id and keys, the same
invite token and the card authenticated with the invite's secret (kept since joining,
`ledger.join_secret`). The server takes the invite when its copy still holds it unused; when the
copy lacks it, the inviting device makes it again on its next sync (team_repair) and vouches for
this card only. Laptops that pinned the card keep it; the others pin it again once vouched for,
so the device's entries verify everywhere again.
"""

from __future__ import annotations

import uuid

import psycopg
import sqlite_utils

from caseapp.sync import crypto, ledger, local_store, server_sql
from caseapp.sync.errors import AwaitingInviter, BadInvite
from caseapp.sync.server_link import server_call


def card_missing(db: sqlite_utils.Database, cards: list[server_sql.DeviceCard]) -> bool:
    """Whether the server's cards lack this device (a device that founded the team, or joined
    before its invite was kept here, cannot register again and is left to the usual sentences)."""
    me = local_store.state(db).device_id
    return all(card.device.hex != me for card in cards) and ledger.join_secret(db) is not None


def register_again(db: sqlite_utils.Database, conn: psycopg.Connection, team: uuid.UUID) -> bool:
    """Join again with the kept invite. Returns False when this device cannot (no invite kept);
    raises AwaitingInviter when the server holds no usable invite for it yet."""
    secret, state = ledger.join_secret(db), local_store.state(db)
    if secret is None or state.device_keys is None:
        return False
    keys, device = state.device_keys, uuid.UUID(state.device_id)
    invite = crypto.Invite(team, secret, state.root_fingerprint or b"")
    mac = invite.card_mac(crypto.card(team, device, state.member_role, keys.sign_public, keys.box_public))
    try:
        server_call(conn, lambda: server_sql.join_team(
            conn, team, invite.server_token, device, keys.sign_public, keys.box_public, mac))
    except BadInvite:
        raise AwaitingInviter(
            "Serveren kender ikke længere denne maskine (den er lagt tilbage fra en ældre kopi). "
            "Den meldes ind igen, når den, der inviterede dig, har synkroniseret; dit arbejde er "
            "gemt her og sendes derefter."
        ) from None
    return True
