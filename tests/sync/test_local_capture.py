"""The local half of sharing, no server needed: the migration, and what enters the outbox."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from caseapp.demo.generator import generate_demo
from caseapp.domain.enums import NoteKind
from caseapp.domain.models import DiaryNote
from caseapp.errors import InvalidInput
from caseapp.service import CaseService
from caseapp.storage import changes, connection, schema
from caseapp.storage.keys import DatabaseKey
from caseapp.sync import local_store
from caseapp.sync.capture import TABLES
from caseapp.sync.crypto import DeviceKeys

KEY = DatabaseKey(passphrase="lokal-hemmelighed")


def _outbox(service: CaseService) -> list[tuple[str, str]]:
    return [tuple(r) for r in service._db.execute("SELECT kind, op FROM sync_outbox ORDER BY id")]


def _in_team(service: CaseService) -> None:
    local_store.join_team(service._db, local_store.Membership(
        "ab" * 16, "T", "host=x", "r", True, DeviceKeys.new(), None, None))


def test_the_migration_gives_every_existing_row_a_uuid_and_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "gammel.db"
    db = connection.connect(path, KEY, must_exist=False)
    schema.migrations.apply(db, stop_before="m010_create_sync_tables")
    generate_demo(db, citizens=6, years=3, seed=2)
    before = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in TABLES if db[t].exists()}  # later shared tables are made with their uuid
    finals = db.execute("SELECT count(*) FROM status_descriptions WHERE state = 'final'").fetchone()[0]
    connection.close(db)
    with CaseService.open(path, KEY) as service:
        for table, count in before.items():
            assert service._db.execute(
                f"SELECT count(*), count(DISTINCT uuid) FROM {table}").fetchone() == (count, count)
        assert finals > 0
        final_id = service._db.execute(
            "SELECT id FROM status_descriptions WHERE state = 'final' LIMIT 1").fetchone()[0]
        with pytest.raises(Exception, match="read-only"):
            service._db.execute("UPDATE status_descriptions SET overall = 'x' WHERE id = ?", [final_id])
    assert before["notes"] > 0


def test_nothing_enters_the_outbox_outside_a_team_or_for_unshared_citizens(service) -> None:
    generate_demo(service._db, citizens=2, years=0.2, seed=3)
    c = service.citizens.citizen(1)
    service.citizens.update_citizen(dataclasses.replace(c, phone="12121212"))
    assert _outbox(service) == []
    _in_team(service)
    local_store.share(service._db, [2])
    service._db.execute("DELETE FROM sync_outbox")
    service.citizens.update_citizen(dataclasses.replace(service.citizens.citizen(1), phone="34343434"))
    assert _outbox(service) == []
    service.citizens.update_citizen(dataclasses.replace(service.citizens.citizen(2), phone="56565656"))
    assert _outbox(service) == [("citizens", "update")]


def test_a_draft_stays_local_and_goes_out_whole_when_signed(service) -> None:
    generate_demo(service._db, citizens=1, years=0.2, seed=4)
    _in_team(service)
    local_store.share(service._db, [1])
    service._db.execute("DELETE FROM sync_outbox")
    goal = service.plans.goals(1)[-1].id
    note_id = service.diary.save_draft(DiaryNote(1, NoteKind.OBSERVATION, dt.datetime(2026, 3, 2, 10),
                                           "Kladde", author="Ida", goal_ids=(goal,)))
    service.diary.save_draft(dataclasses.replace(service.diary.note(note_id), text="Kladde, rettet"))
    assert _outbox(service) == []
    service.diary.sign_note(note_id)
    assert _outbox(service) == [("notes", "insert")]
    import json

    fields = json.loads(service._db.execute("SELECT fields FROM sync_outbox").fetchone()[0])
    assert fields["text"] == "Kladde, rettet" and fields["author"] == "Ida"
    assert fields["goal_ids"] == [service._db.execute(
        "SELECT uuid FROM goals WHERE id = ?", [goal]).fetchone()[0]]


def test_a_change_that_is_refused_leaves_no_outbox_entry(service) -> None:
    generate_demo(service._db, citizens=1, years=0.2, seed=5)
    _in_team(service)
    local_store.share(service._db, [1])
    service._db.execute("DELETE FROM sync_outbox")
    with pytest.raises(InvalidInput):
        with changes.change(service._db, "update", "citizen"):
            service._db.execute("UPDATE citizens SET phone = '9' WHERE id = 1")
            service._db.execute("UPDATE citizens SET name = '' WHERE id = 1")  # CHECK fails
    assert _outbox(service) == []


def test_sharing_all_shares_citizens_added_later(service) -> None:
    _in_team(service)
    local_store.set_share_all(service._db, True)
    from caseapp.domain.models import Citizen

    citizen_id = service.citizens.add_citizen(Citizen(name="Ny Borger"))
    assert citizen_id in local_store.shared_citizens(service._db)
    assert _outbox(service) == [("citizens", "insert")]


def test_capture_triggers_come_back_after_a_table_is_rebuilt(service) -> None:
    from caseapp.sync.capture import install_triggers

    assert install_triggers(service._db) is False
    service._db.execute("DROP TRIGGER appointments_sync_au")
    assert install_triggers(service._db) is True
    assert service._db.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'appointments_sync_au'").fetchone()[0] == 1
