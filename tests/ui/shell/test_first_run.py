"""First run: the wizard, the database it creates, and where the key goes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from caseapp.service import CaseService
from caseapp.storage.keys import DatabaseKey, stored_key
from ui.shell.first_run_wizard import PASSWORD_PAGE, PROFILE_PAGE, START_PAGE, FirstRunWizard
from ui.shell.startup import create_database, open_database
from ui.shell.unlock import check_unlock_password


def _next(qtbot, wizard: FirstRunWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_wizard_creates_database_with_key_in_keyring(qtbot, tmp_path: Path) -> None:
    wizard = FirstRunWizard(needs_passphrase=False)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == PROFILE_PAGE
    _next(qtbot, wizard)  # no name yet: stays, says why
    assert wizard.currentId() == PROFILE_PAGE
    assert "navn" in wizard.errors[PROFILE_PAGE].text()
    qtbot.keyClicks(wizard.name, "Søren Ågård")
    wizard.role.setCurrentIndex(wizard.role.findData("contact_person"))
    qtbot.keyClicks(wizard.unit, "Bostedet Æblehaven")
    _next(qtbot, wizard)
    assert wizard.currentId() == PASSWORD_PAGE
    qtbot.keyClicks(wizard.password, "hemmelig1")
    qtbot.keyClicks(wizard.repeat, "hemmelig2")
    _next(qtbot, wizard)
    assert wizard.currentId() == PASSWORD_PAGE
    assert "ikke ens" in wizard.errors[PASSWORD_PAGE].text()
    wizard.repeat.clear()
    qtbot.keyClicks(wizard.repeat, "hemmelig1")
    _next(qtbot, wizard)
    assert wizard.currentId() == START_PAGE
    assert not wizard.demo.isChecked()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted

    path = tmp_path / "data" / "caseapp.db"
    service = create_database(path, wizard.answers())
    try:
        profile = service.profile()
        assert (profile.name, profile.role, profile.unit) == (
            "Søren Ågård", "contact_person", "Bostedet Æblehaven")
        assert "hemmelig1" not in str(profile.extra)
        assert check_unlock_password(profile, "hemmelig1")
        assert not check_unlock_password(profile, "hemmelig2")
    finally:
        service.close()
    assert stored_key(path) is not None  # the in-memory keyring holds the key
    reopened = open_database(path, lambda question, error: None)
    assert reopened is not None
    reopened.close()


def test_wizard_asks_for_a_passphrase_without_secure_keyring(qtbot, tmp_path: Path) -> None:
    wizard = FirstRunWizard(needs_passphrase=True)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.name, "Lis")
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.password, "adgang123")
    qtbot.keyClicks(wizard.repeat, "adgang123")
    _next(qtbot, wizard)
    assert wizard.currentId() == PASSWORD_PAGE  # passphrase still missing
    qtbot.keyClicks(wizard.passphrase, "frase-til-db")
    qtbot.keyClicks(wizard.passphrase_repeat, "frase-til-db")
    _next(qtbot, wizard)
    assert wizard.currentId() == START_PAGE
    assert wizard.answers().passphrase == "frase-til-db"


def test_open_database_asks_again_after_a_wrong_passphrase(tmp_path: Path, monkeypatch) -> None:
    import caseapp.storage.keys as keys

    monkeypatch.setattr(keys, "secure_keyring_available", lambda: False)
    path = tmp_path / "p.db"
    CaseService.create(path, DatabaseKey(passphrase="rigtig")).close()
    answers = iter(["forkert", "rigtig"])
    errors: list[str] = []

    def ask(question: str, error: str) -> str:
        errors.append(error)
        return next(answers)

    service = open_database(path, ask)
    assert service is not None
    service.close()
    assert errors[0] == "" and errors[1].startswith("Adgangsfrasen er forkert")
    assert open_database(path, lambda q, e: None) is None  # cancelled
