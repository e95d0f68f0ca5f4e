"""The unlock password: kept only as a salted, slow scrypt hash (never the password itself).

The stored form is one ASCII string, `scrypt$n$r$p$salt$hash` with salt and hash in base64, so the
cost can be raised later without breaking hashes already stored.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from caseapp.errors import InvalidInput

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
MIN_LENGTH = 6
MAX_LENGTH = 1_024


def check_new_password(password: str) -> str:
    """The password if it may be chosen, or InvalidInput saying why not (never quoting it)."""
    if len(password) < MIN_LENGTH:
        raise InvalidInput(f"Adgangskoden skal have mindst {MIN_LENGTH} tegn.")
    if len(password) > MAX_LENGTH:
        raise InvalidInput(f"Adgangskoden må højst have {MAX_LENGTH} tegn.")
    return password


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=2**26, dklen=HASH_BYTES
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str) -> str:
    """A new salted hash of a password that passes `check_new_password`."""
    check_new_password(password)
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _derive(password, salt, N, R, P)
    return f"{SCHEME}${N}${R}${P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """True when `password` matches the stored hash. A malformed hash never matches."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != SCHEME:
            return False
        expected = base64.b64decode(digest, validate=True)
        actual = _derive(password, base64.b64decode(salt, validate=True), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)
