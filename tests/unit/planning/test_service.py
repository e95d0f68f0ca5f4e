"""The calendar service: appointments and series, notes owed, deleting with a moved occurrence."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from caseapp.domain.enums import AppointmentKind, AppointmentStatus
from caseapp.domain.models import Appointment
from caseapp.errors import InvalidInput, NotFound
from caseapp.service import CaseService
from tests.unit.helpers import _note

WHEN = dt.datetime(2026, 11, 20, 10, 30)


def test_appointment_end_before_start(service: CaseService) -> None:
    with pytest.raises(InvalidInput, match="slut skal ligge efter start"):
        service.calendar.add_appointment(
            Appointment(kind=AppointmentKind.CONVERSATION, start=WHEN, end=WHEN)
        )
    assert service.calendar.appointments_between(WHEN - dt.timedelta(days=1), WHEN + dt.timedelta(days=1)) == []


def test_notes_owed_until_a_note_is_linked(service: CaseService, citizen_id: int) -> None:
    def meeting(day: int, status=None) -> int:
        start = dt.datetime(2026, 11, day, 10, 0)
        return service.calendar.add_appointment(
            Appointment(kind=AppointmentKind.CONVERSATION, start=start,
                        end=start + dt.timedelta(hours=1), citizen_id=citizen_id,
                        status=status or AppointmentStatus.HELD)
        )

    held, planned_passed = meeting(16), meeting(17, AppointmentStatus.PLANNED)
    meeting(18, AppointmentStatus.CANCELLED)
    service.calendar.add_appointment(Appointment(kind=AppointmentKind.OFFICE_TIME,
                                        start=dt.datetime(2026, 11, 19, 8),
                                        end=dt.datetime(2026, 11, 19, 12)))
    future = meeting(27)
    now = dt.datetime(2026, 11, 24, 12)
    since = dt.datetime(2026, 11, 1)
    assert [a.appointment_id for a in service.calendar.notes_owed(since, now)] == [held, planned_passed]
    service.diary.save_draft(dataclasses.replace(_note(citizen_id, "Samtale holdt."), appointment_id=held))
    assert [a.appointment_id for a in service.calendar.notes_owed(since, now)] == [planned_passed]
    assert future not in [a.appointment_id for a in service.calendar.notes_owed(since, now)]


def test_occurrences_expand_series(service: CaseService) -> None:
    start = dt.datetime(2026, 11, 3, 9, 0)  # a Tuesday
    service.calendar.add_appointment(
        Appointment(kind=AppointmentKind.FIXED_ACTIVITY, title="Gåtur-gruppen", start=start,
                    end=start + dt.timedelta(hours=1), rrule="FREQ=WEEKLY;COUNT=4",
                    exdates=(start + dt.timedelta(days=7),))
    )
    found = service.calendar.occurrences_between(dt.datetime(2026, 11, 1), dt.datetime(2026, 12, 31))
    assert [o.start.day for o in found] == [3, 17, 24]


def test_delete_appointment_with_its_moved_occurrence(service: CaseService, citizen_id: int) -> None:
    start = dt.datetime(2026, 11, 3, 9, 0)
    series = service.calendar.add_appointment(
        Appointment(kind=AppointmentKind.FIXED_ACTIVITY, start=start,
                    end=start + dt.timedelta(hours=1), rrule="FREQ=WEEKLY;COUNT=4")
    )
    moved_from = start + dt.timedelta(days=7)
    service.calendar.add_appointment(
        Appointment(kind=AppointmentKind.FIXED_ACTIVITY, start=moved_from + dt.timedelta(hours=2),
                    end=moved_from + dt.timedelta(hours=3), series_id=series,
                    original_start=moved_from)
    )
    single = service.calendar.add_appointment(
        Appointment(kind=AppointmentKind.CONVERSATION, start=start, citizen_id=citizen_id,
                    end=start + dt.timedelta(hours=1))
    )
    service.diary.save_draft(dataclasses.replace(_note(citizen_id, "Samtale."), appointment_id=single))
    with pytest.raises(InvalidInput, match="dagbogsnotat"):
        service.calendar.delete_appointment(single)
    service.calendar.delete_appointment(series)
    window = (dt.datetime(2026, 11, 1), dt.datetime(2026, 12, 31))
    assert [o.appointment_id for o in service.calendar.occurrences_between(*window)] == [single]
    with pytest.raises(NotFound):
        service.calendar.appointment(series)
