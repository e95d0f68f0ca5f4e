"""Signed notes not marked "Ført i fagsystem" three working days after they were signed."""

from __future__ import annotations

import datetime as dt

from caseapp.domain.enums import NoteKind
from caseapp.domain.models import DiaryNote
from caseapp.notes.unfiled import working_days_back
from caseapp.service import CaseService

MONDAY = dt.date(2026, 12, 7)


def test_working_days_skip_weekends_and_danish_public_holidays() -> None:
    assert working_days_back(MONDAY, 3) == dt.date(2026, 12, 2)  # Fri, Thu, Wed
    # Easter 2027: Monday 29 March, Good Friday 26 and Maundy Thursday 25 March are closed.
    assert working_days_back(dt.date(2027, 3, 30), 1) == dt.date(2027, 3, 24)


def _signed(service: CaseService, citizen_id: int, day: dt.date, text: str) -> int:
    at = dt.datetime.combine(day, dt.time(14, 0))
    note_id = service.diary.save_draft(DiaryNote(citizen_id, NoteKind.CONVERSATION, at, text, "Åse"))
    service.diary.sign_note(note_id, at)
    return note_id


def test_a_note_signed_more_than_three_working_days_ago_is_listed_until_it_is_filed(
    service: CaseService, citizen_id: int
) -> None:
    old = _signed(service, citizen_id, dt.date(2026, 12, 1), "Samtale om budgettet.")
    _signed(service, citizen_id, dt.date(2026, 12, 2), "Inden for fristen.")
    service.diary.save_draft(DiaryNote(citizen_id, NoteKind.PHONE, dt.datetime(2026, 11, 1, 9), "Kladde."))
    assert [n.id for n in service.diary.unfiled_notes(MONDAY)] == [old]
    service.diary.mark_entered_official([old], MONDAY)
    assert service.diary.unfiled_notes(MONDAY) == []


def test_i_dag_gets_a_count_per_citizen_not_every_note(service: CaseService, citizen_id: int) -> None:
    for day in (dt.date(2026, 11, 20), dt.date(2026, 11, 27), dt.date(2026, 12, 4)):
        _signed(service, citizen_id, day, f"Samtale {day}.")
    [row] = service.diary.unfiled_per_citizen(MONDAY)
    assert (row.citizen_id, row.count, row.oldest_signed.date()) == (citizen_id, 2, dt.date(2026, 11, 20))


def test_listing_more_notes_than_sqlite_takes_parameters_works(service: CaseService, citizen_id: int) -> None:
    """A bosted's unfiled list can hold 100 000 notes; their goal links are read in chunks."""
    from caseapp.storage import notes as note_store

    note = _signed(service, citizen_id, dt.date(2026, 11, 20), "Samtale.")
    many = [*range(100_000, 400_000), note]
    assert note_store._goal_ids(service._db, many) == {}  # this note has no goal; none failed
