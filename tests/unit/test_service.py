"""The service façade: validation, records that stay records, search."""

from __future__ import annotations

import datetime as dt

import pytest

from caseapp.service import CaseService
from tests.unit.helpers import _note

WHEN = dt.datetime(2026, 11, 20, 10, 30)


def test_audit_trail_holds_no_personal_text(service: CaseService, citizen_id: int) -> None:
    service.diary.save_draft(_note(citizen_id, "Søren var glad."))
    entries = service.audit_trail()
    assert [(e.action, e.entity) for e in entries] == [("create", "note"), ("create", "citizen")]
    assert "Søren" not in repr(entries)


@pytest.mark.parametrize("query", ['"', "(Øst", "AND OR", "NEAR(", "*", "søren)", "a:b", "-"])
def test_fts_syntax_is_searched_as_text(service: CaseService, citizen_id: int, query: str) -> None:
    service.search(query)  # must not raise


def test_search_keeps_danish_letters_apart(
    service: CaseService, citizen_id: int, sub_goal_id: int
) -> None:
    service.diary.save_draft(_note(citizen_id, "Om et år flytter Søren til Østerbro."))
    kinds = {h.kind for h in service.search("søren")}
    assert kinds == {"citizen", "goal", "note"}
    assert [h.kind for h in service.search("år")] == ["note"]
    assert service.search("ar") == []
    assert "[Østerbro]" in service.search("østerbro")[0].snippet
    assert service.search("ÅGÅRD")[0].citizen_name == "Søren Ågård Bækgaard"


def test_a_start_reading_the_team_and_the_records_loads_no_reportlab(tmp_path) -> None:
    """The desktop's first window asks the team's status and the records at once; the print-outs
    (reportlab) load only when `service.reports` is first used, here for a handover summary."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from caseapp.domain.models import Citizen\n"
        "from caseapp.service import CaseService\n"
        "from caseapp.storage.keys import DatabaseKey\n"
        "s = CaseService.create(Path(sys.argv[1]), DatabaseKey(passphrase='p'))\n"
        "s.team.sync_status(); s.team.shared_citizens(); s.records.retention_settings()\n"
        "print('reportlab' in sys.modules)\n"
        "s.reports.handover_summary(s.citizens.add_citizen(Citizen(name='Åse')))\n"
        "print('reportlab' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "a.db")], capture_output=True,
                         text=True, check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.split() == ["False", "True"]
