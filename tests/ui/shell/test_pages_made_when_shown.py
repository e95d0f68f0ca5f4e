"""A start makes I dag only; every other page is made the first time it is shown (or a menu,
a search or a test reaches for it) and then shows what it would have shown if made at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caseapp.domain.models import DataChange
from caseapp.service import CaseService
from tests.ui import sample
from ui.common.worker import wait_for_all
from ui.shell import sidebar
from ui.shell.main_window import MainWindow

LATER = (sidebar.WEEK, sidebar.CASELOAD, sidebar.CITIZEN, sidebar.DEADLINES)


def _made(window: MainWindow) -> list[int]:
    return [page for page in (sidebar.TODAY, *LATER) if window.pages.made(page) is not None]


def test_a_start_reload_and_change_make_only_i_dag(qtbot: QtBot, window: MainWindow) -> None:
    assert window.current_page() == sidebar.TODAY
    assert window.today_view.isVisible()
    window.refresh()
    wait_for_all()
    window.show_changes(DataChange.everything())
    wait_for_all()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # no citizen open yet
    assert window.current_page() == sidebar.CASELOAD
    assert _made(window) == [sidebar.TODAY, sidebar.CASELOAD]


def test_each_page_shows_the_start_s_rows_when_first_shown(
    qtbot: QtBot, window: MainWindow, ids: sample.Sample
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    frister = window.deadlines_view
    assert frister.isVisible()
    assert frister.model.rowCount() == len(window.deadlines[0]) > 0  # type: ignore[index]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.week_view.isVisible()
    assert window.week_view.names()[ids.aase] == "Åse Nørgaard"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.caseload_view.model.rowCount() == len(window.caseload) == 4
    assert window.open_citizen(ids.aase)
    assert window.citizen_page.isVisible()
    assert window.citizen_page.citizen.name == "Åse Nørgaard"  # type: ignore[union-attr]
    assert window.pages.page(sidebar.CITIZEN) is window.citizen_page  # made once
    assert [window.pages.indexOf(window.pages.made(p)) for p in LATER] == list(LATER)


def test_the_idle_lock_still_sees_typing_after_a_page_was_made(qtbot: QtBot, window: MainWindow) -> None:
    """The idle watcher steps aside while a page is made, and is back afterwards."""
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    window.idle._last -= 3600  # an hour without input
    assert window.idle.idle_seconds() >= 3600
    qtbot.keyClick(window.deadlines_view.table, Qt.Key.Key_Down)
    assert window.idle.idle_seconds() < 60
    window.idle.stop()
    with window.idle.unwatched():  # a page made after the window closed leaves it stopped
        pass
    window.idle._last -= 3600
    qtbot.keyClick(window.deadlines_view.table, Qt.Key.Key_Down)
    assert window.idle.idle_seconds() >= 3600


def test_the_other_pages_are_made_a_moment_after_the_start_the_citizen_page_first(
    qtbot: QtBot, service: CaseService, ids: sample.Sample
) -> None:
    """So the first citizen opened does not wait for its page to be made."""
    window = MainWindow(service, now=lambda: sample.NOW)
    qtbot.addWidget(window)
    window.show()
    assert _made(window) == [sidebar.TODAY]
    qtbot.waitUntil(lambda: window.pages.made(sidebar.CITIZEN) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: _made(window) == [sidebar.TODAY, *LATER], timeout=10_000)
    assert window.current_page() == sidebar.TODAY  # made behind I dag, not shown
    assert window.open_citizen(ids.aase)
    assert window.citizen_page.citizen.name == "Åse Nørgaard"  # type: ignore[union-attr]
    wait_for_all()
