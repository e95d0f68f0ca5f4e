"""The citizens service: bad input refused with nothing written, text cleaned, CPR normalised, the
caseload summary."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from caseapp.domain.enums import NoteKind
from caseapp.domain.models import Citizen
from caseapp.errors import InvalidInput, NotFound
from caseapp.service import CaseService
from tests.unit.helpers import _note

WHEN = dt.datetime(2026, 11, 20, 10, 30)


@pytest.mark.parametrize(
    ("citizen", "message"),
    [
        (Citizen(name="   "), "Navnet: feltet er tomt"),
        (Citizen(name="Åse", cpr="320190-1234"), "gyldig dato"),
        (Citizen(name="Åse", cpr="12345"), "10 cifre"),
        (Citizen(name="Åse", cpr="abcdefghij"), "cifre"),
        (Citizen(name="Åse", own_words="x" * 100_001), "for lang"),
        (Citizen(name="Åse", contact_cadence_days=0), "Kontaktrytmen"),
    ],
)
def test_bad_citizen_input_is_refused_and_nothing_written(
    service: CaseService, citizen: Citizen, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        service.citizens.add_citizen(citizen)
    assert service.citizens.caseload() == []
    assert service.audit_trail() == []


def test_citizen_text_is_cleaned_and_cpr_normalised(service: CaseService) -> None:
    citizen_id = service.citizens.add_citizen(
        Citizen(name="  Åse\u202e Nørgaard ", cpr="010190 1234", own_words="a\x00b\r\nc")
    )
    stored = service.citizens.citizen(citizen_id)
    assert stored.name == "Åse Nørgaard"
    assert stored.cpr == "0101901234"
    assert stored.own_words == "ab\nc"


def test_unknown_citizen(service: CaseService) -> None:
    with pytest.raises(NotFound, match="ingen borger med id 999"):
        service.citizens.citizen(999)


def test_caseload_summary_counts_contact_and_active_subgoals(
    service: CaseService, citizen_id: int, sub_goal_id: int
) -> None:
    talk = service.diary.save_draft(
        dataclasses.replace(_note(citizen_id, "Samtale om budget."), kind=NoteKind.CONVERSATION)
    )
    service.diary.sign_note(talk, WHEN)  # a contact once it is recorded
    [row] = service.citizens.caseload()
    assert row.active_subgoals == 1
    assert row.last_contact == WHEN.date()
    assert row.next_contact_due == WHEN.date() + dt.timedelta(days=14)
    assert row.cpr == "0101901234"
