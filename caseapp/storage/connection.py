"""The encrypted connection: SQLCipher 4 under sqlite-utils.

`open_cipher` opens the plain SQLCipher connection and `connect` puts sqlite-utils over it. The
library is imported by `connect`, not here: it loads its plugin machinery (pluggy, click), which
costs more than the rest of a quick command's start, and a command that only reads a current
file (`caseapp citizens`) works on the plain connection (store.open_for_reading).

sqlite-utils catches the standard library's sqlite3 exceptions (for instance in `drop(ignore=True)`
and in its feature probes). sqlcipher3 raises its own classes, which are not subclasses of those.
`_teach_sqlite_utils_sqlcipher` points sqlite-utils at sqlcipher3 before `connect` hands a
database over, so both agree.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3
import sqlcipher3.dbapi2 as sqlcipher_dbapi

from caseapp.errors import NotADatabase, StoreError, WrongKey
from caseapp.storage.keys import DatabaseKey

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

Error = sqlcipher_dbapi.Error
DatabaseError = sqlcipher_dbapi.DatabaseError
IntegrityError = sqlcipher_dbapi.IntegrityError
OperationalError = sqlcipher_dbapi.OperationalError

_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


def _teach_sqlite_utils_sqlcipher() -> None:
    """Make sqlite-utils catch and raise sqlcipher3's exception classes. Run by every `connect`:
    four assignments, the same each time, and never missed by a path that opens a database."""
    import sqlite_utils.db
    import sqlite_utils.utils

    sqlite_utils.db.sqlite3 = sqlcipher3  # type: ignore[attr-defined]
    sqlite_utils.db.OperationalError = OperationalError  # type: ignore[attr-defined]
    sqlite_utils.utils.sqlite3 = sqlcipher3  # type: ignore[attr-defined]
    sqlite_utils.utils.OperationalError = OperationalError  # type: ignore[attr-defined]


_FAILURES = (
    ("readonly", "Databasen er skrivebeskyttet (filen eller mappen må ikke ændres); intet blev gemt."),
    ("disk is full", "Der er ikke plads på disken; intet blev gemt."),
    ("disk i/o error", "Disken kunne ikke skrives (fuld eller fejlbehæftet); intet blev gemt."),
    ("unable to open", "Databasefilen kunne ikke åbnes; tjek at du har adgang til mappen."),
)


def describe_failure(exc: BaseException) -> str | None:
    """One Danish sentence for a storage failure that is not the user's input: a full disk, a
    read-only file. None when the error is something else."""
    text = str(exc).lower()
    return next((sentence for marker, sentence in _FAILURES if marker in text), None)


def _check_path(path: Path, must_exist: bool) -> None:
    if not path.parent.is_dir():
        raise StoreError(f"Mappen {path.parent} findes ikke.")
    if must_exist and not path.is_file():
        raise StoreError(f"Databasen {path} findes ikke; opret den med 'caseapp init'.")
    if not must_exist and path.exists():
        raise StoreError(f"Der findes allerede en fil på {path}.")
    if path.is_file():
        with path.open("rb") as handle:
            header = handle.read(16)
        if header == _PLAIN_SQLITE_HEADER:
            raise NotADatabase(f"{path.name} er en ukrypteret SQLite-fil, ikke en caseapp-database.")


def connect(path: Path, key: DatabaseKey, *, must_exist: bool = True) -> sqlite_utils.Database:
    """Open (or create) an encrypted database, check the key fits, and put sqlite-utils over it.

    Raises WrongKey when the key does not open the file or the file is not a database at all:
    SQLCipher cannot tell those two apart, and the message says so.
    """
    import sqlite_utils

    _teach_sqlite_utils_sqlcipher()
    return sqlite_utils.Database(open_cipher(path, key, must_exist=must_exist))


def open_cipher(path: Path, key: DatabaseKey, *, must_exist: bool = True) -> sqlcipher3.Connection:
    """The plain SQLCipher connection under `connect`: the key checked, the same settings."""
    path = Path(path)
    _check_path(path, must_exist)
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would print to stderr
        conn.execute(f"PRAGMA key = {key.pragma_value()}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")  # a deleted row's bytes are overwritten
        conn.execute("PRAGMA cache_size = -32768")  # 32 MiB: fewer pages decrypted again
        conn.execute("PRAGMA busy_timeout = 5000")
    except DatabaseError as exc:
        conn.close()
        failure = describe_failure(exc)
        if failure:
            raise StoreError(failure) from None
        raise WrongKey(
            f"{path.name} kunne ikke åbnes: forkert adgangsfrase eller nøgle, "
            "eller filen er ikke en caseapp-database."
        ) from None
    return conn


def data_version(db: sqlite_utils.Database) -> tuple[int, int]:
    """A token that changes whenever anything is committed to the file: `data_version` moves
    with commits by other connections (a worker thread, a sync, the command line), the
    connection's own count with its own writes."""
    other = int(db.execute("PRAGMA data_version").fetchone()[0])
    return other, int(db.conn.total_changes)


def close(db: sqlite_utils.Database) -> None:
    try:
        db.conn.close()
    except Error:
        log.warning("closing the database failed")
