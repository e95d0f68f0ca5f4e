"""The finish a new user notices in English and in Danish: dates written as each language writes
them, a week header that never mixes full and short day names, "Redo" for redo, Qt's own file
dialog in the language of the rest, and a first-run text that stays true in a team."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from caseapp.service import CaseService
from tests.ui import sample
from ui.common.formatting import long_date
from ui.common.worker import wait_for_all
from ui.shell import sidebar
from ui.shell.app import application
from ui.shell.first_run_wizard import FirstRunWizard
from ui.shell.language import LANGUAGE_ENV, use_language
from ui.shell.main_window import MainWindow

MONDAY = dt.date(2026, 12, 7)


@pytest.fixture
def english(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    use_language(qapp, "en")
    yield
    use_language(qapp, "da")


@pytest.fixture
def painted(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, float, float]]:
    """Each text drawn in a rectangle: the text, its width in the painter's font, the room."""
    texts: list[tuple[str, float, float]] = []
    draw = QPainter.drawText

    def record(painter: QPainter, *args: object) -> None:
        rect = args[0] if isinstance(args[0], QRectF) else None
        for arg in args:
            if isinstance(arg, str):
                width = QFontMetricsF(painter.font()).horizontalAdvance(arg)
                texts.append((arg, width, rect.width() if rect else float("inf")))
        draw(painter, *args)  # type: ignore[call-overload]

    monkeypatch.setattr(QPainter, "drawText", record)
    return texts


def _window(qtbot: QtBot, service: CaseService) -> MainWindow:
    window = MainWindow(service, now=lambda: sample.NOW)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.refresh()
    wait_for_all()
    return window


def test_a_long_date_in_english_has_no_danish_ordinal_dot(english: None) -> None:
    assert long_date(MONDAY) == "Monday 7 December 2026"


def test_a_long_date_in_danish_keeps_it() -> None:
    assert long_date(MONDAY) == "mandag 7. december 2026"


def test_today_says_the_date_as_english_does(
    english: None, qtbot: QtBot, service: CaseService, ids: sample.Sample,
) -> None:
    window = _window(qtbot, service)
    assert window.today_view.heading.text() == "Today, Monday 24 November 2025"


def test_the_week_heading_in_english_has_no_ordinal_dots(
    english: None, qtbot: QtBot, service: CaseService, ids: sample.Sample,
) -> None:
    window = _window(qtbot, service)
    window.show_page(sidebar.WEEK)
    assert window.week_view.heading.text() == "Week 48 · 24–30 November 2025"


FULL = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag"}
SHORT = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
         "man", "tir", "ons", "tor", "fre", "lør", "søn"}
_HEADER = re.compile(r"^(?:(\w+) )?\d{1,2}\.\d{1,2}\.$")  # "Mon 7.12." or, narrowest, "7.12."


def _week_headers(qtbot: QtBot, service: CaseService, painted: list[tuple[str, float, float]],
                  width: int) -> list[tuple[str, float, float]]:
    window = _window(qtbot, service)
    window.show_page(sidebar.WEEK)
    wait_for_all()
    window.resize(width, 800)
    painted.clear()
    window.week_view.grid.grab()
    return [entry for entry in painted if _HEADER.match(entry[0])]


def _check_headers(headers: list[tuple[str, float, float]]) -> None:
    names = {(_HEADER.match(text).group(1) or "").casefold() for text, _, _ in headers}  # type: ignore[union-attr]
    assert len(headers) == 7, headers
    full, short = {n.casefold() for n in FULL}, {n.casefold() for n in SHORT}
    assert names <= full or names <= short or names == {""}, sorted(names)  # no "Wednesday" beside "Thu"
    assert all(width <= room for _, width, room in headers), headers  # and never clipped


@pytest.mark.parametrize("width", range(900, 1500, 100))  # never the 1280 it opens at
def test_the_week_header_never_mixes_full_and_short_day_names(
    english: None, qtbot: QtBot, service: CaseService, ids: sample.Sample,
    painted: list[tuple[str, float, float]], width: int,
) -> None:
    _check_headers(_week_headers(qtbot, service, painted, width))


@pytest.mark.parametrize("width", [1000, 1300, 1600])  # not 1280: the window opens at that
def test_the_danish_week_header_neither_mixes_nor_clips(
    qtbot: QtBot, service: CaseService, ids: sample.Sample,
    painted: list[tuple[str, float, float]], width: int,
) -> None:
    _check_headers(_week_headers(qtbot, service, painted, width))


def test_redo_is_called_redo_in_english(
    english: None, qtbot: QtBot, service: CaseService, ids: sample.Sample,
) -> None:
    window = _window(qtbot, service)
    assert window.week_view.redo_action.text() == "Redo"
    assert window.open_citizen(ids.aase, "plan")
    assert window.citizen_page.plan.redo_button.text() == "Redo"  # type: ignore[attr-defined]


def _file_dialog_labels(qtbot: QtBot) -> list[str]:
    dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    return [label.text() for label in dialog.findChildren(QLabel) if label.text()]


def test_qts_file_dialog_speaks_danish_in_the_danish_program(qtbot: QtBot) -> None:
    application()  # Qt's own translations, as the program installs them
    labels = _file_dialog_labels(qtbot)
    assert "&Kig i:" in labels and "Fil&type:" in labels and "&Filnavn:" in labels, labels


def test_qts_file_dialog_speaks_english_in_the_english_program(
    qtbot: QtBot, english: None,
) -> None:
    application()
    labels = _file_dialog_labels(qtbot)
    assert "&Look in:" in labels and "Files of &type:" in labels, labels


def test_the_first_run_text_stays_true_for_a_team_user(qtbot: QtBot) -> None:
    wizard = FirstRunWizard(needs_passphrase=False)
    qtbot.addWidget(wizard)
    wizard.show()
    texts = " ".join(label.text() for label in wizard.currentPage().findChildren(QLabel))
    assert "Oplysningerne bliver på denne computer" not in texts
    assert "team" in texts and "krypteret" in texts
