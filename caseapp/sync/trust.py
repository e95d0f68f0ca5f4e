"""Which devices of the team this database trusts, worked out from the server's device cards.

The server is not trusted to say who is in the team. Every card is signed (endorsed) by a device
already trusted, back to the team's first device (the root), whose key fingerprint reaches a new
member inside the invite code. A trusted device's keys are pinned locally and never replaced. A
revocation counts only when signed by a trusted device of the same member or of the team's
creator; after it, entries numbered past the device's last accepted one are refused.
"""

from __future__ import annotations

import hmac
import uuid

import sqlite_utils

from caseapp.sync import crypto, ledger, local_store
from caseapp.sync.server_sql import DeviceCard


def card_bytes(team: uuid.UUID, card: DeviceCard) -> bytes:
    return crypto.card(team, card.device, card.role, card.sign_pub, card.box_pub)


def _find_root(state: local_store.LocalState, cards: list[DeviceCard], team: uuid.UUID) -> DeviceCard | None:
    """A joiner's first look: the self-endorsed card whose key the invite named."""
    for card in cards:
        if (
            card.endorsed_by == card.device and card.endorsement is not None
            and crypto.fingerprint(card.sign_pub) == state.root_fingerprint
            and crypto.verify(card.sign_pub, card.endorsement, card_bytes(team, card))
        ):
            return card
    return None


def update(
    db: sqlite_utils.Database, team: uuid.UUID, cards: list[DeviceCard], creators: set[str]
) -> None:
    """Pin every card that leads back to the root through valid endorsements, and record every
    validly signed revocation. `creators` are the roles the server names as creator."""
    state = local_store.state(db)
    if state.root_device is None:
        root = _find_root(state, cards, team)
        if root is None:
            return
        ledger.trust_device(db, root.device.hex, root.role, root.sign_pub, root.box_pub)
        local_store.set_root(db, root.device.hex)
    _pin_endorsed(db, team, cards)
    _record_revocations(db, team, cards, creators)


def _pin_endorsed(db: sqlite_utils.Database, team: uuid.UUID, cards: list[DeviceCard]) -> None:
    trusted = ledger.devices(db)
    changed = True
    while changed:
        changed = False
        for card in cards:
            endorser = trusted.get(card.endorsed_by.hex) if card.endorsed_by else None
            if card.device.hex in trusted or endorser is None or card.endorsement is None:
                continue
            if crypto.verify(endorser.sign_pub, card.endorsement, card_bytes(team, card)):
                ledger.trust_device(db, card.device.hex, card.role, card.sign_pub, card.box_pub)
                trusted = ledger.devices(db)
                changed = True


def _record_revocations(
    db: sqlite_utils.Database, team: uuid.UUID, cards: list[DeviceCard], creators: set[str]
) -> None:
    trusted = ledger.devices(db)
    for card in cards:
        target = trusted.get(card.device.hex)
        if card.revoked_last is None or target is None or target.revoked_last is not None:
            continue
        signer = trusted.get(card.revoked_by.hex) if card.revoked_by else None
        if signer is None or card.revocation is None:
            continue
        if signer.role != target.role and signer.role not in creators:
            continue
        message = crypto.revocation(team, card.device, card.revoked_last)
        if crypto.verify(signer.sign_pub, card.revocation, message):
            ledger.revoke_device(db, card.device.hex, card.revoked_last)


def pending_joiners(
    db: sqlite_utils.Database, team: uuid.UUID, cards: list[DeviceCard]
) -> list[DeviceCard]:
    """Cards not yet endorsed that came in with an invite this device made, and whose keys the
    invite's secret vouches for. An invite already used (made again after a server lost the
    card) vouches only for the device that used it, with the keys pinned for it here."""
    secrets, known = ledger.invite_secrets(db), ledger.devices(db)
    out = []
    for card in cards:
        if card.endorsed_by is not None or card.invite_hash not in secrets or card.card_mac is None:
            continue
        secret, used_by = secrets[card.invite_hash]  # type: ignore[index]
        if used_by is not None and not _same_device(card, known.get(used_by)):
            continue
        invite = crypto.Invite(team, secret, b"")
        if hmac.compare_digest(invite.card_mac(card_bytes(team, card)), card.card_mac):
            out.append(card)
    return out


def _same_device(card: DeviceCard, pinned: ledger.KnownDevice | None) -> bool:
    return (pinned is not None and pinned.device == card.device.hex and pinned.role == card.role
            and pinned.sign_pub == card.sign_pub and pinned.box_pub == card.box_pub
            and pinned.revoked_last is None)
