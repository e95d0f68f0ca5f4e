"""Migrations: a newer database refused untouched, a copy before migrating, a migration killed half
way finished on open, m008's rebuilt tables, m015/m016 on an older file, ids never reused,
signed notes protected by the database itself."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from caseapp.domain.enums import AppointmentKind, CitizenStatus, NoteKind
from caseapp.domain.models import Appointment, Citizen, DiaryNote
from caseapp.errors import NewerDatabase
from caseapp.service import CaseService
from caseapp.storage import appointments, citizens, connection, notes, schema
from caseapp.storage.keys import DatabaseKey
from tests.unit.storage.helpers import _draft, _fill


@pytest.fixture
def key() -> DatabaseKey:
    """These tests are about the store's keys, so they use a passphrase (stretched by SQLCipher)."""
    return DatabaseKey(passphrase="en lang og hemmelig sætning")


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


def test_signed_note_is_protected_by_the_database_itself(service: CaseService) -> None:
    citizen_id = _fill(service)
    note_id = service.diary.notes(citizen_id)[0].id
    service.diary.sign_note(note_id)
    with pytest.raises(connection.IntegrityError):
        service._db.execute("UPDATE notes SET text = 'ændret' WHERE id = ?", [note_id])
    with pytest.raises(connection.IntegrityError):
        service._db.execute("DELETE FROM notes WHERE id = ?", [note_id])


def test_killed_before_the_first_migration_is_finished_on_open(tmp_path: Path, key) -> None:
    """A kill after the migrations table was made but before m001 committed leaves only that
    table; the next open must finish the job, not call the file foreign."""
    db_path = tmp_path / "case.db"
    db = connection.connect(db_path, key, must_exist=False)
    schema.migrations.ensure_migrations_table(db)
    connection.close(db)
    with CaseService.open(db_path, key) as service:
        assert service.check().ok


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


START = dt.datetime(2026, 11, 3, 10, 0)


def test_an_older_database_gets_occurrence_dates_and_prefix_indexes(tmp_path: Path) -> None:
    path, key = tmp_path / "old.db", DatabaseKey.random()
    db = connection.connect(path, key, must_exist=False)
    schema.migrations.apply(db, stop_before="m015_add_note_occurrence_date")
    citizen = citizens.insert(db, Citizen(name="Søren Ågård"))
    series = appointments.insert(db, Appointment(
        AppointmentKind.CONVERSATION, START, START + dt.timedelta(hours=1), citizen_id=citizen,
        rrule="FREQ=WEEKLY;COUNT=4"))  # fmt: skip
    row = {"citizen_id": citizen, "kind": NoteKind.CONVERSATION.value, "text": "Søvnen er bedre.",
           "occurred_at": "2026-11-10T10:00:00", "appointment_id": series, "state": "signed",
           "created_at": "2026-11-10T12:00:00"}  # fmt: skip
    db.table("notes").insert(row)
    db.conn.close()
    with CaseService.open(path, key) as service:
        (note,) = service.diary.notes(citizen)
        assert note.occurrence_date == dt.date(2026, 11, 10)
        owed = service.calendar.notes_owed(dt.datetime(2026, 11, 1), dt.datetime(2026, 11, 20))
        assert [o.start.date() for o in owed] == [dt.date(2026, 11, 3), dt.date(2026, 11, 17)]
        sql = service._db.execute("SELECT sql FROM sqlite_master WHERE name = 'notes_fts'")
        assert "prefix = '2 3'" in sql.fetchone()[0]
        assert [h.id for h in service.search("sø") if h.kind == "note"] == [note.id]
        later = service.diary.save_draft(DiaryNote(citizen, NoteKind.OBSERVATION, START, "Sørgede."))
        assert {h.id for h in service.search("sø") if h.kind == "note"} == {note.id, later}
        assert notes.total(service._db) == 2
