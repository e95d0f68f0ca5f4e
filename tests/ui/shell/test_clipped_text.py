"""Text that fits: a long sub-goal ends in "…" (never cut mid-letter without one), the search's
date column holds a date and a time, the diary's status column holds "Entered 01.12.26"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView, QTreeView
from pytestqt.qtbot import QtBot

from caseapp.service import CaseService
from tests.ui import sample
from ui.common.worker import wait_for_all
from ui.diary.notes_list_model import STATE
from ui.diary.quick_note_window import QuickNoteWindow
from ui.shell.language import LANGUAGE_ENV, use_language
from ui.shell.main_window import MainWindow
from ui.shell.search_dialog import SearchDialog

CELL_MARGIN = 8  # what a view's style leaves around a cell's text, at most


def _fits(view: QTableView | QTreeView, index: QModelIndex) -> bool:
    text = str(index.data())
    return view.fontMetrics().horizontalAdvance(text) + CELL_MARGIN <= view.columnWidth(index.column())


def test_a_long_sub_goal_ends_in_an_ellipsis_and_is_named_whole(
    qtbot: QtBot, window: MainWindow, ids: sample.Sample,
) -> None:
    quick = QuickNoteWindow(window.service, window.caseload, lambda: sample.NOW, window)
    qtbot.addWidget(quick)
    quick.start(ids.aase)
    quick.resize(360, 620)
    quick.show()
    box = quick.editor.goals.boxes[ids.subgoal]
    qtbot.waitUntil(box.isVisible, timeout=2000)
    whole = "Åse deltager i fællesspisningen hver tirsdag."
    qtbot.waitUntil(lambda: box.text().endswith("…"), timeout=2000)
    assert whole.startswith(box.text()[:-1])
    assert box.fontMetrics().horizontalAdvance(box.text()) < box.width()
    assert box.accessibleName() == whole and box.toolTip() == whole
    quick.resize(900, 620)
    qtbot.waitUntil(lambda: box.text() == whole, timeout=2000)  # room again: the whole goal


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    """Text set larger, as a user with poor sight sets it."""
    before = qapp.font()
    larger = qapp.font()
    larger.setPointSizeF(before.pointSizeF() * 1.5)
    qapp.setFont(larger)
    yield
    qapp.setFont(before)


def test_the_search_date_column_holds_a_date_and_a_time(
    qtbot: QtBot, service: CaseService, ids: sample.Sample, large_text: None,
) -> None:
    dialog = SearchDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.box.setText("fællesspisningen")
    dialog.run_search()
    model = dialog.model
    dates = [model.index(row, 2, model.index(group, 0))
             for group in range(model.rowCount())
             for row in range(model.rowCount(model.index(group, 0)))]
    timed = [index for index in dates if " " in str(index.data())]
    assert timed, [str(index.data()) for index in dates]
    assert all(_fits(dialog.results, index) for index in dates), [(d.data(), d.column(), dialog.results.columnWidth(2)) for d in dates]


@pytest.fixture
def english(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    use_language(qapp, "en")
    yield
    use_language(qapp, "da")


def test_the_diary_status_column_holds_entered_and_its_date_in_english(
    english: None, qtbot: QtBot, service: CaseService, ids: sample.Sample,
) -> None:
    service.diary.mark_entered_official([ids.signed_note], dt.date(2025, 11, 20))
    window = MainWindow(service, now=lambda: sample.NOW)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.refresh()
    wait_for_all()
    assert window.open_citizen(ids.aase, "notes")
    wait_for_all()
    diary = window.citizen_page.notes
    table = diary.table  # type: ignore[attr-defined]
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=2000)
    states = [model.index(row, STATE) for row in range(model.rowCount())]
    entered = [index for index in states if str(index.data()).startswith("Entered")]
    assert entered, [index.data() for index in states]
    assert all(_fits(table, index) for index in states), [index.data() for index in states]
    assert Qt.TextElideMode.ElideRight == table.textElideMode()
