"""What the reports unit tests share: reading a PDF back, a caseload to print."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdf
from pypdf import PdfReader

from caseapp.domain.enums import NoteKind
from caseapp.domain.models import Citizen, DiaryNote
from caseapp.service import CaseService

TODAY = dt.date(2026, 11, 25)


LONG_SENTENCE = (
    "Søren har i perioden betalt huslejen til tiden i ni ud af tolv måneder; han bruger "
    "budgetskemaet, som han og Gert lavede i foråret, og siger selv, at det giver ro i maven."
)


def _reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def _pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in _reader(pdf).pages]


def _caseload(service: CaseService, count: int) -> list[int]:
    ids = []
    for i in range(count):
        citizen_id = service.citizens.add_citizen(Citizen(
            name=f"Borger {i:03d} Æblegård",
            cpr=f"{(i % 28) + 1:02d}0390-{1000 + i}",
            case_type="Socialpædagogisk støtte i eget hjem",
            where_now="Går på beskyttet værksted tre dage om ugen og har fået en rytme. " * 2,
            next_step="Planlægge og besøge hos søsteren; aftale med mentor om praktik.",
            barriers="Svært ved at overskue post og regninger.",
        ))
        last = TODAY - dt.timedelta(days=30 if i % 7 == 0 else 3)
        talk = service.diary.save_draft(DiaryNote(
            citizen_id=citizen_id, kind=NoteKind.CONVERSATION, text="Samtale om ugen.",
            occurred_at=dt.datetime.combine(last, dt.time(10, 0)),
        ))
        service.diary.sign_note(talk, dt.datetime.combine(last, dt.time(11, 0)))
        if i == 5:  # closed after its history: a closed case is read-only
            service.records.close_case(citizen_id, "Afsluttet", on=TODAY)
        ids.append(citizen_id)
    return ids


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
