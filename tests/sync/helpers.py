"""Driving two or three local databases through the command line, in this process."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.service import CaseService
from caseapp.storage.keys import DatabaseKey

PASSPHRASE = "team-test-hemmelighed"


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> object:
        return json.loads(self.out)


@dataclass
class Laptop:
    """One caseworker's database, and the PostgreSQL role its owner logs in with."""

    path: Path
    role: str
    url: str
    capsys: pytest.CaptureFixture[str]

    def run(self, *args: str) -> Result:
        self.capsys.readouterr()
        code = main([*args, "--db", str(self.path)])
        captured = self.capsys.readouterr()
        return Result(code, captured.out, captured.err)

    def ok(self, *args: str) -> Result:
        result = self.run(*args)
        assert result.code == 0, result.err
        return result

    def service(self) -> CaseService:
        return CaseService.open(self.path, DatabaseKey(passphrase=PASSPHRASE))

    def names(self) -> list[str]:
        return sorted(row["name"] for row in self.ok("citizens", "--json").json())

    def citizen_id(self, name: str) -> int:
        return next(row["id"] for row in self.ok("citizens", "--json").json() if row["name"] == name)

    def state(self, column: str) -> object:
        with self.service() as service:
            return service._db.execute(f"SELECT {column} FROM sync_state").fetchone()[0]

    def sync(self) -> dict:
        return self.ok("sync", "--json").json()  # type: ignore[return-value]

    def invite(self) -> str:
        """A new one-device invite code from this laptop."""
        return str(self.ok("team", "invite", "--json").json()["invite"])  # type: ignore[index]

    def join(self, inviter: Laptop, code: str | None = None) -> None:
        """Join with `code` (or a new invite from `inviter`); the inviter then syncs, which
        vouches for this laptop and seals the team's keys to it."""
        self.ok("team", "join", "--server", self.url, "--invite", code or inviter.invite())
        inviter.sync()


def founded_team(laptop, team_name: str, demo: int, others: tuple[str, ...]) -> list[Laptop]:
    """A founds `team_name` sharing all its citizens; each of `others` joins (the first with the
    code that made the team, the rest with invites of their own); A vouches for them, and every
    laptop then has the data. `laptop` is the fixture that makes one."""
    a = laptop("a", demo=demo)
    code = a.ok("team", "create", "--server", a.url, "--team", team_name, "--json").json()["invite"]
    a.ok("team", "share", "--all")
    a.sync()
    machines = [a]
    for i, name in enumerate(others):
        m = laptop(name)
        m.ok("team", "join", "--server", m.url, "--invite", code if i == 0 else a.invite())
        machines.append(m)
    a.sync()
    for m in machines[1:]:
        m.sync()
    return machines
