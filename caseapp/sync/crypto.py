"""End-to-end protection of team entries, device keys and invite codes (the `cryptography`
library for every primitive).

- Each device has an Ed25519 key (it signs every entry it writes, so nobody writes in another's
  name) and an X25519 key (epoch keys are sealed to it, so a removed member never receives a key
  made after her removal).
- An entry is AES-GCM under the team's epoch key. Its header (team, device, the device's own
  entry number, protocol, epoch, the hash of the device's previous entry) is the associated data
  and is signed together with the ciphertext: moved, altered, dropped or replayed entries show.
  Since protocol 3 the chain's hash leaves the signature out (it covers the header and the
  ciphertext's hash, all of which the signature covers too), so no entry waits for the one
  before it to be signed: a batch is chained first and signed side by side on every core
  (`EntrySealer.seal_many`). An entry of protocol 2 keeps its own hash, signature included, so
  old chains carry on.
- The plaintext is padded to a size bucket, so an entry's kind does not show by its length; the
  edit's timestamp and the entity id are inside it.
- An invite code carries a one-time secret, never a key: the server learns only a hash of a token
  derived from it, and the joiner's public keys are authenticated with a MAC under another key
  derived from it, which the inviting device checks before it seals the team's keys to them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import struct
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from caseapp.sync.errors import BadInvite, TamperedEntry

PROTOCOL = 3
SIGNATURE_OUTSIDE_CHAIN = 3  # the first protocol whose chain hash leaves the signature out
KEY_BYTES = 32
SECRET_BYTES = 16
FINGERPRINT_BYTES = 16
NO_PREVIOUS = bytes(32)
_CHECK_BYTES = 4
_INVITE_VERSION = 2
_RAW = serialization.Encoding.Raw
_PUBLIC_RAW = serialization.PublicFormat.Raw
_PRIVATE_RAW = serialization.PrivateFormat.Raw
_NO_ENCRYPTION = serialization.NoEncryption()
_SIGNING_THREADS = 4
_SIGNING_PART_MIN = 128  # fewer signatures than this a thread: not worth starting one


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def _derive(secret: bytes, purpose: bytes, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=purpose).derive(secret)


def verify(public: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


# -- device keys -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DeviceKeys:
    sign_private: bytes
    box_private: bytes

    @classmethod
    def new(cls) -> DeviceKeys:
        sign = Ed25519PrivateKey.generate().private_bytes(_RAW, _PRIVATE_RAW, _NO_ENCRYPTION)
        box = X25519PrivateKey.generate().private_bytes(_RAW, _PRIVATE_RAW, _NO_ENCRYPTION)
        return cls(sign, box)

    def __repr__(self) -> str:  # never show a private key
        return "DeviceKeys(...)"

    @property
    def sign_public(self) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.sign_private).public_key().public_bytes(
            _RAW, _PUBLIC_RAW
        )

    @property
    def box_public(self) -> bytes:
        return X25519PrivateKey.from_private_bytes(self.box_private).public_key().public_bytes(
            _RAW, _PUBLIC_RAW
        )

    def sign(self, message: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.sign_private).sign(message)


def fingerprint(sign_public: bytes) -> bytes:
    return hashlib.sha256(b"caseapp-device|" + sign_public).digest()[:FINGERPRINT_BYTES]


def card(team: uuid.UUID, device: uuid.UUID, role: str, sign_public: bytes, box_public: bytes) -> bytes:
    """What an endorsement vouches for: this device, of this member, holds these keys."""
    return b"caseapp-card/2|" + team.bytes + device.bytes + sign_public + box_public + role.encode()


def revocation(team: uuid.UUID, device: uuid.UUID, last_seq: int) -> bytes:
    return b"caseapp-revoke/2|" + team.bytes + device.bytes + struct.pack(">q", last_seq)


# -- epoch keys sealed to one device ---------------------------------------------------------


def _seal_context(team: uuid.UUID, epoch: int, recipient: uuid.UUID) -> bytes:
    return b"caseapp-epoch/2|" + team.bytes + struct.pack(">i", epoch) + recipient.bytes


def seal_epoch_key(
    sealer: DeviceKeys, team: uuid.UUID, epoch: int, recipient: uuid.UUID, recipient_box: bytes,
    key: bytes,
) -> tuple[bytes, bytes]:
    """(sealed, signature): an ephemeral X25519 exchange with the recipient's key, HKDF, then
    AES-GCM; signed by the sealing device so the server cannot slip in a key of its own."""
    context = _seal_context(team, epoch, recipient)
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_box))
    ephemeral_public = ephemeral.public_key().public_bytes(_RAW, _PUBLIC_RAW)
    wrap = _derive(shared, context + ephemeral_public + recipient_box)
    nonce = os.urandom(12)
    sealed = ephemeral_public + nonce + AESGCM(wrap).encrypt(nonce, key, context)
    return sealed, sealer.sign(context + sealed)


def open_epoch_key(
    own: DeviceKeys, team: uuid.UUID, epoch: int, me: uuid.UUID, sealed: bytes, signature: bytes,
    sealer_public: bytes,
) -> bytes:
    context = _seal_context(team, epoch, me)
    if not verify(sealer_public, signature, context + sealed):
        raise TamperedEntry("En ny nøgle til teamet var ikke underskrevet af et medlem og blev afvist.")
    ephemeral_public, nonce, body = sealed[:32], sealed[32:44], sealed[44:]
    try:
        shared = X25519PrivateKey.from_private_bytes(own.box_private).exchange(
            X25519PublicKey.from_public_bytes(ephemeral_public)
        )
        wrap = _derive(shared, context + ephemeral_public + own.box_public)
        return AESGCM(wrap).decrypt(nonce, body, context)
    except (InvalidTag, ValueError):
        raise TamperedEntry("En ny nøgle til teamet kunne ikke godkendes.") from None


# -- entries ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SealedEntry:
    """One entry as it travels: the clear header fields, the ciphertext and the signature."""

    device: uuid.UUID
    device_seq: int
    proto: int
    key_epoch: int
    prev: bytes
    nonce: bytes
    payload: bytes
    signature: bytes

    @property
    def device_hex(self) -> str:
        """The author device as the local tables name it (asked several times per entry)."""
        cached = self.__dict__.get("_device_hex")
        if cached is None:
            cached = self.__dict__["_device_hex"] = self.device.hex
        return cached  # type: ignore[no-any-return]

    def header(self, team: uuid.UUID) -> bytes:
        # Asked for up to three times per entry (signature, decryption, chain): made once. The
        # copy is kept beside the fields, so it never takes part in comparing entries.
        cached = self.__dict__.get("_header")
        if cached is not None and cached[0] == team:
            return cached[1]  # type: ignore[no-any-return]
        made = entry_header(team, self.device, self.device_seq, self.proto, self.key_epoch, self.prev)
        self.__dict__["_header"] = (team, made)
        return made

    def digest(self, team: uuid.UUID) -> bytes:
        """The hash the device's next entry carries as `prev`: the chain (made once per entry)."""
        cached = self.__dict__.get("_digest")
        if cached is not None and cached[0] == team:
            return cached[1]  # type: ignore[no-any-return]
        made = chain_hash(self.proto, self.header(team), self.nonce, self.payload, self.signature)
        self.__dict__["_digest"] = (team, made)
        return made

    def keep_made(self, team: uuid.UUID, header: bytes, digest: bytes) -> SealedEntry:
        """Remember the header and chain hash its sealer already made."""
        self.__dict__["_header"], self.__dict__["_digest"] = (team, header), (team, digest)
        return self


