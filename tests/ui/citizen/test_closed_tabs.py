"""A closed case in the Plan, Dagbog and Status tabs: each says so in a banner, and nothing in
them edits (the keys and buttons a caseworker would try do nothing); reopening gives it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from caseapp.service import CaseService
from tests.ui import sample
from ui.common.worker import wait_for_all
from ui.shell.main_window import MainWindow

BANNER = "Sagen er afsluttet – kun læsning"


def _click_tab(qtbot, window: MainWindow, title: str) -> QWidget:
    tabs = window.citizen_page.tabs
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i).startswith(title))
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    wait_for_all()
    assert tabs.currentIndex() == index
    return tabs.currentWidget()


def _closed_aase(qtbot, window: MainWindow, service: CaseService, ids: sample.Sample) -> None:
    service.records.close_case(ids.aase, "Flyttet til anden kommune", sample.TODAY)
    window.open_citizen(ids.aase)
    wait_for_all()


def test_the_plan_of_a_closed_case_cannot_be_edited(
    qtbot, window: MainWindow, service: CaseService, ids: sample.Sample
) -> None:
    _closed_aase(qtbot, window, service, ids)
    plan = window.citizen_page.plan
    assert _click_tab(qtbot, window, "Plan") is plan
    assert plan.closed_banner.isVisible() and BANNER in plan.closed_banner.text()
    assert not plan.add_button.isEnabled() and not plan.add_root_button.isEnabled()
    assert not plan.remove_button.isEnabled() and not plan.undo_button.isEnabled()
    assert plan.copy_button.isEnabled() and plan.print_button.isEnabled()  # reading goes on
    assert not plan.side.goal_form.isEnabled() and not plan.side.progress.isEnabled()
    goals_before = len(service.plans.goals(ids.aase))
    plan.tree.setFocus()
    for key in (Qt.Key.Key_Insert, Qt.Key.Key_Delete, Qt.Key.Key_F2):
        qtbot.keyClick(plan.tree, key)
    qtbot.keyClick(plan.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    wait_for_all()
    assert not plan.tree.is_editing()
    assert len(service.plans.goals(ids.aase)) == goals_before
    assert window.errors == []  # nothing was tried, so nothing was refused

    qtbot.mouseClick(window.citizen_page.header.reopen_button, Qt.MouseButton.LeftButton)
    wait_for_all()
    assert not plan.closed_banner.isVisible()
    assert plan.add_root_button.isEnabled() and plan.side.goal_form.isEnabled()


def test_the_diary_of_a_closed_case_takes_no_notes_and_no_corrections(
    qtbot, window: MainWindow, service: CaseService, ids: sample.Sample
) -> None:
    _closed_aase(qtbot, window, service, ids)
    notes = window.citizen_page.notes
    _click_tab(qtbot, window, "Dagbog")
    assert notes.closed_banner.isVisible() and BANNER in notes.closed_banner.text()
    assert not notes.new_button.isEnabled() and not notes.month_button.isEnabled()
    assert notes.copy_button.isEnabled()  # copying out to the official system goes on
    assert notes.select_note(ids.signed_note)
    assert notes.detail.correct_button.isVisible() and not notes.detail.correct_button.isEnabled()
    count = service.diary.note_count(ids.aase)
    qtbot.mouseClick(notes.new_button, Qt.MouseButton.LeftButton)
    notes.open_target(f"appointment:{ids.held_without_note}")  # from I dag: does nothing
    assert notes.right.currentWidget() is notes.detail
    assert service.diary.note_count(ids.aase) == count

    qtbot.mouseClick(window.citizen_page.header.reopen_button, Qt.MouseButton.LeftButton)
    wait_for_all()
    assert not notes.closed_banner.isVisible() and notes.new_button.isEnabled()
    assert notes.detail.correct_button.isEnabled()


def test_a_status_draft_of_a_closed_case_is_locked(
    qtbot, window: MainWindow, service: CaseService, ids: sample.Sample
) -> None:
    _closed_aase(qtbot, window, service, ids)
    statuses = window.citizen_page.statuses
    _click_tab(qtbot, window, "Status")
    statuses.table.selectRow(0)
    wait_for_all()
    assert statuses.closed_banner.isVisible() and BANNER in statuses.closed_banner.text()
    editor = statuses.editor
    assert editor.overall.toPlainText() == "Åse er kommet godt i gang."
    assert editor.overall.isReadOnly()
    assert not statuses.new_button.isEnabled() and not statuses.save_button.isEnabled()
    assert not statuses.finalise_button.isEnabled() and not statuses.banner.isVisible()
    editor.overall.setFocus()
    qtbot.keyClicks(editor.overall, " Og mere.")
    qtbot.keyClick(statuses, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_for_all()
    assert editor.overall.toPlainText() == "Åse er kommet godt i gang."
    assert service.statuses.status_descriptions(ids.aase)[0].overall == "Åse er kommet godt i gang."

    qtbot.mouseClick(window.citizen_page.header.reopen_button, Qt.MouseButton.LeftButton)
    wait_for_all()
    assert not statuses.closed_banner.isVisible()
    assert not editor.overall.isReadOnly() and statuses.new_button.isEnabled()
