"""A real, throwaway PostgreSQL on 127.0.0.1 for the sync tests (Debian's `postgresql` binaries).

Shared by tests/sync and tests/ui/sync: each conftest imports the fixtures it needs from here.
One server per test process (session scope; under `-n 2` each worker starts its own on a free
port); every laptop gets its own role and database file, so tests never share a team.

initdb and postgres refuse to run as root, so as root the cluster belongs to the `postgres`
system user (`runuser`). The superuser connects over a Unix socket in the temporary directory;
members log in over TCP with a password, each as its own role, as they would in real life.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from caseapp.storage import pg_server

MEMBER_PASSWORD = "medlem-hemmelighed"


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    root: Path
    data_dir: Path
    socket_dir: Path
    port: int
    bin_dir: Path
    as_postgres: bool

    def admin(self, dbname: str = "caseapp") -> psycopg.Connection:
        return psycopg.connect(
            host=str(self.socket_dir), port=self.port, user="dba", dbname=dbname, autocommit=True
        )

    def url(self, role: str, dbname: str = "caseapp") -> str:
        return f"host=127.0.0.1 port={self.port} dbname={dbname} user={role}"

    def member(self, prefix: str = "medlem") -> str:
        """A new login role (the DBA's job in real life); returns its name."""
        role = f"{prefix}_{uuid.uuid4().hex[:8]}"
        with self.admin() as conn:
            conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{MEMBER_PASSWORD}'")
        return role

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = list(args)
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=120)

    def pg_ctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), *args)

    def stop(self) -> None:
        self.pg_ctl("stop", "-m", "fast", "-w")

    def start(self) -> None:
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.socket_dir} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self.pg_ctl("-o", options, "-l", str(self.root / "server.log"), "-w", "start")


@pytest.fixture(scope="session")
def pg() -> Iterator[PgServer]:
    bin_dir = _bin_dir()
    if bin_dir is None:
        pytest.skip("Ingen PostgreSQL-programmer (initdb) på maskinen; installér pakken postgresql.")
    as_postgres = os.geteuid() == 0
    root = Path(tempfile.mkdtemp(prefix="caseapp-pg-"))
    server = PgServer(root, root / "data", root / "sock", _free_port(), bin_dir, as_postgres)
    server.socket_dir.mkdir()
    pwfile = root / "pw"
    pwfile.write_text("dba-hemmelighed\n")
    if as_postgres:
        user = pwd.getpwnam("postgres")
        for path in (root, server.socket_dir, pwfile):
            os.chown(path, user.pw_uid, user.pw_gid)
    server.run(
        str(bin_dir / "initdb"), "-D", str(server.data_dir), "-U", "dba", "-E", "UTF8",
        "--locale=C", "--auth-local=trust", "--auth-host=scram-sha-256",
        f"--pwfile={pwfile}", "--no-sync",
    )
    server.start()
    try:
        with server.admin("postgres") as conn:
            conn.execute("CREATE DATABASE caseapp")
        with server.admin() as conn:
            conn.autocommit = False
            pg_server.install(conn)
        yield server
    finally:
        try:
            server.stop()
        finally:
            shutil.rmtree(root, ignore_errors=True)


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
