"""A meeting's appointment in the week opens its minutes: "Referat …" in its menu (the mouse, or
the Menu key on the selected appointment) and the R key. A closed case's minutes open read-only.

The sample's "now" is Monday 24 November 2025, 09.00.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QWidget

from caseapp.domain.enums import MeetingKind, ParticipantKind
from caseapp.domain.meetings import Meeting, Participant
from caseapp.service import CaseService
from tests.ui import sample
from ui.common.worker import wait_for_all
from ui.followup.minutes_dialog import MinutesDialog
from ui.shell import sidebar
from ui.shell.main_window import MainWindow
from ui.week.week_items import ItemKey
from ui.week.week_view import WeekView

TUESDAY = sample.TODAY + dt.timedelta(days=1)


@pytest.fixture
def week(qtbot, window: MainWindow) -> Iterator[WeekView]:
    window.show_page(sidebar.WEEK)
    yield window.week_view
    wait_for_all()


def _meeting(service: CaseService, citizen_id: int, hour: int) -> ItemKey:
    meeting_id = service.meetings.add(Meeting(
        citizen_id, MeetingKind.NETWORK, dt.datetime.combine(TUESDAY, dt.time(hour)),
        dt.datetime.combine(TUESDAY, dt.time(hour + 1)), place="Mødelokale 2",
        participants=(Participant(ParticipantKind.COLLEAGUE, "Anne Kontaktperson", coordinator=True),)))
    appointment_id = service.meetings.get(meeting_id).appointment_id
    return appointment_id, None


def _when_shown(find: Callable[[], QWidget | None], then: Callable[[QWidget], None]) -> None:
    """Run `then` on the popup or dialog once it is up (it runs its own event loop)."""
    def poll() -> None:
        widget = find()
        if widget is None or not widget.isVisible():
            QTimer.singleShot(10, poll)
        else:
            then(widget)
    QTimer.singleShot(0, poll)


def _read_minutes(seen: dict) -> Callable[[QWidget], None]:
    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, MinutesDialog)
        seen["title"] = dialog.windowTitle()
        seen["participants"] = [dialog.owner_box.itemText(i) for i in range(dialog.owner_box.count())]
        seen["read_only"] = not dialog.save_button.isEnabled()
        seen["agenda"] = len(dialog.item_edits)
        dialog.reject()
    return read


def test_referat_in_the_menu_of_the_selected_meeting_opens_its_minutes_from_the_keyboard(
    qtbot, week: WeekView, service: CaseService, ids: sample.Sample
) -> None:
    key = _meeting(service, ids.aase, 13)
    week.show_week(sample.TODAY)
    week.grid.setFocus()
    week.grid.select(key)
    asked: list[tuple] = []
    week.grid.context_menu_requested.disconnect(week._context_menu)  # a real popup cannot grab keys offscreen
    week.grid.context_menu_requested.connect(lambda occurrence, _where, moment: asked.append((occurrence, moment)))
    # The Menu key: the selected appointment's menu, wherever the mouse is.
    QApplication.sendEvent(week.grid, QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, QPoint(3, 3), week.grid.mapToGlobal(QPoint(3, 3))))
    [(occurrence, moment)] = asked
    assert occurrence == week.grid.selected_occurrence() and moment is None
    menu = week.menu_for(occurrence, moment)
    seen: dict = {"menu": [a.text() for a in menu.actions() if not a.isSeparator()]}
    _when_shown(QApplication.activeModalWidget, _read_minutes(seen))
    next(a for a in menu.actions() if a.text() == "Referat …").trigger()
    qtbot.waitUntil(lambda: "read_only" in seen, timeout=5_000)
    assert seen["menu"][:3] == ["Redigér …", "Referat …", "Åbn borger"]
    assert seen["title"] == "Referat – Netværksmøde"
    assert seen["participants"] == ["Åse Nørgaard", "Anne Kontaktperson"]
    assert seen["agenda"] == 5 and seen["read_only"] is False


def test_r_opens_the_minutes_read_only_for_a_closed_case_and_nothing_for_a_conversation(
    qtbot, week: WeekView, service: CaseService, ids: sample.Sample
) -> None:
    key = _meeting(service, ids.dorthe, 14)
    service.records.close_case(ids.dorthe, "Flyttet", sample.TODAY)
    week.show_week(sample.TODAY)
    week.grid.setFocus()
    week.grid.select(key)
    seen: dict = {}
    _when_shown(QApplication.activeModalWidget, _read_minutes(seen))
    qtbot.keyClick(week.grid, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: "read_only" in seen, timeout=5_000)
    assert seen["read_only"] is True and seen["participants"][0] == "Dorthe Hansen"

    opened: list[int] = []
    week.minutes_requested.connect(opened.append)
    conversation = next(i for i in week.grid.data.items if i.occurrence.citizen_id == ids.aase)
    week.grid.select(conversation.key)
    qtbot.keyClick(week.grid, Qt.Key.Key_R)  # an ordinary conversation has no minutes
    assert opened == [] and week.meeting_of(conversation.occurrence) is None
