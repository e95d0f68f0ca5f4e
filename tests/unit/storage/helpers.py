"""What the storage unit tests share: a filled database and a draft note."""

from __future__ import annotations

from caseapp.domain.enums import NoteKind
from caseapp.domain.models import Citizen, DiaryNote
from caseapp.service import CaseService

NAME = "Bjørn Ærøskøbing-Sørensen"
CPR = "1203854321"


def _fill(service: CaseService) -> int:
    citizen_id = service.citizens.add_citizen(Citizen(name=NAME, cpr=CPR))
    note = DiaryNote(
        citizen_id=citizen_id,
        kind=NoteKind.OBSERVATION,
        occurred_at=__import__("datetime").datetime(2026, 11, 2, 10, 0),
        text="Bjørn mødte op til fællesspisningen og dækkede selv bord.",
    )
    service.diary.save_draft(note)
    return citizen_id


def _draft(citizen_id: int, text: str) -> DiaryNote:
    import datetime as dt

    return DiaryNote(citizen_id=citizen_id, kind=NoteKind.OBSERVATION,
                     occurred_at=dt.datetime(2026, 11, 3, 9, 0), text=text)
