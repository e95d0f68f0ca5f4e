"""The PDFs: real Danish text, masked CPR only, page numbers, metadata, PDF/A,
byte-identical rebuilds, repeated table headers, long texts that flow across pages, and the
export commands' file handling."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.domain.enums import (
    Ambition,
    CitizenStatus,
    GoalLevel,
    NoteKind,
    RatingScale,
    StatusState,
)
from caseapp.domain.models import (
    Citizen,
    DiaryNote,
    Goal,
    GoalEvaluation,
    Profile,
    Rating,
    StatusDescription,
)
from caseapp.errors import CaseappError, InvalidInput, NotFound
from caseapp.reports import commands
from caseapp.reports.overview_pdf import (
    OverviewRow,
    build_overview_pdf,
    overview_data,
    sort_rows,
)
from caseapp.reports.status_pdf import (
    GoalSection,
    StatusReportData,
    build_status_pdf,
    status_report_data,
)
from caseapp.resources import resource_path
from caseapp.service import CaseService

TODAY = dt.date(2026, 11, 25)
FULL_CPR = ("010190-1234", "0101901234", "1234")
MASKED_CPR = "010190-xxxx"
LONG_SENTENCE = (
    "Søren har i perioden betalt huslejen til tiden i ni ud af tolv måneder; han bruger "
    "budgetskemaet, som han og Gert lavede i foråret, og siger selv, at det giver ro i maven."
)


# -- helpers ---------------------------------------------------------------------------------


def _reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def _pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in _reader(pdf).pages]


def _metadata_text(pdf: bytes) -> str:
    reader = _reader(pdf)
    info = " ".join(str(v) for v in (reader.metadata or {}).values())
    xmp = reader.trailer["/Root"].get("/Metadata")
    return info + (xmp.get_object().get_data().decode("utf-8") if xmp else "")


@pytest.fixture
def plan(service: CaseService, citizen_id: int, sub_goal_id: int) -> dict[str, int]:
    """Søren's plan with ratings in the period and a final status description."""
    service.save_profile(Profile(name="Gert Hansen", unit="Bostøtten Nord"))
    effort_id = service.plans.goal(sub_goal_id).parent_id
    assert effort_id is not None
    for months, own, ffb in ((1, 3, 3), (4, 5, 2), (7, 6, 2), (10, 8, 1)):
        day = dt.date(2025, 11, 1) + dt.timedelta(days=30 * months)
        service.plans.add_rating(Rating(sub_goal_id, RatingScale.SELF_1_10, own, day))
        service.plans.add_rating(Rating(sub_goal_id, RatingScale.FFB_0_4, ffb, day))
    status_id = service.statuses.save_status_draft(
        StatusDescription(
            citizen_id=citizen_id,
            period_start=dt.date(2025, 11, 1),
            period_end=dt.date(2026, 10, 31),
            overall="Søren er kommet godt videre med økonomien.",
            citizen_view="Jeg er glad for, at regningerne er på plads.",
            next_steps="Søren starter på et afklaringsforløb i januar.",
            gone_through_on=dt.date(2026, 11, 3),
            author="Gert Hansen",
            evaluations=(
                GoalEvaluation(effort_id, "Økonomien er stabil."),
                GoalEvaluation(sub_goal_id, LONG_SENTENCE),
            ),
        )
    )
    service.statuses.finalise_status(status_id, dt.datetime(2026, 11, 4, 9, 0))
    return {"citizen": citizen_id, "effort": effort_id, "sub": sub_goal_id, "status": status_id}


@pytest.fixture
def status_pdf(service: CaseService, plan: dict[str, int]) -> bytes:
    return build_status_pdf(status_report_data(service._db, citizen_id=plan["citizen"], today=TODAY))


# -- the status description ------------------------------------------------------------------


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


