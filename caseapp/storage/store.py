"""Opening, creating, backing up, restoring and checking one encrypted database file."""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from caseapp.errors import NotADatabase, StoreError, WrongKey
from caseapp.storage import connection, schema
from caseapp.storage.keys import DatabaseKey

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckReport:
    integrity: str
    cipher_problems: int
    schema_version: int
    expected_version: int
    citizens: int
    notes: int

    @property
    def ok(self) -> bool:
        return (
            self.integrity == "ok"
            and self.cipher_problems == 0
            and self.schema_version == self.expected_version
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


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def check(db: sqlite_utils.Database) -> CheckReport:
    integrity = "; ".join(r[0] for r in db.execute("PRAGMA integrity_check").fetchall())
    cipher_problems = len(db.execute("PRAGMA cipher_integrity_check").fetchall())
    return CheckReport(
        integrity=integrity,
        cipher_problems=cipher_problems,
        schema_version=schema.schema_version(db),
        expected_version=schema.SCHEMA_VERSION,
        citizens=int(db.execute("SELECT count(*) FROM citizens").fetchone()[0]),
        notes=int(db.execute("SELECT count(*) FROM notes").fetchone()[0]),
    )


def backup(db: sqlite_utils.Database, out: Path) -> None:
    """An encrypted, consistent copy (same key) written next to `out` and then moved into place."""
    out = Path(out)
    if not out.parent.is_dir():
        raise StoreError(f"Mappen {out.parent} findes ikke.")
    fd, tmp_name = tempfile.mkstemp(prefix=".caseapp-backup-", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    try:
        db.execute("VACUUM INTO ?", [str(tmp)])
        os.replace(tmp, out)
    except connection.Error as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"Sikkerhedskopien kunne ikke skrives ({exc.__class__.__name__}).") from None


def verify_backup(path: Path, key: DatabaseKey) -> CheckReport:
    """Open a backup read-only-in-spirit and check it is a whole caseapp database."""
    try:
        db = connection.connect(path, key, must_exist=True)
    except (WrongKey, NotADatabase):
        raise NotADatabase(
            f"{path.name} er ikke en sikkerhedskopi af denne database "
            "(eller den er krypteret med en anden nøgle)."
        ) from None
    try:
        if not db["_sqlite_migrations"].exists():
            raise NotADatabase(f"{path.name} er ikke en caseapp-sikkerhedskopi.")
        report = check(db)
    finally:
        connection.close(db)
    if report.integrity != "ok":
        raise NotADatabase(f"{path.name} er beskadiget og kan ikke genskabes.")
    if report.schema_version > schema.SCHEMA_VERSION:
        raise schema.NewerDatabase(
            "Sikkerhedskopien er skrevet af en nyere version af caseapp; opdatér programmet først."
        )
    return report


def restore(db_path: Path, key: DatabaseKey, backup_file: Path) -> CheckReport:
    """Replace the database with a verified copy of the backup. Either the old or the new
    database is in place afterwards, never a half-written one."""
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        raise StoreError(f"Sikkerhedskopien {backup_file} findes ikke.")
    if not db_path.parent.is_dir():
        raise StoreError(f"Mappen {db_path.parent} findes ikke.")
    staged = db_path.with_name(f".{db_path.name}.restoring")
    staged.unlink(missing_ok=True)
    try:
        staged.write_bytes(backup_file.read_bytes())
        report = verify_backup(staged, key)
        _settle_wal(db_path, key)
        os.replace(staged, db_path)
    finally:
        for leftover in (staged, _sidecar(staged, "-wal"), _sidecar(staged, "-shm")):
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
