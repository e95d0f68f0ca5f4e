"""Writing a note: bad input gets a Danish sentence and loses nothing; control characters and
direction marks are cleaned."""

from __future__ import annotations

import datetime as dt

import pytest

from caseapp.domain.models import Citizen
from caseapp.errors import InvalidInput, RecordLocked
from caseapp.notes import NoteFilter, autosave_draft, find_notes, highlight_spans
from caseapp.service import CaseService
from tests.unit.notes.helpers import _draft, _sub_goal

T = dt.datetime


def test_bad_note_input_gets_a_danish_sentence_and_loses_nothing(
    service: CaseService, citizen_id: int, sub_goal_id: int
) -> None:
    note_id = autosave_draft(service._db, _draft(citizen_id, "Gemt tekst", (sub_goal_id,)))
    assert note_id is not None
    with pytest.raises(InvalidInput, match="Notatet: feltet er tomt"):
        service.diary.save_draft(_draft(citizen_id, " \u200f\x00 ", id=note_id))
    with pytest.raises(InvalidInput, match="for lang"):
        service.diary.save_draft(_draft(citizen_id, "ord " * 30_000, id=note_id))
    other = service.citizens.add_citizen(Citizen(name="Anden Borger"))
    foreign = _sub_goal(service, other, "Andens delmål.")
    with pytest.raises(InvalidInput, match="borgerens egne delmål"):
        autosave_draft(service._db, _draft(citizen_id, "Med fremmed delmål", (foreign,), id=note_id))
    with pytest.raises(InvalidInput, match="Kun underskrevne notater rettes"):
        service.diary.correct_note(note_id, "Rettelse af en kladde")
    kept = service.diary.note(note_id)
    assert (kept.text, kept.goal_ids) == ("Gemt tekst", (sub_goal_id,))

    service.diary.sign_note(note_id)
    with pytest.raises(RecordLocked, match="allerede underskrevet"):
        service.diary.sign_note(note_id)
    assert service.diary.note(note_id).text == "Gemt tekst"


def test_control_characters_and_direction_marks_are_cleaned(
    service: CaseService, citizen_id: int
) -> None:
    note_id = autosave_draft(
        service._db, _draft(citizen_id, "Søren\u202e sagde\u200f \x07ja\r\nog gik.\x00")
    )
    stored = service.diary.note(note_id or 0)
    assert stored.text == "Søren sagde ja\nog gik."
    assert highlight_spans(stored.text, "sagde") == [(6, 11)]
    found = find_notes(service._db, NoteFilter(citizen_id, text="sagde ja"))
    assert [n.id for n in found] == [note_id]
