"""Opening a team entry: decrypting it under its epoch key and reading its JSON into an
Incoming, with its form checked. Pure functions of the entry and the key, so a batch can be
opened ahead, on the thread that reads it from the server, while the batch before it is
written here; the checks in receive.py then find the result kept on the entry."""

from __future__ import annotations

import re
import uuid

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from caseapp.sync import apply, crypto
from caseapp.sync.server_sql import ServerEntry

_UUID_HEX = re.compile(r"^[0-9a-f]{32}$")
_OPS = frozenset({"insert", "update", "delete"})
# What a field's value may be, told by its exact type: json.loads makes no subclasses (bool is
# listed on its own, as it is a subclass of int that isinstance would let through).
_FIELD_TYPES = frozenset({str, int, float, bool, type(None), list})
TAMPERED = "tampered"  # the ciphertext does not open under its key
BAD_SHAPE = "shape"  # it opens, but is not an entry


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def parse(plain: bytes, device: str) -> tuple[apply.Incoming, str] | None:
    """The decrypted entry as an Incoming and its author's name; None when its form is wrong."""
    try:  # orjson: a fourth of json's time, and stricter (no NaN, no broken UTF-8)
        data = orjson.loads(plain)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(data, dict):
        return None
    kind, op, uid, hlc, fields, by = (
        data.get("kind"), data.get("op"), data.get("uuid"), data.get("hlc"), data.get("fields"),
        data.get("by", ""),
    )
    if not (isinstance(kind, str) and op in _OPS and isinstance(uid, str) and _UUID_HEX.match(uid)):
        return None
    if not (_is_int(hlc) and 0 <= hlc < 2**62 and isinstance(fields, dict) and isinstance(by, str)):
        return None
    if not _FIELD_TYPES.issuperset(map(type, fields.values())):  # one pass in C per entry
        return None
    return apply.Incoming(kind, uid, op, fields, hlc, device), by


Opened = tuple[apply.Incoming, str] | str  # the entry and its author, or TAMPERED / BAD_SHAPE


class Opener:
    """Opens a team's entries under its epoch keys, with one AES-GCM object per key."""

    def __init__(self, team: uuid.UUID):
        self.team = team
        self._aeads: dict[int, AESGCM] = {}

    def open(self, entry: crypto.SealedEntry, key: bytes) -> Opened:
        """The entry opened under `key` (its epoch's key)."""
        aead = self._aeads.get(entry.key_epoch)
        if aead is None:
            aead = self._aeads[entry.key_epoch] = AESGCM(key)
        try:
            plain = aead.decrypt(entry.nonce, entry.payload, entry.header(self.team))
        except InvalidTag:
            return TAMPERED
        return parse(plain, entry.device_hex) or BAD_SHAPE


def opened_ahead(entry: crypto.SealedEntry, team: uuid.UUID, key: bytes) -> Opened | None:
    """What `open_ahead` found for the entry in this team under this very key (None: it was
    not opened ahead)."""
    kept = entry.__dict__.get("_opened")
    return kept[2] if kept is not None and kept[:2] == (team, key) else None


def open_ahead(team: uuid.UUID, keys: dict[int, bytes], items: list[ServerEntry]) -> list[ServerEntry]:
    """Open each entry whose epoch key is known, and make its chain hash, keeping both on the
    entry (an entry that does not open is kept so too, and held when it is checked)."""
    opener = Opener(team)
    for item in items:
        entry = item.entry
        entry.digest(team)
        key = keys.get(entry.key_epoch)
        if key is not None:
            entry.__dict__["_opened"] = (team, key, opener.open(entry, key))
    return items
