"""Entry sealing and signatures, epoch keys sealed to one device, invite codes (no server)."""

from __future__ import annotations

import dataclasses
import itertools
import json
import uuid

import pytest

from caseapp.sync import crypto
from caseapp.sync.errors import BadInvite, TamperedEntry

TEAM, DEVICE = uuid.uuid4(), uuid.uuid4()
PLAIN = json.dumps({"kind": "citizens", "fields": {"name": "Åse Bøg"}}, ensure_ascii=False).encode()


def _sealed(keys: crypto.DeviceKeys, key: bytes, number: int = 1, prev: bytes = crypto.NO_PREVIOUS):
    return crypto.EntrySealer(TEAM, DEVICE, keys, 1, key).seal(number, prev, PLAIN)


def test_a_sealed_entry_opens_with_its_key_and_its_signature_names_its_device() -> None:
    keys, key = crypto.DeviceKeys.new(), crypto.new_key()
    entry = _sealed(keys, key)
    assert "Åse".encode() not in entry.payload
    assert crypto.open_entry(TEAM, entry, key).rstrip() == PLAIN
    assert crypto.signature_ok(TEAM, entry, keys.sign_public)
    assert not crypto.signature_ok(TEAM, entry, crypto.DeviceKeys.new().sign_public)
    with pytest.raises(TamperedEntry):
        crypto.open_entry(TEAM, entry, crypto.new_key())


@pytest.mark.parametrize("change", [
    {"device": uuid.uuid4()}, {"device_seq": 2}, {"key_epoch": 2}, {"prev": b"\x01" * 32},
])
def test_a_header_moved_or_changed_breaks_both_the_signature_and_the_encryption(change) -> None:
    keys, key = crypto.DeviceKeys.new(), crypto.new_key()
    moved = dataclasses.replace(_sealed(keys, key), **change)
    assert not crypto.signature_ok(TEAM, moved, keys.sign_public)
    with pytest.raises(TamperedEntry):
        crypto.open_entry(TEAM, moved, key)
    with pytest.raises(TamperedEntry):  # another team's row
        crypto.open_entry(uuid.uuid4(), _sealed(keys, key), key)


def test_each_entry_carries_the_hash_of_the_one_before() -> None:
    keys, key = crypto.DeviceKeys.new(), crypto.new_key()
    first = _sealed(keys, key)
    second = _sealed(keys, key, 2, first.digest(TEAM))
    assert second.prev == first.digest(TEAM) != second.digest(TEAM)


def test_a_batch_sealed_at_once_is_one_chain_with_every_entry_signed() -> None:
    keys, key = crypto.DeviceKeys.new(), crypto.new_key()
    plains = [PLAIN + b" " + str(n).encode() for n in range(600)]  # signed on several threads
    batch = crypto.EntrySealer(TEAM, DEVICE, keys, 1, key).seal_many(5, crypto.NO_PREVIOUS, plains)
    assert [e.device_seq for e in batch] == list(range(5, 605))
    assert batch[0].prev == crypto.NO_PREVIOUS
    assert all(later.prev == earlier.digest(TEAM) for earlier, later in itertools.pairwise(batch))
    assert all(crypto.signature_ok(TEAM, e, keys.sign_public) for e in batch)
    assert [crypto.open_entry(TEAM, e, key).rstrip() for e in batch] == plains


def test_the_chain_covers_the_signature_only_of_protocol_2_entries() -> None:
    """Protocol 3 signs what the chain already covers, so the signature need not be in it; an
    entry an older caseapp signed keeps the hash its successor already carries."""
    keys, key = crypto.DeviceKeys.new(), crypto.new_key()
    entry = _sealed(keys, key)
    assert entry.proto == crypto.PROTOCOL == 3
    resigned = dataclasses.replace(entry, signature=bytes(64))
    assert resigned.digest(TEAM) == entry.digest(TEAM)
    assert not crypto.signature_ok(TEAM, resigned, keys.sign_public)
    old = dataclasses.replace(entry, proto=2)
    assert dataclasses.replace(old, signature=bytes(64)).digest(TEAM) != old.digest(TEAM)


