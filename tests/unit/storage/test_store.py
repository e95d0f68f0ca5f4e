"""Backups and restores: a round trip, junk and wrong passphrases that overwrite nothing, a backup
keyed by the keyring restored on a new laptop."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.domain.models import Citizen
from caseapp.errors import KeyUnavailable, NotADatabase
from caseapp.service import CaseService
from caseapp.storage import keys, store
from caseapp.storage.keys import DatabaseKey
from tests.unit.storage.helpers import NAME, _draft, _fill


@pytest.fixture
def key() -> DatabaseKey:
    """These tests are about the store's keys, so they use a passphrase (stretched by SQLCipher)."""
    return DatabaseKey(passphrase="en lang og hemmelig sætning")


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
