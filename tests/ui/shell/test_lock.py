"""Lock: Ctrl+L and idle time cover the window; nothing personal shows; the password unlocks."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caseapp.service import CaseService
from tests.ui import sample
from tests.ui.helpers import visible_texts
from ui.shell.main_window import MainWindow
from ui.shell.unlock import with_unlock_password

NAMES = ("Åse", "Nørgaard", "Bjørn", "Dorthe", "Carl", "010190")


def _with_password(window: MainWindow, service: CaseService, password: str) -> None:
    service.save_profile(with_unlock_password(service.profile(), password))
    window.profile = service.profile()


def test_ctrl_l_hides_personal_data_and_password_unlocks(
    qtbot, window: MainWindow, service: CaseService, ids: sample.Sample
) -> None:
    _with_password(window, service, "rigtig-kode")
    window.open_citizen(ids.aase)
    window.search_dialog.open_search()
    qtbot.keyClicks(window.search_dialog.box, "Åse")
    window.search_dialog.run_search()
    assert "Åse Nørgaard" in visible_texts(window)

    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    shown = visible_texts(window)
    assert "låst" in shown
    for name in NAMES:
        assert name not in shown
    assert not window.search_dialog.isVisible()
    assert window.search_dialog.box.text() == ""

    screen = window.lock_screen
    qtbot.keyClicks(screen.password, "forkert-kode")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert window.is_locked()
    assert screen.error.text() == "Forkert adgangskode."
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()  # navigation does nothing while locked

    with qtbot.waitSignal(window.unlocked):
        qtbot.keyClicks(screen.password, "rigtig-kode")
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert not window.is_locked()
    assert "Åse Nørgaard" in visible_texts(window)


def test_locks_after_idle_minutes(qtbot, window: MainWindow, service, ids) -> None:
    _with_password(window, service, "rigtig-kode")
    window.idle.set_minutes(0)
    with qtbot.waitSignal(window.locked, timeout=2_000):
        window.idle.check()
    assert window.is_locked()
    for name in NAMES:
        assert name not in visible_texts(window)


def test_idle_time_comes_from_the_profile(qtbot, service: CaseService, ids) -> None:
    profile = service.profile()
    assert profile.lock_minutes == 5
    window = MainWindow(service, now=lambda: sample.NOW)
    qtbot.addWidget(window)
    assert window.idle._limit == 5 * 60


def test_without_a_password_the_button_unlocks(qtbot, window: MainWindow) -> None:
    window.lock()
    assert not window.lock_screen.password.isVisible()
    qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.is_locked()
