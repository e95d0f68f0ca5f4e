"""The monthly summary: the month's notes per sub-goal, saving drafts and ratings all or nothing,
the months still without one."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from caseapp.domain.enums import GoalStatus, NoteKind, RatingScale, RecordState
from caseapp.domain.models import Citizen, Rating
from caseapp.errors import InvalidInput
from caseapp.notes import month_overview, months_without_summary, save_month_summary
from caseapp.notes.summary import month_end, summary_time
from caseapp.service import CaseService
from tests.unit.notes.helpers import _note, _sub_goal

T = dt.datetime


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
