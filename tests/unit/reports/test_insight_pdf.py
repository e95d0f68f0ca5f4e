"""The insight print-out: everything held on one citizen, readable (PDF/A) and as JSON."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pypdf
import pytest

from caseapp.domain.enums import AccessAction, NoteKind, RatingScale
from caseapp.domain.models import DiaryNote, Rating
from caseapp.errors import NotFound
from caseapp.reports.commands import export_insight
from caseapp.service import CaseService
from tests.unit.reports.helpers import _text

TODAY = dt.date(2026, 12, 7)


def test_the_print_out_holds_every_version_of_a_note_the_plan_and_who_looked(
    service: CaseService, citizen_id: int, sub_goal_id: int, tmp_path: Path
) -> None:
    at = dt.datetime(2026, 11, 2, 10, 0)
    first = service.diary.save_draft(DiaryNote(citizen_id, NoteKind.CONVERSATION, at,
                                         "Søren fortalte om sin økonomi.", "Åse Kontaktperson"))
    service.diary.sign_note(first, at)
    fixed = service.diary.correct_note(first, "Søren fortalte om sin gæld til Ærø Boligselskab.")
    service.diary.sign_note(fixed, at + dt.timedelta(hours=1))
    service.plans.add_rating(Rating(sub_goal_id, RatingScale.SELF_1_10, 7, dt.date(2026, 11, 3), "borger"))
    service.records.record_access(AccessAction.OPENED_CITIZEN, [citizen_id])

    pdf = export_insight(service._db, citizen_id, tmp_path / "indsigt.pdf", tmp_path / "indsigt.json", TODAY)
    text = _text(pdf)
    assert "Indsigt: Søren Ågård Bækgaard" in text
    assert "010190-1234" in text  # the whole CPR number: it is the citizen's own
    assert "Søren fortalte om sin økonomi." in text  # the first version, and
    assert "gæld til Ærø Boligselskab" in text  # the correction
    assert f"retter notat {first}" in text and "Åse Kontaktperson" in text
    assert "Vurdering 03.11.2026: 7" in text
    assert "Åbnede borgeren" in text
    assert "Bostøtte § 85" in text
    assert pypdf.PdfReader(pdf).metadata.title == "Indsigt – Søren Ågård Bækgaard"
    assert "010190" not in str(pypdf.PdfReader(pdf).metadata)

    data = json.loads((tmp_path / "indsigt.json").read_text(encoding="utf-8"))
    assert data["citizen"]["cpr"] == "010190-1234"
    assert [n["text"] for n in data["notes"]][-2:] == [
        "Søren fortalte om sin økonomi.", "Søren fortalte om sin gæld til Ærø Boligselskab."]
    assert [r["action"] for r in data["access_log"]] == ["opened_citizen"]
    newest = service.records.access_log(citizen_id)[0]
    assert (newest.action, newest.detail) == ("printed", "indsigt")  # the print-out is logged too


def test_an_unknown_citizen_writes_nothing(service: CaseService, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        export_insight(service._db, 999, tmp_path / "x.pdf", tmp_path / "x.json", TODAY)
    assert list(tmp_path.glob("x.*")) == []


def test_the_print_out_holds_the_efforts_and_the_documents_requested_with_their_reminders(
    service: CaseService, citizen_id: int, tmp_path: Path
) -> None:
    from caseapp.domain.enums import ChaseHow, EffortKind, EffortOutcome
    from caseapp.domain.followup import DocumentRequest, Effort

    effort = service.efforts.add(Effort(citizen_id, "Mentorforløb", dt.date(2026, 6, 1), dt.date(2026, 11, 30),
                                        EffortKind.MENTOR), provider="Jørgen Ærtebjerg")
    service.efforts.end(effort, EffortOutcome.REPLACED, dt.date(2026, 11, 30), "Erstattet af praktik i Brugsen")
    request = service.documents.request(DocumentRequest(citizen_id, "Lægeattest", "Lægehuset Ø",
                                                        dt.date(2026, 10, 1), dt.date(2026, 10, 15)))
    service.documents.chase(request, ChaseHow.LETTER, dt.date(2026, 10, 20))
    pdf = export_insight(service._db, citizen_id, tmp_path / "indsigt.pdf", tmp_path / "indsigt.json", TODAY)
    text = _text(pdf)
    assert "Dine indsatser og bevillinger" in text
    assert "Mentorforløb" in text and "Jørgen Ærtebjerg" in text
    assert "erstattet 30.11.2026: Erstattet af praktik i Brugsen" in " ".join(text.replace("-\n", "").split())
    assert "Lægeattest" in text and "Lægehuset Ø" in text and "brev 20.10.2026" in text
    data = json.loads((tmp_path / "indsigt.json").read_text(encoding="utf-8"))
    assert [e["title"] for e in data["efforts"]] == ["Mentorforløb"]
    assert data["documents"][0]["chases"][0]["how"] == "letter"
