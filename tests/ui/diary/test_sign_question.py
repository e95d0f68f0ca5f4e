"""Signing cannot be undone, so the editor asks first; Enter and Escape sign nothing, only
"Underskriv" does."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from caseapp.domain.enums import RecordState
from caseapp.service import CaseService
from tests.ui import sample
from ui.diary.quick_note_window import QuickNoteWindow
from ui.diary.sign_question import asks_before_signing

CTRL = Qt.KeyboardModifier.ControlModifier


def _answer(qtbot: QtBot, press: Callable[[QMessageBox], None], seen: list[str]) -> None:
    """When the question is on screen, note its text and answer it as a user does."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, act)
            return
        seen.append(box.text())
        press(box)

    QTimer.singleShot(0, act)


def _key(key: Qt.Key) -> Callable[[QMessageBox], None]:
    return lambda box: QTest.keyClick(box, key)


def _click_sign(box: QMessageBox) -> None:
    sign = next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == "Underskriv")
    sign.click()


@pytest.fixture
def quick(qtbot: QtBot, service: CaseService, ids: sample.Sample) -> QuickNoteWindow:
    window = QuickNoteWindow(service, service.citizens.caseload(), lambda: sample.NOW)
    qtbot.addWidget(window)
    window.show()
    window.start(ids.aase)
    qtbot.keyClicks(window.editor.text, "Åse kom til tiden og fortalte om praktikken.")
    return window


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_enter_and_escape_sign_nothing(
    qtbot: QtBot, service: CaseService, quick: QuickNoteWindow, key: Qt.Key,
) -> None:
    seen: list[str] = []
    _answer(qtbot, _key(key), seen)
    qtbot.keyClick(quick.editor.text, Qt.Key.Key_Return, CTRL)
    assert seen and "kan ikke ændres" in seen[0]
    assert quick.editor.note_id is not None
    assert service.diary.note(quick.editor.note_id).state == RecordState.DRAFT
    assert not quick.editor.is_read_only()


def test_underskriv_signs(qtbot: QtBot, service: CaseService, quick: QuickNoteWindow) -> None:
    seen: list[str] = []
    _answer(qtbot, _click_sign, seen)
    qtbot.mouseClick(quick.editor.sign_button, Qt.MouseButton.LeftButton)
    assert seen
    assert service.diary.note(quick.editor.note_id).state == RecordState.SIGNED
    assert quick.editor.is_read_only()


def _tick_then(press: Callable[[QMessageBox], None]) -> Callable[[QMessageBox], None]:
    """Tick "Vis ikke igen" from the keyboard (Space on the box), then answer."""

    def act(box: QMessageBox) -> None:
        again = box.checkBox()
        assert again is not None and again.text() == "&Vis ikke igen"
        again.setFocus()
        QTest.keyClick(again, Qt.Key.Key_Space)
        press(box)

    return act


def _second_note(qtbot: QtBot, service: CaseService, citizen: int) -> QuickNoteWindow:
    """The next quick note, in a window of its own as Ctrl+N opens it."""
    window = QuickNoteWindow(service, service.citizens.caseload(), lambda: sample.NOW)
    qtbot.addWidget(window)
    window.show()
    window.start(citizen)
    qtbot.keyClicks(window.editor.text, "Bjørn ringede om sin husleje.")
    return window


def test_vis_ikke_igen_signs_the_next_note_without_asking(
    qtbot: QtBot, service: CaseService, ids: sample.Sample, quick: QuickNoteWindow,
) -> None:
    seen: list[str] = []
    _answer(qtbot, _tick_then(_click_sign), seen)
    qtbot.keyClick(quick.editor.text, Qt.Key.Key_Return, CTRL)
    assert len(seen) == 1
    assert not asks_before_signing()
    assert service.diary.note(quick.editor.note_id).state == RecordState.SIGNED
    second = _second_note(qtbot, service, ids.bjoern)
    qtbot.mouseClick(second.editor.sign_button, Qt.MouseButton.LeftButton)  # no question now
    assert len(seen) == 1
    assert service.diary.note(second.editor.note_id).state == RecordState.SIGNED


def test_vis_ikke_igen_then_cancel_keeps_the_question(
    qtbot: QtBot, service: CaseService, ids: sample.Sample, quick: QuickNoteWindow,
) -> None:
    seen: list[str] = []
    _answer(qtbot, _tick_then(_key(Qt.Key.Key_Escape)), seen)
    qtbot.keyClick(quick.editor.text, Qt.Key.Key_Return, CTRL)
    assert service.diary.note(quick.editor.note_id).state == RecordState.DRAFT
    _answer(qtbot, _key(Qt.Key.Key_Escape), seen)
    qtbot.mouseClick(quick.editor.sign_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2  # asked again


def test_indstillinger_turns_the_question_back_on(
    qtbot: QtBot, service: CaseService, ids: sample.Sample, quick: QuickNoteWindow,
) -> None:
    from ui.shell.settings_dialog import SettingsDialog

    seen: list[str] = []
    _answer(qtbot, _tick_then(_click_sign), seen)
    qtbot.keyClick(quick.editor.text, Qt.Key.Key_Return, CTRL)
    dialog = SettingsDialog(service.profile())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ask_before_signing.isChecked()
    dialog.ask_before_signing.setChecked(True)
    dialog.accept()
    second = _second_note(qtbot, service, ids.bjoern)
    _answer(qtbot, _key(Qt.Key.Key_Escape), seen)
    qtbot.mouseClick(second.editor.sign_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2
    assert service.diary.note(second.editor.note_id).state == RecordState.DRAFT
