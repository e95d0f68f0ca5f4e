"""Notes owed for occurrences of recurring series ("Notat mangler")."""

from __future__ import annotations

import datetime as dt

import pytest

from caseapp.domain.enums import AppointmentKind, AppointmentStatus, NoteKind
from caseapp.domain.models import Appointment, DiaryNote
from caseapp.errors import InvalidInput
from caseapp.service import CaseService
from caseapp.storage.connection import DatabaseError

TUESDAY = dt.datetime(2026, 11, 3, 10, 0)  # the series' first occurrence
NOW = dt.datetime(2026, 11, 23, 12, 0)  # a Monday: the 3rd, 10th and 17th have been held
SINCE = dt.datetime(2026, 11, 1)


def _weekly(service: CaseService, citizen_id: int | None, **extra) -> int:
    return service.calendar.add_appointment(Appointment(
        kind=AppointmentKind.CONVERSATION, start=TUESDAY, end=TUESDAY + dt.timedelta(hours=1),
        citizen_id=citizen_id, rrule="FREQ=WEEKLY;COUNT=8", **extra))  # fmt: skip


def _note_for(service: CaseService, citizen_id: int, series: int, day: dt.date | None,
              occurred: dt.datetime | None = None) -> int:
    return service.diary.save_draft(DiaryNote(
        citizen_id=citizen_id, kind=NoteKind.CONVERSATION, text="Samtalen blev holdt.",
        occurred_at=occurred or dt.datetime.combine(day or NOW.date(), dt.time(10)),
        appointment_id=series, occurrence_date=day))  # fmt: skip


def _owed(service: CaseService, since: dt.datetime = SINCE) -> list[tuple[int | None, dt.date]]:
    return [(o.appointment_id, o.start.date()) for o in service.calendar.notes_owed(since, NOW)]


def test_each_held_occurrence_of_a_weekly_series_owes_its_own_note(
    service: CaseService, citizen_id: int
) -> None:
    series = _weekly(service, citizen_id)
    last_week = dt.date(2026, 11, 17)
    assert _owed(service, dt.datetime(2026, 11, 16)) == [(series, last_week)]
    assert _owed(service) == [(series, dt.date(2026, 11, 3)), (series, dt.date(2026, 11, 10)),
                              (series, last_week)]  # fmt: skip
    _note_for(service, citizen_id, series, last_week)
    assert _owed(service) == [(series, dt.date(2026, 11, 3)), (series, dt.date(2026, 11, 10))]
    _note_for(service, citizen_id, series, dt.date(2026, 11, 3))
    assert _owed(service) == [(series, dt.date(2026, 11, 10))]


def test_a_note_linked_to_the_series_without_a_date_settles_no_occurrence(
    service: CaseService, citizen_id: int
) -> None:
    series = _weekly(service, citizen_id)
    _note_for(service, citizen_id, series, None, occurred=dt.datetime(2026, 11, 17, 10))
    assert (series, dt.date(2026, 11, 17)) in _owed(service)


def test_cancelled_moved_and_excluded_occurrences(service: CaseService, citizen_id: int) -> None:
    week = dt.timedelta(days=7)
    series = _weekly(service, citizen_id, exdates=(TUESDAY,))  # the 3rd is left out
    moved = service.calendar.add_appointment(Appointment(  # the 10th was held on Wednesday at 14
        kind=AppointmentKind.CONVERSATION, citizen_id=citizen_id, series_id=series,
        original_start=TUESDAY + week, start=dt.datetime(2026, 11, 11, 14),
        end=dt.datetime(2026, 11, 11, 15), status=AppointmentStatus.HELD))  # fmt: skip
    service.calendar.add_appointment(Appointment(  # the 17th was cancelled
        kind=AppointmentKind.CONVERSATION, citizen_id=citizen_id, series_id=series,
        original_start=TUESDAY + 2 * week, start=TUESDAY + 2 * week,
        end=TUESDAY + 2 * week + dt.timedelta(hours=1), status=AppointmentStatus.CANCELLED))  # fmt: skip
    assert _owed(service) == [(moved, dt.date(2026, 11, 11))]
    service.diary.save_draft(DiaryNote(citizen_id=citizen_id, kind=NoteKind.CONVERSATION,
                                 occurred_at=dt.datetime(2026, 11, 11, 14), text="Holdt.",
                                 appointment_id=moved))  # fmt: skip
    assert _owed(service) == []


def test_series_without_citizen_or_cancelled_owe_nothing(
    service: CaseService, citizen_id: int
) -> None:
    _weekly(service, None)
    _weekly(service, citizen_id, status=AppointmentStatus.CANCELLED)
    assert _owed(service) == []


def test_a_note_may_only_point_to_a_day_the_series_is_held(
    service: CaseService, citizen_id: int
) -> None:
    series = _weekly(service, citizen_id, exdates=(TUESDAY,))
    with pytest.raises(InvalidInput, match="ingen forekomst"):
        _note_for(service, citizen_id, series, dt.date(2026, 11, 4))  # a Wednesday
    with pytest.raises(InvalidInput, match="ingen forekomst"):
        _note_for(service, citizen_id, series, dt.date(2026, 11, 3))  # excluded
    single = service.calendar.add_appointment(Appointment(
        kind=AppointmentKind.CONVERSATION, citizen_id=citizen_id, start=TUESDAY,
        end=TUESDAY + dt.timedelta(hours=1)))  # fmt: skip
    with pytest.raises(InvalidInput, match="gentagen aftale"):
        _note_for(service, citizen_id, single, dt.date(2026, 11, 3))
    assert service.diary.note_count(citizen_id) == 0


def test_a_signed_notes_occurrence_stays_as_signed(service: CaseService, citizen_id: int) -> None:
    series = _weekly(service, citizen_id)
    note_id = _note_for(service, citizen_id, series, dt.date(2026, 11, 17))
    service.diary.sign_note(note_id, NOW)
    assert service.diary.note(note_id).occurrence_date == dt.date(2026, 11, 17)
    with pytest.raises(DatabaseError, match="read-only"):
        service._db.execute("UPDATE notes SET occurrence_date = '2026-11-10' WHERE id = ?",
                           [note_id])  # fmt: skip
