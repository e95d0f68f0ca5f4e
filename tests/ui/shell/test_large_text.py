"""Text at 200 % (`caseapp --font-scale 200`): every page and citizen tab shows each button's and
each column header's whole text (a header made narrower ends in "…" with the whole title as its
tooltip), check boxes, the sidebar and the week's hour labels grow with the text, and the normal
size looks as before. The screenshots at that size, Danish and English, were looked at by eye;
this keeps what they showed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QHeaderView,
    QScrollArea,
    QStyle,
    QWidget,
)
from pytestqt.qtbot import QtBot

from caseapp.cli import main as cli_main
from caseapp.service import CaseService
from tests.ui import sample
from ui.common.views import last_title_width
from ui.common.worker import wait_for_all
from ui.shell import sidebar
from ui.shell.app import apply_stylesheet
from ui.shell.font_scale import scaled_points, use_font_scale
from ui.shell.language import LANGUAGE_ENV, use_language
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


def cut_headers(root: QWidget) -> list[str]:
    """Visible column headers that would cut a title without "…", or show less of a title than
    a section narrower than its text and no tooltip with the whole of it."""
    problems = []
    for header in root.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        needs = [header.sectionSizeHint(section) for section in range(header.count())]
        if header.stretchLastSection() and header.count():
            needs[-1] = last_title_width(header)  # the sort arrow's room only where drawn
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            title = model.headerData(section, Qt.Orientation.Horizontal)
            two_lines = any("\n" in str(model.headerData(other, Qt.Orientation.Horizontal))
                            for other in range(header.count()))  # Qt cuts those wrongly
            if header.textElideMode() == Qt.TextElideMode.ElideNone and not two_lines:
                problems.append(f"{title!r}: cut without '…' when narrowed")
            if model.headerData(section, Qt.Orientation.Horizontal,
                                Qt.ItemDataRole.ToolTipRole) != title:
                problems.append(f"{title!r}: no tooltip with the whole title")
            view = header.parentWidget()
            scrolls = (isinstance(view, QAbstractScrollArea) and view.horizontalScrollBarPolicy()
                       != Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            end = header.sectionPosition(section) + needs[section]
            if not scrolls and end > header.viewport().width() + 1:
                problems.append(f"{title!r}: past the list's right edge, no scrolling to it")
            stretched = header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch
            if not stretched and header.sectionSize(section) + 1 < needs[section]:
                problems.append(f"{title!r}: {header.sectionSize(section)} px < "
                                f"{needs[section]} px its title needs")
    return problems


def _every_view(window: MainWindow, check: Callable[[QWidget], list[str]]) -> list[str]:
    problems = []
    for page in (sidebar.TODAY, sidebar.WEEK, sidebar.CASELOAD, sidebar.DEADLINES):
        window.show_page(page)
        wait_for_all()
        problems += [f"page {page}: {cut}" for cut in check(window)]
    citizen = window.caseload[0].id
    for tab in ("overview", "plan", "notes", "appointments", "status", "followup"):
        assert window.open_citizen(citizen, tab)
        wait_for_all()
        problems += [f"{tab}: {cut}" for cut in check(window)]
    return problems


@pytest.mark.parametrize("language", ["da", "en"])
def test_no_column_header_is_cut_at_200_percent(
    large_text: None, qtbot: QtBot, service: CaseService, qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch, language: str,
) -> None:
    """The plan's "Ambition / hvem", the diary's "Delmål" ("Sub-goal"), the network and
    consent tables' columns: as wide as their titles, and "…" if the user narrows them."""
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    use_language(qapp, language)
    try:
        window = _big_window(qtbot, service)
        problems = _every_view(window, cut_headers)
    finally:
        use_language(qapp, "da")
    assert not problems, "\n".join(problems)


def test_check_boxes_grow_with_the_text(
    large_text: None, qtbot: QtBot, service: CaseService,
) -> None:
    """Qt draws a check box at 14 px whatever the font: a speck beside 20pt text."""
    window = _big_window(qtbot, service)
    assert window.open_citizen(window.caseload[0].id, "notes")
    wait_for_all()
    boxes = [box for box in window.findChildren(QCheckBox) if box.isVisible()]
    assert boxes
    for box in boxes:
        side = box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box)
        assert side >= 26, f"{box.text()!r}: a {side} px box"


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


def _overview_needs_sideways_scrolling(window: MainWindow) -> bool:
    assert window.open_citizen(window.caseload[0].id, "overview")
    wait_for_all()
    QApplication.processEvents()
    scroll = window.citizen_page.overview.findChild(QScrollArea)
    return scroll.horizontalScrollBar().maximum() > 0


def test_the_overview_stands_in_one_column_at_200_percent(
    large_text: None, qtbot: QtBot, service: CaseService,
) -> None:
    """The citizen's own words, Stamdata, preferences and network stand under one another
    (side by side they ran past the window's edge: "Borgeren er et barn (status to ga" and the
    fields cut, reachable only by scrolling sideways)."""
    window = _big_window(qtbot, service)
    assert not _overview_needs_sideways_scrolling(window)
    assert window.citizen_page.overview.form.columns() == 1


def test_the_overview_stands_in_two_columns_at_normal_size(qtbot: QtBot, service: CaseService) -> None:
    window = _big_window(qtbot, service)
    assert not _overview_needs_sideways_scrolling(window)
    assert window.citizen_page.overview.form.columns() == 2


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


def test_a_screenshot_at_200_percent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, large_text: None
) -> None:
    """(large_text puts the application's 100 % back afterwards: `run` leaves its scale on the
    one QApplication the later tests share, and their text was then cut.)"""
    from caseapp.storage.keys import DatabaseKey
    from ui.shell.app import run

    path = tmp_path / "sample.db"
    with CaseService.create(path, DatabaseKey(passphrase="stor tekst")) as service:
        sample.fill(service)
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "stor tekst")
    out = tmp_path / "week.png"
    assert run(db_path=path, demo=False, screenshot=out, view="week", font_scale=200) == 0
    assert QImage(str(out)).width() == 1280
