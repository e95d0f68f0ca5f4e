"""Helpers the unit tests of more than one package share."""

from __future__ import annotations

import datetime as dt

from caseapp.domain.enums import NoteKind
from caseapp.domain.models import Citizen, DiaryNote
from caseapp.service import CaseService

TODAY = dt.date(2026, 12, 7)


def _citizen(service: CaseService, name: str, responsible: str, last_contact_days_ago: int) -> int:
    citizen_id = service.citizens.add_citizen(Citizen(name=name, responsible=responsible, contact_cadence_days=14))
    at = dt.datetime.combine(TODAY - dt.timedelta(days=last_contact_days_ago), dt.time(10))
    note = service.diary.save_draft(DiaryNote(citizen_id, NoteKind.CONVERSATION, at, "Samtale.", responsible))
    service.diary.sign_note(note, at)
    return citizen_id


WHEN = dt.datetime(2026, 11, 20, 10, 30)


def _note(citizen_id: int, text: str, goal_ids: tuple[int, ...] = ()) -> DiaryNote:
    return DiaryNote(
        citizen_id=citizen_id, kind=NoteKind.OBSERVATION, occurred_at=WHEN, text=text,
        goal_ids=goal_ids,
    )