def test_payload_sizes_fall_into_buckets_so_kinds_do_not_show() -> None:
    sizes = {len(crypto.padded(b"x" * n)) for n in (1, 100, 255, 256)}
    assert sizes == {256}
    assert len(crypto.padded(b"x" * 257)) == 512
    assert len(crypto.padded(b"x" * 70_000)) == 2 * 65536
    assert json.loads(crypto.padded(PLAIN)) == json.loads(PLAIN)


def test_an_epoch_key_opens_only_for_its_recipient_and_only_if_a_member_sealed_it() -> None:
    sealer, recipient, key = crypto.DeviceKeys.new(), crypto.DeviceKeys.new(), crypto.new_key()
    sealed, signature = crypto.seal_epoch_key(sealer, TEAM, 2, DEVICE, recipient.box_public, key)
    assert crypto.open_epoch_key(recipient, TEAM, 2, DEVICE, sealed, signature, sealer.sign_public) == key
    with pytest.raises(TamperedEntry):  # a key the server made up, signed by no member
        crypto.open_epoch_key(recipient, TEAM, 2, DEVICE, sealed, signature,
                              crypto.DeviceKeys.new().sign_public)
    with pytest.raises(TamperedEntry):  # another device cannot open it
        crypto.open_epoch_key(crypto.DeviceKeys.new(), TEAM, 2, DEVICE, sealed, signature,
                              sealer.sign_public)


def test_an_invite_code_round_trips_and_catches_typing_errors() -> None:
    invite = crypto.new_invite(TEAM, crypto.DeviceKeys.new().sign_public)
    code = crypto.encode_invite(invite)
    assert crypto.decode_invite(code) == invite
    assert crypto.decode_invite(code.lower().replace("-", "  ")) == invite
    assert invite.secret.hex() not in repr(invite)
    assert invite.server_token != invite.secret and invite.token_hash != invite.server_token
    for position in range(0, len(code), 7):
        if code[position] == "-":
            continue
        typo = code[:position] + ("A" if code[position] != "A" else "Q") + code[position + 1:]
        with pytest.raises(BadInvite):
            crypto.decode_invite(typo)


def test_the_server_token_does_not_give_the_key_that_vouches_for_a_joiner() -> None:
    invite = crypto.new_invite(TEAM, crypto.DeviceKeys.new().sign_public)
    card = crypto.card(TEAM, DEVICE, "bo", b"s" * 32, b"b" * 32)
    forged = crypto.Invite(TEAM, invite.server_token, invite.root)  # what the server could try
    assert forged.card_mac(card) != invite.card_mac(card)


def test_the_stored_server_address_never_holds_a_password() -> None:
    from caseapp.sync.server_link import without_password

    stored = without_password("host=pg.example user=anne password=hemmelig dbname=caseapp")
    assert "hemmelig" not in stored and "user=anne" in stored


def test_a_host_that_is_not_this_machine_gets_certificate_checks() -> None:
    from caseapp.sync.server_link import with_tls_default

    assert "sslmode=verify-full" in with_tls_default("host=pg.kommune.dk dbname=caseapp")
    assert "sslmode=require" in with_tls_default("host=pg.kommune.dk sslmode=require")
    for local in ("host=127.0.0.1", "host=localhost", "host=/run/postgresql", "host=::1"):
        assert "sslmode" not in with_tls_default(local)


def test_every_connection_is_bounded_and_a_host_list_goes_to_the_writable_one() -> None:
    from caseapp.sync.server_link import with_session_defaults

    one = with_session_defaults("host=127.0.0.1 dbname=caseapp")
    assert "statement_timeout" in one and "lock_timeout" in one and "keepalives=1" in one
    assert "target_session_attrs" not in one
    assert "target_session_attrs=read-write" in with_session_defaults("host=a,b port=1,2")
    assert "target_session_attrs=any" in with_session_defaults(
        "host=a,b port=1,2 target_session_attrs=any")
    assert "statement_timeout=5s" in with_session_defaults("host=a options='-c statement_timeout=5s'")
