"""What a status description starts from (caseapp.statuses): the default period, the pre-filled
draft for any period (status_report_data's period keyword), the monthly summaries per goal in
a period, a copy of a final one, the trend of the ratings; and stopping the export of every
status description between two files."""

from __future__ import annotations

import datetime as dt

import pytest

from caseapp.domain.dates import add_months
from caseapp.domain.enums import NoteKind, RatingScale, StatusState
from caseapp.domain.models import (
    Citizen,
    DiaryNote,
    GoalEvaluation,
    Profile,
    Rating,
    StatusDescription,
)
from caseapp.errors import InvalidInput
from caseapp.reports.status_pdf import GoalSection, RatingPoint, status_report_data
from caseapp.service import CaseService
from caseapp.statuses import (
    Summary,
    copy_outline,
    default_period,
    new_outline,
    stored_outline,
    summaries_in_period,
    trend,
)

TODAY = dt.date(2026, 11, 25)
SPRING = (dt.date(2026, 2, 1), dt.date(2026, 4, 30))


def _note(service: CaseService, citizen_id: int, when: dt.datetime, text: str,
          goal_ids: tuple[int, ...], kind: NoteKind = NoteKind.SUMMARY) -> int:
    return service.diary.save_draft(DiaryNote(citizen_id, kind, when, text, goal_ids=goal_ids))


@pytest.fixture
def year(service: CaseService, citizen_id: int, sub_goal_id: int) -> dict[str, int]:
    """Søren's year: ratings and monthly summaries spread over it, no status description."""
    service.save_profile(Profile(name="Gert Hansen", unit="Bostøtten Nord"))
    effort_id = service.plans.goal(sub_goal_id).parent_id
    assert effort_id is not None
    for day, own, ffb in ((dt.date(2026, 2, 15), 3, 3), (dt.date(2026, 5, 15), 5, 2),
                          (dt.date(2026, 10, 15), 8, 1)):
        service.plans.add_rating(Rating(sub_goal_id, RatingScale.SELF_1_10, own, day))
        service.plans.add_rating(Rating(sub_goal_id, RatingScale.FFB_0_4, ffb, day))
    at = dt.datetime.combine
    sub = (sub_goal_id,)
    _note(service, citizen_id, at(dt.date(2026, 1, 31), dt.time(15)), "Januar.", sub)
    _note(service, citizen_id, at(dt.date(2026, 2, 1), dt.time(8)), "Februar.", sub)
    _note(service, citizen_id, at(dt.date(2026, 4, 30), dt.time(23, 30)), "April.", sub)
    _note(service, citizen_id, at(dt.date(2026, 3, 31), dt.time(15)), "Indsats marts.",
          (effort_id,))
    _note(service, citizen_id, at(dt.date(2026, 3, 15), dt.time(10)), "En samtale.", sub,
          kind=NoteKind.CONVERSATION)
    _note(service, citizen_id, at(dt.date(2026, 10, 31), dt.time(15)), "Oktober.", sub)
    return {"citizen": citizen_id, "effort": effort_id, "sub": sub_goal_id}


def _goals(efforts: tuple[GoalSection, ...]) -> dict[int | None, GoalSection]:
    return {g.goal_id: g for e in efforts for g in (e, *e.sub_goals)}


def test_default_period_is_the_cadence_without_a_status_description(
    service: CaseService, citizen_id: int
) -> None:
    start = add_months(TODAY, -12) + dt.timedelta(days=1)
    assert default_period(service._db, citizen_id, TODAY) == (start, TODAY)
    child = service.citizens.add_citizen(Citizen(name="Lille Ørum", status_cadence_months=6))
    start = add_months(TODAY, -6) + dt.timedelta(days=1)
    assert default_period(service._db, child, TODAY) == (start, TODAY)


def test_default_period_starts_the_day_after_the_last_status_description(
    service: CaseService, citizen_id: int
) -> None:
    for end in (dt.date(2026, 1, 31), dt.date(2026, 5, 31)):
        service.statuses.save_status_draft(StatusDescription(citizen_id, end - dt.timedelta(days=90), end))
    assert default_period(service._db, citizen_id, TODAY) == (dt.date(2026, 6, 1), TODAY)
    service.statuses.save_status_draft(StatusDescription(citizen_id, dt.date(2026, 6, 1), TODAY))
    assert default_period(service._db, citizen_id, TODAY) == (TODAY, TODAY)  # never after today


def test_period_gives_the_ratings_and_summaries_of_that_period_only(
    service: CaseService, year: dict[str, int]
) -> None:
    default = status_report_data(service._db, citizen_id=year["citizen"], today=TODAY)
    spring = status_report_data(service._db, citizen_id=year["citizen"], today=TODAY, period=SPRING)
    assert (default.period_start, default.period_end) == (dt.date(2025, 11, 26), TODAY)
    assert (spring.period_start, spring.period_end) == SPRING
    assert spring.from_plan and spring.state == StatusState.DRAFT and spring.status_id is None
    assert spring.author == "Gert Hansen" and spring.printed_on == TODAY

    sub, effort = _goals(default.efforts)[year["sub"]], _goals(default.efforts)[year["effort"]]
    assert sub.evaluation == "Oktober." and "31.10.2026" in sub.evaluation_origin
    assert [p.value for p in sub.self_ratings] == [3, 5, 8]

    sub, effort = _goals(spring.efforts)[year["sub"]], _goals(spring.efforts)[year["effort"]]
    assert sub.evaluation == "April." and "30.04.2026" in sub.evaluation_origin
    assert effort.evaluation == "Indsats marts."
    assert [(p.on, p.value) for p in sub.self_ratings] == [(dt.date(2026, 2, 15), 3)]
    assert [(p.on, p.value) for p in sub.staff_ratings] == [(dt.date(2026, 2, 15), 3)]


