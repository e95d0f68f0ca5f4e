"""PDF/A-2b declared by reportlab's own objects: no second pass through pikepdf (which is not
even imported), the sRGB profile found in an installed pikepdf or in a frozen bundle."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.reports import pdfa

ROOT = Path(__file__).resolve().parents[3]

BUILD_AND_LIST = (
    "import datetime as dt, sys\n"
    "from caseapp.reports.status_pdf import StatusReportData, build_status_pdf\n"
    "day = dt.date(2026, 11, 25)\n"
    "data = StatusReportData(citizen_name='Åse Bøgh', cpr_masked='010190-xxxx',\n"
    "                        period_start=day, period_end=day, printed_on=day)\n"
    "sys.stdout.buffer.write(build_status_pdf(data))\n"
    "sys.stderr.write(str(sorted(m for m in sys.modules if m.split('.')[0] == 'pikepdf')))\n"
)


def test_a_pdf_is_declared_pdfa_without_pikepdf_being_imported() -> None:
    run = subprocess.run([sys.executable, "-c", BUILD_AND_LIST], cwd=ROOT, capture_output=True,
                         timeout=120, check=True)
    assert run.stderr.decode() == "[]"
    reader = PdfReader(io.BytesIO(run.stdout))
    intent = reader.trailer["/Root"]["/OutputIntents"][0].get_object()
    assert intent["/S"] == "/GTS_PDFA1" and intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert ">2</pdfaid:part>" in xmp and "Statusbeskrivelse" in xmp
    assert reader.metadata.creation_date == reader.metadata.modification_date
    assert "Åse Bøgh" in reader.pages[0].extract_text()


def test_the_profile_is_found_in_a_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert pdfa._srgb_profile() is not None  # the installed pikepdf's
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert pdfa._srgb_profile() is None  # a bundle without the file: a plain PDF, no error
    folder = tmp_path / "pikepdf" / "pdfa" / "data"
    folder.mkdir(parents=True)
    (folder / "sRGB.icc").write_bytes(b"profile as the spec copies it")
    assert pdfa._srgb_profile() == b"profile as the spec copies it"
