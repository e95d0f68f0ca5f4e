"""What the planning unit tests share: appointments, occurrences and calendars to read."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import sqlite_utils

from caseapp.domain.enums import AppointmentKind, AppointmentStatus, Place
from caseapp.domain.models import Appointment
from caseapp.errors import InvalidInput
from caseapp.planning.ics import import_ics
from caseapp.planning.recurrence import Occurrence
from caseapp.service import CaseService

T = dt.datetime


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


def _row_count(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count(*) FROM appointments").fetchone()[0])


def _unfolded(data: bytes) -> str:
    return data.replace(b"\r\n ", b"").decode("utf-8").replace("\\,", ",").replace("\\;", ";")


def _refused(db: sqlite_utils.Database, data: bytes, message: str) -> None:
    with pytest.raises(InvalidInput, match=message) as caught:
        import_ics(db, data)
    sentence = caught.value.message
    assert sentence.endswith("; intet blev importeret.") and "\n" not in sentence
    assert sentence.replace("nr. ", "").count(". ") == 0  # one sentence
    assert _row_count(db) == 0  # nothing half-imported
