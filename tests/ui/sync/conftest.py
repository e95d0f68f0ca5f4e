"""Two laptops in one team on the real PostgreSQL of tests/pg_fixtures.py, and B's main window.

Each test gets its own roles, team and database files (tmp_path), so tests running side by side
under `-n 2 --dist loadfile` never meet.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.domain.models import Citizen
from caseapp.service import CaseService
from tests.pg_fixtures import laptop, member_password, pg
from tests.sync.helpers import Laptop
from ui.common.worker import wait_for_all
from ui.shell.main_window import MainWindow

__all__ = ["laptop", "member_password", "pg"]

NAME = "Karen Vestergaard"
ANNE = "Anne Kontaktperson"


@dataclass
class Team:
    a: Laptop
    b: Laptop
    a_citizen: int  # the shared citizen's id on A
    b_citizen: int  # and on B


def _add_citizen(machine: Laptop, name: str) -> int:
    with machine.service() as service:
        return service.citizens.add_citizen(Citizen(name=name, cpr="120385-1236", phone="30303030"))


@pytest.fixture
def team(laptop) -> Team:
    """A creates a team and shares one citizen; B joins and has synced once."""
    a = laptop("a")
    with a.service() as service:
        service.save_profile(dataclasses.replace(service.profile(), name=ANNE))
    a_citizen = _add_citizen(a, NAME)
    invite = a.ok("team", "create", "--server", a.url, "--team", f"Team {uuid.uuid4().hex[:6]}",
                  "--json").json()["invite"]
    a.ok("team", "share", "--citizen", str(a_citizen))
    a.sync()
    b = laptop("b")
    b.join(a, invite)
    b.sync()
    return Team(a, b, a_citizen, b.citizen_id(NAME))


@dataclass
class Shown:
    """Every message box and error box the app tried to show."""

    boxes: list[str]


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    record = Shown([])
    for name in ("warning", "information", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name,
                            staticmethod(lambda *args, _n=name, **kw: record.boxes.append(_n)))
    return record


def open_window(qtbot: QtBot, service: CaseService, shown: Shown) -> MainWindow:
    window = MainWindow(service)
    window.show_error = lambda _parent, exc: shown.boxes.append(str(exc))
    window.citizen_page.show_error = window.show_error
    window.confirm_discard = lambda: True
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitSignal(window.caseload_loaded, timeout=20_000):
        window.refresh()
    wait_for_all()
    return window


@pytest.fixture
def b_window(qtbot: QtBot, team: Team, shown: Shown) -> Iterator[MainWindow]:
    service = team.b.service()
    window = open_window(qtbot, service, shown)
    yield window
    wait_for_all()
    window.close()
    service.close()
