"""Opening the user's database, creating it on first run, and the throw-away demo database.

No widgets here: the dialogs that ask for a passphrase are passed in as plain callables.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from caseapp.domain.models import Profile
from caseapp.errors import KeyUnavailable, WrongKey
from caseapp.service import CaseService
from caseapp.storage.keys import (
    PASSPHRASE_ENV,
    DatabaseKey,
    key_for_existing_database,
    key_for_new_database,
    secure_keyring_available,
)
from ui.shell.unlock import with_unlock_password

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
DEMO_CITIZENS = 25

Ask = Callable[[str, str], "str | None"]  # (question, error from the last attempt) -> answer


@dataclass(frozen=True)
class FirstRunAnswers:
    name: str
    role: str
    unit: str
    password: str
    passphrase: str | None = None
    demo: bool = False
    language: str = "da"


def needs_passphrase() -> bool:
    """True when a new database's key cannot go in a secure keyring (and none is in the env)."""
    return not os.environ.get(PASSPHRASE_ENV) and not secure_keyring_available()


def create_database(path: Path, answers: FirstRunAnswers) -> CaseService:
    """The user's new database with their profile and unlock-password hash stored in it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    key = key_for_new_database(path, lambda _question: answers.passphrase)
    service = CaseService.create(path, key)
    try:
        profile = Profile(name=answers.name, role=answers.role, unit=answers.unit,
                          language=answers.language)
        service.save_profile(with_unlock_password(profile, answers.password))
    except BaseException:
        service.close()
        raise
    return service


@dataclass
class _Prompt:
    """The prompt the key module calls; remembers whether it asked and what it got."""

    ask: Ask
    error: str
    asked: bool = False
    answer: str | None = None

    def __call__(self, question: str) -> str | None:
        self.asked = True
        self.answer = self.ask(question, self.error)
        return self.answer


def open_database(path: Path, ask: Ask) -> CaseService | None:
    """Open the user's database; asks for the passphrase (again after a wrong one) only when no
    key is in the environment or the keyring. None when the user cancels."""
    error = ""
    for _attempt in range(MAX_ATTEMPTS):
        prompt = _Prompt(ask, error)
        try:
            key = key_for_existing_database(path, prompt)
        except KeyUnavailable:
            if prompt.asked and not prompt.answer:
                return None
            raise
        try:
            return CaseService.open(path, key)
        except WrongKey:
            if not prompt.asked:
                raise
            error = QCoreApplication.translate(  # the dialog's language, not the core's Danish
                "startup",
                "Adgangsfrasen er forkert, eller filen er ikke en caseapp-database. Prøv igen.")
    raise WrongKey("For mange forkerte forsøg; start caseapp igen.")


@dataclass
class DemoDatabase:
    service: CaseService
    directory: tempfile.TemporaryDirectory[str]

    def close(self) -> None:
        self.service.close()
        self.directory.cleanup()


def create_demo_database() -> DemoDatabase:
    """An empty database in a temporary directory with a random key that lives only in memory."""
    directory = tempfile.TemporaryDirectory(prefix="caseapp-demo-")
    service = CaseService.create(Path(directory.name) / "demo.db", DatabaseKey.random())
    service.save_profile(Profile(name="Demo", unit="Demo-enheden"))
    return DemoDatabase(service, directory)
