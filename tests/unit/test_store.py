"""The encrypted store: keys, wrong keys, foreign files, migrations, backups."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from caseapp.domain.enums import CitizenStatus, NoteKind
from caseapp.domain.models import Citizen, DiaryNote
from caseapp.errors import KeyUnavailable, NewerDatabase, NotADatabase, StoreError, WrongKey
from caseapp.service import CaseService
from caseapp.storage import connection, keys, schema, store
from caseapp.storage.keys import DatabaseKey

NAME = "Bjørn Ærøskøbing-Sørensen"
CPR = "1203854321"


@pytest.fixture
def key() -> DatabaseKey:
    """These tests are about the store's keys, so they use a passphrase (stretched by SQLCipher)."""
    return DatabaseKey(passphrase="en lang og hemmelig sætning")


def _fill(service: CaseService) -> int:
    citizen_id = service.citizens.add_citizen(Citizen(name=NAME, cpr=CPR))
    note = DiaryNote(
        citizen_id=citizen_id,
        kind=NoteKind.OBSERVATION,
        occurred_at=__import__("datetime").datetime(2026, 11, 2, 10, 0),
        text="Bjørn mødte op til fællesspisningen og dækkede selv bord.",
    )
    service.diary.save_draft(note)
    return citizen_id


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


def test_newer_database_is_refused_untouched(tmp_path: Path, key: DatabaseKey) -> None:
    db_path = tmp_path / "case.db"
    with CaseService.create(db_path, key) as service:
        service._db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
        service._db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('caseapp', 'm999_from_the_future', 'x')"
        )
    with pytest.raises(NewerDatabase, match="nyere version"):
        CaseService.open(db_path, key)
    assert not list(tmp_path.glob("*.bak"))


def test_migration_copies_the_file_first(tmp_path: Path, key: DatabaseKey) -> None:
    db_path = tmp_path / "case.db"
    db = connection.connect(db_path, key, must_exist=False)
    schema.migrations.apply(db, stop_before="m003_protect_signed_records")
    db.execute("PRAGMA user_version = 2")
    connection.close(db)
    with CaseService.open(db_path, key) as service:
        assert schema.schema_version(service._db) == schema.SCHEMA_VERSION
    copies = list(tmp_path.glob("case.db.v2.bak"))
    assert len(copies) == 1
    old = connection.connect(copies[0], key)
    assert schema.schema_version(old) == 2
    connection.close(old)


def test_sqlcipher_errors_are_caught_by_sqlite_utils(service: CaseService) -> None:
    """Regression: sqlite-utils catches sqlite3.OperationalError; sqlcipher3 raises its own."""
    service._db["no_such_table"].drop(ignore=True)
    assert service._db.supports_strict in (True, False)
    with pytest.raises(connection.OperationalError):
        service._db["no_such_table"].drop()


def test_signed_note_is_protected_by_the_database_itself(service: CaseService) -> None:
    citizen_id = _fill(service)
    note_id = service.diary.notes(citizen_id)[0].id
    service.diary.sign_note(note_id)
    with pytest.raises(connection.IntegrityError):
        service._db.execute("UPDATE notes SET text = 'ændret' WHERE id = ?", [note_id])
    with pytest.raises(connection.IntegrityError):
        service._db.execute("DELETE FROM notes WHERE id = ?", [note_id])


def test_backup_and_restore_round_trip(tmp_path: Path, key: DatabaseKey) -> None:
    db_path = tmp_path / "case.db"
    with CaseService.create(db_path, key) as service:
        _fill(service)
        service.backup(tmp_path / "kopi.bak")
        service.citizens.add_citizen(Citizen(name="Efter kopien"))
    report = store.restore(db_path, key, tmp_path / "kopi.bak")
    assert report.citizens == 1
    with CaseService.open(db_path, key) as service:
        assert [c.name for c in service.citizens.caseload()] == [NAME]
        assert service.check().ok


def test_restore_from_junk_leaves_the_database_alone(tmp_path: Path, key: DatabaseKey) -> None:
    db_path = tmp_path / "case.db"
    with CaseService.create(db_path, key) as service:
        _fill(service)
    junk = tmp_path / "junk.bak"
    junk.write_bytes(b"not a backup" * 100)
    with pytest.raises(NotADatabase, match="ikke en sikkerhedskopi"):
        store.restore(db_path, key, junk)
    with CaseService.open(db_path, key) as service:
        assert [c.name for c in service.citizens.caseload()] == [NAME]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.db", "junk.bak"]


def test_keyring_key_is_random_and_reused(tmp_path: Path, isolated_keyring) -> None:
    db_path = tmp_path / "case.db"
    key = keys.key_for_new_database(db_path)
    assert key.raw_hex and len(key.raw_hex) == 64
    CaseService.create(db_path, key).close()
    again = keys.key_for_existing_database(db_path)
    assert again == key
    assert key.raw_hex not in repr(key)
    CaseService.open(db_path, again).close()


