"""The diary's core: filters, highlighting, timeline, monthly summary, copy text,
autosaved drafts, and bad input that must lose nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from caseapp.domain.enums import (
    AppointmentKind,
    AppointmentStatus,
    GoalLevel,
    GoalStatus,
    NoteKind,
    RatingScale,
    RecordState,
)
from caseapp.domain.models import Appointment, Citizen, DiaryNote, Goal, Rating
from caseapp.errors import InvalidInput, NotFound, RecordLocked
from caseapp.notes import (
    NoteFilter,
    autosave_draft,
    citizen_timeline,
    count_notes,
    find_notes,
    find_page,
    highlight_spans,
    month_overview,
    months_without_summary,
    note_authors,
    notes_as_text,
    pending_drafts,
    save_month_summary,
)
from caseapp.notes.copy_text import plain
from caseapp.notes.queries import filter_fts_query, query_plan
from caseapp.notes.summary import month_end, summary_time
from caseapp.notes.timeline import TimelineKind
from caseapp.service import CaseService
from caseapp.storage.keys import DatabaseKey

T = dt.datetime


# -- helpers ---------------------------------------------------------------------------------


def _sub_goal(service: CaseService, citizen_id: int, text: str, **extra) -> int:
    effort = service.plans.add_goal(
        Goal(citizen_id=citizen_id, level=GoalLevel.EFFORT, text=f"Indsats: {text}")
    )
    return service.plans.add_goal(
        Goal(citizen_id=citizen_id, level=GoalLevel.SUB, parent_id=effort, text=text, **extra)
    )


def _note(
    service: CaseService,
    citizen_id: int,
    when: dt.datetime,
    text: str,
    goals: tuple[int, ...] = (),
    *,
    kind: NoteKind = NoteKind.OBSERVATION,
    author: str = "",
    sign: bool = True,
    entered: dt.date | None = None,
) -> int:
    note_id = service.diary.save_draft(
        DiaryNote(
            citizen_id=citizen_id,
            kind=kind,
            occurred_at=when,
            text=text,
            author=author,
            goal_ids=goals,
        )
    )
    if sign:
        service.diary.sign_note(note_id, at=when + dt.timedelta(hours=1))
    if entered:
        service.diary.mark_entered_official([note_id], entered)
    return note_id


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


# -- filters ---------------------------------------------------------------------------------

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


# -- highlighting ----------------------------------------------------------------------------


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


# -- timeline --------------------------------------------------------------------------------


def test_timeline_interleaves_in_time_order(
    service: CaseService, citizen_id: int, sub_goal_id: int
) -> None:
    meeting = service.calendar.add_appointment(
        Appointment(
            kind=AppointmentKind.HOME_VISIT,
            start=T(2025, 5, 6, 10),
            end=T(2025, 5, 6, 11),
            citizen_id=citizen_id,
            status=AppointmentStatus.HELD,
        )
    )
    service.calendar.add_appointment(
        Appointment(
            kind=AppointmentKind.CONVERSATION,
            start=T(2025, 5, 1, 13),
            end=T(2025, 5, 1, 14),
            citizen_id=citizen_id,
            rrule="FREQ=WEEKLY;COUNT=3",
        )
    )
    other = service.citizens.add_citizen(Citizen(name="Anden Borger"))
    service.calendar.add_appointment(
        Appointment(kind=AppointmentKind.PHONE, start=T(2025, 5, 6, 9), end=T(2025, 5, 6, 9, 30),
                    citizen_id=other)
    )  # fmt: skip
    at_meeting = _note(service, citizen_id, T(2025, 5, 6, 10), "Hjemmebesøg: huslejen betalt.",
                       (sub_goal_id,))  # fmt: skip
    later = _note(service, citizen_id, T(2025, 5, 6, 15), "Søren ringede.", sign=False)
    before = _note(service, citizen_id, T(2025, 4, 30, 23, 59), "Før perioden.")
    rating = service.plans.add_rating(
        Rating(
            goal_id=sub_goal_id, scale=RatingScale.SELF_1_10, value=6, rated_on=dt.date(2025, 5, 6)
        )
    )
    _note(service, citizen_id, T(2025, 5, 7, 8), "Dagen efter.")
    service.plans.add_rating(
        Rating(goal_id=sub_goal_id, scale=RatingScale.GAS, value=0, rated_on=dt.date(2025, 5, 16))
    )

    items = citizen_timeline(service._db, citizen_id, dt.date(2025, 5, 1), dt.date(2025, 5, 15))
    shown = [(i.kind.value, i.at) for i in items]
    assert shown == [
        ("appointment", T(2025, 5, 1, 13)),
        ("appointment", T(2025, 5, 6, 10)),
        ("note", T(2025, 5, 6, 10)),  # the note about the meeting comes after the meeting
        ("note", T(2025, 5, 6, 15)),
        ("rating", T(2025, 5, 6, 0)),  # a rating has no time: after the day's events
        ("note", T(2025, 5, 7, 8)),
        ("appointment", T(2025, 5, 8, 13)),
        ("appointment", T(2025, 5, 15, 13)),  # a date as the end includes that whole day
    ]
    order = [i.item_id for i in items]
    assert order[1] == meeting and order[2] == at_meeting and order[3] == later
    assert order[4] == rating and items[4].all_day and items[4].goal_ids == (sub_goal_id,)
    assert before not in order
    assert items[2].goal_ids == (sub_goal_id,) and items[1].goal_ids == ()
    assert [i.kind for i in items].count(TimelineKind.APPOINTMENT) == 4  # 3 of the series + 1

    exact = citizen_timeline(service._db, citizen_id, T(2025, 5, 6, 10), T(2025, 5, 6, 15))
    assert [i.item_id for i in exact] == [meeting, at_meeting, rating]


def test_timeline_refuses_a_backwards_period(service: CaseService, citizen_id: int) -> None:
    with pytest.raises(InvalidInput, match="Perioden"):
        citizen_timeline(service._db, citizen_id, dt.date(2025, 5, 2), dt.date(2025, 5, 1))
    with pytest.raises(NotFound):
        citizen_timeline(service._db, 999, dt.date(2025, 5, 1), dt.date(2025, 5, 2))
    assert citizen_timeline(service._db, citizen_id, dt.date(2025, 5, 1), dt.date(2025, 5, 1)) == []


# -- monthly summary -------------------------------------------------------------------------


@pytest.fixture
def month(service: CaseService, citizen_id: int, sub_goal_id: int) -> dict[str, int]:
    """March 2025: notes on two sub-goals, one on both, one on none, a draft, a note from
    February and one from April, ratings inside and outside the month."""
    g1 = sub_goal_id
    g2 = _sub_goal(service, citizen_id, "Søren deltager i fællesspisningen om tirsdagen.")
    paused = _sub_goal(service, citizen_id, "Søren går til tandlæge.", status=GoalStatus.PAUSED)
    c = citizen_id
    ids = {
        "g1": g1, "g2": g2, "paused": paused,
        "both": _note(service, c, T(2025, 3, 12, 9), "Søren talte om husleje og fællesspisning.",
                      (g1, g2)),
        "one": _note(service, c, T(2025, 3, 2, 9), "Søren betalte huslejen.", (g1,)),
        "none": _note(service, c, T(2025, 3, 20, 9), "Søren var på biblioteket."),
        "draft": _note(service, c, T(2025, 3, 21, 9), "Kladde.", (g1,), sign=False),
        "feb": _note(service, c, T(2025, 2, 28, 23, 59), "Februar.", (g1,)),
        "apr": _note(service, c, T(2025, 4, 1, 0, 0), "April.", (g1,)),
        "last": _note(service, c, T(2025, 3, 31, 23, 59), "Sidste minut.", (g2,)),
    }  # fmt: skip
    for value, day in ((5, 3), (7, 28)):
        service.plans.add_rating(Rating(goal_id=g1, scale=RatingScale.SELF_1_10, value=value,
                                  rated_on=dt.date(2025, 3, day)))  # fmt: skip
    service.plans.add_rating(Rating(goal_id=g1, scale=RatingScale.FFB_0_4, value=2,
                              rated_on=dt.date(2025, 3, 10)))  # fmt: skip
    service.plans.add_rating(Rating(goal_id=g1, scale=RatingScale.FFB_0_4, value=3,
                              rated_on=dt.date(2025, 4, 1)))  # fmt: skip
    return ids


def test_month_overview_groups_by_sub_goal(
    service: CaseService, citizen_id: int, month: dict[str, int]
) -> None:
    groups = month_overview(service._db, citizen_id, dt.date(2025, 3, 17))
    assert [g.goal_id for g in groups] == [month["g1"], month["g2"], None]  # paused: no notes
    g1, g2, none = groups
    assert [n.id for n in g1.notes] == [month["one"], month["both"]]  # oldest first, signed only
    assert [n.id for n in g2.notes] == [month["both"], month["last"]]  # the note under each
    assert [n.id for n in none.notes] == [month["none"]] and none.goal is None
    assert [(r.scale, r.value) for r in g1.latest_ratings] == [
        (RatingScale.SELF_1_10, 7),
        (RatingScale.FFB_0_4, 2),
    ]
    assert g2.latest_ratings == () and g1.summary is None


def test_month_overview_shows_an_active_sub_goal_without_notes(
    service: CaseService, citizen_id: int, sub_goal_id: int
) -> None:
    groups = month_overview(service._db, citizen_id, dt.date(2025, 3, 1))
    assert [(g.goal_id, g.notes) for g in groups] == [(sub_goal_id, ())]


def test_save_month_summary_writes_drafts_and_ratings(
    service: CaseService, citizen_id: int, month: dict[str, int]
) -> None:
    march = dt.date(2025, 3, 1)
    saved = save_month_summary(
        service._db,
        citizen_id,
        march,
        {month["g1"]: "Søren har betalt huslejen hver måned.", month["g2"]: "  ", None: "Andet."},
        {month["g2"]: (RatingScale.GAS, 1)},
        author="Pia",
    )
    assert set(saved) == {month["g1"], None}  # the blank text is skipped
    note = service.diary.note(saved[month["g1"]])
    assert note.kind == NoteKind.SUMMARY and note.state == RecordState.DRAFT
    assert note.occurred_at == T(2025, 3, 31, 16) == summary_time(march)
    assert note.goal_ids == (month["g1"],) and note.author == "Pia"
    assert service.diary.note(saved[None]).goal_ids == ()
    rating = service.plans.ratings(month["g2"])[-1]
    assert (rating.scale, rating.value, rating.rated_on, rating.rater) == (
        RatingScale.GAS, 1, dt.date(2025, 3, 31), "Pia"
    )  # fmt: skip

    groups = {g.goal_id: g for g in month_overview(service._db, citizen_id, march)}
    assert groups[month["g1"]].summary == note
    assert note.id not in [n.id for n in groups[month["g1"]].notes]  # a summary is no note to sum
    assert groups[month["g2"]].latest_ratings[-1].value == 1

    # Saving again updates the draft: no second summary, no second identical rating.
    again = save_month_summary(
        service._db, citizen_id, march, {month["g1"]: "Ny tekst."}, {month["g2"]: (RatingScale.GAS, 1)}
    )
    assert again[month["g1"]] == note.id and service.diary.note(note.id or 0).text == "Ny tekst."
    assert len(service.plans.ratings(month["g2"])) == 1

    # Once signed, saving again makes a correction; the signed summary stays as it was.
    service.diary.sign_note(note.id or 0)
    fixed = save_month_summary(service._db, citizen_id, march, {month["g1"]: "Rettet tekst."})
    assert service.diary.note(fixed[month["g1"]]).corrects_id == note.id
    assert service.diary.note(note.id or 0).text == "Ny tekst."
    # March is summed up; February (the first note is from its last minute) is not.
    assert months_without_summary(service._db, citizen_id, dt.date(2025, 4, 2)) == [
        march.replace(month=2)
    ]


@pytest.mark.parametrize(
    ("summaries", "ratings", "message"),
    [
        ({"g1": "Fint."}, {"g2": (RatingScale.SELF_1_10, 11)}, "mellem 1 og 10"),
        ({"g1": "x" * 100_001}, None, "for lang"),
        ({"g1": "Fint.", "foreign": "Nej."}, None, "borgerens egne delmål"),
        ({"g1": "Fint."}, {"foreign": (RatingScale.GAS, 0)}, "borgerens egne delmål"),
        ({"g1": "Fint.", 9999: "Nej."}, None, "borgerens egne delmål"),
        ({"g1": " \u200f "}, None, "ingen opsamling"),
        ({}, {}, "ingen opsamling"),
        ({"g1": "Fint."}, {None: (RatingScale.GAS, 0)}, "skal høre til et delmål"),
    ],
)
def test_save_month_summary_is_all_or_nothing(
    service: CaseService,
    citizen_id: int,
    month: dict[str, int],
    summaries: dict,
    ratings: dict | None,
    message: str,
) -> None:
    other = service.citizens.add_citizen(Citizen(name="Anden Borger"))
    ids = month | {"foreign": _sub_goal(service, other, "Andens delmål.")}
    before = (service.diary.note_count(), len(service.plans.ratings(month["g1"])), len(service.audit_trail()))
    with pytest.raises(InvalidInput, match=message):
        save_month_summary(
            service._db,
            citizen_id,
            dt.date(2025, 3, 1),
            {ids.get(k, k): v for k, v in summaries.items()},
            None if ratings is None else {ids.get(k, k): v for k, v in ratings.items()},
        )
    after = (service.diary.note_count(), len(service.plans.ratings(month["g1"])), len(service.audit_trail()))
    assert after == before
    assert len(service.plans.ratings(month["g2"])) == 0


def test_months_without_summary(service: CaseService, citizen_id: int, sub_goal_id: int) -> None:
    today = dt.date(2025, 6, 2)
    assert months_without_summary(service._db, citizen_id, today) == []  # no notes yet
    for m in (1, 2, 3, 4, 5):
        _note(service, citizen_id, T(2025, m, 10, 9), f"Notat i måned {m}.", (sub_goal_id,))
    assert months_without_summary(service._db, citizen_id, today) == [
        dt.date(2025, 3, 1), dt.date(2025, 4, 1), dt.date(2025, 5, 1)
    ]  # fmt: skip
    save_month_summary(service._db, citizen_id, dt.date(2025, 4, 1), {sub_goal_id: "April opsamlet."})
    assert months_without_summary(service._db, citizen_id, today) == [
        dt.date(2025, 3, 1), dt.date(2025, 5, 1)
    ]  # fmt: skip
    assert months_without_summary(service._db, citizen_id, today, lookback=1) == [dt.date(2025, 5, 1)]
    assert months_without_summary(service._db, citizen_id, dt.date(2025, 5, 31), lookback=1) == []
    assert months_without_summary(service._db, citizen_id, today, lookback=0) == []
    # The current month is never due; nor a month before the first note.
    assert months_without_summary(service._db, citizen_id, dt.date(2025, 1, 20)) == []
    assert months_without_summary(service._db, citizen_id, dt.date(2025, 2, 1)) == [dt.date(2025, 1, 1)]
    goal = service.plans.goal(sub_goal_id)
    service.plans.update_goal(dataclasses.replace(goal, status=GoalStatus.ACHIEVED))
    assert months_without_summary(service._db, citizen_id, today) == []  # no active sub-goal


def test_month_helpers() -> None:
    assert month_end(dt.date(2024, 2, 10)) == dt.date(2024, 2, 29)
    assert month_end(dt.date(2025, 12, 31)) == dt.date(2025, 12, 31)
    assert summary_time(dt.date(2025, 12, 5)) == T(2025, 12, 31, 16)


# -- copy text -------------------------------------------------------------------------------


def _plain_note(note_id: int, when: dt.datetime, text: str, goals=(), **extra) -> DiaryNote:
    return DiaryNote(citizen_id=1, kind=NoteKind.OBSERVATION, occurred_at=when, text=text,
                     goal_ids=goals, id=note_id, **extra)  # fmt: skip


def test_notes_as_text_is_clean_and_stable() -> None:
    goals = {
        3: Goal(citizen_id=1, level=GoalLevel.SUB, text="Søren betaler selv sin husleje.", id=3),
        5: "Søren deltager i\nfællesspisningen.",
    }
    first = _plain_note(
        1,
        T(2025, 3, 12, 14, 30),
        "Søren\x07 betalte\u202e huslejen.\r\n\r\n\r\n\r\nFint.\t ",
        (3, 5),
    )
    second = dataclasses.replace(
        _plain_note(2, T(2025, 3, 12, 9, 5), "Søren ringede\u200b.", ()),
        kind=NoteKind.PHONE,
    )
    fix = dataclasses.replace(
        _plain_note(7, T(2025, 3, 12, 14, 30), "Rettet\u2028tekst.", (99,)), corrects_id=1
    )
    expected = (
        "12.03.2025 09.05 - Telefon\n"
        "Søren ringede.\n"
        "\n"
        "12.03.2025 14.30 - Observation\n"
        "Delmål: Søren betaler selv sin husleje.\n"
        "Delmål: Søren deltager i fællesspisningen.\n"
        "Søren betalte huslejen.\n"
        "\n"
        "Fint.\n"
        "\n"
        "12.03.2025 14.30 - Observation (rettelse)\n"
        "Delmål: (ukendt delmål)\n"
        "Rettet\n"
        "tekst."
    )
    assert notes_as_text([first, second, fix], goals) == expected
    assert notes_as_text([fix, second, first], goals) == expected  # the pick order is irrelevant
    assert notes_as_text([], goals) == ""
    assert all(c == "\n" or c.isprintable() for c in expected)


def test_plain_strips_every_control_and_format_character() -> None:
    assert plain("a\x00b\x1bc\x7fd\u200ee\u2066f\ufeffg\u00adh") == "abcdefgh"
    assert plain("\n\n  tekst  \n\n") == "tekst"
    assert plain("æ\u0301") == "ǽ"  # NFC


# -- autosave --------------------------------------------------------------------------------


def _draft(citizen_id: int, text: str, goals: tuple[int, ...] = (), **extra) -> DiaryNote:
    return DiaryNote(citizen_id=citizen_id, kind=NoteKind.OBSERVATION,
                     occurred_at=T(2025, 5, 6, 10, 15, 30, 123), text=text, goal_ids=goals,
                     **extra)  # fmt: skip


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


# -- bad input -------------------------------------------------------------------------------


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