def test_goal_section_without_ratings_has_no_chart() -> None:
    from caseapp.reports.status_pdf import progress_chart

    section = GoalSection(level=GoalLevel.SUB, number="1.1", text="x", status="Aktiv")
    assert progress_chart(section, TODAY, TODAY, 400) is None


# -- the caseload overview -------------------------------------------------------------------


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


def test_overview_repeats_its_header_and_puts_overdue_first(service: CaseService) -> None:
    service.save_profile(Profile(name="Lene Leder", unit="Jobcenter Øst"))
    _caseload(service, 45)
    data = overview_data(service._db, today=TODAY)
    assert len(data.rows) == 44  # the closed case is not on the sheet
    overdue = [r.overdue for r in data.rows]
    assert overdue == sorted(overdue, reverse=True) and any(overdue)
    pdf = build_overview_pdf(data)
    pages = _pages_text(pdf)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        for header in ("Borger", "CPR-nr.", "Hvor er vi nu", "Næste skridt", "Barrierer"):
            assert header in text, (number, header)
        assert f"Side {number} af {len(pages)}" in text
        assert "Fortroligt" in text and "Udskrevet 25.11.2026" in text
    text = "\n".join(pages)
    assert "Æblegård" in text and "overskredet" in text
    assert "010390-xxxx" in text and "010390-1000" not in text
    assert _reader(pdf).metadata.title == "Sagsstamme – overblik – Jobcenter Øst"
    assert _reader(pdf).pages[0].mediabox.width > _reader(pdf).pages[0].mediabox.height
    assert build_overview_pdf(overview_data(service._db, today=TODAY)) == pdf


def test_overview_of_an_empty_caseload(service: CaseService) -> None:
    text = "\n".join(_pages_text(build_overview_pdf(overview_data(service._db, today=TODAY))))
    assert "Sagsstammen er tom." in text and "Side 1 af 1" in text


def test_overview_clips_huge_texts_so_a_row_fits(service: CaseService) -> None:
    service.citizens.add_citizen(Citizen(name="Ib", where_now="ord " * 20_000))
    pages = _pages_text(build_overview_pdf(overview_data(service._db, today=TODAY)))
    assert len(pages) == 1 and "…" in pages[0]


def _signed(service: CaseService, citizen_id: int, day: dt.date) -> int:
    at = dt.datetime.combine(day, dt.time(10, 0))
    note = service.diary.save_draft(DiaryNote(citizen_id=citizen_id, kind=NoteKind.CONVERSATION,
                                        text="Samtale om ugen.", occurred_at=at))
    service.diary.sign_note(note, at)
    return note


def test_overview_shows_unfiled_notes_and_the_cases_to_delete_soon(service: CaseService) -> None:
    """Today is a Wednesday: notes signed three working days ago or earlier are late for the
    fagsystem; closed cases are listed when their deletion date is past or within 30 days."""
    late = service.citizens.add_citizen(Citizen(name="Ærlig Østergård"))
    for day in (dt.date(2026, 11, 2), dt.date(2026, 11, 19), dt.date(2026, 11, 20)):
        _signed(service, late, day)  # the 20th is still within three working days
    filed = service.citizens.add_citizen(Citizen(name="Filed Færdig"))
    service.diary.mark_entered_official([_signed(service, filed, dt.date(2026, 11, 2))], TODAY)
    overdue = service.citizens.add_citizen(Citizen(name="Gammel Ågård", case_type="Bostøtte § 85"))
    soon = service.citizens.add_citizen(Citizen(name="Snart Sletbæk"))
    _signed(service, soon, dt.date(2026, 9, 1))
    later = service.citizens.add_citizen(Citizen(name="Senere Lund"))
    service.records.close_case(overdue, "Flyttet", on=dt.date(2026, 8, 20))  # deleted from 18.11.2026
    service.records.close_case(soon, "Afsluttet", on=dt.date(2026, 9, 10))  # 09.12.2026
    service.records.close_case(later, "Afsluttet", on=dt.date(2026, 10, 20))  # 18.01.2027: not yet

    data = overview_data(service._db, today=TODAY)
    assert {r.name: r.unfiled_notes for r in data.rows} == {"Ærlig Østergård": 2, "Filed Færdig": 0}
    text = " ".join(" ".join(_pages_text(build_overview_pdf(data))).replace("-\n", "").split())  # cells wrap, hyphenated
    assert "Ærlig Østergård 2 notater ikke ført i fagsystem" in text
    assert text.count("ikke ført i fagsystem") == 2  # hers, and the deletion list's header
    section = text[text.index("Sletning inden for 30 dage"):]
    assert "Gammel Ågård Bostøtte § 85 20.08.2026 18.11.2026 overskredet 0" in section
    assert "Snart Sletbæk – 10.09.2026 09.12.2026 1 – føres før sletning" in section
    assert "Senere Lund" not in text


