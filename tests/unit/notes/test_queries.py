"""The diary's filters: combinations, pages and totals, bad input in one Danish sentence, the
indexes the planner uses, and highlighting what the filter found."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from caseapp.domain.enums import NoteKind, RecordState
from caseapp.domain.models import Citizen, DiaryNote
from caseapp.errors import InvalidInput
from caseapp.notes import (
    NoteFilter,
    count_notes,
    find_notes,
    find_page,
    highlight_spans,
    note_authors,
)
from caseapp.notes.queries import filter_fts_query, query_plan
from caseapp.service import CaseService
from tests.unit.notes.helpers import _note, _sub_goal

T = dt.datetime


@dataclasses.dataclass
class Diary:
    citizen: int
    other: int
    g1: int
    g2: int
    other_goal: int
    ids: dict[str, int]

    def names(self, notes: list[DiaryNote]) -> list[str]:
        by_id = {v: k for k, v in self.ids.items()}
        return [by_id[n.id or 0] for n in notes]


@pytest.fixture
def diary(service: CaseService, citizen_id: int, sub_goal_id: int) -> Diary:
    g1 = sub_goal_id
    g2 = _sub_goal(service, citizen_id, "Søren deltager i fællesspisningen om tirsdagen.")
    other = service.citizens.add_citizen(Citizen(name="Bjørg Ølgaard"))
    other_goal = _sub_goal(service, other, "Bjørg går selv til tandlægen.")
    c = citizen_id
    ids = {
        "n1": _note(service, c, T(2025, 3, 3, 10), "Søren betalte huslejen selv.", (g1,),
                    author="Pia"),
        "n2": _note(service, c, T(2025, 3, 10, 14), "Samtale om økonomi og søvn.", (g1, g2),
                    kind=NoteKind.CONVERSATION, author="Hans", entered=dt.date(2025, 3, 11)),
        "n3": _note(service, c, T(2025, 3, 20, 9), "Søren ringede om tandlægen.",
                    kind=NoteKind.PHONE, author="Pia", sign=False),
        "n4": _note(service, c, T(2025, 4, 2, 8), "Søren deltog i fællesspisningen.", (g2,),
                    author="Hans"),
        "n5": _note(service, c, T(2025, 4, 15, 12), "Påmindelse om tandlæge om et år.", (g2,),
                    kind=NoteKind.SMS, author="Pia", sign=False),
        "m1": _note(service, other, T(2025, 3, 5, 11), "Bjørg deltog i fællesspisningen.",
                    (other_goal,), author="Pia"),
    }  # fmt: skip
    return Diary(c, other, g1, g2, other_goal, ids)


# (filter fields besides the citizen, the notes expected, newest first). "G1", "G2" and "OTHER"
# stand for the diary's goal ids; citizen=None searches every citizen.
FILTER_TABLE = [
    ({}, ["n5", "n4", "n3", "n2", "n1"]),
    ({"goal_id": "G1"}, ["n2", "n1"]),
    ({"goal_id": "G2"}, ["n5", "n4", "n2"]),
    ({"goal_id": "OTHER"}, []),
    ({"without_goal": True}, ["n3"]),
    ({"kinds": (NoteKind.CONVERSATION, NoteKind.PHONE)}, ["n3", "n2"]),
    ({"kinds": ["sms"]}, ["n5"]),
    ({"date_from": dt.date(2025, 3, 10), "date_to": dt.date(2025, 3, 20)}, ["n3", "n2"]),
    ({"date_from": dt.date(2025, 4, 1)}, ["n5", "n4"]),
    ({"date_to": dt.date(2025, 3, 3)}, ["n1"]),
    ({"date_to": T(2025, 3, 3, 9, 59)}, []),
    ({"author": "Pia"}, ["n5", "n3", "n1"]),
    ({"author": "Ingen"}, []),
    ({"state": RecordState.DRAFT}, ["n5", "n3"]),
    ({"state": "signed"}, ["n4", "n2", "n1"]),
    ({"only_not_entered": True}, ["n4", "n1"]),
    ({"text": "søren"}, ["n4", "n3", "n1"]),
    ({"text": "tandl"}, ["n5", "n3"]),
    ({"text": "år"}, ["n5"]),
    ({"text": "ar"}, []),  # diacritics are kept: "ar" is not "år"
    ({"text": "Søren fælles"}, ["n4"]),  # every word required
    ({"text": "fællesspisningen søren"}, ["n4"]),  # in any order
    ({"text": "???"}, ["n5", "n4", "n3", "n2", "n1"]),  # no words: no text filter
    ({"text": 'AND OR "( NEAR(søren'}, []),  # FTS syntax is searched for as words
    ({"text": "s"}, []),  # one character: the whole word only
    ({"goal_id": "G2", "text": "søren"}, ["n4"]),
    ({"goal_id": "G1", "kinds": (NoteKind.OBSERVATION,), "author": "Pia"}, ["n1"]),
    ({"goal_id": "G2", "only_not_entered": True}, ["n4"]),
    ({"goal_id": "G2", "state": RecordState.DRAFT, "text": "tandlæge"}, ["n5"]),
    ({"author": "Pia", "date_from": dt.date(2025, 3, 4), "text": "søren"}, ["n3"]),
    ({"state": RecordState.DRAFT, "only_not_entered": True}, []),
    ({"goal_id": "G1", "without_goal": True}, []),
    ({"citizen_id": None, "text": "fællesspisningen"}, ["n4", "m1"]),
    ({"citizen_id": None, "author": "Pia", "state": "signed"}, ["m1", "n1"]),
    ({"citizen_id": None, "goal_id": "OTHER"}, ["m1"]),
]


@pytest.mark.parametrize(("fields", "expected"), FILTER_TABLE)
def test_filter_combinations(
    service: CaseService, diary: Diary, fields: dict, expected: list[str]
) -> None:
    goals = {"G1": diary.g1, "G2": diary.g2, "OTHER": diary.other_goal}
    fields = {k: goals.get(v, v) if k == "goal_id" else v for k, v in fields.items()}
    flt = NoteFilter(**({"citizen_id": diary.citizen} | fields))
    assert diary.names(find_notes(service._db, flt)) == expected
    assert count_notes(service._db, flt) == len(expected)
    page = find_page(service._db, flt, limit=2)
    assert diary.names(list(page.notes)) == expected[:2]
    assert page.total == len(expected)


def test_filter_pages_and_totals(service: CaseService, diary: Diary) -> None:
    flt = NoteFilter(citizen_id=diary.citizen)
    assert diary.names(find_notes(service._db, flt, limit=2, offset=2)) == ["n3", "n2"]
    assert diary.names(find_notes(service._db, flt, limit=None)) == ["n5", "n4", "n3", "n2", "n1"]
    with_text = NoteFilter(citizen_id=diary.citizen, text="søren")
    page = find_page(service._db, with_text, limit=2, offset=2)
    assert diary.names(list(page.notes)) == ["n1"] and page.total == 3
    beyond = find_page(service._db, with_text, limit=2, offset=10)
    assert beyond.notes == () and beyond.total == 3
    assert find_page(service._db, flt, limit=0).total == 5
    assert find_page(service._db, with_text, limit=0) == type(page)((), 3)
    nothing = NoteFilter(citizen_id=diary.citizen, text="ingenting")
    assert find_page(service._db, nothing).total == 0


def test_filter_is_hashable_and_checked(diary: Diary) -> None:
    flt = NoteFilter(citizen_id=1, kinds=["observation"], state="draft")  # type: ignore[arg-type]
    assert flt.kinds == (NoteKind.OBSERVATION,) and flt.state is RecordState.DRAFT
    assert hash(flt) == hash(
        NoteFilter(citizen_id=1, kinds=(NoteKind.OBSERVATION,), state=RecordState.DRAFT)
    )
    assert NoteFilter(citizen_id=3).is_empty and not NoteFilter(citizen_id=3, text="x").is_empty
    with pytest.raises(ValueError):
        NoteFilter(kinds=("roman",))  # type: ignore[arg-type]


def test_bad_filter_input_gets_a_danish_sentence(service: CaseService, diary: Diary) -> None:
    backwards = NoteFilter(
        diary.citizen, date_from=dt.date(2025, 4, 1), date_to=dt.date(2025, 3, 1)
    )
    with pytest.raises(InvalidInput, match="Perioden skal slutte efter den begynder"):
        find_notes(service._db, backwards)
    with pytest.raises(InvalidInput, match="højst vises 10.000 notater"):
        find_notes(service._db, NoteFilter(diary.citizen), limit=10_001)
    assert find_notes(service._db, NoteFilter(diary.citizen), offset=-5)[0].id == diary.ids["n5"]


def test_hide_corrected_shows_the_correction_instead(service: CaseService, diary: Diary) -> None:
    diary.ids["fix"] = service.diary.correct_note(diary.ids["n1"], "Søren betalte selv huslejen 1.")
    flt = NoteFilter(diary.citizen, goal_id=diary.g1, hide_corrected=True)
    # Same time as the original, newer id; while the correction is a draft both are shown.
    assert diary.names(find_notes(service._db, flt)) == ["n2", "fix", "n1"]
    service.diary.sign_note(diary.ids["fix"])
    assert diary.names(find_notes(service._db, flt)) == ["n2", "fix"]
    everything = dataclasses.replace(flt, hide_corrected=False)
    assert diary.names(find_notes(service._db, everything)) == ["n2", "fix", "n1"]


def test_fts_query_quotes_every_word() -> None:
    assert filter_fts_query('Søren "x" a') == '"Søren"* "x" "a"'
    assert filter_fts_query("  ") is None and filter_fts_query("(*)") is None
    assert filter_fts_query(" ".join(["ord"] * 30)).count('"ord"*') == 12


def test_note_authors(service: CaseService, diary: Diary) -> None:
    assert note_authors(service._db, diary.citizen) == ["Hans", "Pia"]


def test_the_planner_uses_the_indexes(service: CaseService, diary: Diary) -> None:
    plan = " | ".join(query_plan(service._db, NoteFilter(diary.citizen, goal_id=diary.g1, text="sø")))
    assert "USING INDEX notes_citizen (citizen_id=?)" in plan
    assert "note_goals_goal (goal_id=?)" in plan and "notes_fts VIRTUAL TABLE" in plan
    assert "TEMP B-TREE" not in plan  # the index gives the order: no sort
    drafts = " | ".join(query_plan(service._db, NoteFilter(state=RecordState.DRAFT)))
    assert "notes_drafts" in drafts
    waiting = " | ".join(query_plan(service._db, NoteFilter(diary.citizen, only_not_entered=True)))
    assert "notes_not_entered (citizen_id=?)" in waiting
    for flt in (
        NoteFilter(diary.citizen, kinds=(NoteKind.SUMMARY,)),
        NoteFilter(diary.citizen, author="Pia", text="søren"),
        NoteFilter(diary.citizen, state=RecordState.SIGNED, goal_id=diary.g1),
    ):
        assert "USING INDEX notes_filters (citizen_id=?)" in query_plan(service._db, flt)[0]


def test_filters_work_without_the_filter_index(
    service: CaseService, diary: Diary, caplog: pytest.LogCaptureFixture
) -> None:
    """A database migrated by an early build of m004 lacks notes_filters: same answers."""
    flt = NoteFilter(diary.citizen, author="Pia", text="søren")
    before = (find_notes(service._db, flt), count_notes(service._db, flt), find_page(service._db, flt))
    service._db.execute("DROP INDEX notes_filters")
    assert (find_notes(service._db, flt), count_notes(service._db, flt), find_page(service._db, flt)) == before
    assert "notes_filters is missing" in caplog.text


@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        ("Søren så sønnen", "sø", ["Søren", "sønnen"]),
        ("SØREN og søren", "Søren", ["SØREN", "søren"]),
        ("Om et år, ikke i ar", "år", ["år"]),
        ("Han har en bil", "ar", []),  # a prefix, not a substring
        ("s og sø og s.", "s", ["s", "s"]),  # one character: whole words
        ("kl. 7 og 17", "7", ["7"]),
        ("Søren spiste", "sp sø", ["Søren", "spiste"]),
        ("Søren", 'AND "( NEAR', []),
        ("", "sø", []),
        ("Søren", "", []),
        ("fod_bold og fodbold", "fod_bold", ["fod", "bold", "fodbold"]),
    ],
)
def test_highlight_spans(text: str, query: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in highlight_spans(text, query)] == expected


def test_highlight_spans_in_utf16_units_for_qt() -> None:
    text = "😀 Søren 😀 sønnen"
    assert highlight_spans(text, "sø") == [(2, 7), (10, 16)]
    assert highlight_spans(text, "sø", utf16=True) == [(3, 8), (12, 18)]
    assert highlight_spans("Søren", "sø", utf16=True) == [(0, 5)]


def test_highlight_matches_what_the_filter_found(service: CaseService, diary: Diary) -> None:
    for query in ("sø", "tandl", "fælles søren", "år"):
        for note in find_notes(service._db, NoteFilter(diary.citizen, text=query)):
            assert highlight_spans(note.text, query), (query, note.text)
