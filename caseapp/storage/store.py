"""Opening, creating, backing up, restoring and checking one encrypted database file."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.errors import NotADatabase, StoreError, WrongKey
from caseapp.storage import connection, schema
from caseapp.storage.keys import DatabaseKey

if TYPE_CHECKING:
    import sqlcipher3
    import sqlite_utils

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckReport:
    integrity: str
    cipher_problems: int
    schema_version: int
    expected_version: int
    citizens: int
    notes: int
    access_log_problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return (
            self.integrity == "ok"
            and self.cipher_problems == 0
            and self.schema_version == self.expected_version
            and not self.access_log_problems
        )


def create(path: Path, key: DatabaseKey) -> sqlite_utils.Database:
    """A new, empty, migrated database. Nothing is left behind when creation fails."""
    db = connection.connect(path, key, must_exist=False)
    try:
        schema.migrate(db, None)
    except BaseException:
        connection.close(db)
        for leftover in (path, _sidecar(path, "-wal"), _sidecar(path, "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return db


def open_existing(path: Path, key: DatabaseKey) -> sqlite_utils.Database:
    db = connection.connect(path, key, must_exist=True)
    try:
        schema.migrate(db, path)
    except BaseException:
        connection.close(db)
        raise
    return db


def open_for_reading(path: Path, key: DatabaseKey) -> sqlcipher3.Connection:
    """The plain SQLCipher connection, for a command that reads (and logs what it read, as
    `export status` does): sqlite-utils is not loaded when the file's schema is current. A
    file that is not (to be migrated, or refused) is opened as `open_existing` opens it, and
    its connection handed over; the caller closes it."""
    conn = connection.open_cipher(path, key, must_exist=True)
    if schema.is_current(conn):
        return conn
    conn.close()
    return open_existing(path, key).conn


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def check(db: sqlite_utils.Database) -> CheckReport:
    from caseapp.storage import access_log  # its records load only for a check, not for a read

    integrity = "; ".join(r[0] for r in db.execute("PRAGMA integrity_check").fetchall())
    cipher_problems = len(db.execute("PRAGMA cipher_integrity_check").fetchall())
    return CheckReport(
        integrity=integrity,
        cipher_problems=cipher_problems,
        schema_version=schema.schema_version(db),
        expected_version=schema.SCHEMA_VERSION,
        citizens=int(db.execute("SELECT count(*) FROM citizens").fetchone()[0]),
        notes=int(db.execute("SELECT count(*) FROM notes").fetchone()[0]),
        access_log_problems=tuple(access_log.problems(db)) if db["access_log"].exists() else (),
    )


def backup(db: sqlite_utils.Database, out: Path, backup_key: DatabaseKey) -> None:
    """A consistent copy encrypted under `backup_key` (its own passphrase, stretched by
    SQLCipher with the file's own salt), written next to `out` and then moved into place."""
    out = Path(out)
    if not out.parent.is_dir():
        raise StoreError(f"Mappen {out.parent} findes ikke.")
    import tempfile  # only a backup writes a temporary file; opening the database does not

    fd, tmp_name = tempfile.mkstemp(prefix=".caseapp-backup-", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    try:
        _export(db, tmp, backup_key)
        os.replace(tmp, out)
    except connection.Error as exc:
        raise StoreError(f"Sikkerhedskopien kunne ikke skrives ({exc.__class__.__name__}).") from None
    finally:
        for leftover in (tmp, _sidecar(tmp, "-journal")):
            leftover.unlink(missing_ok=True)


def _export(db: sqlite_utils.Database, target: Path, key: DatabaseKey) -> None:
    """Copy the whole database (schema, rows, FTS, triggers, version) into a new file
    encrypted under `key`, as one read of the source (SQLCipher's sqlcipher_export)."""
    version = schema.schema_version(db)
    db.execute("ATTACH DATABASE ? AS export KEY ?", [str(target), key.material()])
    try:
        with db.atomic():
            db.execute("SELECT sqlcipher_export('export')")
            db.execute(f"PRAGMA export.user_version = {int(version)}")
    finally:
        db.execute("DETACH DATABASE export")


def _open_backup(path: Path, name: str, keys: Sequence[DatabaseKey]) -> sqlite_utils.Database:
    for key in keys:
        try:
            return connection.connect(path, key, must_exist=True)
        except (WrongKey, NotADatabase):
            continue
    raise NotADatabase(
        f"Adgangsfrasen passer ikke til {name}, eller filen er ikke en sikkerhedskopi fra "
        "caseapp; intet er ændret."
    )


def _check_backup(db: sqlite_utils.Database, name: str) -> CheckReport:
    if not db["_sqlite_migrations"].exists():
        raise NotADatabase(f"{name} er ikke en caseapp-sikkerhedskopi.")
    report = check(db)
    if report.integrity != "ok":
        raise NotADatabase(f"{name} er beskadiget og kan ikke genskabes.")
    if report.schema_version > schema.SCHEMA_VERSION:
        raise schema.NewerDatabase(
            "Sikkerhedskopien er skrevet af en nyere version af caseapp; opdatér programmet først."
        )
    return report


def verify_backup(path: Path, key: DatabaseKey) -> CheckReport:
    """Open a backup read-only-in-spirit and check it is a whole caseapp database."""
    db = _open_backup(path, path.name, [key])
    try:
        return _check_backup(db, path.name)
    finally:
        connection.close(db)


def restore(
    db_path: Path,
    key: DatabaseKey,
    backup_file: Path,
    backup_keys: Sequence[DatabaseKey] = (),
) -> CheckReport:
    """Replace the database with a verified copy of the backup, encrypted under `key` (the
    database's key on this machine). The backup is opened with the first of `backup_keys`
    that fits, else with `key` (a backup taken under the database's own passphrase). Either
    the old or the new database is in place afterwards, never a half-written one; a wrong
    passphrase changes nothing."""
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        raise StoreError(f"Sikkerhedskopien {backup_file} findes ikke.")
    if not db_path.parent.is_dir():
        raise StoreError(f"Mappen {db_path.parent} findes ikke.")
    opened = db_path.with_name(f".{db_path.name}.opening")
    staged = db_path.with_name(f".{db_path.name}.restoring")
    leftovers = [p.with_name(p.name + suffix) for p in (opened, staged)
                 for suffix in ("", "-wal", "-shm", "-journal")]
    for leftover in leftovers:
        leftover.unlink(missing_ok=True)
    try:
        opened.write_bytes(backup_file.read_bytes())
        source = _open_backup(opened, backup_file.name, [*backup_keys, key])
        try:
            _check_backup(source, backup_file.name)
            _export(source, staged, key)
        finally:
            connection.close(source)
        report = verify_backup(staged, key)
        _settle_wal(db_path, key)
        os.replace(staged, db_path)
    except connection.Error as exc:
        raise StoreError(f"Sikkerhedskopien kunne ikke genskabes ({exc.__class__.__name__}).") from None
    finally:
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)
    return report


def _settle_wal(db_path: Path, key: DatabaseKey) -> None:
    """Fold the old database's WAL into it and remove it, so no stale WAL meets the new file."""
    if not db_path.exists():
        return
    try:
        db = connection.connect(db_path, key, must_exist=True)
    except StoreError:
        log.warning("the database being replaced could not be opened; its WAL is discarded")
    else:
        try:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.execute("PRAGMA journal_mode = DELETE")
        finally:
            connection.close(db)
    for suffix in ("-wal", "-shm"):
        _sidecar(db_path, suffix).unlink(missing_ok=True)
