"""Entry encryption and invite codes (no server needed)."""

from __future__ import annotations

import uuid

import pytest

from caseapp.sync import crypto
from caseapp.sync.errors import BadInvite, TamperedEntry

TEAM, ENTITY, DEVICE = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()


def test_a_sealed_entry_opens_only_in_its_own_row() -> None:
    key = crypto.new_key()
    nonce, sealed = crypto.seal(key, TEAM, ENTITY, 7, DEVICE, 1, {"fields": {"name": "Åse Bøg"}})
    assert "Åse".encode() not in sealed
    assert crypto.open_sealed(key, TEAM, ENTITY, 7, DEVICE, 1, nonce, sealed)["fields"] == {
        "name": "Åse Bøg"}
    for other in (
        (key, uuid.uuid4(), ENTITY, 7, DEVICE, 1),  # another team's row
        (key, TEAM, uuid.uuid4(), 7, DEVICE, 1),  # moved to another entity
        (key, TEAM, ENTITY, 8, DEVICE, 1),  # another version
        (crypto.new_key(), TEAM, ENTITY, 7, DEVICE, 1),  # another key
    ):
        with pytest.raises(TamperedEntry):
            crypto.open_sealed(*other, nonce, sealed)


def test_an_invite_code_round_trips_and_catches_typing_errors() -> None:
    invite = crypto.Invite(TEAM, crypto.new_key(), crypto.new_token())
    code = crypto.encode_invite(invite)
    assert crypto.decode_invite(code) == invite
    assert crypto.decode_invite(code.lower().replace("-", "  ")) == invite
    assert invite.key.hex() not in repr(invite)
    for position in range(0, len(code), 7):
        if code[position] == "-":
            continue
        typo = code[:position] + ("A" if code[position] != "A" else "Q") + code[position + 1:]
        with pytest.raises(BadInvite):
            crypto.decode_invite(typo)


def test_a_wrapped_key_opens_only_with_the_previous_key() -> None:
    old, new = crypto.new_key(), crypto.new_key()
    nonce, wrapped = crypto.wrap_key(old, TEAM, 2, new)
    assert crypto.unwrap_key(old, TEAM, 2, nonce, wrapped) == new
    with pytest.raises(TamperedEntry):
        crypto.unwrap_key(crypto.new_key(), TEAM, 2, nonce, wrapped)


def test_the_stored_server_address_never_holds_a_password() -> None:
    from caseapp.sync.engine import _without_password

    stored = _without_password("host=pg.example user=anne password=hemmelig dbname=caseapp")
    assert "hemmelig" not in stored and "user=anne" in stored
