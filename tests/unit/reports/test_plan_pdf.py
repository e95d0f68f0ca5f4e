"""The one-page plan PDF for the citizen: the data it is built from, the PDF, and its export.

The plan fixture is the one in tests/unit/plans/conftest.py, repeated here because the reports
tests have a plan of their own (a status description's) in tests/unit/reports/conftest.py."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.domain.enums import (
    AppointmentKind,
    AppointmentStatus,
    Place,
)
from caseapp.domain.models import Action, Appointment, Citizen, Profile
from caseapp.errors import InvalidInput, NotFound
from caseapp.reports import plan_pdf
from caseapp.reports.plan_commands import export_plan
from caseapp.reports.plan_data import (
    NextMeeting,
    PlanGoal,
    PlanReportData,
    plan_report_data,
)
from caseapp.reports.plan_pdf import build_plan_pdf
from caseapp.reports.status_data import ActionLine
from caseapp.service import CaseService
from tests.unit.helpers import sorens_plan

TODAY = dt.date(2026, 11, 25)
CPR_PARTS = ("010190", "0101901234", "1234")


@pytest.fixture
def plan(service: CaseService, citizen_id: int, sub_goal_id: int) -> dict[str, int]:
    return sorens_plan(service, citizen_id, sub_goal_id)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _metadata(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    info = " ".join(str(v) for v in (reader.metadata or {}).values())
    xmp = reader.trailer["/Root"].get("/Metadata")
    return info + (xmp.get_object().get_data().decode("utf-8") if xmp else "")


@pytest.fixture
def meetings(service: CaseService, plan: dict[str, int]) -> None:
    service.save_profile(Profile(name="Gert Hansen", unit="Bostøtten Nord"))

    def add(kind: AppointmentKind, start: dt.datetime, **kw: object) -> int:
        return service.calendar.add_appointment(Appointment(
            kind=kind, start=start, end=start + dt.timedelta(hours=1),
            citizen_id=plan["citizen"], **kw))  # type: ignore[arg-type]

    add(AppointmentKind.CONVERSATION, dt.datetime(2026, 11, 25, 10, 0))  # today: this meeting
    add(AppointmentKind.HOME_VISIT, dt.datetime(2026, 11, 27, 9, 0),
        status=AppointmentStatus.CANCELLED)
    add(AppointmentKind.OFFICE_TIME, dt.datetime(2026, 11, 28, 9, 0))
    add(AppointmentKind.HOME_VISIT, dt.datetime(2026, 12, 2, 10, 0), place=Place.HOME)
    add(AppointmentKind.CONVERSATION, dt.datetime(2026, 12, 9, 10, 0))


@pytest.fixture
def plan_data(service: CaseService, plan: dict[str, int], meetings: None) -> PlanReportData:
    return plan_report_data(service._db, plan["citizen"], today=TODAY)


def test_plan_data_holds_what_the_citizen_needs_and_no_cpr(
    plan_data: PlanReportData, plan: dict[str, int]
) -> None:
    assert plan_data.long_term_goals == ("Jeg bor i min egen lejlighed.",)
    assert [g.text for g in plan_data.current] == [
        "Søren betaler selv sin husleje den 1. i måneden.",
        "Søren deltager i fællesspisningen om onsdagen.",
    ]
    assert plan_data.later == ("Søren handler selv ind til ugens aftensmad.",)
    first = plan_data.current[0]
    assert first.part_of == "Søren klarer selv sin økonomi."
    assert [(a.who, a.due, a.done_on) for a in first.actions] == [
        ("Du", dt.date(2027, 2, 1), None), ("Kontaktperson", None, dt.date(2026, 11, 3))]
    meeting = plan_data.next_meeting
    assert meeting is not None
    assert meeting.start == dt.datetime(2026, 12, 2, 10, 0)  # not today's, not the cancelled
    assert "cpr" not in {f.name for f in dataclasses.fields(PlanReportData)}


def test_plan_pdf_is_one_page_of_real_danish_text_without_cpr(
    plan_data: PlanReportData,
) -> None:
    pdf = build_plan_pdf(plan_data)
    assert _pages(pdf) == 1
    text = _text(pdf)
    for expected in (
        "Plan for Søren Ågård Bækgaard", "Dit mål", "Jeg bor i min egen lejlighed.",
        "Det arbejder vi med nu", "Søren betaler selv sin husleje den 1. i måneden.",
        "Nås senest 01.06.2027", "Ambition: selvstændigt", "Hvem", "Gør hvad", "Hvornår",
        "Opretter betalingsservice til huslejen", "Senest 01.02.2027", "Gjort 03.11.2026",
        "Det tager vi fat på senere", "Søren handler selv ind til ugens aftensmad.",
        "Næste møde", "Onsdag den 2. december 2026 kl. 10.00–11.00", "Hjemmebesøg",
        "Gert Hansen", "Udskrevet 25.11.2026",
    ):
        assert expected in text, expected
    assert "æ" in text and "ø" in text and "å" in text and "Å" in text
    metadata = _metadata(pdf)
    for part in CPR_PARTS:
        assert part not in text
        assert part not in metadata
    assert "Søren" not in metadata  # the name is page text only, never metadata


def test_plan_pdf_embeds_its_fonts(plan_data: PlanReportData) -> None:
    page = PdfReader(io.BytesIO(build_plan_pdf(plan_data))).pages[0]
    fonts = page["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        assert "DejaVu" in str(font["/BaseFont"])
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font \
            else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor


def test_plan_pdf_is_byte_identical_for_identical_input(
    service: CaseService, plan: dict[str, int], meetings: None
) -> None:
    first = build_plan_pdf(plan_report_data(service._db, plan["citizen"], today=TODAY))
    again = build_plan_pdf(plan_report_data(service._db, plan["citizen"], today=TODAY))
    assert first == again
    later = build_plan_pdf(plan_report_data(service._db, plan["citizen"], today=TODAY
                                            + dt.timedelta(days=1)))
    assert later != first


def test_plan_pdf_is_pdfa_2b(plan_data: PlanReportData, tmp_path: Path) -> None:
    pdfa = pytest.importorskip("pikepdf.pdfa", exc_type=ImportError)
    path = tmp_path / "plan.pdf"
    path.write_bytes(build_plan_pdf(plan_data))
    report = pdfa.validate_written(path, "2b")
    assert report.passed, [str(f) for f in report.findings]


def test_a_huge_plan_still_fits_on_one_page() -> None:
    words = "Søren øver sig i at lave mad og handle ind med støtte fra Åse. "
    data = PlanReportData(
        citizen_name="Søren " + "Ågård " * 40,
        printed_on=TODAY,
        long_term_goals=("Jeg vil bo for mig selv. " + words * 80, words * 80),
        current=tuple(
            PlanGoal(f"Delmål {i}: " + words * 20, dt.date(2027, 1, 1), "Selvstændigt",
                     words * 10, tuple(ActionLine(words * 15, "Kontaktperson",
                                                  dt.date(2027, 1, i + 1)) for i in range(9)))
            for i in range(8)
        ),
        later=tuple(words * 5 for _ in range(10)),
        next_meeting=NextMeeting(dt.datetime(2026, 12, 2, 10), dt.datetime(2026, 12, 2, 11),
                                 "Samtale", "på jobcentret"),
        worker="Gert Hansen " * 20,
        unit="Bostøtten Nord " * 20,
    )
    pdf = build_plan_pdf(data)
    assert _pages(pdf) == 1
    text = " ".join(_text(pdf).split())
    assert "Jeg vil bo for mig selv." in text
    assert "…" in text  # long texts are cut visibly, not silently dropped
    assert "Næste møde" in text and "2. december 2026" in text


def test_a_full_but_ordinary_plan_keeps_full_size_text(
    service: CaseService, plan: dict[str, int], meetings: None
) -> None:
    for i in range(3):
        service.plans.add_action(Action(plan["sub"], f"Trin {i}: gennemgår kontoudtoget med Gert",
                                  due=dt.date(2027, 1, 10 + i)))
    data = plan_report_data(service._db, plan["citizen"], today=TODAY)
    width, height = 200.0 * 2.8346, 250.0 * 2.8346
    story = plan_pdf.fitted_story(data, width, height)
    sizes = {p.style.fontSize for p in story if hasattr(p, "style")}
    assert 21 in sizes  # the title at full size: nothing was shrunk


def test_plan_without_goals_or_meetings_says_so(service: CaseService) -> None:
    citizen_id = service.citizens.add_citizen(Citizen(name="Ny Borger", cpr="010190-1234"))
    pdf = build_plan_pdf(plan_report_data(service._db, citizen_id, today=TODAY))
    text = " ".join(_text(pdf).split())
    assert _pages(pdf) == 1
    assert "Vi har ikke skrevet dit mål på længere sigt ned endnu." in text
    assert "Der er ingen delmål i gang lige nu." in text
    assert "Der er ikke aftalt et nyt møde endnu." in text
    assert "Det tager vi fat på senere" not in text


def test_next_meeting_follows_a_recurring_series(service: CaseService, citizen_id: int) -> None:
    service.calendar.add_appointment(Appointment(
        kind=AppointmentKind.CONVERSATION, start=dt.datetime(2026, 9, 2, 13, 0),
        end=dt.datetime(2026, 9, 2, 14, 0), citizen_id=citizen_id,
        rrule="FREQ=WEEKLY;INTERVAL=2",
        exdates=(dt.datetime(2026, 11, 25, 13, 0) + dt.timedelta(days=14),),
    ))
    data = plan_report_data(service._db, citizen_id, today=TODAY)
    assert data.next_meeting is not None
    # every second Wednesday from 02.09: 25.11 is today, 09.12 is skipped, so 23.12
    assert data.next_meeting.start == dt.datetime(2026, 12, 23, 13, 0)
    assert plan_pdf.meeting_line(data.next_meeting) == "Onsdag den 23. december 2026 kl. 13.00–14.00"
    earlier = plan_report_data(service._db, citizen_id, today=TODAY,
                               after=dt.datetime(2026, 11, 25, 12, 0))
    assert earlier.next_meeting is not None
    assert earlier.next_meeting.start == dt.datetime(2026, 11, 25, 13, 0)


def test_export_plan_writes_the_file(service: CaseService, plan: dict[str, int],
                                     tmp_path: Path) -> None:
    out = export_plan(service._db, plan["citizen"], tmp_path / "plan.pdf", today=TODAY)
    assert out == tmp_path / "plan.pdf"
    assert _pages(out.read_bytes()) == 1
    named = export_plan(service._db, plan["citizen"], tmp_path, today=TODAY)
    assert named.name == f"plan_{plan['citizen']}_soeren_aagaard_baekgaard.pdf"
    assert named.read_bytes() == out.read_bytes()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".caseapp-")]
    with pytest.raises(NotFound):
        export_plan(service._db, 9999, tmp_path / "none.pdf", today=TODAY)
    assert not (tmp_path / "none.pdf").exists()
    with pytest.raises(InvalidInput):
        export_plan(service._db, plan["citizen"], tmp_path / "plan.txt", today=TODAY)
