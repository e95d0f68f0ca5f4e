"""A citizen's timeline: notes, appointments, goals and ratings interleaved in time order."""

from __future__ import annotations

import datetime as dt

import pytest

from caseapp.domain.enums import AppointmentKind, AppointmentStatus, RatingScale
from caseapp.domain.models import Appointment, Citizen, Rating
from caseapp.errors import InvalidInput, NotFound
from caseapp.notes import citizen_timeline
from caseapp.notes.timeline import TimelineKind
from caseapp.service import CaseService
from tests.unit.notes.helpers import _note

T = dt.datetime


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
