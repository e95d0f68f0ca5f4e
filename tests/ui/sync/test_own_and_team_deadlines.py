"""Frister and I dag in a team (two laptops, a real PostgreSQL): Bo sees his own citizens; Anne's
citizen, whose responsible worker is Anne (a team member, linked from the text), shows in Frister
only when he chooses "Teamets"."""

from __future__ import annotations

import dataclasses
import datetime as dt

from caseapp.domain.enums import DeadlineKind, EffortKind
from caseapp.domain.followup import Effort
from caseapp.domain.models import Citizen
from caseapp.service import CaseService
from tests.ui.sync.conftest import ANNE, NAME, Shown, Team
from ui.common.worker import wait_for_all
from ui.followup.deadlines_model import DeadlinesModel
from ui.shell import sidebar
from ui.shell.main_window import MainWindow

TODAY = dt.datetime(2026, 12, 7, 9, 0)
ANNES = "Annes mentorforløb"
BOS = "Bos praktik"


def _efforts(team: Team) -> None:
    """Karen (shared) is Anne's; Bo has Ib, whom he keeps to himself; both have an effort ending
    this week."""
    with team.a.service() as a:
        karen = a.citizens.citizen(team.a_citizen)
        a.citizens.update_citizen(dataclasses.replace(karen, responsible=ANNE))
        a.efforts.add(Effort(team.a_citizen, ANNES, TODAY.date() - dt.timedelta(days=60),
                             TODAY.date() + dt.timedelta(days=4), EffortKind.MENTOR))
    team.a.sync()  # the text "Anne Kontaktperson" becomes Anne the member, and travels
    with team.b.service() as b:
        ib = b.citizens.add_citizen(Citizen(name="Ib Åberg"))
        b.efforts.add(Effort(ib, BOS, TODAY.date() - dt.timedelta(days=30),
                             TODAY.date() + dt.timedelta(days=2), EffortKind.MENTOR))
    team.b.sync()


def _open(qtbot, service: CaseService, shown: Shown) -> MainWindow:
    """The main window on a fixed day, loaded."""
    window = MainWindow(service, now=lambda: TODAY)
    window.show_error = lambda _parent, exc: shown.boxes.append(str(exc))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.caseload_loaded, timeout=20_000):
        window.refresh()
    wait_for_all()
    return window


def _frister_titles(window) -> set[str]:
    """The efforts Frister shows (conversations due are left out)."""
    return {d.title for d in window.deadlines_view.proxy.shown() if d.kind == DeadlineKind.EFFORT_ENDS}


def test_bo_sees_his_own_deadlines_and_the_teams_on_request(qtbot, team: Team, shown: Shown) -> None:
    _efforts(team)
    with team.b.service() as b:
        assert b.team.handover_state(team.b_citizen).responsible_role == team.a.role
    service = team.b.service()
    window = _open(qtbot, service, shown)
    try:
        view = window.deadlines_view
        window.show_page(sidebar.DEADLINES)
        assert view.whose_box.isVisible() and view.whose_box.currentText() == "Mine"
        assert _frister_titles(window) == {BOS}
        assert not any(NAME in t for t in window.today_view.deadlines.texts())  # I dag: his own
        assert any("Ib Åberg" in t for t in window.today_view.deadlines.texts())
        view.whose_box.setFocus()
        view.whose_box.setCurrentIndex(view.whose_box.findText("Teamets"))
        assert _frister_titles(window) == {BOS, ANNES}
        assert NAME in {d.citizen_name for d in view.proxy.shown()}
    finally:
        wait_for_all()
        window.close()
        service.close()


def test_outside_a_team_there_is_no_choice_and_everything_is_ones_own(qtbot, laptop, shown: Shown) -> None:
    alone = laptop("alene")
    with alone.service() as s:
        ib = s.citizens.add_citizen(Citizen(name="Ib Åberg", responsible="Hanne fra jobcentret"))
        s.efforts.add(Effort(ib, BOS, TODAY.date() - dt.timedelta(days=30),
                             TODAY.date() + dt.timedelta(days=2), EffortKind.MENTOR))
    service = alone.service()
    window = _open(qtbot, service, shown)
    try:
        window.show_page(sidebar.DEADLINES)
        assert not window.deadlines_view.whose_box.isVisible()
        assert _frister_titles(window) == {BOS}
    finally:
        wait_for_all()
        window.close()
        service.close()


def _frister_citizens(view) -> list[str]:
    """The Borger column of the rows Frister's table shows."""
    proxy = view.proxy
    return [proxy.index(row, DeadlinesModel.CITIZEN).data() for row in range(proxy.rowCount())]


def test_a_shared_citizen_with_no_responsible_is_under_the_teams_on_both_laptops(
        qtbot, team: Team, shown: Shown) -> None:
    """Karen is shared and has no responsible worker: neither Anne nor Bo has her under "Mine"
    or in I dag (each would think she was theirs, or the other's); both find her under "Teamets".
    Sharing her named Anne, who shared her; Anne then clears the field."""
    with team.a.service() as a:
        karen = a.citizens.citizen(team.a_citizen)
        assert karen.responsible == ANNE
        a.citizens.update_citizen(dataclasses.replace(karen, responsible=""))
        a.efforts.add(Effort(team.a_citizen, ANNES, TODAY.date() - dt.timedelta(days=60),
                             TODAY.date() + dt.timedelta(days=4), EffortKind.MENTOR))
    team.a.sync()
    team.b.sync()
    for machine in (team.a, team.b):
        service = machine.service()
        window = _open(qtbot, service, shown)
        try:
            view = window.deadlines_view
            window.show_page(sidebar.DEADLINES)
            assert view.whose_box.currentText() == "Mine"
            assert NAME not in _frister_citizens(view), machine.role
            assert not any(NAME in t for t in window.today_view.deadlines.texts()), machine.role
            view.whose_box.setFocus()
            view.whose_box.setCurrentIndex(view.whose_box.findText("Teamets"))
            assert NAME in _frister_citizens(view), machine.role
        finally:
            wait_for_all()
            window.close()
            service.close()
    assert shown.boxes == []
