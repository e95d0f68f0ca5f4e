"""Filer -> Afslut, and Ctrl+Q: the window closes, asking first about unsaved edits."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui import sample
from ui.shell.main_window import MainWindow


def test_ctrl_q_closes_the_window_from_the_file_menu(qtbot, window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0]
    assert file_menu.text() == "&Filer"
    assert window.quit_action in file_menu.menu().actions()
    assert window.quit_action.text() == "&Afslut"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)


def test_quitting_with_unsaved_edits_asks_first(qtbot, window: MainWindow, ids: sample.Sample) -> None:
    window.open_citizen(ids.aase)
    qtbot.keyClicks(window.citizen_page.overview.form.next_step, " og mere")
    asked: list[bool] = []
    window.confirm_discard = lambda: asked.append(True) or False  # "no, keep them"
    window.quit_action.trigger()
    assert asked == [True] and window.isVisible()
