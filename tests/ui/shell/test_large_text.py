"""Text at 200 % (`caseapp --font-scale 200`): every page and citizen tab shows each button's whole
text, the sidebar and the week's hour labels grow with the text, and the normal size looks as
before. The screenshots at that size were looked at by eye; this keeps what they showed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from caseapp.cli import main as cli_main
from caseapp.service import CaseService
from tests.ui import sample
from ui.common.worker import wait_for_all
from ui.shell import sidebar
from ui.shell.app import apply_stylesheet
from ui.shell.font_scale import scaled_points, use_font_scale
from ui.shell.main_window import MainWindow


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    before = qapp.styleSheet()
    use_font_scale(qapp, 200)
    apply_stylesheet(qapp, 200)
    yield
    use_font_scale(qapp, 100)
    qapp.setStyleSheet(before)


def _big_window(qtbot: QtBot, service: CaseService) -> MainWindow:
    sample.fill(service)
    window = MainWindow(service, now=lambda: sample.NOW)
    window.confirm_discard = lambda: True
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.caseload_loaded, timeout=10_000):
        window.refresh()
    return window


def cut_buttons(root: QWidget) -> list[str]:
    """Visible buttons narrower than their text needs."""
    return sorted(f"{type(b).__name__} {b.text()!r}: {b.width()} < {b.sizeHint().width()}"
                  for b in root.findChildren(QAbstractButton)
                  if b.isVisible() and b.text() and b.width() + 1 < b.sizeHint().width())


def test_no_button_is_cut_at_200_percent(
    large_text: None, qtbot: QtBot, service: CaseService,
) -> None:
    window = _big_window(qtbot, service)
    problems = []
    for page in (sidebar.TODAY, sidebar.WEEK, sidebar.CASELOAD, sidebar.DEADLINES):
        window.show_page(page)
        wait_for_all()
        problems += [f"page {page}: {cut}" for cut in cut_buttons(window)]
    citizen = window.caseload[0].id
    for tab in ("overview", "plan", "notes", "appointments", "status", "followup"):
        assert window.open_citizen(citizen, tab)
        wait_for_all()
        problems += [f"{tab}: {cut}" for cut in cut_buttons(window)]
    assert not problems, "\n".join(problems)


def test_sidebar_and_hour_labels_grow_with_the_text(
    large_text: None, qtbot: QtBot, service: CaseService,
) -> None:
    window = _big_window(qtbot, service)
    assert window.sidebar.width() > sidebar.MIN_WIDTH
    window.show_page(sidebar.WEEK)
    wait_for_all()
    grid = window.week_view.grid
    assert grid.week_layout().gutter > 52 * 1.5


def test_the_normal_size_is_unchanged(qtbot: QtBot, service: CaseService) -> None:
    window = _big_window(qtbot, service)
    assert window.sidebar.width() == sidebar.MIN_WIDTH
    assert scaled_points("QWidget { font-size: 10pt; }", 100) == "QWidget { font-size: 10pt; }"
    assert scaled_points("QWidget { font-size: 10pt; }", 200) == "QWidget { font-size: 20pt; }"


def test_font_scale_out_of_range_is_one_danish_sentence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = cli_main(["--font-scale", "900"], gui=lambda **_kw: 0)
    assert code != 0
    err = capsys.readouterr().err
    assert "--font-scale skal være mellem 50 og 400 procent" in err
    assert "Traceback" not in err


def test_a_screenshot_at_200_percent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.storage.keys import DatabaseKey
    from ui.shell.app import run

    path = tmp_path / "sample.db"
    with CaseService.create(path, DatabaseKey(passphrase="stor tekst")) as service:
        sample.fill(service)
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "stor tekst")
    out = tmp_path / "week.png"
    assert run(db_path=path, demo=False, screenshot=out, view="week", font_scale=200) == 0
    assert QImage(str(out)).width() == 1280
