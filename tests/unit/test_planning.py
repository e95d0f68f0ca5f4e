"""Planning: recurrence, timeliness, the week planner and iCalendar exchange."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp.domain.enums import (
    AppointmentKind,
    AppointmentStatus,
    CitizenStatus,
    NoteKind,
    Place,
    TimeOfDay,
)
from caseapp.domain.models import Appointment, Citizen, CitizenSummary, DiaryNote
from caseapp.errors import InvalidInput
from caseapp.planning import commands
from caseapp.planning.ics import export_ics, export_range, import_ics, parse_ics, resolve_zone
from caseapp.planning.loading import (
    accept_proposals,
    load_occurrences,
    plan_week_for,
    timeliness_for,
)
from caseapp.planning.recurrence import (
    Occurrence,
    expand,
    normalise_rrule,
    validate_recurrence,
)
from caseapp.planning.timeliness import booked_contacts, iso_week, timeliness
from caseapp.planning.week_planner import (
    PlanningCitizen,
    PlanSettings,
    UnplacedReason,
    WeekPlan,
    danish_holiday,
    plan_week,
)
from caseapp.service import CaseService
from caseapp.storage.keys import DatabaseKey

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


def _appointment(start: T, minutes: int = 60, **changes: object) -> Appointment:
    base = Appointment(
        kind=AppointmentKind.CONVERSATION, start=start, end=start + dt.timedelta(minutes=minutes)
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _occurrence(start: T, minutes: int = 60, **changes: object) -> Occurrence:
    base = Occurrence(
        appointment_id=None,
        series_id=None,
        start=start,
        end=start + dt.timedelta(minutes=minutes),
        kind=AppointmentKind.FIXED_ACTIVITY,
        citizen_id=None,
        place=Place.OTHER,
        status=AppointmentStatus.PLANNED,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _summary(
    citizen_id: int,
    last_contact: D | None,
    cadence: int = 14,
    status: CitizenStatus = CitizenStatus.ACTIVE,
) -> CitizenSummary:
    return CitizenSummary(
        id=citizen_id,
        name=f"Borger {citizen_id}",
        cpr=None,
        case_type="",
        legal_basis="",
        status=status,
        is_child=False,
        contact_cadence_days=cadence,
        last_contact=last_contact,
        next_contact_due=last_contact + dt.timedelta(days=cadence) if last_contact else None,
        active_subgoals=0,
        last_status=None,
        next_status_due=None,
        where_now="",
        next_step="",
        barriers="",
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


# -- recurrence ----------------------------------------------------------------------------


def _tuesday_series() -> list[Appointment]:
    series = _appointment(
        T(2027, 3, 2, 10),
        id=1,
        kind=AppointmentKind.FIXED_ACTIVITY,
        title="Bowling",
        rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20270427T235959",
        exdates=(T(2027, 3, 9, 10),),
        preparation_minutes=15,
    )
    moved = _appointment(T(2027, 3, 17, 13), id=2, series_id=1, original_start=T(2027, 3, 16, 10))
    cancelled = _appointment(
        T(2027, 3, 23, 10),
        id=3,
        series_id=1,
        original_start=T(2027, 3, 23, 10),
        status=AppointmentStatus.CANCELLED,
    )
    return [series, moved, cancelled]


def test_series_expands_with_exdates_and_moved_occurrences() -> None:
    found = expand(_tuesday_series(), T(2027, 3, 1), T(2027, 4, 1))
    assert [(o.start, o.appointment_id, o.status) for o in found] == [
        (T(2027, 3, 2, 10), 1, AppointmentStatus.PLANNED),
        (T(2027, 3, 17, 13), 2, AppointmentStatus.PLANNED),  # moved from Tuesday 16th
        (T(2027, 3, 23, 10), 3, AppointmentStatus.CANCELLED),  # the cancelled instance
        (T(2027, 3, 30, 10), 1, AppointmentStatus.PLANNED),
    ]
    moved = found[1]
    assert moved.series_id == 1 and moved.recurrence_id == T(2027, 3, 16, 10) and moved.is_moved
    assert found[0].busy_from == T(2027, 3, 2, 9, 45) and not found[0].is_moved


def test_until_ends_the_series_and_windows_cut_cleanly() -> None:
    found = expand(_tuesday_series(), T(2027, 4, 20), T(2027, 6, 1))
    assert [o.start for o in found] == [T(2027, 4, 20, 10), T(2027, 4, 27, 10)]
    # an occurrence that started before the window but runs into it is shown
    assert [o.start for o in expand(_tuesday_series(), T(2027, 3, 2, 10, 30), T(2027, 3, 3))] == [
        T(2027, 3, 2, 10)
    ]


def test_series_keeps_its_local_time_across_daylight_saving() -> None:
    series = _appointment(T(2027, 3, 22, 9), id=1, rrule="FREQ=WEEKLY;COUNT=3")
    found = expand([series], T(2027, 3, 1), T(2027, 5, 1))
    assert [o.start for o in found] == [T(2027, 3, 22, 9), T(2027, 3, 29, 9), T(2027, 4, 5, 9)]


def test_utc_until_is_read_as_copenhagen_time() -> None:
    assert normalise_rrule("RRULE:FREQ=WEEKLY;UNTIL=20270601T120000Z") == (
        "FREQ=WEEKLY;UNTIL=20270601T140000"
    )
    assert normalise_rrule("freq=daily;until=20270601") == "FREQ=DAILY;UNTIL=20270601T235959"


@pytest.mark.parametrize(
    ("appointment", "message"),
    [
        (_appointment(T(2027, 3, 2, 10), rrule="FREQ=WEEKLY;UNTIL=20270301T000000"), "før den"),
        (_appointment(T(2027, 3, 2, 10), rrule="FREQ=FORTNIGHTLY"), "kan ikke læses"),
        (_appointment(T(2027, 3, 2, 10), rrule="FREQ=WEEKLY;BYDAY=XX"), "kan ikke læses"),
        (_appointment(T(2027, 3, 2, 10), rrule="FREQ=WEEKLY\nRDATE:2027"), "kan ikke læses"),
        (
            _appointment(T(2027, 3, 2, 10), rrule="FREQ=DAILY;COUNT=2;UNTIL=20270401T000000"),
            "både COUNT og UNTIL",
        ),
        (_appointment(T(2027, 3, 2, 10), rrule="FREQ=DAILY;UNTIL=20271399T000000"), "UNTIL"),
        (_appointment(T(2027, 3, 2, 10), exdates=(T(2027, 3, 9, 10),)), "undtagelsesdatoer"),
        (
            _appointment(
                T(2027, 3, 2, 10), series_id=1, rrule="FREQ=DAILY", original_start=T(2027, 3, 1)
            ),
            "selv gentages",
        ),
        (_appointment(T(2027, 3, 2, 10), series_id=1), "oprindelige tidspunkt"),
    ],
)
def test_bad_recurrence_is_refused(appointment: Appointment, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        validate_recurrence(appointment)


def test_stored_series_and_moved_occurrence_load_as_occurrences(
    service: CaseService, citizen_id: int
) -> None:
    series = _tuesday_series()[0]
    series_id = service.calendar.add_appointment(dataclasses.replace(series, id=None, citizen_id=citizen_id))
    service.calendar.add_appointment(
        _appointment(
            T(2027, 3, 17, 13),
            series_id=series_id,
            original_start=T(2027, 3, 16, 10),
            citizen_id=citizen_id,
        )
    )
    found = load_occurrences(service._db, T(2027, 3, 15), T(2027, 3, 22))
    assert [(o.start, o.series_id, o.citizen_id) for o in found] == [
        (T(2027, 3, 17, 13), series_id, citizen_id)
    ]


# -- timeliness ----------------------------------------------------------------------------

ON = D(2027, 5, 5)  # a Wednesday


def test_timeliness_sorts_overdue_due_and_what_to_book() -> None:
    summaries = [
        _summary(1, D(2027, 4, 17)),  # due 1 May: overdue
        _summary(2, D(2027, 4, 23)),  # due 7 May: this week
        _summary(3, None),  # never contacted: due now
        _summary(4, D(2027, 5, 6)),  # due 20 May: not yet
        _summary(5, D(2027, 1, 1), status=CitizenStatus.CLOSED),  # not active
        _summary(6, D(2027, 4, 24)),  # due 8 May, booked Thursday
        _summary(7, D(2027, 4, 10)),  # overdue, but only booked next week
    ]
    result = timeliness(summaries, ON, {6: D(2027, 5, 6), 7: D(2027, 5, 12)})
    assert (result.week_start, result.week_end) == (D(2027, 5, 3), D(2027, 5, 9))
    assert [e.citizen_id for e in result.overdue] == [7, 1]
    assert [e.days_overdue for e in result.overdue] == [11, 4]
    assert [e.citizen_id for e in result.due_this_week] == [3, 2, 6]
    assert result.due_this_week[0].never_contacted and result.due_this_week[0].due == ON
    assert [e.citizen_id for e in result.to_book] == [7, 1, 3, 2]
    assert result.to_book_count == 4
    assert result.weekly_average == pytest.approx(3.0)  # six active citizens every 14 days


def test_booked_contacts_count_planned_contacts_only() -> None:
    occurrences = [
        _occurrence(T(2027, 5, 6, 10), kind=AppointmentKind.CONVERSATION, citizen_id=1),
        _occurrence(T(2027, 5, 4, 10), kind=AppointmentKind.CONVERSATION, citizen_id=1),  # past
        _occurrence(T(2027, 5, 7, 10), kind=AppointmentKind.HOME_VISIT, citizen_id=1),
        _occurrence(
            T(2027, 5, 6, 10),
            kind=AppointmentKind.CONVERSATION,
            citizen_id=2,
            status=AppointmentStatus.CANCELLED,
        ),
        _occurrence(T(2027, 5, 6, 12), kind=AppointmentKind.FIXED_ACTIVITY, citizen_id=3),
    ]
    assert booked_contacts(occurrences, ON) == {1: D(2027, 5, 6)}


def test_iso_week_spans_monday_to_sunday() -> None:
    assert iso_week(D(2027, 1, 3)) == (D(2026, 12, 28), D(2027, 1, 3))


def test_timeliness_from_the_service(service: CaseService, citizen_id: int) -> None:
    other = service.citizens.add_citizen(Citizen(name="Anna Berg", contact_cadence_days=7))
    talk = service.diary.save_draft(
        DiaryNote(
            citizen_id=other,
            kind=NoteKind.CONVERSATION,
            occurred_at=T(2027, 5, 3, 9),
            text="Samtale om ugen.",
        )
    )
    service.diary.sign_note(talk, T(2027, 5, 3, 10))  # a contact once it is recorded
    service.calendar.add_appointment(
        _appointment(T(2027, 5, 6, 10), citizen_id=citizen_id, kind=AppointmentKind.HOME_VISIT)
    )
    result = timeliness_for(service._db, ON)
    assert [e.citizen_id for e in result.due_this_week] == [citizen_id]
    assert result.due_this_week[0].booked_on == D(2027, 5, 6)
    assert result.to_book == () and result.overdue == ()


# -- the week planner ----------------------------------------------------------------------


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


# -- iCalendar -----------------------------------------------------------------------------

OUTLOOK = b"""BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:PUBLISH\r
BEGIN:VTIMEZONE\r
TZID:Romance Standard Time\r
BEGIN:STANDARD\r
DTSTART:16011028T030000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010325T020000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:040000008200E00074C5B7101A82E0080000000010\r
SUMMARY:Bowling med beboerne\r
DTSTART;TZID=Romance Standard Time:20270302T140000\r
DTEND;TZID=Romance Standard Time:20270302T160000\r
RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270601T120000Z\r
EXDATE;TZID=Romance Standard Time:20270309T140000\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:040000008200E00074C5B7101A82E0080000000010\r
RECURRENCE-ID;TZID=Romance Standard Time:20270316T140000\r
SUMMARY:Bowling med beboerne\r
DTSTART;TZID=Romance Standard Time:20270317T150000\r
DTEND;TZID=Romance Standard Time:20270317T170000\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:ferie-1\r
SUMMARY:Ferie\r
DTSTART;VALUE=DATE:20270322\r
DTEND;VALUE=DATE:20270324\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:utc-1\r
SUMMARY:Teams-m\xc3\xb8de\r
DTSTART:20270325T080000Z\r
DTEND:20270325T090000Z\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:no-vtimezone\r
SUMMARY:Supervision\r
DTSTART;TZID=W. Europe Standard Time:20270326T090000\r
DTEND;TZID=W. Europe Standard Time:20270326T100000\r
END:VEVENT\r
END:VCALENDAR\r
"""

GOOGLE = b"""BEGIN:VCALENDAR\r
PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
VERSION:2.0\r
CALSCALE:GREGORIAN\r
X-WR-TIMEZONE:Europe/Copenhagen\r
BEGIN:VTIMEZONE\r
TZID:Europe/Copenhagen\r
X-LIC-LOCATION:Europe/Copenhagen\r
BEGIN:DAYLIGHT\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
TZNAME:CEST\r
DTSTART:19700329T020000\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
END:DAYLIGHT\r
BEGIN:STANDARD\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
TZNAME:CET\r
DTSTART:19701025T030000\r
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
END:STANDARD\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
DTSTART;TZID=Europe/Copenhagen:20270301T090000\r
DTEND;TZID=Europe/Copenhagen:20270301T093000\r
RRULE:FREQ=WEEKLY;WKST=MO;UNTIL=20270329T075959Z;BYDAY=MO\r
EXDATE;TZID=Europe/Copenhagen:20270308T090000\r
EXDATE;TZID=Europe/Copenhagen:20270315T090000\r
DTSTAMP:20270101T120000Z\r
UID:7kukuqrfedlm2f9t2hq6bru7dk@google.com\r
SUMMARY:Teamm\xc3\xb8de\r
STATUS:CONFIRMED\r
END:VEVENT\r
BEGIN:VEVENT\r
DTSTART;TZID=Europe/Copenhagen:20270322T090000\r
DTEND;TZID=Europe/Copenhagen:20270322T093000\r
DTSTAMP:20270101T120000Z\r
UID:7kukuqrfedlm2f9t2hq6bru7dk@google.com\r
RECURRENCE-ID;TZID=Europe/Copenhagen:20270322T090000\r
SUMMARY:Teamm\xc3\xb8de\r
STATUS:CANCELLED\r
END:VEVENT\r
END:VCALENDAR\r
"""


def _all(service: CaseService) -> list[Occurrence]:
    return load_occurrences(service._db, T(2020, 1, 1), T(2030, 1, 1))


def _comparable(occurrences: list[Occurrence], keep: tuple[str, ...] = ()) -> list[tuple]:
    fields = ("start", "end", "kind", "place", "status", "preparation_minutes", "recurrence_id")
    return [tuple(getattr(o, f) for f in fields + keep) for o in occurrences]


@pytest.fixture
def fresh(tmp_path: Path, key: DatabaseKey) -> Iterator[CaseService]:
    svc = CaseService.create(tmp_path / "fresh.db", key)
    yield svc
    svc.close()


def _fill_calendar(service: CaseService, citizen_id: int) -> None:
    series = service.calendar.add_appointment(
        _appointment(
            T(2027, 3, 2, 10),
            kind=AppointmentKind.HOME_VISIT,
            citizen_id=citizen_id,
            place=Place.HOME,
            title="Søren: budget",
            preparation_minutes=20,
            rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20270427T100000",
            exdates=(T(2027, 3, 9, 10),),
        )
    )
    service.calendar.add_appointment(
        _appointment(
            T(2027, 3, 17, 13),
            kind=AppointmentKind.HOME_VISIT,
            citizen_id=citizen_id,
            place=Place.HOME,
            series_id=series,
            original_start=T(2027, 3, 16, 10),
        )
    )
    service.calendar.add_appointment(
        _appointment(
            T(2027, 3, 23, 10),
            kind=AppointmentKind.HOME_VISIT,
            citizen_id=citizen_id,
            place=Place.HOME,
            series_id=series,
            original_start=T(2027, 3, 23, 10),
            status=AppointmentStatus.CANCELLED,
        )
    )
    service.calendar.add_appointment(
        _appointment(T(2027, 3, 25, 8), minutes=240, kind=AppointmentKind.OFFICE_TIME)
    )
    service.calendar.add_appointment(
        _appointment(
            T(2027, 3, 29, 23),
            minutes=120,
            citizen_id=citizen_id,
            status=AppointmentStatus.HELD,
            place=Place.PHONE,
            kind=AppointmentKind.PHONE,
        )
    )
    service.calendar.add_appointment(_appointment(T(2027, 6, 1, 9)))  # outside the exported range


def test_export_then_import_gives_the_same_occurrences(
    service: CaseService, fresh: CaseService, citizen_id: int
) -> None:
    _fill_calendar(service, citizen_id)
    data = export_range(service._db, D(2027, 3, 1), D(2027, 3, 31))
    assert import_ics(fresh._db, data).created == 6 - 1
    window = (T(2027, 3, 1), T(2027, 4, 1))
    before = load_occurrences(service._db, *window)
    after = load_occurrences(fresh._db, *window)
    assert len(before) == 6
    assert _comparable(after) == _comparable(before)
    assert {o.citizen_id for o in after} == {None}  # no links into another database
    assert {o.title for o in after} == {""}  # titles stay home without --with-names
    # the series runs on in the other calendar exactly as it does here
    assert _comparable(_all(fresh)) == _comparable(
        load_occurrences(service._db, T(2027, 3, 1), T(2027, 5, 31))
    )


def test_round_trip_with_names_keeps_titles_and_case_links(
    service: CaseService, fresh: CaseService, citizen_id: int
) -> None:
    _fill_calendar(service, citizen_id)
    same_id = fresh.citizens.add_citizen(Citizen(name="Søren Ågård Bækgaard"))
    assert same_id == citizen_id
    data = export_range(service._db, D(2027, 3, 1), D(2027, 3, 31), with_names=True)
    import_ics(fresh._db, data, keep_citizens=True)
    window = (T(2027, 3, 1), T(2027, 4, 1))
    keep = ("citizen_id", "title")
    assert _comparable(load_occurrences(fresh._db, *window), keep) == _comparable(
        load_occurrences(service._db, *window), keep
    )


def _unfolded(data: bytes) -> str:
    return data.replace(b"\r\n ", b"").decode("utf-8")


def test_export_leaves_names_out_by_default(service: CaseService, citizen_id: int) -> None:
    _fill_calendar(service, citizen_id)
    text = _unfolded(export_range(service._db, D(2027, 3, 1), D(2027, 3, 31)))
    assert "Søren" not in text and "Bækgaard" not in text and "budget" not in text
    assert "SUMMARY:Hjemmebesøg – SÅB" in text
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/Copenhagen" in text
    assert "DTSTART;TZID=Europe/Copenhagen:20270302T100000" in text
    assert "RRULE:FREQ=WEEKLY;UNTIL=20270427T080000Z;BYDAY=TU" in text
    assert "EXDATE;TZID=Europe/Copenhagen:20270309T100000" in text
    assert "RECURRENCE-ID;TZID=Europe/Copenhagen:20270316T100000" in text
    assert text.count("BEGIN:VEVENT") == 5
    named = _unfolded(export_range(service._db, D(2027, 3, 1), D(2027, 3, 31), with_names=True))
    assert "Hjemmebesøg – Søren Ågård Bækgaard: Søren: budget" in named
    by_case = _unfolded(export_range(service._db, D(2027, 3, 1), D(2027, 3, 31), reference="case"))
    assert f"Hjemmebesøg – Sag {citizen_id}" in by_case and "SÅB" not in by_case


def test_export_of_an_empty_range_is_a_valid_calendar(service: CaseService) -> None:
    data = export_range(service._db, D(2027, 3, 1), D(2027, 3, 31))
    assert parse_ics(data) == []


def test_outlook_file_with_windows_zone_and_moved_occurrence(service: CaseService) -> None:
    assert import_ics(service._db, OUTLOOK).created == 5
    found = load_occurrences(service._db, T(2027, 3, 1), T(2027, 4, 1))
    assert [(o.start, o.end, o.title) for o in found] == [
        (T(2027, 3, 2, 14), T(2027, 3, 2, 16), "Bowling med beboerne"),
        (T(2027, 3, 17, 15), T(2027, 3, 17, 17), "Bowling med beboerne"),  # moved
        (T(2027, 3, 22), T(2027, 3, 24), "Ferie"),  # all-day, two days
        (T(2027, 3, 23, 14), T(2027, 3, 23, 16), "Bowling med beboerne"),
        (T(2027, 3, 25, 9), T(2027, 3, 25, 10), "Teams-møde"),  # 08:00 UTC in winter time
        (T(2027, 3, 26, 9), T(2027, 3, 26, 10), "Supervision"),
        (T(2027, 3, 30, 14), T(2027, 3, 30, 16), "Bowling med beboerne"),  # summer time now
    ]
    assert found[1].recurrence_id == T(2027, 3, 16, 14) and found[1].series_id == found[0].series_id
    assert {o.kind for o in found} == {AppointmentKind.OTHER}
    last = load_occurrences(service._db, T(2027, 5, 20), T(2027, 6, 30))
    assert [o.start for o in last] == [T(2027, 5, 25, 14), T(2027, 6, 1, 14)]  # UNTIL 14:00 CEST


def test_google_file_with_exdates_and_a_cancelled_instance(service: CaseService) -> None:
    assert import_ics(service._db, GOOGLE).created == 2
    found = load_occurrences(service._db, T(2027, 3, 1), T(2027, 4, 1))
    assert [(o.start, o.status) for o in found] == [
        (T(2027, 3, 1, 9), AppointmentStatus.PLANNED),
        (T(2027, 3, 22, 9), AppointmentStatus.CANCELLED),
        (T(2027, 3, 29, 9), AppointmentStatus.PLANNED),  # UNTIL 07:59:59Z is 09:59:59 CEST
    ]


def test_windows_zone_names_map_to_copenhagen() -> None:
    assert str(resolve_zone("Romance Standard Time")) == "Europe/Copenhagen"
    assert str(resolve_zone('"W. Europe Standard Time"')) == "Europe/Copenhagen"
    assert str(resolve_zone("Eastern Standard Time")) == "America/New_York"
    assert str(resolve_zone("/mozilla.org/20050126_1/Europe/Copenhagen")) == "Europe/Copenhagen"
    assert resolve_zone("Mars/Olympus Mons") is None


def _event(body: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\n"
        "BEGIN:VEVENT\r\nUID:good\r\nSUMMARY:Hemmelig Hansen\r\n"
        "DTSTART:20270301T090000\r\nDTEND:20270301T100000\r\nEND:VEVENT\r\n"
        f"BEGIN:VEVENT\r\nUID:bad\r\nSUMMARY:Hemmelig Hansen\r\n{body}END:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    ).encode()


BAD_FILES = {
    "truncated": (OUTLOOK[: len(OUTLOOK) // 2], "ufuldstændig"),
    "binary junk": (bytes(range(256)) * 8, "ikke en kalenderfil"),
    "png": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "ikke en kalenderfil"),
    "empty": (b"   \r\n", "tom"),
    "not ics": (b"BEGIN:VCALENDAR\r\nhello world\r\nEND:VCALENDAR\r\n", "iCalendar"),
    "unbalanced": (
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20270301T090000\r\nEND:VCALENDAR\r\n",
        "iCalendar",
    ),
    "missing DTSTART": (_event("DTEND:20270301T100000\r\n"), "nr. 2 .* mangler et starttidspunkt"),
    "unknown zone": (
        _event(
            "DTSTART;TZID=Mars/Olympus:20270301T090000\r\n"
            "DTEND;TZID=Mars/Olympus:20270301T100000\r\n"
        ),
        "nr. 2 .* ukendt tidszone \\(Mars/Olympus\\)",
    ),
    "end before start": (
        _event("DTSTART:20270301T100000\r\nDTEND:20270301T090000\r\n"),
        "nr. 2 .* slutter ikke efter den begynder",
    ),
    "bad date": (_event("DTSTART:2027\r\nDTEND:20270301T090000\r\n"), "ugyldig værdi i DTSTART"),
    "no end": (_event("DTSTART:20270301T100000\r\n"), "mangler et sluttidspunkt"),
    "until before start": (
        _event(
            "DTSTART:20270301T100000\r\nDTEND:20270301T110000\r\n"
            "RRULE:FREQ=WEEKLY;UNTIL=20270201T000000Z\r\n"
        ),
        "nr. 2 .* slutter, før den begynder",
    ),
    "bad rule": (
        _event("DTSTART:20270301T100000\r\nDTEND:20270301T110000\r\nRRULE:FREQ=SOMETIMES\r\n"),
        "nr. 2 ",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files_are_refused_and_nothing_is_imported(service: CaseService, name: str) -> None:
    data, message = BAD_FILES[name]
    with pytest.raises(InvalidInput, match=message) as caught:
        import_ics(service._db, data)
    assert caught.value.message.endswith("intet blev importeret.")
    assert "Hemmelig" not in caught.value.message and "Hansen" not in caught.value.message
    assert _all(service) == []


def test_a_failure_while_writing_rolls_back_everything(
    service: CaseService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from caseapp.planning import ics_import
    from caseapp.storage import connection

    calls = {"n": 0}
    original = ics_import.audit.record_many

    def failing(*args: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:  # after the series and singles are written, with the moved one
            raise connection.IntegrityError("disk full")
        original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(ics_import.audit, "record_many", failing)
    with pytest.raises(InvalidInput, match="intet blev importeret"):
        import_ics(service._db, OUTLOOK)
    assert calls["n"] == 3
    assert _all(service) == []


def test_keep_citizens_refuses_unknown_cases(service: CaseService, citizen_id: int) -> None:
    _fill_calendar(service, citizen_id)
    data = export_range(service._db, D(2027, 3, 1), D(2027, 3, 31))
    data = data.replace(f"X-CASEAPP-CITIZEN:{citizen_id}".encode(), b"X-CASEAPP-CITIZEN:999")
    before = len(_all(service))
    with pytest.raises(InvalidInput, match="sag 999, som ikke findes"):
        import_ics(service._db, data, keep_citizens=True)
    assert len(_all(service)) == before


def test_export_is_pure_over_plain_rows() -> None:
    data = export_ics(_tuesday_series(), T(2027, 3, 1), T(2027, 3, 8), stamp=T(2027, 1, 1))
    text = _unfolded(data)
    assert text.count("BEGIN:VEVENT") == 3 and "DTSTAMP:20270101T000000Z" in text
    assert export_ics(_tuesday_series(), T(2028, 1, 1), T(2028, 2, 1)).count(b"VEVENT") == 0


# -- the command line functions ------------------------------------------------------------


def test_calendar_commands_export_and_import(
    service: CaseService,
    fresh: CaseService,
    citizen_id: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _fill_calendar(service, citizen_id)
    out = tmp_path / "uge.ics"
    assert commands.calendar_export(service._db, "2027-03-01", "31.03.2027", out) == 0
    assert out.stat().st_mode & 0o077 == 0  # readable by the owner only
    assert "5 begivenheder" in capsys.readouterr().out
    assert commands.calendar_import(fresh._db, out) == 0
    assert "5 nye aftaler" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("date_from", "date_to", "message"),
    [("1. marts", "2027-03-31", "--from skal"), ("2027-03-31", "2027-03-01", "--to skal")],
)
def test_calendar_export_refuses_bad_dates(
    service: CaseService, tmp_path: Path, date_from: str, date_to: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        commands.calendar_export(service._db, date_from, date_to, tmp_path / "x.ics")
    assert not (tmp_path / "x.ics").exists()


def test_calendar_import_of_a_missing_file(service: CaseService, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="findes ikke"):
        commands.calendar_import(service._db, tmp_path / "findes-ikke.ics")


def test_proposals_and_unplaced_carry_their_reason_in_english_too() -> None:
    from caseapp.planning.week_model import PlanningCitizen, UnplacedReason
    from caseapp.planning.week_slots import _english_reason, _unplaced

    def citizen(time: TimeOfDay) -> PlanningCitizen:
        return PlanningCitizen(id=1, due=dt.date(2025, 11, 20), preferred_time=time)

    unplaced = _unplaced(citizen(TimeOfDay.MORNING), UnplacedReason.PREFERRED_TIME_FULL)
    assert unplaced.message_in("da") == "Der er ingen ledig tid om formiddagen i ugen."
    assert unplaced.message_in("en") == "There is no free time in the morning this week."
    week_full = _unplaced(citizen(TimeOfDay.ANY), UnplacedReason.WEEK_FULL)
    assert week_full.message_in("en") == "There is no free time within working hours this week."
    reason = _english_reason(citizen(TimeOfDay.AFTERNOON), dt.date(2025, 11, 24), False)
    assert reason == "The contact was due by 20.11.2025; in the afternoon as wished."
