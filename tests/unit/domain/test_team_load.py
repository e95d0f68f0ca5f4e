"""The leader's view per worker: who is responsible for how many citizens, and what is overdue or
due within the week; and the caseload sheet grouped by worker."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pypdf

from caseapp.domain.enums import NoteKind
from caseapp.domain.models import Citizen, DiaryNote
from caseapp.domain.team_load import NO_ONE, WorkerLoad, worker_loads
from caseapp.reports.commands import export_overview
from caseapp.service import CaseService

TODAY = dt.date(2026, 12, 7)


def _citizen(service: CaseService, name: str, responsible: str, last_contact_days_ago: int) -> int:
    citizen_id = service.citizens.add_citizen(Citizen(name=name, responsible=responsible, contact_cadence_days=14))
    at = dt.datetime.combine(TODAY - dt.timedelta(days=last_contact_days_ago), dt.time(10))
    note = service.diary.save_draft(DiaryNote(citizen_id, NoteKind.CONVERSATION, at, "Samtale.", responsible))
    service.diary.sign_note(note, at)
    return citizen_id


def test_each_worker_gets_their_citizens_and_what_is_overdue_or_due_this_week(service: CaseService) -> None:
    _citizen(service, "Åse Ørnebjerg", "Anne Kontaktperson", 30)  # contact 16 days overdue
    _citizen(service, "Bjørn Æbelø", "Anne Kontaktperson", 10)  # due in 4 days
    _citizen(service, "Carl Ødegaard", "Bo Bøgh", 2)  # due in 12 days
    _citizen(service, "Dorthe Hansen", "", 40)
    loads = worker_loads(service.citizens.caseload(), TODAY)
    assert [(w.worker, w.citizens, w.contact_overdue, w.contact_soon) for w in loads] == [
        ("Anne Kontaktperson", 2, 1, 1), ("Bo Bøgh", 1, 0, 0), (NO_ONE, 1, 1, 0)]
    assert isinstance(loads[0], WorkerLoad) and loads[0].overdue >= 1


def test_the_caseload_sheet_grouped_by_worker(service: CaseService, tmp_path: Path) -> None:
    _citizen(service, "Åse Ørnebjerg", "Anne Kontaktperson", 30)
    _citizen(service, "Carl Ødegaard", "Bo Bøgh", 2)
    bjoern = _citizen(service, "Bjørn Æbelø", "Anne Kontaktperson", 10)
    service.citizens.update_citizen(dataclasses.replace(service.citizens.citizen(bjoern), next_step="Ring til Bjørn"))
    pdf = export_overview(service._db, tmp_path / "team.pdf", TODAY, by_worker=True)
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages).split())
    anne = text.index("Anne Kontaktperson · 2 borgere, 1 med en overskreden frist")
    bo = text.index("Bo Bøgh · 1 borger, 0 med en overskreden frist")
    assert anne < text.index("Åse Ørnebjerg") < text.index("Bjørn Æbelø") < bo < text.index("Carl Ødegaard")
    plain = export_overview(service._db, tmp_path / "plain.pdf", TODAY)
    assert "Anne Kontaktperson · 2 borgere" not in " ".join(
        " ".join(p.extract_text() for p in pypdf.PdfReader(plain).pages).split())  # not grouped unless asked
