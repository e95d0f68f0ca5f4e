"""An effort past its end with no decision, as the caseworker meets it: on the citizen's
Opfølgning tab, in Frister and in I dag it waits for a decision, in red; deciding it clears it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from caseapp.domain.enums import EffortKind, EffortOutcome
from caseapp.domain.followup import Effort
from tests.ui import sample
from ui.shell.main_window import MainWindow

TODAY = sample.TODAY  # Monday 24 November 2025
LAPSED_ON = TODAY - dt.timedelta(days=4)


def _add(service, ids: sample.Sample) -> int:
    service.efforts.add(Effort(ids.aase, "Praktik i Brugsen", TODAY - dt.timedelta(days=60),
                               TODAY + dt.timedelta(days=40), EffortKind.PLACEMENT), provider="Bo Ærø")
    return service.efforts.add(Effort(ids.aase, "Mentorforløb", TODAY - dt.timedelta(days=120), LAPSED_ON,
                                      EffortKind.MENTOR), provider="Jens Østergård")


def _status_column(window: MainWindow) -> list[tuple[str, str, bool]]:
    model = window.citizen_page.followup.efforts_model
    last = model.columnCount() - 1
    return [(model.index(r, 0).data(), model.index(r, last).data(),
             model.index(r, last).data(Qt.ItemDataRole.ForegroundRole) is not None)
            for r in range(model.rowCount())]


def test_a_lapsed_effort_awaits_a_decision_on_the_tab_in_frister_and_in_i_dag(
    qtbot, service, ids: sample.Sample, window: MainWindow
) -> None:
    lapsed = _add(service, ids)
    with qtbot.waitSignal(window.caseload_loaded, timeout=10_000):
        window.refresh()
    window.open_citizen(ids.aase, "followup")
    assert _status_column(window) == [
        ("Mentorforløb", "Afventer afgørelse (slut 20.11.2025)", True),
        ("Praktik i Brugsen", "Løber", False),
    ]

    proxy = window.deadlines_view.proxy
    rows = [(proxy.index(r, 1).data(), proxy.index(r, 3).data(), proxy.index(r, 4).data(),
             proxy.index(r, 5).data()) for r in range(proxy.rowCount()) if proxy.index(r, 2).data() == "Åse Nørgaard"]
    assert ("4 dage over", "Afventer afgørelse", "Mentorforløb",
            "Afgør om indsatsen forlænges, afsluttes eller erstattes") in rows
    assert not any(r[1] == "Indsats udløber" and r[2] == "Mentorforløb" for r in rows)
    today_lines = [t for t in window.today_view.deadlines.texts() if "Mentorforløb" in t]
    assert len(today_lines) == 1 and "4 dage over" in today_lines[0]
    assert "Afgør om indsatsen forlænges" in today_lines[0]

    service.efforts.end(lapsed, EffortOutcome.ENDED, LAPSED_ON)
    window.citizen_page.followup.refresh()
    assert _status_column(window)[1] == ("Mentorforløb", "Afsluttet 20.11.2025", False)
    with qtbot.waitSignal(window.caseload_loaded, timeout=10_000):
        window.refresh()
    assert not any(proxy.index(r, 4).data() == "Mentorforløb" for r in range(proxy.rowCount()))
