"""English as the second language: caseapp_en.qm loads, translates, and the app uses it."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from caseapp.resources import resource_path
from caseapp.service import CaseService
from tests.ui import sample
from ui.common.formatting import tr
from ui.shell import sidebar
from ui.shell.language import LANGUAGE_ENV, chosen_language, load_english, use_language
from ui.shell.main_window import MainWindow


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    """English installed for one test, Danish again afterwards."""
    assert use_language(qapp, "en") == "en"
    yield qapp
    use_language(qapp, "da")


def test_the_qm_loads_and_translates_known_strings() -> None:
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "caseapp_en.qm")))
    assert translator.language() == "en_GB"
    assert translator.translate("Sidebar", "Sagsstamme") == "Caseload"
    assert translator.translate("SettingsDialog", "Indstillinger") == "Settings"
    assert translator.translate("MainWindow", "&Filer") == "&File"
    assert translator.translate("", "mandag") == "Monday"  # module-level tr() and _tr()


def test_every_message_is_translated() -> None:
    root = ET.parse(resource_path("translations", "caseapp_en.ts")).getroot()
    messages = root.findall("context/message")
    assert len(messages) > 600
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation[@type]") is not None or not m.findtext("translation")]
    assert unfinished == []


@pytest.mark.parametrize("language", ["en", "da"])
def test_the_committed_qm_is_built_from_its_ts(language: str, tmp_path: Path) -> None:
    """caseapp_<language>.qm is what pyside6-lrelease makes of the .ts today (README step 4)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    built = tmp_path / f"caseapp_{language}.qm"
    ts = resource_path("translations", f"caseapp_{language}.ts")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(built)], check=True)
    assert built.read_bytes() == resource_path("translations", built.name).read_bytes()


def test_load_english_gives_a_loaded_translator() -> None:
    assert load_english().translate("SettingsDialog", "Sprog") == "Language"


def test_module_level_tr_and_danish_fallback(english: QApplication) -> None:
    assert tr("Kladder") == "Drafts"
    use_language(english, "da")
    assert tr("Kladder") == "Kladder"
    assert QCoreApplication.translate("Sidebar", "Sagsstamme") == "Sagsstamme"


def test_chosen_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    assert chosen_language("en") == "en"
    assert chosen_language("da") == "da"
    assert chosen_language("fr") == "da"
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    assert chosen_language("da") == "en"


def test_a_main_window_built_in_english_shows_english_labels(
    qapp: QApplication, qtbot, service: CaseService, ids: sample.Sample,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    service.save_profile(dataclasses.replace(service.profile(), language="en"))
    try:
        # what ui/shell/app.py run() does between opening the database and building the window
        assert use_language(qapp, chosen_language(service.profile().language)) == "en"
        window = MainWindow(service, now=lambda: sample.NOW)
        qtbot.addWidget(window)
        labels = [window.sidebar.pages.item(row).text() for row in range(3)]
        assert labels[sidebar.CASELOAD] == "Caseload"
        assert labels[sidebar.TODAY] == "Today"
        assert window.sidebar.settings_button.text() == "Settings"
    finally:
        use_language(qapp, "da")
    danish = MainWindow(service, now=lambda: sample.NOW)
    qtbot.addWidget(danish)
    assert danish.sidebar.pages.item(sidebar.CASELOAD).text() == "Sagsstamme"
