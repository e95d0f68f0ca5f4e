"""The diary service: a signed note is never changed, only corrected; the rules for notes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from caseapp.domain.enums import RecordState
from caseapp.domain.models import Citizen
from caseapp.errors import InvalidInput, RecordLocked
from caseapp.service import CaseService
from tests.unit.helpers import _note

WHEN = dt.datetime(2026, 11, 20, 10, 30)


def test_signed_note_cannot_change_only_be_corrected(
    service: CaseService, citizen_id: int, sub_goal_id: int
) -> None:
    note_id = service.diary.save_draft(_note(citizen_id, "Søren betalte huslejen.", (sub_goal_id,)))
    service.diary.sign_note(note_id)
    signed = service.diary.note(note_id)
    assert signed.state == RecordState.SIGNED and signed.goal_ids == (sub_goal_id,)
    with pytest.raises(RecordLocked, match="allerede underskrevet"):
        service.diary.sign_note(note_id)
    with pytest.raises(RecordLocked):
        service.diary.save_draft(dataclasses.replace(signed, text="Noget andet"))
    with pytest.raises(RecordLocked):
        service.diary.delete_draft(note_id)
    correction = service.diary.correct_note(note_id, "Søren betalte huslejen den 2.")
    service.diary.sign_note(correction)
    history = service.diary.note_history(note_id)
    assert [n.text for n in history] == ["Søren betalte huslejen.", "Søren betalte huslejen den 2."]
    assert history[1].corrects_id == note_id
    assert service.diary.note(note_id).text == "Søren betalte huslejen."
    second = service.diary.correct_note(note_id, "Søren betalte huslejen den 3.")
    assert [n.id for n in service.diary.note_history(correction)] == [note_id, correction, second]


def test_correcting_a_draft_is_refused(service: CaseService, citizen_id: int) -> None:
    note_id = service.diary.save_draft(_note(citizen_id, "Kladde"))
    with pytest.raises(InvalidInput, match="kladde redigeres direkte"):
        service.diary.correct_note(note_id, "x")


def test_note_rules(service: CaseService, citizen_id: int, sub_goal_id: int) -> None:
    other = service.citizens.add_citizen(Citizen(name="Kåre Møller"))
    with pytest.raises(InvalidInput, match="borgerens egne delmål"):
        service.diary.save_draft(_note(other, "Iagttagelse", (sub_goal_id,)))
    with pytest.raises(InvalidInput, match="tom"):
        service.diary.save_draft(_note(citizen_id, " \n "))
    with pytest.raises(InvalidInput, match="for lang"):
        service.diary.save_draft(_note(citizen_id, "a" * 100_001))
    assert service.diary.note_count() == 0
    note_id = service.diary.save_draft(_note(citizen_id, "Tekst med\u200f styretegn\x07."))
    assert service.diary.note(note_id).text == "Tekst med styretegn."


def test_only_signed_notes_are_marked_as_entered(service: CaseService, citizen_id: int) -> None:
    signed = service.diary.save_draft(_note(citizen_id, "Underskrevet."))
    service.diary.sign_note(signed)
    draft = service.diary.save_draft(_note(citizen_id, "Kladde."))
    with pytest.raises(InvalidInput, match="Kun underskrevne"):
        service.diary.mark_entered_official([signed, draft], dt.date(2026, 11, 24))
    assert service.diary.note(signed).entered_official_on is None  # all or nothing
    service.diary.mark_entered_official([signed], dt.date(2026, 11, 24))
    assert service.diary.note(signed).entered_official_on == dt.date(2026, 11, 24)
