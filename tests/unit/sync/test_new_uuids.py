"""A shared row's uuid sorts after those of rows made before it, so the indexes keyed by uuid
grow at their end (a first pull of a large caseload inserts in that order)."""

from __future__ import annotations

import datetime as dt
import re

from caseapp.domain.enums import NoteKind
from caseapp.domain.models import DiaryNote
from caseapp.service import CaseService
from caseapp.sync import local_store
from caseapp.sync.capture import install_triggers


def _note(service: CaseService, citizen_id: int, text: str) -> int:
    """A signed note (drafts stay on the laptop and get no uuid)."""
    note_id = service.diary.save_draft(
        DiaryNote(citizen_id, NoteKind.OBSERVATION, dt.datetime(2026, 3, 2, 9, 0), text))
    service.diary.sign_note(note_id, at=dt.datetime(2026, 3, 2, 10, 0))
    return note_id


def test_shared_rows_get_uuids_that_sort_as_the_rows_were_made(service: CaseService, citizen_id: int) -> None:
    for n in range(40):
        _note(service, citizen_id, f"Notat {n}: Søren gik på værkstedet.")
    db = service._db
    install_triggers(db)
    local_store.share(db, [citizen_id])
    shared = [r[0] for r in db.execute("SELECT uuid FROM notes ORDER BY id")]
    assert len(shared) == 40 and shared == sorted(shared) and len(set(shared)) == 40
    assert all(re.fullmatch("[0-9a-f]{32}", u) for u in shared)

    later = _note(service, citizen_id, "Skrevet efter delingen.")
    newest = db.execute("SELECT uuid FROM notes WHERE id = ?", [later]).fetchone()[0]
    assert re.fullmatch("[0-9a-f]{32}", newest) and newest > shared[-1]
