"""The language before there is a profile: the wizard's choice, and the one remembered for the
passphrase dialog at the next start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from caseapp.service import CaseService
from ui.common.formatting import display_language
from ui.shell.app import Launcher
from ui.shell.first_run_wizard import PROFILE_PAGE, FirstRunWizard
from ui.shell.language import remember_language, remembered_language, use_language
from ui.shell.passphrase_dialog import PassphraseDialog
from ui.shell.startup import FirstRunAnswers


@pytest.fixture
def danish_afterwards(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    use_language(qapp, "da")


def _texts(wizard: FirstRunWizard) -> list[str]:
    return [label.text() for label in wizard.page(PROFILE_PAGE).findChildren(QLabel)]


def test_choosing_english_in_the_wizard_switches_it_at_once(
    danish_afterwards: QApplication, qtbot: QtBot,
) -> None:
    use_language(danish_afterwards, "da")
    wizard = FirstRunWizard(needs_passphrase=True)
    qtbot.addWidget(wizard)
    assert wizard.windowTitle() == "Velkommen til caseapp"
    assert "Rolle" in _texts(wizard) and wizard.role.itemText(0) == "Sagsbehandler"
    wizard.show()
    assert not wizard.validateCurrentPage()
    assert wizard.errors[PROFILE_PAGE].text() == "Skriv dit navn."

    wizard.language.setCurrentIndex(wizard.language.findData("en"))
    assert display_language() == "en"
    assert wizard.windowTitle() == "Welcome to caseapp"
    assert "Role" in _texts(wizard) and "Rolle" not in _texts(wizard)
    assert wizard.role.itemText(0) == "Caseworker"
    assert wizard.errors[PROFILE_PAGE].text() == "Enter your name."
    assert wizard.language.currentText() == "English"
    assert wizard.answers().language == "en"

    wizard.language.setCurrentIndex(wizard.language.findData("da"))
    assert wizard.windowTitle() == "Velkommen til caseapp"
    assert wizard.role.itemText(0) == "Sagsbehandler"


class EnglishWizard:
    def __init__(self, needs_passphrase: bool) -> None:
        self.needs_passphrase = needs_passphrase

    def exec(self) -> int:
        return 1

    def answers(self) -> FirstRunAnswers:
        return FirstRunAnswers("Mary", "caseworker", "Team South", "code-123456", language="en")


def test_the_wizards_language_goes_into_the_profile_and_is_remembered(tmp_path: Path) -> None:
    assert remembered_language() == "da"  # a new computer
    launcher = Launcher()
    launcher.wizard = EnglishWizard  # type: ignore[assignment]
    session = launcher.user_session(tmp_path / "caseapp.db")
    assert session is not None
    try:
        assert isinstance(session.service, CaseService)
        assert session.service.profile().language == "en"
    finally:
        session.close()
    assert remembered_language() == "en"


def test_the_passphrase_dialog_speaks_the_remembered_language(
    danish_afterwards: QApplication, qtbot: QtBot,
) -> None:
    remember_language("en")
    use_language(danish_afterwards, remembered_language())  # what run() does before any dialog
    dialog = PassphraseDialog("Adgangsfrase til databasen")  # the core's Danish question
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "caseapp – passphrase"
    launcher = Launcher()
    asked: list[PassphraseDialog] = []

    class Recording(PassphraseDialog):
        def ask(self) -> str | None:
            asked.append(self)
            return None

    launcher.passphrase_dialog = Recording  # type: ignore[assignment]
    launcher.ask_passphrase("Adgangsfrase til databasen: ", "")
    assert asked[0].question.text() == "Database passphrase:"


def test_an_unknown_remembered_language_is_danish() -> None:
    remember_language("fr")
    assert remembered_language() == "da"
    from PySide6.QtCore import QSettings

    QSettings().setValue("language", "klingon")
    assert remembered_language() == "da"
