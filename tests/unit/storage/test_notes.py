"""Keyset paging of the diary list: every note exactly once across pages."""

from __future__ import annotations

import datetime as dt

import pytest

from caseapp.domain.enums import NoteKind
from caseapp.domain.models import Citizen, DiaryNote
from caseapp.notes import NoteFilter
from caseapp.service import CaseService
from caseapp.storage import notes as note_store

NOON = dt.datetime(2026, 11, 20, 12, 0)


@pytest.fixture
def diary(service: CaseService, citizen_id: int) -> list[int]:
    """87 notes at only four moments (ties in the sort key), another citizen's between them."""
    other = service.citizens.add_citizen(Citizen(name="Åse Nørgaard"))
    ids = []
    with service._db.atomic():
        for i in range(87):
            kind = NoteKind.PHONE if i % 3 == 0 else NoteKind.OBSERVATION
            when = NOON - dt.timedelta(days=i % 4)
            ids.append(service.diary.save_draft(DiaryNote(
                citizen_id, kind, when, f"Notat {i} om {'bussen' if i % 2 else 'praktikken'}")))  # fmt: skip
            service.diary.save_draft(DiaryNote(other, kind, when, f"Åses notat {i} om bussen"))
    return ids


def _all_pages(service: CaseService, flt: NoteFilter, size: int) -> list[int]:
    page = service.diary.find_notes(flt, limit=size)
    seen = [n.id for n in page]
    while page:
        page = service.diary.find_notes_after(flt, page[-1], size)
        seen.extend(n.id for n in page)
    return seen


@pytest.mark.parametrize("size", [1, 5, 10, 29, 87, 200])
@pytest.mark.parametrize(
    "flt_args",
    [{}, {"kinds": ("telefon",)}, {"text": "bussen"}, {"kinds": ("observation",), "text": "prak"}],
)
def test_pages_hold_every_note_once_in_order(
    service: CaseService, citizen_id: int, diary: list[int], size: int, flt_args: dict
) -> None:
    flt = NoteFilter(citizen_id, **flt_args)
    whole = [n.id for n in service.diary.find_notes(flt, limit=None)]
    assert whole and len(whole) == service.diary.count_notes(flt)
    paged = _all_pages(service, flt, size)
    assert paged == whole
    assert len(set(paged)) == len(paged)


def test_ties_are_ordered_by_id_newest_first(service: CaseService, citizen_id: int, diary) -> None:
    notes = service.diary.find_notes(NoteFilter(citizen_id), limit=None)
    keys = [(n.occurred_at, n.id) for n in notes]
    assert keys == sorted(keys, reverse=True)
    assert len({n.occurred_at for n in notes}) == 4


def test_a_note_written_meanwhile_shifts_no_page(
    service: CaseService, citizen_id: int, diary: list[int]
) -> None:
    flt = NoteFilter(citizen_id)
    first = service.diary.find_notes(flt, limit=10)
    service.diary.save_draft(DiaryNote(citizen_id, NoteKind.OBSERVATION, NOON + dt.timedelta(hours=1),
                                 "Et nyt notat øverst."))  # fmt: skip
    second = service.diary.find_notes_after(flt, first[-1], 10)
    assert not {n.id for n in first} & {n.id for n in second}
    expected = [n.id for n in service.diary.find_notes(flt, limit=None)][11:21]
    assert [n.id for n in second] == expected


def test_the_next_page_reads_the_index_from_the_key(service: CaseService, citizen_id: int) -> None:
    for kinds in ((), ("telefon",)):  # notes_citizen, and notes_filters as a kind filter hints
        plan = " ".join(note_store.filter_plan(
            service._db, citizen_id=citizen_id, kinds=kinds, after=("2026-01-01T00:00:00", 5)))  # fmt: skip
        # the index range starts at the key, and the rows come in the list's order (at most the
        # notes of one moment sorted by id), so the page stops after `limit` rows
        assert "occurred_at<?" in plan and "TEMP B-TREE FOR ORDER BY" not in plan, plan