def test_sort_rows_overdue_then_due_date_then_name() -> None:
    def row(name: str, due: dt.date, late: bool) -> OverviewRow:
        return OverviewRow(1, name, "", "", "Aktiv", "", "", "", None, due, 0,
                           dt.date(2030, 1, 1), contact_overdue=late)

    rows = [row("B", TODAY, False), row("A", TODAY, False), row("C", dt.date(2020, 1, 1), True),
            row("D", dt.date(2026, 1, 1), False)]
    assert [r.name for r in sort_rows(rows)] == ["C", "D", "A", "B"]


# -- the export commands ---------------------------------------------------------------------


def test_export_status_and_overview_write_files(service: CaseService, plan: dict[str, int],
                                                 tmp_path: Path) -> None:
    out = commands.export_status(service._db, plan["citizen"], tmp_path / "søren.pdf", today=TODAY)
    assert out == tmp_path / "søren.pdf" and out.read_bytes().startswith(b"%PDF-")
    into_folder = commands.export_status(service._db, plan["citizen"], tmp_path, today=TODAY)
    assert into_folder.name == f"status_{plan['citizen']}_soeren_aagaard_baekgaard.pdf"
    overview = commands.export_overview(service._db, tmp_path / "overblik.pdf", today=TODAY)
    assert "Søren Ågård\nBækgaard" in "\n".join(_pages_text(overview.read_bytes()))
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    with pytest.raises(InvalidInput, match=r"\.pdf"):
        commands.export_overview(service._db, tmp_path / "overblik.txt", today=TODAY)
    with pytest.raises(InvalidInput, match="findes ikke"):
        commands.export_overview(service._db, tmp_path / "mangler" / "o.pdf", today=TODAY)


def test_export_all_writes_one_file_per_active_citizen_without_cpr(
    service: CaseService, plan: dict[str, int], tmp_path: Path
) -> None:
    ids = _caseload(service, 4)
    service.citizens.add_citizen(Citizen(name="Venter Vængesen", status=CitizenStatus.WAITING))
    seen: list[tuple[int, int]] = []
    paths = commands.export_all_status(service._db, tmp_path / "ny" / "mappe", today=TODAY,
                                       progress=lambda d, t: seen.append((d, t)))
    names = sorted(p.name for p in paths)
    assert len(paths) == 5 and seen[-1] == (5, 5)  # Søren and four more; not the waiting one
    assert f"status_{plan['citizen']}_soeren_aagaard_baekgaard.pdf" in names
    assert f"status_{ids[0]}_borger_000_aeblegaard.pdf" in names
    assert all("1234" not in n and "0390" not in n for n in names)
    assert sorted(p.name for p in (tmp_path / "ny" / "mappe").iterdir()) == names


def test_export_all_into_a_folder_that_cannot_be_made(service: CaseService, citizen_id: int,
                                                      tmp_path: Path) -> None:
    blocker = tmp_path / "fil.txt"
    blocker.write_text("x")
    with pytest.raises(InvalidInput):
        commands.export_all_status(service._db, blocker, today=TODAY)
    with pytest.raises(CaseappError, match="Mappen .* kunne ikke oprettes"):
        commands.export_all_status(service._db, blocker / "under", today=TODAY)


