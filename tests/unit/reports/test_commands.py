"""The leader's view per worker: who is responsible for how many citizens, and what is overdue or
due within the week; and the caseload sheet grouped by worker."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pypdf

from caseapp.reports.commands import export_overview
from caseapp.service import CaseService
from tests.unit.helpers import _citizen

TODAY = dt.date(2026, 12, 7)


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
