"""A throwaway PostgreSQL cluster on 127.0.0.1 (Debian's `postgresql` binaries), for the sync
tests and bench/sync_bench.py.

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
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import psycopg

from caseapp.sync import server_setup

MEMBER_PASSWORD = "medlem-hemmelighed"


def bin_dir_or_none() -> Path | None:
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
    durable: bool = False  # tests trade fsync for speed; the bench keeps the defaults

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

    def discard(self) -> None:
        """Stop the server (when running) and delete its files."""
        try:
            self.stop()
        except subprocess.CalledProcessError:
            pass
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def start(self) -> None:
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.socket_dir}"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self.pg_ctl("-o", options, "-l", str(self.root / "server.log"), "-w", "start")


def start_cluster(durable: bool = False) -> PgServer | None:
    """Make, start and prepare a cluster with a `caseapp` database; None without binaries."""
    bin_dir = bin_dir_or_none()
    if bin_dir is None:
        return None
    as_postgres = os.geteuid() == 0
    root = Path(tempfile.mkdtemp(prefix="caseapp-pg-"))
    server = PgServer(root, root / "data", root / "sock", _free_port(), bin_dir, as_postgres, durable)
    server.socket_dir.mkdir()
    pwfile = root / "pw"
    pwfile.write_text("dba-hemmelighed\n")
    if as_postgres:
        user = pwd.getpwnam("postgres")
        for path in (root, server.socket_dir, pwfile):
            os.chown(path, user.pw_uid, user.pw_gid)
    try:
        server.run(
            str(bin_dir / "initdb"), "-D", str(server.data_dir), "-U", "dba", "-E", "UTF8",
            "--locale=C", "--auth-local=trust", "--auth-host=scram-sha-256",
            f"--pwfile={pwfile}", "--no-sync",
        )
        server.start()
        with server.admin("postgres") as conn:
            conn.execute("CREATE DATABASE caseapp")
        with server.admin() as conn:
            conn.autocommit = False
            server_setup.install(conn)
    except BaseException:
        server.discard()
        raise
    return server


# --- Streaming replication (tests/sync/test_failover.py) -------------------------------------
# Additions only: the helpers above behave as before.


def _as_postgres_owned(server: PgServer, *paths: Path) -> None:
    if server.as_postgres:
        user = pwd.getpwnam("postgres")
        for path in paths:
            os.chown(path, user.pw_uid, user.pw_gid)


def start_standby(primary: PgServer, name: str = "standby1") -> PgServer:
    """A streaming standby of `primary`: `pg_basebackup -R` over the primary's Unix socket (the
    `local replication all trust` line initdb writes), started on its own port on 127.0.0.1.
    `name` is its application_name, for `synchronous_standby_names` on the primary. Roles and
    the caseapp schema come with the base backup. Discard it like any PgServer."""
    root = Path(tempfile.mkdtemp(prefix="caseapp-pg-standby-"))
    server = PgServer(
        root, root / "data", root / "sock", _free_port(), primary.bin_dir, primary.as_postgres,
        primary.durable,
    )
    server.socket_dir.mkdir()
    _as_postgres_owned(server, root, server.socket_dir)
    try:
        server.run(
            str(primary.bin_dir / "pg_basebackup"), "-h", str(primary.socket_dir),
            "-p", str(primary.port), "-U", "dba", "-D", str(server.data_dir), "-R",
            "-X", "stream", "-c", "fast", "--no-sync",
        )
        conninfo = (
            f"host={primary.socket_dir} port={primary.port} user=dba application_name={name}"
        )
        with open(server.data_dir / "postgresql.auto.conf", "a", encoding="utf-8") as conf:
            conf.write(f"primary_conninfo = '{conninfo}'\n")  # the last setting wins
        server.start()
    except BaseException:
        server.discard()
        raise
    return server


def crash(server: PgServer) -> None:
    """Kill the server as a power cut would (`pg_ctl stop -m immediate`)."""
    server.pg_ctl("stop", "-m", "immediate", "-w")


def promote(server: PgServer) -> None:
    """Make a standby the primary; returns once it takes writes."""
    server.pg_ctl("promote", "-w")


def wait_for_replay(primary: PgServer, standby: PgServer, timeout: float = 20.0) -> None:
    """Until the standby has replayed everything the primary has written so far."""
    with primary.admin() as conn:
        row = conn.execute("SELECT pg_current_wal_lsn()::text").fetchone()
    target = row[0] if row else "0/0"
    deadline = time.monotonic() + timeout
    with standby.admin() as conn:
        while True:
            row = conn.execute(
                "SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", [target]
            ).fetchone()
            if row and row[0]:
                return
            if time.monotonic() > deadline:
                raise TimeoutError(f"the standby has not replayed up to {target}")
            time.sleep(0.05)
