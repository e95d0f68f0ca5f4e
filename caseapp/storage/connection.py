"""The encrypted connection: SQLCipher 4 under sqlite-utils.

sqlite-utils catches the standard library's sqlite3 exceptions (for instance in `drop(ignore=True)`
and in its feature probes). sqlcipher3 raises its own classes, which are not subclasses of those.
`_teach_sqlite_utils_sqlcipher` points sqlite-utils at sqlcipher3 once, here, so both agree.
"""

from __future__ import annotations

import logging
from pathlib import Path

import sqlcipher3
import sqlcipher3.dbapi2 as sqlcipher_dbapi
import sqlite_utils
import sqlite_utils.db
import sqlite_utils.utils

from caseapp.errors import NotADatabase, StoreError, WrongKey
from caseapp.storage.keys import DatabaseKey

log = logging.getLogger(__name__)

Error = sqlcipher_dbapi.Error
DatabaseError = sqlcipher_dbapi.DatabaseError
IntegrityError = sqlcipher_dbapi.IntegrityError
OperationalError = sqlcipher_dbapi.OperationalError

_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


def _teach_sqlite_utils_sqlcipher() -> None:
    """Make sqlite-utils catch and raise sqlcipher3's exception classes."""
    sqlite_utils.db.sqlite3 = sqlcipher3  # type: ignore[attr-defined]
    sqlite_utils.db.OperationalError = OperationalError  # type: ignore[attr-defined]
    sqlite_utils.utils.sqlite3 = sqlcipher3  # type: ignore[attr-defined]
    sqlite_utils.utils.OperationalError = OperationalError  # type: ignore[attr-defined]


_teach_sqlite_utils_sqlcipher()


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
    """Open (or create) an encrypted database and check the key fits.

    Raises WrongKey when the key does not open the file or the file is not a database at all:
    SQLCipher cannot tell those two apart, and the message says so.
    """
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
    return sqlite_utils.Database(conn)


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
