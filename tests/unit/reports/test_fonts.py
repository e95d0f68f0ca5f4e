"""The PDFs' typeface: drawn from subsets of DejaVu Sans until a text needs more, then from the
complete faces, with the same text, look and bytes either way.

The documents are built in fresh processes: which faces a process has loaded is the point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFontFace

from caseapp.reports import fonts
from caseapp.resources import resource_path

ROOT = Path(__file__).resolve().parents[3]
FACES = (fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC)

# Prints, as JSON: the text of each PDF built from argv's (footer, body) pairs in one process,
# the PDFs' sha256, and how many characters the regular face holds after each.
BUILD = """
import datetime as dt, hashlib, io, json, sys
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph
from caseapp.reports import fonts
from caseapp.reports.a4_story import build_a4_story_pdf
from caseapp.reports.layout import markup, styles
from caseapp.reports.pdfa import DocumentInfo

info = DocumentInfo("Prøve", "Gert Hansen", "Prøve", dt.date(2026, 11, 25))
out = []
for footer, body in json.loads(sys.argv[1]):
    pdf = build_a4_story_pdf(info, "page", footer, lambda width: [
        Paragraph(markup(body), styles().body), Paragraph("<b><i>Fed kursiv</i></b>", styles().body)])
    out.append({
        "text": "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages),
        "sha256": hashlib.sha256(pdf).hexdigest(),
        "characters": len(pdfmetrics.getFont(fonts.REGULAR).face.charToGlyph),
    })
print(json.dumps(out))
"""

DANISH = ("Søren Ærø", "Økonomien er stabil – “trods alt” → § 85, 1.500 € ✓ æøå ÆØÅ\r\n"
                       "Næste linje.")


def _build(*documents: tuple[str, str]) -> list[dict]:
    run = subprocess.run([sys.executable, "-c", BUILD, json.dumps(documents)], cwd=ROOT,
                         capture_output=True, timeout=120, check=True)
    return json.loads(run.stdout)


def _complete_size() -> int:
    return len(TTFontFace(str(resource_path("fonts", "DejaVuSans.ttf"))).charToGlyph)


def test_a_danish_document_is_drawn_from_the_subsets() -> None:
    (danish,) = _build(DANISH)
    assert "Økonomien er stabil – “trods alt” → § 85, 1.500 € ✓ æøå ÆØÅ" in danish["text"]
    assert "Næste linje." in danish["text"]  # a line break is no reason for the complete faces
    assert "Søren Ærø" in danish["text"] and "Fed kursiv" in danish["text"]
    assert danish["characters"] < _complete_size() / 4  # the complete faces were never parsed


def test_a_greek_name_in_the_footer_alone_is_printed_from_the_complete_faces() -> None:
    # the footer is drawn while the pages are laid out: the faces change mid-document
    (greek,) = _build(("Ελένη Παπαδοπούλου", "Økonomien er stabil."))
    assert greek["text"].count("Ελένη Παπαδοπούλου") == 1
    assert "Økonomien er stabil." in greek["text"] and fonts.REPLACEMENT not in greek["text"]
    assert greek["characters"] == _complete_size()


def test_cyrillic_prints_and_what_no_face_has_is_the_replacement_character() -> None:
    (text,) = _build(("Fortroligt", "Светлана Øster 李"))
    assert "Светлана Øster \ufffd" in text["text"]


def test_a_document_is_byte_identical_from_the_subsets_and_from_the_complete_faces() -> None:
    before, greek, after = _build(DANISH, ("Ελένη", "Светлана"), DANISH)
    assert before["characters"] < greek["characters"] == after["characters"]
    assert before["sha256"] == after["sha256"] and before["text"] == after["text"]


@pytest.mark.parametrize("face", FACES)
def test_a_subset_measures_and_draws_like_its_complete_face(face: str) -> None:
    complete = TTFontFace(str(resource_path("fonts", f"{face}.ttf")))
    subset = TTFontFace(str(resource_path("fonts", fonts.subset_file_name(face))))
    for attribute in ("name", "ascent", "descent", "capHeight", "bbox", "italicAngle", "stemV",
                      "flags", "defaultWidth", "underlinePosition", "underlineThickness"):
        assert getattr(subset, attribute) == getattr(complete, attribute), attribute
    codes = sorted(code for code, glyph in subset.charToGlyph.items() if glyph)
    assert all(complete.charToGlyph.get(code) for code in codes)
    assert {code: subset.charWidths[code] for code in codes} == {
        code: complete.charWidths[code] for code in codes}
    for start in range(0, len(codes), 255):  # the fonts a PDF embeds, 255 characters at a time
        chunk = [0, *codes[start:start + 255]]
        assert subset.makeSubset(chunk) == complete.makeSubset(chunk)


def test_every_character_caseapp_itself_writes_is_in_the_subsets() -> None:
    written = {ch for path in (ROOT / "caseapp").rglob("*.py") for ch in path.read_text()
               if ord(ch) > 0x7E}
    faces = [TTFontFace(str(resource_path("fonts", fonts.subset_file_name(f)))) for f in FACES]
    for face in faces:
        missing = sorted(ch for ch in written if not face.charToGlyph.get(ord(ch)))
        assert not missing, f"add {missing} to CHARACTERS in tools/subset_dejavu.py and run it"
        assert face.charToGlyph.get(ord(fonts.REPLACEMENT))


def test_the_subsets_are_what_the_tool_writes(tmp_path: Path) -> None:
    pytest.importorskip("fontTools")
    subprocess.run([sys.executable, str(ROOT / "tools" / "subset_dejavu.py"), str(tmp_path)],
                   cwd=ROOT, capture_output=True, timeout=120, check=True)
    for face in FACES:
        name = fonts.subset_file_name(face)
        assert (tmp_path / name).read_bytes() == resource_path("fonts", name).read_bytes(), name


def test_printable_keeps_what_the_faces_draw_and_replaces_the_rest() -> None:
    assert fonts.printable("Søren § 85 – æøå") == "Søren § 85 – æøå"
    assert fonts.printable("Ελένη 李\nÅ\tø\r\n") == "Ελένη \ufffd\nÅ\tø\r\n"
