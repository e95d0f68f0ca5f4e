"""Opening the encrypted file: nothing readable on disk, wrong keys and foreign files refused in
one sentence."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from caseapp.errors import NotADatabase, StoreError, WrongKey
from caseapp.service import CaseService
from caseapp.storage import connection
from caseapp.storage.keys import DatabaseKey
from tests.unit.storage.helpers import CPR, NAME, _fill


@pytest.fixture
def key() -> DatabaseKey:
    """These tests are about the store's keys, so they use a passphrase (stretched by SQLCipher)."""
    return DatabaseKey(passphrase="en lang og hemmelig sætning")


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_nothing_readable_on_disk(tmp_path: Path, key: DatabaseKey) -> None:
    db_path = tmp_path / "case.db"
    with CaseService.create(db_path, key) as service:
        _fill(service)
        assert (tmp_path / "case.db-wal").exists()  # the WAL is there and must be encrypted too
        raw = _all_bytes(tmp_path)
        service.backup(tmp_path / "kopi.bak")
    raw += (tmp_path / "kopi.bak").read_bytes()
    for secret in (NAME, "Bjørn", "fællesspisningen", CPR, "120385"):
        for encoding in ("utf-8", "utf-16-le"):
            assert secret.encode(encoding) not in raw
    assert b"SQLite format 3" not in raw


def test_wrong_passphrase_is_refused_with_a_sentence(tmp_path: Path, key: DatabaseKey) -> None:
    db_path = tmp_path / "case.db"
    CaseService.create(db_path, key).close()
    with pytest.raises(WrongKey, match="forkert adgangsfrase"):
        CaseService.open(db_path, DatabaseKey(passphrase="forkert"))


def test_random_bytes_are_not_a_database(tmp_path: Path, key: DatabaseKey) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(8192))
    with pytest.raises(WrongKey):
        CaseService.open(junk, key)
    assert junk.stat().st_size == 8192  # nothing written


def test_plain_sqlite_file_is_named_as_such(tmp_path: Path, key: DatabaseKey) -> None:
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("create table t (x)").connection.commit()
    with pytest.raises(NotADatabase, match="ukrypteret"):
        CaseService.open(plain, key)


def test_missing_directory(tmp_path: Path, key: DatabaseKey) -> None:
    with pytest.raises(StoreError, match="findes ikke"):
        CaseService.create(tmp_path / "nope" / "case.db", key)


def test_sqlcipher_errors_are_caught_by_sqlite_utils(service: CaseService) -> None:
    """Regression: sqlite-utils catches sqlite3.OperationalError; sqlcipher3 raises its own."""
    service._db["no_such_table"].drop(ignore=True)
    assert service._db.supports_strict in (True, False)
    with pytest.raises(connection.OperationalError):
        service._db["no_such_table"].drop()
