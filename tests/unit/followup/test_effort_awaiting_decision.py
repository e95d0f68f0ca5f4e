"""An effort whose end date has passed with no decision (extended, ended, replaced) is not
running any more: it waits for a decision, and Frister, the caseload sheet, the command line
and the citizen's insight print say so."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pypdf
import pytest

from caseapp.cli.program import main
from caseapp.domain.enums import DeadlineKind, EffortKind, EffortOutcome
from caseapp.domain.followup import Effort
from caseapp.domain.models import Citizen
from caseapp.reports.commands import export_insight
from caseapp.reports.overview_pdf import overview_data
from caseapp.service import CaseService
from caseapp.storage.keys import DatabaseKey

TODAY = dt.date(2026, 12, 7)
ENDED = dt.date(2026, 11, 30)  # a week ago


def _lapsed(citizen_id: int, **changes: object) -> Effort:
    values: dict[str, object] = dict(
        citizen_id=citizen_id, title="Mentorforløb", kind=EffortKind.MENTOR,
        start_on=dt.date(2026, 6, 1), end_on=ENDED, review_on=dt.date(2026, 11, 15),
        report_due_on=dt.date(2026, 12, 15))
    values.update(changes)
    return Effort(**values)  # type: ignore[arg-type]


def _effort_lines(service: CaseService, citizen_id: int) -> list[tuple[dt.date, DeadlineKind, str]]:
    return [(d.on, d.kind, d.next_action) for d in service.deadlines(TODAY, citizen_id=citizen_id)
            if d.kind != DeadlineKind.CONVERSATION_DUE]


def test_a_lapsed_effort_is_one_overdue_decision_in_frister(service: CaseService, citizen_id: int) -> None:
    effort_id = service.efforts.add(_lapsed(citizen_id), provider="Jens Mentor")
    assert service.efforts.get(effort_id).awaiting_decision(TODAY)
    assert not service.efforts.get(effort_id).awaiting_decision(ENDED)  # its last day: still running
    assert _effort_lines(service, citizen_id) == [
        (ENDED, DeadlineKind.EFFORT_UNDECIDED, "Afgør om indsatsen forlænges, afsluttes eller erstattes"),
        (dt.date(2026, 12, 15), DeadlineKind.REPORT_DUE, "Bed Jens Mentor om statusrapporten"),
    ]
    [line] = service.deadlines(TODAY, citizen_id=citizen_id, kinds=[DeadlineKind.EFFORT_UNDECIDED])
    assert line.overdue(TODAY) and line.days_left(TODAY) == -7
    assert line.short_what == "Mentorforløb: afventer afgørelse"
    # The day before it ran out it was an ordinary end, with its review before it.
    assert [d.kind for d in service.deadlines(ENDED, citizen_id=citizen_id)
            if d.kind != DeadlineKind.CONVERSATION_DUE][:2] == [
        DeadlineKind.EFFORT_REVIEW, DeadlineKind.EFFORT_ENDS]


def test_a_decision_takes_it_off_the_list_and_an_extension_runs_again(
    service: CaseService, citizen_id: int
) -> None:
    ended = service.efforts.add(_lapsed(citizen_id, report_due_on=None))
    extended = service.efforts.add(_lapsed(citizen_id, title="Praktik", report_due_on=None))
    service.efforts.end(ended, EffortOutcome.ENDED, ENDED)
    service.efforts.extend(extended, dt.date(2027, 3, 31))
    assert not service.efforts.get(ended).awaiting_decision(TODAY)
    assert not service.efforts.get(extended).awaiting_decision(TODAY)
    assert DeadlineKind.EFFORT_UNDECIDED not in {k for _, k, _ in _effort_lines(service, citizen_id)}
    # Once the extension too has run out, it waits for a decision again.
    later = dt.date(2027, 4, 1)
    assert service.efforts.get(extended).awaiting_decision(later)
    assert [(d.title, d.kind) for d in service.deadlines(later, citizen_id=citizen_id)
            if d.kind != DeadlineKind.CONVERSATION_DUE] == [("Praktik", DeadlineKind.EFFORT_UNDECIDED)]


def test_the_caseload_sheet_says_the_decision_is_missing(service: CaseService, citizen_id: int) -> None:
    other = service.citizens.add_citizen(Citizen(name="Åse Østergaard"))
    service.efforts.add(_lapsed(citizen_id, report_due_on=None))
    service.efforts.add(_lapsed(other, end_on=dt.date(2027, 1, 31), review_on=None, report_due_on=None))
    rows = {r.name: r for r in overview_data(service._db, today=TODAY).rows}
    lapsed, running = rows["Søren Ågård Bækgaard"], rows["Åse Østergaard"]
    assert (lapsed.deadline_what, lapsed.deadline_on, lapsed.deadline_overdue) == (
        "Mentorforløb: afventer afgørelse", ENDED, True)
    assert (running.deadline_what, running.deadline_overdue) == ("Mentorforløb udløber", False)


def test_effort_list_on_the_command_line_says_afventer_afgoerelse(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "en-lang-nok-adgangsfrase")
    db = tmp_path / "sager.db"
    assert main(["init", "--db", str(db)]) == 0
    with CaseService.open(db, DatabaseKey(passphrase="en-lang-nok-adgangsfrase")) as service:
        citizen_id = service.citizens.add_citizen(Citizen(name="Ærling Østergård"))
        service.efforts.add(_lapsed(citizen_id))
    capsys.readouterr()
    assert main(["effort", "list", "--db", str(db), "--on", "2026-12-07"]) == 0
    assert "Mentorforløb  (afventer afgørelse)" in capsys.readouterr().out
    assert main(["effort", "list", "--db", str(db), "--on", "2026-11-30"]) == 0
    assert "Mentorforløb  (løber)" in capsys.readouterr().out
    assert main(["effort", "list", "--db", str(db), "--on", "2026-12-07", "--json"]) == 0
    assert [e["awaiting_decision"] for e in json.loads(capsys.readouterr().out)] == [True]
    assert main(["effort", "list", "--db", str(db), "--on", "2026-11-30", "--json"]) == 0
    assert [e["awaiting_decision"] for e in json.loads(capsys.readouterr().out)] == [False]


def test_the_citizens_insight_print_says_the_decision_is_awaited(
    service: CaseService, citizen_id: int, tmp_path: Path
) -> None:
    service.efforts.add(_lapsed(citizen_id, title="Kursus i Ærø"))
    pdf = export_insight(service._db, citizen_id, tmp_path / "indsigt.pdf", tmp_path / "indsigt.json", TODAY)
    text = " ".join("\n".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages).split())
    assert "Kursus i Ærø" in text and "afventer afgørelse" in text and "løber" not in text
