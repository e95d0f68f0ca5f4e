"""Autosaved drafts: a round trip, never a lost word, pending drafts newest first."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from caseapp.domain.enums import RecordState
from caseapp.domain.models import Citizen
from caseapp.errors import InvalidInput, RecordLocked
from caseapp.notes import autosave_draft, pending_drafts
from caseapp.service import CaseService
from caseapp.storage.keys import DatabaseKey
from tests.unit.notes.helpers import _draft

T = dt.datetime


def test_autosave_round_trip(
    service: CaseService, key: DatabaseKey, citizen_id: int, sub_goal_id: int
) -> None:
    editor = _draft(citizen_id, "Søren", (sub_goal_id,))
    note_id = autosave_draft(service._db, editor)
    assert note_id is not None
    editor = dataclasses.replace(editor, id=note_id)
    writes = len(service.audit_trail())
    assert autosave_draft(service._db, editor) == note_id
    assert len(service.audit_trail()) == writes  # nothing changed: nothing written

    editor = dataclasses.replace(editor, text="Søren betalte selv huslejen.", author="Pia")
    assert autosave_draft(service._db, editor) == note_id
    assert len(service.audit_trail()) == writes + 1
    stored = service.diary.note(note_id)
    assert (stored.text, stored.author, stored.state) == (editor.text, "Pia", RecordState.DRAFT)

    # A crash: the process dies with the editor open. The next start offers the draft back.
    with CaseService.open(Path(service.path), key) as restarted:
        offered = pending_drafts(restarted._db)
    assert [(d.id, d.text, d.goal_ids) for d in offered] == [
        (note_id, "Søren betalte selv huslejen.", (sub_goal_id,))
    ]


def test_autosave_never_loses_words(service: CaseService, citizen_id: int) -> None:
    assert autosave_draft(service._db, _draft(citizen_id, "   ")) is None  # nothing typed yet
    assert service.diary.note_count() == 0
    note_id = autosave_draft(service._db, _draft(citizen_id, "Første ord"))
    assert note_id is not None
    # Clearing the editor does not wipe the stored words.
    assert autosave_draft(service._db, _draft(citizen_id, "", id=note_id)) == note_id
    assert service.diary.note(note_id).text == "Første ord"
    # The draft was deleted in another window: the editor's words become a new draft.
    service.diary.delete_draft(note_id)
    again = autosave_draft(service._db, _draft(citizen_id, "Første ord og flere", id=note_id))
    assert again is not None  # (SQLite may give the freed id again)
    assert service.diary.note(again).text == "Første ord og flere"
    # Too long: a clear message, and the last stored version is kept.
    with pytest.raises(InvalidInput, match=r"Notatet: teksten er for lang \(højst 100.000 tegn\)"):
        autosave_draft(service._db, _draft(citizen_id, "x" * 100_001, id=again))
    assert service.diary.note(again).text == "Første ord og flere"
    # Signed meanwhile: refused, the record stays.
    service.diary.sign_note(again)
    with pytest.raises(RecordLocked):
        autosave_draft(service._db, _draft(citizen_id, "Ændret efter underskrift", id=again))
    assert service.diary.note(again).text == "Første ord og flere"
    assert autosave_draft(service._db, service.diary.note(again)) == again  # unchanged: fine


def test_pending_drafts_newest_first_across_citizens(service: CaseService, citizen_id: int) -> None:
    other = service.citizens.add_citizen(Citizen(name="Anden Borger"))
    old = service.diary.save_draft(_draft(citizen_id, "Gammel", created_at=T(2025, 5, 1, 8)))
    new = service.diary.save_draft(_draft(other, "Ny", created_at=T(2025, 5, 2, 8)))
    signed = service.diary.save_draft(_draft(citizen_id, "Underskrevet", created_at=T(2025, 5, 3, 8)))
    service.diary.sign_note(signed)
    assert [d.id for d in pending_drafts(service._db)] == [new, old]
