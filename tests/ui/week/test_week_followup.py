"""The week and the Frister list: the deadline band over the days, and plan-my-week proposing
the call to the provider before an effort ends.

Dates are fixed: the sample's "now" is Monday 24 November 2025, 09.00 (ISO week 48).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from caseapp.domain.followup import DocumentRequest, Effort
from caseapp.service import CaseService
from tests.ui import sample
from ui.common.worker import wait_for_all
from ui.shell import sidebar
from ui.shell.main_window import MainWindow
from ui.shell.settings_dialog import SettingsDialog
from ui.week.plan_week_dialog import PlanWeekDialog
from ui.week.week_view import WeekView

MONDAY = sample.TODAY  # 24.11.2025


@pytest.fixture
def week(qtbot, window: MainWindow) -> Iterator[WeekView]:
    view = window.week_view
    view.errors = []  # type: ignore[attr-defined]
    view.show_error = lambda _parent, exc: view.errors.append(exc)  # type: ignore[attr-defined]
    window.show_page(sidebar.WEEK)
    yield view
    wait_for_all()


def _deadlines(service: CaseService, ids: sample.Sample) -> None:
    service.efforts.add(Effort(
        citizen_id=ids.aase, title="Mentorforløb", start_on=dt.date(2025, 6, 1),
        end_on=MONDAY + dt.timedelta(days=2)), provider="Jens Ærø")  # Wednesday
    service.documents.request(DocumentRequest(
        citizen_id=ids.bjoern, title="Lægeattest", requested_from="Lægehuset",
        requested_on=dt.date(2025, 11, 1), due_on=MONDAY - dt.timedelta(days=1)))  # last week
    service.documents.request(DocumentRequest(
        citizen_id=ids.dorthe, title="Skoleudtalelse", requested_from="Skolen",
        requested_on=dt.date(2025, 11, 1), due_on=MONDAY))


def test_the_week_shows_each_days_deadlines_above_it_and_a_click_opens_followup(
    qtbot, window: MainWindow, week: WeekView, service: CaseService, ids: sample.Sample
) -> None:
    _deadlines(service, ids)
    with qtbot.waitSignal(week.deadline_band.loaded, timeout=10_000):
        week.show_week(MONDAY)
    band = week.deadline_band
    assert band.isVisible()
    chips = {b.text(): b for b in band.buttons}
    assert set(chips) == {"Udløber · ÅN", "Rykker · DH"}  # last week's is not this week's
    wednesday = chips["Udløber · ÅN"]
    assert wednesday.accessibleName() == (
        "Frist 26.11.2025: Indsats udløber, Åse Nørgaard. Mentorforløb: "
        "Ring til Jens Ærø og planlæg det videre forløb")
    qtbot.waitUntil(lambda: wednesday.width() < 300)  # laid out in its column
    centre = week.grid.mapFromGlobal(wednesday.mapToGlobal(wednesday.rect().center()))
    assert week.grid.week_layout().day_at(centre.x()) == 2  # over Wednesday's column
    wednesday.setFocus()
    qtbot.keyClick(wednesday, Qt.Key.Key_Space)
    assert window.citizen_page.citizen.id == ids.aase
    assert window.citizen_page.tabs.currentWidget() is window.citizen_page.followup


def test_a_week_without_deadlines_has_no_band(
    qtbot, week: WeekView, service: CaseService, ids: sample.Sample
) -> None:
    _deadlines(service, ids)
    with qtbot.waitSignal(week.deadline_band.loaded, timeout=10_000):
        week.show_week(MONDAY + dt.timedelta(days=14))
    assert not week.deadline_band.isVisible() and week.deadline_band.buttons == []


def _ending_effort(service: CaseService, ids: sample.Sample) -> None:
    service.efforts.add(Effort(
        citizen_id=ids.aase, title="Mentorforløb", start_on=dt.date(2025, 6, 1),
        end_on=MONDAY + dt.timedelta(days=16)), provider="Jens Ærø")  # Wednesday in two weeks


def test_plan_my_week_proposes_the_call_to_the_provider_and_books_it(
    qtbot, window: MainWindow, week: WeekView, service: CaseService, ids: sample.Sample
) -> None:
    _ending_effort(service, ids)
    shown: list[PlanWeekDialog] = []

    class OnlyTheCall(PlanWeekDialog):
        def exec(self) -> int:
            qtbot.waitUntil(lambda: self.plan is not None, timeout=10_000)
            shown.append(self)
            for row in range(self.proposals.count()):
                item = self.proposals.item(row)
                if "Ring til Jens Ærø" not in item.text():
                    item.setCheckState(Qt.CheckState.Unchecked)
            return QDialog.DialogCode.Accepted

    week.plan_week_dialog = OnlyTheCall
    qtbot.mouseClick(week.plan_button, Qt.MouseButton.LeftButton)
    wait_for_all()
    texts = [shown[0].proposals.item(r).text() for r in range(shown[0].proposals.count())]
    call = [t for t in texts if "Ring til Jens Ærø" in t]
    assert call == [
        "Onsdag 26.11. 08.00–08.15  Andet · Åse Nørgaard · Telefon · "
        "Ring til Jens Ærø: Mentorforløb slutter 10.12.2025\n"
        "Indsatsen slutter 10.12.2025: ring til leverandøren 2 uger før og planlæg det videre "
        "forløb sammen."]
    start = dt.datetime.combine(MONDAY, dt.time())
    booked = [o for o in service.calendar.occurrences_between(start, start + dt.timedelta(days=7))
              if o.title.startswith("Ring til")]
    assert [(o.citizen_id, o.start) for o in booked] == [
        (ids.aase, dt.datetime(2025, 11, 26, 8, 0))]


def test_the_weeks_before_the_call_are_set_in_indstillinger(qtbot, service: CaseService) -> None:
    dialog = SettingsDialog(service.profile())
    qtbot.addWidget(dialog)
    assert dialog.call_weeks.value() == 2 and dialog.call_weeks.suffix() == " uger før en indsats slutter"
    dialog.call_weeks.setValue(1)
    assert dialog.call_weeks.suffix() == " uge før en indsats slutter"
    assert dialog.profile().provider_call_weeks == 1