def chain_hash(proto: int, header: bytes, nonce: bytes, payload: bytes, signature: bytes) -> bytes:
    """What the device's next entry carries as `prev`. Since protocol 3 it leaves out the
    signature (which covers all the hash does) and takes the ciphertext by its own hash: an
    entry's place in the chain can then be shown by its header and that hash alone, without
    the ciphertext, should the ciphertext ever have to go."""
    if proto < SIGNATURE_OUTSIDE_CHAIN:
        return hashlib.sha256(header + nonce + payload + signature).digest()
    return hashlib.sha256(header + hashlib.sha256(nonce + payload).digest()).digest()


def entry_header(
    team: uuid.UUID, device: uuid.UUID, device_seq: int, proto: int, key_epoch: int, prev: bytes
) -> bytes:
    """The clear part of an entry: the associated data of its encryption, signed with it."""
    return (b"caseapp-entry/2|" + team.bytes + device.bytes
            + struct.pack(">qhi", device_seq, proto, key_epoch) + prev)


def padded(plain: bytes) -> bytes:
    """Pad with spaces (JSON ignores them) to the next power of two from 256 bytes, then to
    whole 64 KiB: sizes say little about what an entry is."""
    size = 256
    while size < len(plain) and size < 65536:
        size *= 2
    if len(plain) > size:
        size = -(-len(plain) // 65536) * 65536
    return plain + b" " * (size - len(plain))


class EntrySealer:
    """Seals one device's entries under one epoch key (one AES-GCM object for the batch)."""

    def __init__(self, team: uuid.UUID, device: uuid.UUID, keys: DeviceKeys, epoch: int, key: bytes):
        self._team, self._device, self._keys, self._epoch = team, device, keys, epoch
        self._aead = AESGCM(key)
        self._signer = Ed25519PrivateKey.from_private_bytes(keys.sign_private)

    @property
    def team(self) -> uuid.UUID:
        return self._team

    def seal(self, device_seq: int, prev: bytes, plain: bytes) -> SealedEntry:
        return self.seal_many(device_seq, prev, [plain])[0]

    def seal_many(self, first_seq: int, prev: bytes, plains: list[bytes]) -> list[SealedEntry]:
        """Seal consecutive entries numbered from `first_seq`, the first chained to `prev`: all
        are encrypted and chained first, then signed side by side."""
        made, signed = [], []  # (number, prev, nonce, payload, header); what each signature covers
        for device_seq, plain in enumerate(plains, first_seq):
            nonce = os.urandom(12)
            header = entry_header(self._team, self._device, device_seq, PROTOCOL, self._epoch, prev)
            payload = self._aead.encrypt(nonce, padded(plain), header)
            made.append((device_seq, prev, nonce, payload, header))
            signed.append(header + nonce + payload)
            prev = chain_hash(PROTOCOL, header, nonce, payload, b"")
        signatures = self._sign_all(signed)
        chain = [m[1] for m in made[1:]] + [prev]  # each entry's own hash: the next one's prev
        return [
            SealedEntry(self._device, n, PROTOCOL, self._epoch, before, nonce, payload, signature)
            .keep_made(self._team, header, after)
            for (n, before, nonce, payload, header), signature, after in zip(made, signatures, chain, strict=True)
        ]

    def _sign_all(self, messages: list[bytes]) -> list[bytes]:
        """Ed25519 signing lets go of Python's lock, so a large batch is signed in parts on
        several threads at once: on a first push signing is a third of the work."""
        parts = min(os.cpu_count() or 1, _SIGNING_THREADS, len(messages) // _SIGNING_PART_MIN) or 1
        if parts == 1:
            return self._sign_chunk(messages)
        size = -(-len(messages) // parts)
        chunks = [messages[i:i + size] for i in range(0, len(messages), size)]
        with ThreadPoolExecutor(max_workers=len(chunks) - 1, thread_name_prefix="caseapp-sign") as pool:
            later = [pool.submit(self._sign_chunk, chunk) for chunk in chunks[1:]]
            signatures = self._sign_chunk(chunks[0])
            for part in later:
                signatures.extend(part.result())
        return signatures

    def _sign_chunk(self, messages: list[bytes]) -> list[bytes]:
        return [self._signer.sign(m) for m in messages]


def signature_ok(team: uuid.UUID, entry: SealedEntry, sign_public: bytes) -> bool:
    return verify(sign_public, entry.signature, entry.header(team) + entry.nonce + entry.payload)


def open_entry(team: uuid.UUID, entry: SealedEntry, key: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(entry.nonce, entry.payload, entry.header(team))
    except InvalidTag:
        raise TamperedEntry("En ændring fra serveren kunne ikke godkendes.") from None


# -- invites ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Invite:
    team_id: uuid.UUID
    secret: bytes
    root: bytes  # the fingerprint of the team's first device's signing key (it vouches for all)

    def __repr__(self) -> str:  # never show the secret
        return f"Invite(team={self.team_id})"

    @property
    def server_token(self) -> bytes:
        """What the server checks (against its hash); the secret itself never leaves."""
        return _derive(self.secret, b"caseapp-invite-token/2")

    @property
    def token_hash(self) -> bytes:
        return hashlib.sha256(self.server_token).digest()

    def card_mac(self, card_bytes: bytes) -> bytes:
        return hmac.digest(_derive(self.secret, b"caseapp-invite-card/2"), card_bytes, "sha256")


def new_invite(team: uuid.UUID, root_sign_public: bytes) -> Invite:
    return Invite(team, os.urandom(SECRET_BYTES), fingerprint(root_sign_public))


def encode_invite(invite: Invite) -> str:
    """Base32 in groups of five, with a checksum so a mistyped code is caught on the machine."""
    body = bytes([_INVITE_VERSION]) + invite.team_id.bytes + invite.secret + invite.root
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
    if len(body) < 1 or hashlib.sha256(body).digest()[:_CHECK_BYTES] != check:
        raise wrong
    if body[0] != _INVITE_VERSION:
        raise BadInvite("Invitationskoden er lavet af en anden version af caseapp; bed om en ny.")
    if len(body) != 1 + 16 + SECRET_BYTES + FINGERPRINT_BYTES:
        raise wrong
    team = uuid.UUID(bytes=body[1:17])
    return Invite(team, body[17 : 17 + SECRET_BYTES], body[17 + SECRET_BYTES :])
