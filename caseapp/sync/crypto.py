"""End-to-end encryption of entries (AES-GCM) and the invite code that carries the team key.

The associated data binds a ciphertext to its team, entity, timestamp, author device and key
epoch, so a payload moved to another row on the server fails authentication like a tampered one.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import uuid
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from caseapp.sync.errors import BadInvite, TamperedEntry

KEY_BYTES = 32
TOKEN_BYTES = 16
_CHECK_BYTES = 4
_INVITE_VERSION = 1


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def new_token() -> bytes:
    return os.urandom(TOKEN_BYTES)


def token_hash(token: bytes) -> bytes:
    return hashlib.sha256(token).digest()


def _aad(team: uuid.UUID, entity: uuid.UUID, hlc: int, device: uuid.UUID, epoch: int) -> bytes:
    return f"caseapp/1|{team}|{entity}|{hlc}|{device}|{epoch}".encode()


def seal(
    key: bytes, team: uuid.UUID, entity: uuid.UUID, hlc: int, device: uuid.UUID, epoch: int,
    payload: dict,
) -> tuple[bytes, bytes]:
    nonce = os.urandom(12)
    plain = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    return nonce, AESGCM(key).encrypt(nonce, plain, _aad(team, entity, hlc, device, epoch))


def open_sealed(
    key: bytes, team: uuid.UUID, entity: uuid.UUID, hlc: int, device: uuid.UUID, epoch: int,
    nonce: bytes, ciphertext: bytes,
) -> dict:
    try:
        plain = AESGCM(key).decrypt(nonce, ciphertext, _aad(team, entity, hlc, device, epoch))
    except InvalidTag:
        raise TamperedEntry("En ændring fra serveren kunne ikke godkendes.") from None
    return json.loads(plain)


def wrap_key(previous: bytes, team: uuid.UUID, epoch: int, new: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(12)
    return nonce, AESGCM(previous).encrypt(nonce, new, f"caseapp-key|{team}|{epoch}".encode())


def unwrap_key(previous: bytes, team: uuid.UUID, epoch: int, nonce: bytes, wrapped: bytes) -> bytes:
    try:
        return AESGCM(previous).decrypt(nonce, wrapped, f"caseapp-key|{team}|{epoch}".encode())
    except InvalidTag:
        raise TamperedEntry("Teamets nye nøgle kunne ikke godkendes.") from None


@dataclass(frozen=True)
class Invite:
    team_id: uuid.UUID
    key: bytes
    token: bytes

    def __repr__(self) -> str:  # never show a key
        return f"Invite(team={self.team_id})"


def encode_invite(invite: Invite) -> str:
    """Base32 in groups of five, with a checksum so a mistyped code is caught on the machine."""
    body = bytes([_INVITE_VERSION]) + invite.team_id.bytes + invite.key + invite.token
    raw = body + hashlib.sha256(body).digest()[:_CHECK_BYTES]
    text = base64.b32encode(raw).decode().rstrip("=")
    return "-".join(text[i : i + 5] for i in range(0, len(text), 5))


def decode_invite(code: str) -> Invite:
    text = "".join(ch for ch in code.upper() if ch.isalnum())
    text = text.replace("0", "O").replace("1", "I").replace("8", "B")
    wrong = BadInvite("Invitationskoden er forkert eller ufuldstændig; tjek at den er skrevet rigtigt af.")
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError:
        raise wrong from None
    body, check = raw[:-_CHECK_BYTES], raw[-_CHECK_BYTES:]
    expected_len = 1 + 16 + KEY_BYTES + TOKEN_BYTES
    if len(body) != expected_len or hashlib.sha256(body).digest()[:_CHECK_BYTES] != check:
        raise wrong
    if body[0] != _INVITE_VERSION:
        raise BadInvite("Invitationskoden er lavet af en anden version af caseapp.")
    team = uuid.UUID(bytes=body[1:17])
    return Invite(team, body[17 : 17 + KEY_BYTES], body[17 + KEY_BYTES :])
