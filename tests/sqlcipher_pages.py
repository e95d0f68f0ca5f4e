"""Reading a SQLCipher 4 file's pages decrypted, as an attacker with the key would: every page of
the database file, free pages included, and every frame still in its WAL. Tests use it to prove
that a purged citizen left no bytes behind, which no query through SQLite can show.

SQLCipher 4's defaults, as caseapp uses them (a raw 256-bit key): 4096-byte pages, each ending in
a reserve of a 16-byte IV and a 64-byte HMAC; the page's other bytes are AES-256-CBC under the
key (page 1 starts with the file's 16-byte salt, in clear, instead of SQLite's header).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
IV = 16
RESERVE = IV + 64
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def decrypt_page(raw: bytes, key: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    iv = raw[PAGE - RESERVE:PAGE - RESERVE + IV]
    body = raw[start:PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def _pages(data: bytes, key: bytes, offset: int, step: int, first_at: int | None) -> Iterator[bytes]:
    for position in range(offset, len(data) - PAGE + 1, step):
        yield decrypt_page(data[position:position + PAGE], key, position == first_at)


def database_pages(path: Path, key_hex: str) -> list[bytes]:
    data = path.read_bytes()
    return list(_pages(data, bytes.fromhex(key_hex), 0, PAGE, 0))


def wal_frames(path: Path, key_hex: str) -> list[bytes]:
    """The page in each frame of `path`-wal (page 1's frames decrypt as page 1)."""
    wal = Path(f"{path}-wal")
    if not wal.exists() or wal.stat().st_size <= WAL_HEADER:
        return []
    data = wal.read_bytes()
    key = bytes.fromhex(key_hex)
    out = []
    for position in range(WAL_HEADER, len(data) - FRAME_HEADER - PAGE + 1, FRAME_HEADER + PAGE):
        number = int.from_bytes(data[position:position + 4], "big")
        page = data[position + FRAME_HEADER:position + FRAME_HEADER + PAGE]
        out.append(decrypt_page(page, key, number == 1))
    return out


def found_in(path: Path, key_hex: str, needles: list[bytes]) -> set[bytes]:
    """Which of `needles` occur anywhere in the decrypted database and WAL."""
    pages = database_pages(path, key_hex) + wal_frames(path, key_hex)
    return {n for n in needles if any(n in page for page in pages)}
