"""A real, throwaway PostgreSQL on 127.0.0.1 for the sync tests (tests/sync/pgcluster.py starts
it from Debian's `postgresql` binaries) and laptops (local databases) that each log in with their
own role. Shared by tests/sync and tests/ui/sync: each conftest imports the fixtures it needs
from here. One server per test process (under `-n 2` each worker starts its own)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.pgcluster import MEMBER_PASSWORD, PgServer, start_cluster

__all__ = ["MEMBER_PASSWORD", "PgServer"]


@pytest.fixture(scope="session")
def pg() -> Iterator[PgServer]:
    server = start_cluster()
    if server is None:
        pytest.skip("Ingen PostgreSQL-programmer (initdb) på maskinen; installér pakken postgresql.")
    try:
        yield server
    finally:
        server.discard()


@pytest.fixture(autouse=True)
def member_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSWORD", MEMBER_PASSWORD)
    monkeypatch.setenv("PGPASSFILE", os.devnull)


@pytest.fixture
def laptop(pg: PgServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch):
    """A factory of laptops: laptop("a", demo=25) makes a demo database with its own role."""
    from tests.sync.helpers import PASSPHRASE, Laptop

    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)

    def make(name: str, demo: int = 0, role: str | None = None) -> Laptop:
        role = role or pg.member(name)
        machine = Laptop(tmp_path / f"{name}.db", role, pg.url(role), capsys)
        if demo:
            machine.ok("demo", "--citizens", str(demo), "--years", "1")
        else:
            machine.ok("init")
        return machine

    return make
