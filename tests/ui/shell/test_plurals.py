"""Counts agree with their number in both languages: "1 dag over", "2 dage over", "1 day overdue".

Danish is the source language, so its singular and plural come from caseapp_da.qm (built from
the plural-only caseapp_da.ts); English has its own forms in caseapp_en.qm.
"""

from __future__ import annotations

import datetime as dt
import types
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QSpinBox
from pytestqt.qtbot import QtBot

from caseapp.domain.models import Profile
from caseapp.planning.timeliness import ContactDue
from caseapp.resources import resource_path
from ui.shell.language import use_language
from ui.shell.settings_dialog import SettingsDialog
from ui.today.today_view import TodayView
from ui.week.timeliness_panel import TimelinessPanel

DAY = dt.date(2025, 11, 24)


def _numerus(language: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the plural forms, for every %n message in caseapp_<language>.ts."""
    root = ET.parse(resource_path("translations", f"caseapp_{language}.ts")).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""):
            [form.text or "" for form in message.findall("translation/numerusform")]
        for context in root.findall("context")
        for message in context.findall("message")
        if message.get("numerus") == "yes"
    }


@pytest.fixture(params=["da", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    assert use_language(qapp, request.param) == request.param
    yield request.param
    use_language(qapp, "da")


def test_danish_has_forms_for_every_english_plural() -> None:
    english, danish = _numerus("en"), _numerus("da")
    assert len(english) >= 15
    assert set(danish) == set(english)
    for forms in [*english.values(), *danish.values()]:
        assert len(forms) == 2 and all(forms)
        assert not any(mark in form for form in forms for mark in ("(e)", "(r)", "(er)"))


def test_every_plural_message_takes_its_form_from_the_number(language: str) -> None:
    """The one for 1, the other for 0 and 2, through the translators the program installs."""
    for (context, source), (one, other) in _numerus(language).items():
        for n, form in ((0, other), (1, one), (2, other)):
            shown = QCoreApplication.translate(context, source, "", n)
            expected = form.replace("%Ln", str(n)).replace("%n", str(n))
            assert shown == expected, (context, source, n)


EXPECTED_DAYS_OVER = {
    "da": ["Alice – 0 dage over", "Alice – 1 dag over", "Alice – 2 dage over"],
    "en": ["Alice – 0 days overdue", "Alice – 1 day overdue", "Alice – 2 days overdue"],
}


def test_today_says_1_dag_over(language: str, qtbot: QtBot) -> None:
    view = TodayView()
    qtbot.addWidget(view)
    digest = types.SimpleNamespace(today=DAY)
    texts = [view._contact_text("Alice", DAY - dt.timedelta(days=n), digest)  # type: ignore[arg-type]
             for n in (1, 2)]
    assert texts == EXPECTED_DAYS_OVER[language][1:]


def test_the_week_says_1_dag_over(language: str, qtbot: QtBot) -> None:
    panel = TimelinessPanel()
    qtbot.addWidget(panel)
    texts = [panel._overdue_text(ContactDue(1, DAY, False, n, None), {1: "Alice"})
             for n in (0, 1, 2)]
    assert texts == EXPECTED_DAYS_OVER[language]


def test_the_cadence_spin_box_says_dag_after_1(language: str, qtbot: QtBot) -> None:
    dialog = SettingsDialog(Profile(default_cadence_days=1))
    qtbot.addWidget(dialog)
    spin: QSpinBox = dialog.cadence
    shown = []
    for n in (1, 2):
        spin.setValue(n)
        shown.append(spin.text())
    assert shown == {"da": ["1 dag", "2 dage"], "en": ["1 day", "2 days"]}[language]


def test_the_weekly_average_has_the_languages_decimal_mark(language: str, qtbot: QtBot) -> None:
    from ui.week.timeliness_panel import _decimal

    assert _decimal(12.75) == {"da": "12,8", "en": "12.8"}[language]