def test_period_makes_a_draft_even_when_one_is_stored(
    service: CaseService, year: dict[str, int]
) -> None:
    status_id = service.statuses.save_status_draft(StatusDescription(
        year["citizen"], dt.date(2025, 11, 1), dt.date(2026, 5, 31), overall="Gemt.",
        evaluations=(GoalEvaluation(year["sub"], "Gemt evaluering."),),
    ))
    service.statuses.finalise_status(status_id, dt.datetime(2026, 6, 2, 9, 0))
    stored = status_report_data(service._db, citizen_id=year["citizen"], today=TODAY)
    assert stored.status_id == status_id and not stored.from_plan
    after = (dt.date(2026, 6, 1), TODAY)
    data = status_report_data(service._db, citizen_id=year["citizen"], today=TODAY, period=after)
    assert data.from_plan and data.status_id is None and data.overall == ""
    assert data.state == StatusState.DRAFT and data.finalised_on is None
    sub = _goals(data.efforts)[year["sub"]]
    assert sub.evaluation == "Oktober."
    # each scale starts from its last rating before the period
    assert [p.value for p in sub.self_ratings] == [5, 8]


def test_period_is_checked(service: CaseService, year: dict[str, int]) -> None:
    with pytest.raises(InvalidInput):
        status_report_data(service._db, citizen_id=year["citizen"],
                           period=(dt.date(2026, 5, 1), dt.date(2026, 4, 30)))
    status_id = service.statuses.save_status_draft(StatusDescription(year["citizen"], *SPRING))
    with pytest.raises(ValueError):
        status_report_data(service._db, status_id=status_id, period=SPRING)


def test_summaries_in_period_per_goal_newest_first(
    service: CaseService, year: dict[str, int]
) -> None:
    found = summaries_in_period(service._db, year["citizen"], *SPRING)
    assert found == {
        year["sub"]: (Summary(dt.date(2026, 4, 30), "April."),
                      Summary(dt.date(2026, 2, 1), "Februar.")),
        year["effort"]: (Summary(dt.date(2026, 3, 31), "Indsats marts."),),
    }
    one_day = summaries_in_period(service._db, year["citizen"], dt.date(2026, 4, 30),
                                  dt.date(2026, 4, 30))
    assert one_day == {year["sub"]: (Summary(dt.date(2026, 4, 30), "April."),)}
    assert summaries_in_period(service._db, year["citizen"], dt.date(2026, 6, 1),
                               dt.date(2026, 9, 30)) == {}


def test_summaries_of_another_citizen_are_not_included(
    service: CaseService, year: dict[str, int]
) -> None:
    other = service.citizens.add_citizen(Citizen(name="Anden Borger"))
    _note(service, other, dt.datetime(2026, 3, 1, 12), "Ikke Sørens.", ())
    assert sum(len(v) for v in summaries_in_period(service._db, year["citizen"], *SPRING).values()) == 3


def test_new_outline_is_an_unsaved_draft_for_the_period(
    service: CaseService, year: dict[str, int]
) -> None:
    outline = new_outline(service._db, year["citizen"], *SPRING, TODAY)
    source = outline.source
    assert source.id is None and source.state == StatusState.DRAFT
    assert (source.citizen_id, source.period_start, source.period_end) == (year["citizen"],
                                                                           *SPRING)
    assert source.author == "Gert Hansen" and source.evaluations == ()
    assert outline.data == status_report_data(service._db, citizen_id=year["citizen"], today=TODAY,
                                              period=SPRING)
    assert outline.summaries == summaries_in_period(service._db, year["citizen"], *SPRING)


def test_stored_outline_and_its_copy(service: CaseService, year: dict[str, int]) -> None:
    status_id = service.statuses.save_status_draft(StatusDescription(
        year["citizen"], *SPRING, overall="Godt forår.", gone_through_on=dt.date(2026, 5, 3),
        evaluations=(GoalEvaluation(year["sub"], "Huslejen er betalt."),),
    ))
    service.statuses.finalise_status(status_id, dt.datetime(2026, 5, 4, 9, 0))
    stored = stored_outline(service._db, status_id, TODAY)
    assert stored.source.id == status_id and stored.data.status_id == status_id
    assert stored.data.state == StatusState.FINAL and not stored.data.from_plan
    assert stored.summaries == summaries_in_period(service._db, year["citizen"], *SPRING)

    copy = copy_outline(service._db, status_id, TODAY)
    assert copy.source.id is None and copy.source.state == StatusState.DRAFT
    assert copy.source.finalised_at is None and copy.source.gone_through_on is None
    assert copy.source.overall == "Godt forår." and copy.source.author == "Gert Hansen"
    assert copy.data.status_id is None and copy.data.state == StatusState.DRAFT
    assert copy.data.finalised_on is None and copy.data.gone_through_on is None
    assert _goals(copy.data.efforts)[year["sub"]].evaluation == "Huslejen er betalt."
    assert copy.summaries == stored.summaries


def _points(*values: int) -> tuple[RatingPoint, ...]:
    return tuple(RatingPoint(dt.date(2026, 1, 1) + dt.timedelta(days=i), v)
                 for i, v in enumerate(values))


def test_trend() -> None:
    assert trend(()) == ("", 0)
    assert trend(_points(5)) == ("5", 0)
    assert trend(_points(4, 5, 7)) == ("4 → 5 → 7", 1)
    assert trend(_points(7, 4)) == ("7 → 4", -1)
    assert trend(_points(3, 1), lower_is_better=True) == ("3 → 1", 1)
    assert trend(_points(2, 2)) == ("2 → 2", 0)
    assert trend(_points(1, 2, 3, 4, 5, 6, 7)) == ("1 → 2 → … → 6 → 7", 1)
