"""UI tests: offscreen Qt, a fresh database per test, Qt warnings fail the test.

The in-memory keyring and the cleared CASEAPP_PASSPHRASE come from tests/conftest.py.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything loads Qt

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from caseapp.service import CaseService  # noqa: E402
from caseapp.storage.keys import DatabaseKey  # noqa: E402
from tests.ui import sample  # noqa: E402
from ui.shell.language import install_danish_plurals  # noqa: E402
from ui.shell.main_window import MainWindow  # noqa: E402

QCoreApplication.setOrganizationName("caseapp-tests")
QCoreApplication.setApplicationName("caseapp-tests")


# Every Qt warning fails a UI test; these two alone are let through, each for its reason.
HARMLESS_QT_MESSAGES = (
    # the offscreen platform plugin says this whenever a top-level window is shown
    r"This plugin does not support propagateSizeHints\(\)",
    # and this when a window already open is brought to the front with raise_() (the search
    # dialog, the Konflikter dialog, the team dialogs and the team view); on a real screen it works
    r"This plugin does not support raise\(\)",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*HARMLESS_QT_MESSAGES))


@pytest.fixture(autouse=True, scope="session")
def danish_plurals(qapp: QApplication) -> None:
    """caseapp_da.qm, as the program installs it: "1 dag over", "2 dage over"."""
    install_danish_plurals(qapp)


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> None:
    """QSettings in the test's own directory, never the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))


@pytest.fixture(autouse=True)
def stylesheet_as_found(qapp: QApplication) -> Iterator[None]:
    """A test that starts the app as the program does (`run`, `application()`) leaves no stylesheet
    behind: every later widget would be built and polished under it, and tests would depend on
    their order."""
    before = qapp.styleSheet()
    yield
    if qapp.styleSheet() != before:
        qapp.setStyleSheet(before)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[CaseService]:
    """A fresh, empty database with a random in-memory key."""
    service = CaseService.create(tmp_path / "caseapp.db", DatabaseKey.random())
    yield service
    service.close()


@pytest.fixture
def ids(service: CaseService) -> sample.Sample:
    """Fill the test's database with the small sample caseload; its ids."""
    return sample.fill(service)


@pytest.fixture
def window(qtbot: QtBot, service: CaseService, ids: sample.Sample) -> MainWindow:
    """The main window on the sample caseload, loaded, with error boxes recorded not shown."""
    win = MainWindow(service, now=lambda: sample.NOW)
    win.later_pages_timer.stop()  # pages are made when a test reaches for them, whatever the load
    win.errors = []  # type: ignore[attr-defined]
    win.show_error = lambda _parent, exc: win.errors.append(exc)  # type: ignore[attr-defined]
    win.confirm_discard = lambda: True
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    with qtbot.waitSignal(win.caseload_loaded, timeout=10_000):
        win.refresh()
    return win
