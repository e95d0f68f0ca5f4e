"""Timeliness: who is overdue or due and what to book, booked contacts, ISO weeks."""

from __future__ import annotations

import datetime as dt

import pytest

from caseapp.domain.enums import AppointmentKind, AppointmentStatus, CitizenStatus, NoteKind
from caseapp.domain.models import Citizen, CitizenSummary, DiaryNote
from caseapp.planning.loading import timeliness_for
from caseapp.planning.timeliness import booked_contacts, iso_week, timeliness
from caseapp.service import CaseService
from tests.unit.planning.helpers import _appointment, _occurrence

T = dt.datetime
D = dt.date


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
