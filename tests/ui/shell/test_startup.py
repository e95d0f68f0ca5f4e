"""Start-up through the Launcher: first run, an existing database, the demo."""

from __future__ import annotations

from pathlib import Path

import pytest

import caseapp.storage.keys as keys
from caseapp.service import CaseService
from caseapp.storage.keys import DatabaseKey
from ui.shell.app import Launcher
from ui.shell.startup import FirstRunAnswers


class FakeWizard:
    answers_given = FirstRunAnswers("Mette", "caseworker", "Team Syd", "kode-123456", demo=True)

    def __init__(self, needs_passphrase: bool) -> None:
        self.needs_passphrase = needs_passphrase

    def exec(self) -> int:
        return 1

    def answers(self) -> FirstRunAnswers:
        return self.answers_given


def test_first_run_with_demo_caseload(tmp_path: Path) -> None:
    launcher = Launcher()
    launcher.wizard = FakeWizard  # type: ignore[assignment]
    session = launcher.user_session(tmp_path / "new" / "caseapp.db")
    assert session is not None
    try:
        assert session.service.profile().name == "Mette"
        assert session.service.citizens.citizen_count() == 25
    finally:
        session.close()
    again = Launcher().user_session(tmp_path / "new" / "caseapp.db")  # key from the keyring
    assert again is not None
    again.close()


def test_existing_database_without_keyring_asks_for_the_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keys, "secure_keyring_available", lambda: False)
    path = tmp_path / "p.db"
    CaseService.create(path, DatabaseKey(passphrase="min-frase")).close()

    class FakeDialog:
        answers = iter(["forkert", "min-frase"])
        errors: list[str] = []

        def __init__(self, question: str) -> None:
            self.question = question

        def show_error(self, text: str) -> None:
            FakeDialog.errors.append(text)

        def ask(self) -> str | None:
            return next(FakeDialog.answers)

    launcher = Launcher()
    launcher.passphrase_dialog = FakeDialog  # type: ignore[assignment]
    session = launcher.user_session(path)
    assert session is not None
    session.close()
    assert FakeDialog.errors[0] == "" and "forkert" in FakeDialog.errors[1]


def test_cancelled_wizard_opens_nothing(tmp_path: Path) -> None:
    class Cancelled(FakeWizard):
        def exec(self) -> int:
            return 0

    launcher = Launcher()
    launcher.wizard = Cancelled  # type: ignore[assignment]
    assert launcher.user_session(tmp_path / "caseapp.db") is None
    assert not (tmp_path / "caseapp.db").exists()
