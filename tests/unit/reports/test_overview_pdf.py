"""The caseload sheet: a repeated header, overdue first, huge texts clipped, unfiled notes and the
cases to delete soon."""

from __future__ import annotations

import datetime as dt

from caseapp.domain.enums import NoteKind
from caseapp.domain.models import Citizen, DiaryNote, Profile
from caseapp.reports.overview_pdf import OverviewRow, build_overview_pdf, overview_data, sort_rows
from caseapp.service import CaseService
from tests.unit.reports.helpers import _caseload, _pages_text, _reader

TODAY = dt.date(2026, 11, 25)


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
