"""The notes the editor opens, made from what it is given: a blank note (for an appointment,
at its time and of the kind it suggests), a correction of a signed note, and the draft being
written moved to another citizen. Plain functions over core dataclasses, no widgets."""

from __future__ import annotations

import dataclasses
import datetime as dt

from caseapp.domain.enums import RecordState
from caseapp.domain.models import DiaryNote
from caseapp.service import CaseService
from ui.diary.note_choices import find_appointment, note_kind_for, note_time_for


def blank_note(service: CaseService, citizen_id: int, appointment_id: int | None,
               occurrence_date: dt.date | None, now: dt.datetime) -> DiaryNote:
    appointment = find_appointment(service, citizen_id, appointment_id)
    when = note_time_for(appointment, occurrence_date) or now
    return DiaryNote(citizen_id, note_kind_for(appointment),
                     when.replace(second=0, microsecond=0), "", appointment_id=appointment_id,
                     occurrence_date=occurrence_date if appointment else None)


def correction_of(original: DiaryNote) -> DiaryNote:
    """A new draft that corrects the signed `original`."""
    return dataclasses.replace(original, id=None, state=RecordState.DRAFT, signed_at=None,
                               corrects_id=original.id, entered_official_on=None)


def moved_to(draft: DiaryNote, citizen_id: int) -> DiaryNote:
    """The draft for another citizen: its sub-goals and appointment were the other's."""
    return dataclasses.replace(draft, citizen_id=citizen_id, goal_ids=(), appointment_id=None,
                               occurrence_date=None)
