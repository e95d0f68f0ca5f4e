"""The status description PDF: real Danish text, masked CPR only, page numbers, metadata, PDF/A,
byte-identical rebuilds, long texts that flow across pages, a draft from the plan."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from caseapp.domain.enums import Ambition, GoalLevel, NoteKind, StatusState
from caseapp.domain.models import Citizen, DiaryNote, Goal, GoalEvaluation, StatusDescription
from caseapp.errors import NotFound
from caseapp.reports import commands
from caseapp.reports.overview_pdf import OverviewRow, build_overview_pdf, overview_data
from caseapp.reports.status_pdf import StatusReportData, build_status_pdf, status_report_data
from caseapp.service import CaseService
from tests.unit.reports.helpers import LONG_SENTENCE, _pages_text, _reader

TODAY = dt.date(2026, 11, 25)
FULL_CPR = ("010190-1234", "0101901234", "1234")
MASKED_CPR = "010190-xxxx"


def _metadata_text(pdf: bytes) -> str:
    reader = _reader(pdf)
    info = " ".join(str(v) for v in (reader.metadata or {}).values())
    xmp = reader.trailer["/Root"].get("/Metadata")
    return info + (xmp.get_object().get_data().decode("utf-8") if xmp else "")


@pytest.fixture
def status_pdf(service: CaseService, plan: dict[str, int]) -> bytes:
    return build_status_pdf(status_report_data(service._db, citizen_id=plan["citizen"], today=TODAY))


def test_status_pdf_has_real_danish_text_and_only_the_masked_cpr(status_pdf: bytes) -> None:
    text = "\n".join(_pages_text(status_pdf))
    for expected in ("Statusbeskrivelse", "Søren Ågård Bækgaard", "Bostøtten Nord",
                     "Jeg bor i min egen lejlighed.", "Delmål 1.1", "Næste skridt",
                     "Periode", "01.11.2025", "31.10.2026", "Gert Hansen",
                     "Gennemgået med borgeren den 03.11.2026"):
        assert expected in text
    assert MASKED_CPR in text
    metadata = _metadata_text(status_pdf)
    for full in FULL_CPR:
        assert full not in text
        assert full not in metadata
    assert "010190" not in metadata  # not even the masked number goes into the metadata


def test_status_pdf_numbers_every_page_and_marks_it_confidential(service: CaseService,
                                                                 plan: dict[str, int]) -> None:
    evaluation = "\n\n".join([LONG_SENTENCE * 6] * 12)
    status = service.statuses.status_description(plan["status"])
    data = status_report_data(service._db, citizen_id=plan["citizen"], today=TODAY)
    data = dataclasses.replace(
        data,
        efforts=tuple(
            dataclasses.replace(e, sub_goals=tuple(
                dataclasses.replace(s, evaluation=evaluation) for s in e.sub_goals))
            for e in data.efforts
        ),
    )
    assert status.state == StatusState.FINAL
    pages = _pages_text(build_status_pdf(data))
    total = len(pages)
    assert total >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Side {number} af {total}" in text
        assert "Fortroligt" in text
    # the long evaluation flows over the pages and ends where it should, nothing cut away
    joined = " ".join(" ".join(pages).split())
    assert joined.count("ro i maven") >= 6 * 12
    assert "Gennemgang og underskrifter" in pages[-1]
    assert "Dato og underskrift – leder" in pages[-1]
    assert "Søren Ågård Bækgaard" in pages[1] and MASKED_CPR in pages[1]  # running header


def test_status_pdf_metadata(status_pdf: bytes) -> None:
    reader = _reader(status_pdf)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Statusbeskrivelse"
    assert "Søren" not in str(dict(meta))
    assert meta.author == "Gert Hansen"
    assert meta.subject == "Statusbeskrivelse for perioden 01.11.2025–31.10.2026"
    assert meta["/CreationDate"].startswith("D:20261125")
    assert reader.trailer["/Root"]["/Lang"] == "da-DK"
    xmp = _metadata_text(status_pdf)
    assert "<pdfaid:part" in xmp and ">2</pdfaid:part>" in xmp
    assert ">B</pdfaid:conformance>" in xmp
    assert "Søren" not in xmp
    assert "da-DK" in xmp


def test_status_pdf_is_pdfa_2b(status_pdf: bytes, tmp_path: Path) -> None:
    pdfa = pytest.importorskip("pikepdf.pdfa", exc_type=ImportError)
    path = tmp_path / "status.pdf"
    path.write_bytes(status_pdf)
    report = pdfa.validate_written(path, "2b")
    assert report.passed, [str(f) for f in report.findings]


def test_awkward_text_stays_valid_pdfa_and_on_the_page(service: CaseService,
                                                         tmp_path: Path) -> None:
    """Characters the font lacks, markup characters, a huge paragraph, a very long name."""
    citizen_id = service.citizens.add_citizen(Citizen(
        name="李雷 " + "Åse" * 160, cpr="010190-1234", barriers="<b>&amp;</b> ' \" tab\t",
    ))
    long_term = service.plans.add_goal(Goal(citizen_id=citizen_id, level=GoalLevel.LONG_TERM,
                                      text="ord " * 1200))
    status_id = service.statuses.save_status_draft(StatusDescription(
        citizen_id=citizen_id, period_start=TODAY, period_end=TODAY, overall="a " * 30_000,
        evaluations=(GoalEvaluation(long_term, "ø" * 5_000),),
    ))
    pdf = build_status_pdf(status_report_data(service._db, status_id=status_id, today=TODAY))
    pages = _pages_text(pdf)
    assert "\ufffd" in pages[0] and "李" not in pages[0]
    assert all(f"Side {n} af {len(pages)}" in t for n, t in enumerate(pages, start=1))
    overview = build_overview_pdf(overview_data(service._db, today=TODAY))
    assert "<b>&amp;</b>" in "".join(_pages_text(overview))
    pdfa = pytest.importorskip("pikepdf.pdfa", exc_type=ImportError)
    for name, data in (("status.pdf", pdf), ("overview.pdf", overview)):
        (tmp_path / name).write_bytes(data)
        report = pdfa.validate_written(tmp_path / name, "2b")
        assert report.passed, [str(f) for f in report.findings]


def test_status_pdf_is_byte_identical_for_identical_input(
    service: CaseService, plan: dict[str, int]
) -> None:
    first = build_status_pdf(status_report_data(service._db, citizen_id=plan["citizen"], today=TODAY))
    again = build_status_pdf(status_report_data(service._db, citizen_id=plan["citizen"], today=TODAY))
    by_id = build_status_pdf(status_report_data(service._db, status_id=plan["status"], today=TODAY))
    assert first == again == by_id
    later = build_status_pdf(
        status_report_data(service._db, citizen_id=plan["citizen"], today=TODAY + dt.timedelta(1))
    )
    assert later != first  # the print date is part of the input


def test_citizen_without_goals_gives_a_short_honest_draft(service: CaseService) -> None:
    citizen_id = service.citizens.add_citizen(Citizen(name="Åse Ørum", cpr="241298-4321"))
    data = status_report_data(service._db, citizen_id=citizen_id, today=TODAY)
    assert data.from_plan and data.state == StatusState.DRAFT and data.efforts == ()
    assert data.period_end == TODAY and data.period_start == dt.date(2025, 11, 26)
    pages = _pages_text(build_status_pdf(data))
    text = "\n".join(pages)
    assert len(pages) == 1
    assert "Kladde udarbejdet ud fra planen" in text
    assert "ikke formuleret indsatsmål eller delmål" in text
    assert "ikke skrevet et langsigtet mål" in text
    assert "241298-xxxx" in text and "4321" not in text
    assert "Gennemgået med borgeren den ____" in text


def test_draft_from_the_plan_offers_the_latest_monthly_summary(
    service: CaseService, citizen_id: int, sub_goal_id: int
) -> None:
    for day, text in ((dt.date(2026, 9, 30), "Opsamling september."),
                      (dt.date(2026, 10, 31), "Opsamling oktober: huslejen betalt."),
                      (dt.date(2024, 1, 31), "For gammel til perioden.")):
        service.diary.save_draft(DiaryNote(
            citizen_id=citizen_id, kind=NoteKind.SUMMARY, text=text, goal_ids=(sub_goal_id,),
            occurred_at=dt.datetime.combine(day, dt.time(15, 0)),
        ))
    data = status_report_data(service._db, citizen_id=citizen_id, today=TODAY)
    sub = data.efforts[0].sub_goals[0]
    assert sub.evaluation == "Opsamling oktober: huslejen betalt."
    assert "31.10.2026" in sub.evaluation_origin
    assert data.efforts[0].evaluation == ""
    assert "Opsamling oktober" in "\n".join(_pages_text(build_status_pdf(data)))


def test_goal_sections_follow_the_goal_tree(service: CaseService, plan: dict[str, int]) -> None:
    second = service.plans.add_goal(Goal(
        citizen_id=plan["citizen"], level=GoalLevel.SUB, parent_id=plan["effort"],
        text="Søren åbner selv sin e-Boks hver uge.", ambition=Ambition.ON_PROMPT,
    ))
    data = status_report_data(service._db, status_id=plan["status"], today=TODAY)
    (effort,) = data.efforts
    assert effort.number == "1" and effort.evaluation == "Økonomien er stabil."
    assert [s.number for s in effort.sub_goals] == ["1.1", "1.2"]
    first, new = effort.sub_goals
    assert first.evaluation == LONG_SENTENCE
    assert [p.value for p in first.self_ratings] == [3, 5, 6, 8]
    assert [p.value for p in first.staff_ratings] == [3, 2, 2, 1]
    assert new.goal_id == second and new.ambition == "På opfordring" and new.evaluation == ""


def test_unknown_ids_raise_not_found(service: CaseService, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        status_report_data(service._db, citizen_id=999, today=TODAY)
    with pytest.raises(NotFound):
        status_report_data(service._db, status_id=999, today=TODAY)
    with pytest.raises(NotFound):
        commands.export_status(service._db, 999, tmp_path / "x.pdf", today=TODAY)
    assert list(tmp_path.glob("*.pdf")) == []


def test_report_data_refuses_an_unmasked_cpr() -> None:
    with pytest.raises(ValueError):
        StatusReportData(citizen_name="A", cpr_masked="0101901234", period_start=TODAY,
                         period_end=TODAY, printed_on=TODAY)
    with pytest.raises(ValueError):
        OverviewRow(1, "A", "010190-1234", "", "Aktiv", "", "", "", None, None, 0, None)


def test_without_the_srgb_profile_the_pdf_is_plain_but_complete(
    status_pdf: bytes, service: CaseService, plan: dict[str, int],
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from caseapp.reports import pdfa

    monkeypatch.setattr(pdfa, "_srgb_profile", lambda: None)
    plain = build_status_pdf(status_report_data(service._db, citizen_id=plan["citizen"], today=TODAY))
    assert plain != status_pdf
    reader = _reader(plain)
    assert reader.metadata.title == "Statusbeskrivelse"
    assert reader.trailer["/Root"]["/Lang"] == "da-DK"
    assert "/OutputIntents" not in reader.trailer["/Root"]
    assert "Side 1 af" in reader.pages[0].extract_text()
