"""The week planner ("Planlæg min uge"): holidays, full weeks, preferences, limits, grouping by
place, office time, and accepting proposals through the service."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from caseapp.domain.enums import AppointmentKind, AppointmentStatus, Place, TimeOfDay
from caseapp.domain.models import Citizen
from caseapp.errors import InvalidInput
from caseapp.planning.loading import accept_proposals, plan_week_for
from caseapp.planning.recurrence import Occurrence
from caseapp.planning.week_planner import (
    PlanningCitizen,
    PlanSettings,
    UnplacedReason,
    WeekPlan,
    danish_holiday,
    plan_week,
)
from caseapp.service import CaseService
from tests.unit.planning.helpers import _appointment, _occurrence

T = dt.datetime
D = dt.date
HOLIDAY_WEEK = D(2027, 5, 3)  # Thursday 6 May 2027 is Kristi Himmelfartsdag
PLAIN_WEEK = D(2027, 5, 24)  # no holidays


SETTINGS = PlanSettings(
    work_start=dt.time(8),
    work_end=dt.time(16),
    conversation_minutes=60,
    preparation_minutes=15,
    office_minutes_per_week=240,
    office_block_minutes=120,
)


def _no_overlaps(plan: WeekPlan, occurrences: list[Occurrence]) -> None:
    """No two busy stretches (preparation included) overlap; all inside working hours."""
    stretches = [
        (p.start - dt.timedelta(minutes=p.preparation_minutes), p.end) for p in plan.proposals
    ]
    stretches += [(o.busy_from, o.end) for o in occurrences if not o.is_cancelled]
    stretches.sort()
    for (_, end), (start, _) in zip(stretches, stretches[1:], strict=False):
        assert end <= start
    for p in plan.proposals:
        busy_from = p.start - dt.timedelta(minutes=p.preparation_minutes)
        assert busy_from.time() >= SETTINGS.work_start
        assert p.end.time() <= SETTINGS.work_end and p.end.date() == p.start.date()
        assert p.start.weekday() < 5


def _citizens(count: int, **changes: object) -> list[PlanningCitizen]:
    return [
        dataclasses.replace(PlanningCitizen(id=i, due=None), **changes)  # type: ignore[arg-type]
        for i in range(1, count + 1)
    ]


def test_holidays_are_danish() -> None:
    assert danish_holiday(D(2027, 5, 6)) == "Kristi himmelfartsdag"
    assert danish_holiday(D(2027, 6, 5)) == "Grundlovsdag"
    assert danish_holiday(D(2027, 6, 5), customary=False) is None
    assert danish_holiday(D(2027, 5, 7)) is None  # the day after is a working day
    assert danish_holiday(D(2024, 4, 26)) is None  # store bededag was abolished from 2024


def test_holiday_week_leaves_the_holiday_free() -> None:
    plan = plan_week(HOLIDAY_WEEK, _citizens(12), [], SETTINGS)
    assert plan.closed_days == ((D(2027, 5, 6), "Kristi himmelfartsdag"),)
    assert D(2027, 5, 6) not in plan.open_days and len(plan.open_days) == 4
    assert all(p.start.date() != D(2027, 5, 6) for p in plan.proposals)
    assert len(plan.conversations) == 12 and plan.unplaced == ()
    _no_overlaps(plan, [])


def test_a_full_week_places_no_one_and_says_why() -> None:
    busy = [
        _occurrence(T(2027, 5, 24 + day, 8), minutes=8 * 60, kind=AppointmentKind.OTHER)
        for day in range(5)
    ]
    plan = plan_week(PLAIN_WEEK, _citizens(3), busy, SETTINGS)
    assert plan.proposals == ()
    assert [u.reason for u in plan.unplaced] == [UnplacedReason.WEEK_FULL] * 3
    assert plan.unplaced[0].message == "Der er ingen ledig tid i arbejdstiden i ugen."
    assert plan.office_shortfall_minutes == 240


def test_a_week_of_holidays_has_no_workdays() -> None:
    settings = dataclasses.replace(
        SETTINGS, closed_days=frozenset(D(2027, 5, 24) + dt.timedelta(days=i) for i in range(5))
    )
    plan = plan_week(PLAIN_WEEK, _citizens(1), [], settings)
    assert plan.open_days == () and plan.unplaced[0].reason == UnplacedReason.NO_WORKDAYS
    assert [name for _, name in plan.closed_days] == ["Lukkedag"] * 5


def test_everyone_due_at_once_fills_the_week_without_overlaps() -> None:
    fixed = [
        _occurrence(T(2027, 5, 25, 13), minutes=120, preparation_minutes=30, place=Place.RESIDENCE)
    ]
    citizens = _citizens(60)
    plan = plan_week(PLAIN_WEEK, citizens, fixed, SETTINGS)
    placed = [p.citizen_id or 0 for p in plan.conversations]
    unplaced = [u.citizen_id for u in plan.unplaced]
    assert sorted(placed + unplaced) == list(range(1, 61))  # everyone accounted for, once
    assert len(placed) >= 20
    assert set(placed) == set(range(1, len(placed) + 1))  # lowest ids first among equals
    assert all(u.reason == UnplacedReason.WEEK_FULL for u in plan.unplaced)
    assert plan.office_minutes_proposed == 240 and plan.office_shortfall_minutes == 0
    assert all(p.preparation_minutes == 15 for p in plan.conversations)
    _no_overlaps(plan, fixed)


def test_the_plan_is_deterministic_whatever_the_input_order() -> None:
    citizens = _citizens(30, due=D(2027, 5, 27))
    citizens = [dataclasses.replace(c, preferred_place=list(Place)[c.id % 4]) for c in citizens]
    fixed = [_occurrence(T(2027, 5, 24 + d, 12), minutes=45) for d in range(5)]
    first = plan_week(PLAIN_WEEK, citizens, fixed, SETTINGS)
    shuffled = citizens[:]
    random.Random(4).shuffle(shuffled)
    second = plan_week(PLAIN_WEEK + dt.timedelta(days=3), shuffled, list(reversed(fixed)), SETTINGS)
    assert first == second


def test_most_overdue_citizen_gets_the_first_slot() -> None:
    citizens = [
        PlanningCitizen(id=1, due=D(2027, 5, 28)),
        PlanningCitizen(id=2, due=D(2027, 5, 1)),
        PlanningCitizen(id=3, due=None),
    ]
    plan = plan_week(
        PLAIN_WEEK, citizens, [], dataclasses.replace(SETTINGS, office_minutes_per_week=0)
    )
    assert [p.citizen_id for p in plan.conversations] == [2, 3, 1]
    assert plan.conversations[0].start == T(2027, 5, 24, 8, 15)  # preparation from 8:00
    assert "senest 01.05.2027" in plan.conversations[0].reason
    assert plan.conversations[1].reason.startswith("Ingen kontakt endnu")


def test_preferred_afternoon_is_respected() -> None:
    citizens = _citizens(6, preferred_time=TimeOfDay.AFTERNOON)
    plan = plan_week(PLAIN_WEEK, citizens, [], SETTINGS)
    assert len(plan.conversations) == 6
    assert all(p.start.time() >= dt.time(12) for p in plan.conversations)
    assert all("om eftermiddagen som ønsket" in p.reason for p in plan.conversations)


def test_preferred_afternoon_full_is_reported_as_such() -> None:
    afternoons = [_occurrence(T(2027, 5, 24 + d, 12), minutes=240) for d in range(5)]
    plan = plan_week(
        PLAIN_WEEK, _citizens(1, preferred_time=TimeOfDay.AFTERNOON), afternoons, SETTINGS
    )
    assert plan.conversations == ()
    assert plan.unplaced[0].reason == UnplacedReason.PREFERRED_TIME_FULL
    assert plan.unplaced[0].message == "Der er ingen ledig tid om eftermiddagen i ugen."


def test_max_one_activity_a_day_moves_the_conversation_to_a_free_day() -> None:
    own = [_occurrence(T(2027, 5, 24 + d, 9), citizen_id=1, place=Place.PROVIDER) for d in range(4)]
    plan = plan_week(PLAIN_WEEK, _citizens(1, max_activities_per_day=1), own, SETTINGS)
    assert [p.start.date() for p in plan.conversations] == [D(2027, 5, 28)]
    two_a_day = plan_week(PLAIN_WEEK, _citizens(1, max_activities_per_day=2), own, SETTINGS)
    assert two_a_day.conversations[0].start.date() == D(2027, 5, 24)


def test_max_activities_every_day_is_reported() -> None:
    own = [_occurrence(T(2027, 5, 24 + d, 9), citizen_id=1) for d in range(5)]
    plan = plan_week(PLAIN_WEEK, _citizens(1), own, SETTINGS)
    assert plan.unplaced[0].reason == UnplacedReason.CITIZEN_DAY_LIMIT


def test_meetings_at_the_same_place_are_grouped() -> None:
    at_residence = _occurrence(
        T(2027, 5, 26, 10), kind=AppointmentKind.CONVERSATION, citizen_id=9, place=Place.RESIDENCE
    )
    citizens = [
        PlanningCitizen(id=1, due=D(2027, 5, 28), preferred_place=Place.RESIDENCE),
        PlanningCitizen(id=2, due=D(2027, 5, 28), preferred_place=Place.RESIDENCE),
        PlanningCitizen(id=3, due=D(2027, 5, 28), preferred_place=Place.JOBCENTER),
    ]
    plan = plan_week(PLAIN_WEEK, citizens, [at_residence], SETTINGS)
    by_citizen = {p.citizen_id: p for p in plan.conversations}
    for citizen_id in (1, 2):
        proposal = by_citizen[citizen_id]
        assert proposal.start.date() == D(2027, 5, 26) and proposal.grouped
        assert proposal.place == Place.RESIDENCE and "samme sted (bosted)" in proposal.reason
    assert by_citizen[3].start.date() == D(2027, 5, 24)  # Monday, with the office time
    starts = sorted((by_citizen[1].start, by_citizen[2].start))
    assert starts == [T(2027, 5, 26, 9), T(2027, 5, 26, 11, 15)]  # back to back with the visit
    _no_overlaps(plan, [at_residence])


def test_preparation_of_fixed_activities_is_kept_free() -> None:
    fixed = [_occurrence(T(2027, 5, 24, 9), minutes=60, preparation_minutes=60)]
    settings = dataclasses.replace(SETTINGS, office_minutes_per_week=0)
    plan = plan_week(PLAIN_WEEK, _citizens(1), fixed, settings)
    assert plan.conversations[0].start == T(2027, 5, 24, 10, 15)


def test_office_time_target_counts_what_is_booked() -> None:
    booked = [_occurrence(T(2027, 5, 24, 8), minutes=120, kind=AppointmentKind.OFFICE_TIME)]
    plan = plan_week(PLAIN_WEEK, [], booked, SETTINGS)
    assert plan.office_minutes_booked == 120
    assert [(b.start, b.end) for b in plan.office_blocks] == [
        (T(2027, 5, 24, 14), T(2027, 5, 24, 16))
    ]
    assert plan.office_blocks[0].reason == "Kontortid: ugens mål er 4 t, 2 t er booket i forvejen."
    full = booked + [_occurrence(T(2027, 5, 25, 8), minutes=120, kind=AppointmentKind.OFFICE_TIME)]
    assert plan_week(PLAIN_WEEK, [], full, SETTINGS).office_blocks == ()


def test_office_time_shrinks_to_fit_a_fragmented_week() -> None:
    fragments = [
        _occurrence(T(2027, 5, 24 + d, h), minutes=90) for d in range(5) for h in (8, 10, 12, 14)
    ]  # every day: 9:30-10, 11:30-12, 13:30-14, 15:30-16 free
    plan = plan_week(PLAIN_WEEK, [], fragments, SETTINGS)
    assert plan.office_minutes_proposed == 240
    assert {b.end - b.start for b in plan.office_blocks} == {dt.timedelta(minutes=30)}


def test_already_booked_citizens_and_cancelled_bookings() -> None:
    booked = _occurrence(T(2027, 5, 25, 10), kind=AppointmentKind.CONVERSATION, citizen_id=1)
    cancelled = _occurrence(
        T(2027, 5, 25, 10),
        kind=AppointmentKind.CONVERSATION,
        citizen_id=2,
        status=AppointmentStatus.CANCELLED,
    )
    plan = plan_week(PLAIN_WEEK, _citizens(2), [booked, cancelled], SETTINGS)
    assert plan.already_booked == (1,)
    assert [p.citizen_id for p in plan.conversations] == [2]


def test_nothing_is_proposed_before_earliest() -> None:
    settings = dataclasses.replace(SETTINGS, earliest=T(2027, 5, 26, 12, 10))
    plan = plan_week(PLAIN_WEEK, _citizens(3), [], settings)
    assert plan.open_days == (D(2027, 5, 26), D(2027, 5, 27), D(2027, 5, 28))
    assert min(p.start - dt.timedelta(minutes=p.preparation_minutes) for p in plan.proposals) >= (
        T(2027, 5, 26, 12, 10)
    )


def test_a_citizen_may_need_a_longer_conversation() -> None:
    citizens = [PlanningCitizen(id=1, due=None, conversation_minutes=90)]
    plan = plan_week(
        PLAIN_WEEK, citizens, [], dataclasses.replace(SETTINGS, office_minutes_per_week=0)
    )
    assert plan.conversations[0].end - plan.conversations[0].start == dt.timedelta(minutes=90)
    with pytest.raises(InvalidInput, match="mellem 5 og 480"):
        plan_week(PLAIN_WEEK, [PlanningCitizen(id=1, due=None, conversation_minutes=-1)], [])


def test_citizens_not_due_this_week_are_left_alone() -> None:
    citizens = [PlanningCitizen(id=1, due=D(2027, 6, 1)), PlanningCitizen(id=2, due=D(2027, 5, 30))]
    plan = plan_week(PLAIN_WEEK, citizens, [], SETTINGS)
    assert [p.citizen_id for p in plan.conversations] == [2]


@pytest.mark.parametrize(
    "changes",
    [
        {"work_start": dt.time(16), "work_end": dt.time(8)},
        {"conversation_minutes": 0},
        {"preparation_minutes": -5},
        {"office_block_minutes": 10},
    ],
)
def test_bad_settings_are_refused(changes: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        plan_week(PLAIN_WEEK, [], [], dataclasses.replace(SETTINGS, **changes))  # type: ignore[arg-type]


def test_plan_from_the_service_and_accepting_proposals(
    service: CaseService, citizen_id: int
) -> None:
    afternoon = service.citizens.add_citizen(
        Citizen(name="Bo Holm", preferred_time=TimeOfDay.AFTERNOON, preferred_place=Place.HOME)
    )
    service.calendar.add_appointment(
        _appointment(
            T(2027, 5, 4, 9),
            minutes=180,
            kind=AppointmentKind.FIXED_ACTIVITY,
            rrule="FREQ=WEEKLY;BYDAY=TU",
        )
    )
    plan = plan_week_for(service._db, HOLIDAY_WEEK, now=T(2027, 5, 3, 7))
    assert {p.citizen_id for p in plan.conversations} == {citizen_id, afternoon}
    home = next(p for p in plan.conversations if p.citizen_id == afternoon)
    assert home.kind == AppointmentKind.HOME_VISIT and home.start.hour >= 12
    ids = accept_proposals(service._db, plan.proposals)
    assert len(ids) == len(plan.proposals)
    again = plan_week_for(service._db, HOLIDAY_WEEK, now=T(2027, 5, 3, 7))
    assert again.conversations == () and set(again.already_booked) == {citizen_id, afternoon}
    assert again.office_minutes_booked == 240 and again.office_blocks == ()
