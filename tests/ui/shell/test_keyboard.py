"""Keyboard all the way: Tab in Hurtignotat follows what the eye reads, Ctrl+Tab walks a
citizen's tabs from anywhere on the page, and the menus have underlined letters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui import sample
from ui.diary.quick_note_window import QuickNoteWindow
from ui.shell.language import LANGUAGE_ENV, use_language
from ui.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _tab_walk(qtbot: QtBot, start: QWidget, steps: int) -> list[QWidget]:
    """The widgets Tab visits from `start`, pressing the key as a user does (a date field
    takes one Tab per section before it lets go; it is listed once)."""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus, timeout=2000)
    visited = [start]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not visited[-1]:
            visited.append(QApplication.focusWidget())
    return visited


def test_tab_in_the_quick_note_goes_citizen_fields_sub_goals_text_buttons(
    qtbot: QtBot, window: MainWindow, ids: sample.Sample,
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    quick = window.findChild(QuickNoteWindow)
    assert quick is not None
    qtbot.waitUntil(quick.isActiveWindow, timeout=2000)
    quick.citizen.setCurrentIndex(quick.citizen.findData(ids.aase))
    editor = quick.editor
    boxes = list(editor.goals.boxes.values())
    assert len(boxes) >= 2
    qtbot.waitUntil(boxes[-1].isVisible, timeout=2000)
    qtbot.keyClicks(editor.text, "Åse kom til tiden.")  # so Gem and Underskriv take focus
    visited = _tab_walk(qtbot, quick.citizen, 24)
    expected = [quick.citizen, editor.kind, editor.occurred, editor.appointment, *boxes,
                editor.text, editor.close_button]
    names = [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()}" for w in visited]
    assert all(widget in visited for widget in expected), "\n".join(names)
    positions = [visited.index(widget) for widget in expected]
    assert positions == sorted(positions), names
    buttons = [editor.close_button, editor.sign_button]  # Gem kladde waits for unsaved text
    assert all(button in visited for button in buttons), "\n".join(names)
    assert [visited.index(b) for b in buttons] == sorted(visited.index(b) for b in buttons)


def test_ctrl_tab_switches_the_citizens_tabs_from_a_field(
    qtbot: QtBot, window: MainWindow, ids: sample.Sample,
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    assert window.open_citizen(ids.aase, "overview")
    tabs = window.citizen_page.tabs
    field = window.citizen_page.overview.form.name
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    qtbot.keyClick(field, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == 1
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == 2
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert tabs.currentIndex() == 1
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageDown, CTRL)
    assert tabs.currentIndex() == 2
    tabs.setCurrentIndex(tabs.count() - 1)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == 0  # round again, as a browser's tabs do


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _underlined_letters(titles: list[str]) -> None:
    """Each title has an underlined letter, and no two share one."""
    assert titles and all("&" in title for title in titles), titles
    letters = [title[title.index("&") + 1].casefold() for title in titles]
    assert len(set(letters)) == len(letters), titles


def _check_menus(window: MainWindow) -> None:
    _underlined_letters(_menu_titles(window))
    for action in window.menuBar().actions():
        _underlined_letters([a.text() for a in action.menu().actions() if not a.isSeparator()])


def test_every_menu_has_an_underlined_letter_in_danish(window: MainWindow) -> None:
    _check_menus(window)


def test_every_menu_has_an_underlined_letter_in_english(
    qapp: QApplication, qtbot: QtBot, service: object, ids: sample.Sample,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    use_language(qapp, "en")
    try:
        window = MainWindow(service, now=lambda: sample.NOW)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        assert "&File" in _menu_titles(window)
        _check_menus(window)
    finally:
        use_language(qapp, "da")
