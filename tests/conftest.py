"""Shared fixtures: no test touches the real keyring or the user's data directory."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import keyring
import keyring.backend
import pytest

from caseapp.domain.enums import GoalLevel
from caseapp.domain.models import Citizen, Goal
from caseapp.service import CaseService
from caseapp.storage.keys import DatabaseKey


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in this process only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def isolated_keyring(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> MemoryKeyring:
    monkeypatch.delenv("CASEAPP_PASSPHRASE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def key() -> DatabaseKey:
    """A random raw key, as the keyring gives the app. (A passphrase costs SQLCipher's key
    stretching on every connection; tests about passphrases make their own, as test_store.py.)"""
    return DatabaseKey.random()


@pytest.fixture
def service(tmp_path: Path, key: DatabaseKey) -> CaseService:
    svc = CaseService.create(tmp_path / "case.db", key)
    yield svc
    svc.close()


@pytest.fixture
def citizen_id(service: CaseService) -> int:
    return service.citizens.add_citizen(
        Citizen(name="Søren Ågård Bækgaard", cpr="010190-1234", case_type="Bostøtte § 85")
    )


@pytest.fixture
def sub_goal_id(service: CaseService, citizen_id: int) -> int:
    long_term = service.plans.add_goal(
        Goal(citizen_id=citizen_id, level=GoalLevel.LONG_TERM, text="Jeg bor i min egen lejlighed.")
    )
    effort = service.plans.add_goal(
        Goal(
            citizen_id=citizen_id,
            level=GoalLevel.EFFORT,
            parent_id=long_term,
            text="Søren klarer selv sin økonomi.",
        )
    )
    return service.plans.add_goal(
        Goal(
            citizen_id=citizen_id,
            level=GoalLevel.SUB,
            parent_id=effort,
            text="Søren betaler selv sin husleje den 1. i måneden.",
            deadline=dt.date(2027, 6, 1),
        )
    )
