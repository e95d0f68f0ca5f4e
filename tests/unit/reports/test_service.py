"""`CaseService.reports` loads each print-out's modules when that print-out is made: a status
description (what `caseapp export status` makes) loads neither the caseload sheet nor the
insight print-out, and the file helpers the desktop uses load no reportlab at all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _modules_after(code: str, prefix: str) -> list[str]:
    probe = code + f"\nimport sys\nprint(sorted(k for k in sys.modules if k.startswith({prefix!r})))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    return eval(out.stdout.strip().splitlines()[-1])  # a printed list of names


def test_the_reports_service_leaves_the_sheet_and_the_insight_unloaded() -> None:
    loaded = _modules_after("import caseapp.reports.service", "caseapp.reports.")
    assert "caseapp.reports.status_pdf" in loaded
    assert [m for m in loaded if m.split(".")[-1].startswith(("overview", "insight", "plan",
                                                               "handover"))] == []


def test_the_file_helpers_load_no_reportlab() -> None:
    assert _modules_after("import caseapp.reports.files", "reportlab") == []
