"""Migrations m015 (a note's occurrence of a series) and m016 (prefix indexes) on a database
written before them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from caseapp.domain.enums import AppointmentKind, NoteKind
from caseapp.domain.models import Appointment, Citizen, DiaryNote
from caseapp.service import CaseService
from caseapp.storage import appointments, citizens, connection, notes, schema
from caseapp.storage.keys import DatabaseKey

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
