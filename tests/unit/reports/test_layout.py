"""The PDFs' layout: lines fitted with an ellipsis, printable text, and long Danish words broken
where Danish hyphenation allows, with a hyphen a reader sees."""

from __future__ import annotations

import datetime as dt
import io
import re

import pyphen
import pytest
from pypdf import PdfReader

from caseapp.reports.overview_pdf import OverviewData, OverviewRow, build_overview_pdf


def test_fit_line_and_printable() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from caseapp.reports import fonts
    from caseapp.reports.layout import fit_line

    assert fonts.printable("Søren § 85 – æøå") == "Søren § 85 – æøå"
    assert fonts.printable("李 Å") == "\ufffd Å"
    line = fit_line("Borger " * 100, fonts.REGULAR, 7.5, 200)
    assert line.endswith("…") and stringWidth(line, fonts.REGULAR, 7.5) <= 200
    assert fit_line("kort", fonts.REGULAR, 7.5, 200) == "kort"


TODAY = dt.date(2026, 12, 7)
LONG_WORDS = ("kontanthjælpsmodtager", "stofmisbrugsbehandling", "beskæftigelsesindsatsen")


def _row(case_type: str, barriers: str) -> OverviewRow:
    return OverviewRow(
        citizen_id=1, name="Åse Nørgaard", cpr_masked="010190-xxxx", case_type=case_type,
        status="Aktiv", where_now="Går til fællesspisning.", next_step="Ringe til mentoren",
        barriers=barriers, last_contact=TODAY, next_contact_due=TODAY + dt.timedelta(days=7),
        active_subgoals=1, next_status_due=TODAY + dt.timedelta(days=60),
    )


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _breaks(text: str, word: str) -> list[tuple[int, str]]:
    """Where the word is broken across lines in the text: (letters before, what marks it)."""
    pattern = "".join(re.escape(c) + r"(-?\n)?" for c in word[:-1]) + re.escape(word[-1])
    found = re.search(pattern, text, re.IGNORECASE)
    assert found, f"{word} is not in the sheet"
    return [(i + 1, mark) for i, mark in enumerate(found.groups()) if mark]


@pytest.fixture(scope="module")
def sheet_text() -> str:
    rows = (_row("Aktivitetsparat kontanthjælpsmodtager",
                 "Venter på stofmisbrugsbehandling og beskæftigelsesindsatsen"),)
    return _text(build_overview_pdf(OverviewData(printed_on=TODAY, rows=rows)))


@pytest.mark.parametrize("word", LONG_WORDS)
def test_a_long_word_breaks_at_a_danish_hyphenation_point_with_a_hyphen(
    sheet_text: str, word: str,
) -> None:
    allowed = set(pyphen.Pyphen(lang="da_DK").positions(word))
    breaks = _breaks(sheet_text, word)
    assert breaks, f"{word} fits on one line; the test needs a narrower column"
    for position, mark in breaks:
        assert mark == "-\n", f"{word} broken without a hyphen after {word[:position]!r}"
        assert position in allowed, f"{word} broken at {word[:position]!r}, not a hyphenation point"


def test_the_danish_dictionary_is_read_only_when_a_word_must_break(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from caseapp.reports import layout

    read = []
    real = pyphen.Pyphen
    monkeypatch.setattr(pyphen, "Pyphen", lambda **kw: read.append(kw) or real(**kw))
    hyphenate = layout.danish_hyphenator()
    assert read == []  # a document that breaks no word never pays for the dictionary
    assert ("kon", "taktperson") in list(hyphenate("kontaktperson"))
    assert list(hyphenate("aftale")) == list(real(lang="da_DK", left=3, right=3).iterate("aftale"))
    assert len(read) == 1
