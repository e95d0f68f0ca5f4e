"""A pulled run of new rows goes in set-wise, in the order the entries came (their local ids
follow it), with a clock for each row."""

from __future__ import annotations

import datetime as dt

from caseapp.domain.enums import NoteKind
from caseapp.domain.models import DiaryNote
from caseapp.service import CaseService
from caseapp.sync import apply, bulk_insert
from caseapp.sync.capture import TABLES

DEVICE = "ab" * 16


def _note_fields(service: CaseService, citizen_id: int) -> dict:
    db = service._db
    cursor = db.execute("SELECT * FROM notes WHERE citizen_id = ? LIMIT 1", [citizen_id])
    row = dict(zip([c[0] for c in cursor.description], cursor.fetchone(), strict=True))
    citizen_uuid = "c1" * 16  # as sharing gives it one
    db.execute("UPDATE citizens SET uuid = ? WHERE id = ?", [citizen_uuid, citizen_id])
    return {k: v for k, v in row.items() if k not in ("id", "uuid")} | {"citizen_id": citizen_uuid}


def test_a_run_of_new_notes_goes_in_in_the_order_it_came(service: CaseService, citizen_id: int) -> None:
    service.diary.save_draft(DiaryNote(citizen_id, NoteKind.OBSERVATION, dt.datetime(2026, 3, 2, 9, 0),
                                       "Første notat, skrevet her."))
    fields = _note_fields(service, citizen_id)
    texts = [f"Notat nr. {n} fra kollegaen: Søren gik på værkstedet." for n in range(600, 0, -1)]
    run = [apply.Incoming("notes", f"{n:032x}", "insert", fields | {"text": text}, 1000 + n, DEVICE)
           for n, text in enumerate(texts, start=1)]
    db = service._db
    with db.atomic():
        applying = apply.begin_applying(db)
        fresh = bulk_insert.insert_new(db, TABLES["notes"], run)
        apply.end_applying(db, None, applying)
    assert fresh == {e.uuid for e in run}
    stored = [r[0] for r in db.execute("SELECT text FROM notes WHERE uuid IS NOT NULL AND text LIKE 'Notat nr.%' "
                                       "ORDER BY id")]
    assert stored == texts
    clocks = db.execute("SELECT count(*) FROM sync_clock WHERE field = '*' AND device = ?", [DEVICE]).fetchone()[0]
    assert clocks == len(run)
    found = [hit for hit in service.search("værkstedet", limit=1000) if hit.kind == "note"]
    assert len(found) == len(run)  # the full-text index holds them
