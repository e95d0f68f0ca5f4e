"""Recurrence: series with exdates and moved occurrences, UNTIL, local time across daylight saving."""

from __future__ import annotations

import datetime as dt

import pytest

from caseapp.domain.enums import AppointmentStatus
from caseapp.domain.models import Appointment
from caseapp.errors import InvalidInput
from caseapp.planning.recurrence import expand, normalise_rrule, validate_recurrence
from tests.unit.planning.helpers import _appointment, _tuesday_series

T = dt.datetime


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