def test_no_secure_keyring_and_no_passphrase(tmp_path: Path, monkeypatch) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyUnavailable, match="CASEAPP_PASSPHRASE"):
        keys.key_for_new_database(tmp_path / "case.db")
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "fra miljøet")
    assert keys.key_for_new_database(tmp_path / "case.db").passphrase == "fra miljøet"


def test_plaintext_keyring_is_not_trusted(tmp_path: Path) -> None:
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    keyring.set_keyring(PlaintextKeyring())
    assert not keys.secure_keyring_available()


def test_restore_after_the_file_is_lost_uses_the_keyring_key(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    from caseapp import cli

    db_path = tmp_path / "case.db"
    key = keys.key_for_new_database(db_path)
    with CaseService.create(db_path, key) as service:
        _fill(service)
        service.backup(tmp_path / "kopi.bak", passphrase="kopiens egen frase")
    for lost in tmp_path.glob("case.db*"):
        lost.unlink()
    monkeypatch.setenv("CASEAPP_BACKUP_PASSPHRASE", "kopiens egen frase")
    assert cli.main(["restore", "--db", str(db_path), str(tmp_path / "kopi.bak")]) == 0
    assert "1 borgere" in capsys.readouterr().out
    assert keys.key_for_existing_database(db_path) == key  # the same key as before
    with CaseService.open(db_path, key) as service:
        assert [c.name for c in service.citizens.caseload()] == [NAME]


def test_a_keyring_keyed_backup_restores_on_a_new_laptop(
    tmp_path: Path, capsys, monkeypatch, isolated_keyring
) -> None:
    """The backup carries its own passphrase: a machine whose keyring never saw the database
    restores it, and the restored database gets a key of its own there."""
    from caseapp import cli

    old_laptop = tmp_path / "gammel" / "case.db"
    old_laptop.parent.mkdir()
    old_key = keys.key_for_new_database(old_laptop)
    assert old_key.raw_hex
    with CaseService.create(old_laptop, old_key) as service:
        _fill(service)
        with pytest.raises(KeyUnavailable, match="adgangsfrase til sikkerhedskopien"):
            service.backup(tmp_path / "usb.bak")  # the keyring's key would not travel
        service.backup(tmp_path / "usb.bak", passphrase="Hest batteri hæfteklamme")
    isolated_keyring.secrets.clear()  # the new laptop: an empty keyring, no database
    new_laptop = tmp_path / "ny" / "case.db"
    new_laptop.parent.mkdir()

    monkeypatch.setenv("CASEAPP_BACKUP_PASSPHRASE", "forkert frase")
    assert cli.main(["restore", "--db", str(new_laptop), str(tmp_path / "usb.bak")]) == 3
    err = capsys.readouterr().err
    assert "Adgangsfrasen passer ikke til usb.bak" in err and err.count("\n") == 1
    assert not new_laptop.exists() and keys.stored_key(new_laptop) is None  # nothing left
    assert sorted(p.name for p in new_laptop.parent.iterdir()) == []

    monkeypatch.setenv("CASEAPP_BACKUP_PASSPHRASE", "Hest batteri hæfteklamme")
    assert cli.main(["restore", "--db", str(new_laptop), str(tmp_path / "usb.bak")]) == 0
    new_key = keys.key_for_existing_database(new_laptop)
    assert new_key.raw_hex and new_key != old_key
    with CaseService.open(new_laptop, new_key) as service:
        assert [c.name for c in service.citizens.caseload()] == [NAME]
        assert service.check().ok
        assert [h.kind for h in service.search("fællesspisningen")] == ["note"]  # FTS came along


def test_a_wrong_backup_passphrase_overwrites_nothing(tmp_path: Path, key: DatabaseKey) -> None:
    db_path = tmp_path / "case.db"
    with CaseService.create(db_path, key) as service:
        _fill(service)
        service.backup(tmp_path / "kopi.bak", passphrase="rigtig")
        service.citizens.add_citizen(Citizen(name="Efter kopien"))
    before = db_path.read_bytes()
    with pytest.raises(NotADatabase, match="Adgangsfrasen passer ikke til kopi.bak"):
        store.restore(db_path, key, tmp_path / "kopi.bak", [DatabaseKey(passphrase="forkert")])
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.db", "kopi.bak"]
    report = store.restore(db_path, key, tmp_path / "kopi.bak", [DatabaseKey(passphrase="rigtig")])
    assert report.citizens == 1
    with CaseService.open(db_path, key) as service:  # the database keeps its own key
        assert [c.name for c in service.citizens.caseload()] == [NAME]


def test_killed_before_the_first_migration_is_finished_on_open(tmp_path: Path, key) -> None:
    """A kill after the migrations table was made but before m001 committed leaves only that
    table; the next open must finish the job, not call the file foreign."""
    db_path = tmp_path / "case.db"
    db = connection.connect(db_path, key, must_exist=False)
    schema.migrations.ensure_migrations_table(db)
    connection.close(db)
    with CaseService.open(db_path, key) as service:
        assert service.check().ok


def _draft(citizen_id: int, text: str) -> DiaryNote:
    import datetime as dt

    return DiaryNote(citizen_id=citizen_id, kind=NoteKind.OBSERVATION,
                     occurred_at=dt.datetime(2026, 11, 3, 9, 0), text=text)


def test_deleting_the_newest_draft_never_hands_its_id_to_the_next_note(
    service: CaseService, citizen_id: int, sub_goal_id: int
) -> None:
    import datetime as dt

    from caseapp.domain.enums import RatingScale
    from caseapp.domain.models import Rating

    service.diary.save_draft(_draft(citizen_id, "Første kladde"))
    newest = service.diary.save_draft(_draft(citizen_id, "Skrevet til den forkerte borger"))
    service.diary.delete_draft(newest)
    assert service.diary.save_draft(_draft(citizen_id, "Ny kladde")) > newest
    rating = service.plans.add_rating(Rating(sub_goal_id, RatingScale.GAS, 1, dt.date(2026, 11, 3)))
    service.plans.remove_rating(rating)
    assert service.plans.add_rating(Rating(sub_goal_id, RatingScale.GAS, 0, dt.date(2026, 11, 3))) > rating
    deleted = [e.entity_id for e in service.audit_trail(100)
               if e.entity == "note" and e.action == "delete"]
    assert deleted == [newest]  # the audit trail names one note by that id, never two


def test_m008_rebuilds_the_tables_keeping_rows_search_and_protections(
    tmp_path: Path, key: DatabaseKey
) -> None:
    """A database from before m008 with a caseload in it: after opening, every row and id is
    there, search finds what it found, signed notes are still read-only, ids are not reused."""
    from caseapp.demo.generator import generate_demo

    db_path = tmp_path / "case.db"
    db = connection.connect(db_path, key, must_exist=False)
    schema.migrations.apply(db, stop_before="m008_rebuild_tables_autoincrement")
    db.execute(f"PRAGMA user_version = {len(schema.migrations.applied(db))}")
    generate_demo(db, citizens=4, years=1, seed=5)
    tables = ("notes", "goals", "actions", "ratings", "appointments", "note_goals")
    # The columns as they were: later migrations may add columns of their own.
    columns = {t: ", ".join(c[1] for c in db.execute(f"PRAGMA table_info({t})")) for t in tables}
    before = {t: db.execute(f"SELECT {columns[t]} FROM {t} ORDER BY 1, 2").fetchall()
              for t in tables}
    assert all(before.values())
    word = db.execute("SELECT text FROM notes LIMIT 1").fetchone()[0].split()[0]
    found = db.execute("SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rowid",
                       [f'"{word}"']).fetchall()
    signed = db.execute("SELECT id FROM notes WHERE state = 'signed' LIMIT 1").fetchone()[0]
    connection.close(db)

    with CaseService.open(db_path, key) as service:
        db = service._db
        assert service.check().ok
        assert {t: db.execute(f"SELECT {columns[t]} FROM {t} ORDER BY 1, 2").fetchall()
                for t in tables} == before
        assert db.execute("SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rowid",
                          [f'"{word}"']).fetchall() == found
        db.execute("INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')")
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(connection.IntegrityError):
            db.execute("DELETE FROM notes WHERE id = ?", [signed])
        for table in ("notes", "goals", "actions", "ratings", "appointments"):
            sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
            assert "AUTOINCREMENT" in sql
        citizen = next(c.id for c in service.citizens.caseload() if c.status != CitizenStatus.CLOSED)
        newest = service.diary.save_draft(_draft(citizen, "Ny kladde med ordet vandrehjem"))
        assert [h.id for h in service.search("vandrehjem")] == [newest]  # the FTS triggers work
        service.diary.delete_draft(newest)
        assert service.search("vandrehjem") == []
        assert service.diary.save_draft(_draft(citizen, "Endnu en kladde")) > newest


def test_a_restored_backup_does_not_reuse_ids_either(tmp_path: Path, key: DatabaseKey) -> None:
    db_path = tmp_path / "case.db"
    with CaseService.create(db_path, key) as service:
        citizen_id = _fill(service)
        newest = service.diary.save_draft(_draft(citizen_id, "Slettes igen"))
        service.diary.delete_draft(newest)
        service.backup(tmp_path / "kopi.bak")
    store.restore(db_path, key, tmp_path / "kopi.bak")
    with CaseService.open(db_path, key) as service:
        assert service.diary.save_draft(_draft(citizen_id, "Efter genskabelsen")) > newest
