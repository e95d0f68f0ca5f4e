"""What the tests split from test_team_load.py share."""

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