def test_a_failed_write_leaves_no_half_written_file(service: CaseService, citizen_id: int,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "status.pdf"
    target.write_bytes(b"the old file")

    def disk_full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(commands.os, "replace", disk_full)
    with pytest.raises(CaseappError, match="kunne ikke skrives"):
        commands.export_status(service._db, citizen_id, target, today=TODAY)
    assert target.read_bytes() == b"the old file"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".caseapp-")] == []


def test_a_folder_without_write_access_gives_a_danish_sentence(
    service: CaseService, citizen_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(commands.tempfile, "mkstemp", denied)
    with pytest.raises(CaseappError, match="ikke adgang til at skrive i mappen"):
        commands.export_status(service._db, citizen_id, tmp_path / "s.pdf", today=TODAY)
    if os.name == "posix" and os.geteuid() != 0:
        monkeypatch.undo()
        locked = tmp_path / "låst"
        locked.mkdir(mode=0o500)
        with pytest.raises(CaseappError, match="ikke adgang"):
            commands.export_all_status(service._db, locked, today=TODAY)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Søren Ågård Bækgaard", "soeren_aagaard_baekgaard"),
        ("ÆØÅ æøå", "aeoeaa_aeoeaa"),
        ("Zoë O'Brien-Müller", "zoe_o_brien_muller"),
        ("  ", "borger"),
        ("李雷", "borger"),
    ],
)
def test_ascii_name(name: str, expected: str) -> None:
    assert commands.ascii_name(name) == expected


def test_without_pikepdf_the_pdf_is_plain_but_complete(
    status_pdf: bytes, service: CaseService, plan: dict[str, int],
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from caseapp.reports import layout

    monkeypatch.setattr(layout, "_srgb_profile", lambda: None)
    plain = build_status_pdf(status_report_data(service._db, citizen_id=plan["citizen"], today=TODAY))
    assert plain != status_pdf
    reader = _reader(plain)
    assert reader.metadata.title == "Statusbeskrivelse"
    assert reader.trailer["/Root"]["/Lang"] == "da-DK"
    assert "/OutputIntents" not in reader.trailer["/Root"]
    assert "Side 1 af" in reader.pages[0].extract_text()


def test_fit_line_and_printable() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from caseapp.reports import fonts
    from caseapp.reports.layout import fit_line

    assert fonts.printable("Søren § 85 – æøå") == "Søren § 85 – æøå"
    assert fonts.printable("李 Å") == "\ufffd Å"
    line = fit_line("Borger " * 100, fonts.REGULAR, 7.5, 200)
    assert line.endswith("…") and stringWidth(line, fonts.REGULAR, 7.5) <= 200
    assert fit_line("kort", fonts.REGULAR, 7.5, 200) == "kort"


# -- resources -------------------------------------------------------------------------------


def test_fonts_and_licence_ship_with_the_program() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                 "LICENSE-DejaVu.txt"):
        assert resource_path("fonts", name).is_file()
    assert "Bitstream" in resource_path("fonts", "LICENSE-DejaVu.txt").read_text()


def test_a_missing_resource_is_one_danish_sentence() -> None:
    with pytest.raises(CaseappError, match="mangler"):
        resource_path("fonts", "findes-ikke.ttf")
    with pytest.raises(ValueError):
        resource_path("..", "etc")


def test_resources_can_be_moved_by_packagers(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp import resources

    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "x.ttf").write_bytes(b"")
    monkeypatch.setenv(resources.RESOURCES_ENV, str(tmp_path))
    resources._find.cache_clear()
    try:
        assert resource_path("fonts", "x.ttf") == tmp_path / "fonts" / "x.ttf"
    finally:
        resources._find.cache_clear()
