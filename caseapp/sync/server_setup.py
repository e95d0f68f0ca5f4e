"""Applying the server's schema (server_schema.py holds its SQL): which version a server has,
`install` on an empty database, `upgrade` one version at a time, each script in one transaction.
`caseapp server install` and `upgrade` (server_commands.py) and the tests' servers call these."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg import sql

from caseapp.sync.server_schema import (
    SERVER_SCHEMA_VERSION,
    held_counts_sql,
    install_sql,
    upgrade_to_3_sql,
)


@dataclass(frozen=True)
class InstallResult:
    before: int  # 0: nothing installed; 1: the first release's tables in public
    after: int
    counts_added: bool = False  # a version 3 server got its held counts (a compatible change)
    counts_missing: bool = False  # a version 3 server without them, left for `upgrade`

    @property
    def changed(self) -> bool:
        return self.before != self.after or self.counts_added


def installed_version(conn: psycopg.Connection) -> int:
    row = conn.execute(
        "SELECT to_regclass('caseapp.schema_version') IS NOT NULL, "
        "to_regclass('public.caseapp_schema') IS NOT NULL"
    ).fetchone()
    assert row is not None
    if row[0]:
        found = conn.execute("SELECT max(version) FROM caseapp.schema_version").fetchone()
        return int(found[0] or 0) if found else 0
    return 1 if row[1] else 0


def _run(conn: psycopg.Connection, script: str) -> None:
    conn.commit()  # the version check read in a transaction of its own: the script gets a new one
    with conn.transaction():
        conn.execute(sql.SQL(script))  # type: ignore[arg-type]


def install(conn: psycopg.Connection) -> InstallResult:
    """Install on an empty database; a second run changes nothing. A server with an older
    version is left alone (that is `upgrade`'s job)."""
    before = installed_version(conn)
    if before == 0:
        _run(conn, install_sql())
        return InstallResult(0, SERVER_SCHEMA_VERSION)
    missing = before == SERVER_SCHEMA_VERSION and not has_held_counts(conn)
    return InstallResult(before, before, counts_missing=missing)


def upgrade(conn: psycopg.Connection) -> InstallResult:
    """Bring an installed server to SERVER_SCHEMA_VERSION, one version at a time."""
    before = installed_version(conn)
    if before == 1:
        _run(conn, install_sql())
    elif before == 2:
        _run(conn, upgrade_to_3_sql())
    elif before == SERVER_SCHEMA_VERSION and not has_held_counts(conn):
        _run(conn, held_counts_sql())
        return InstallResult(before, before, counts_added=True)
    return InstallResult(before, installed_version(conn))


def has_held_counts(conn: psycopg.Connection) -> bool:
    row = conn.execute("SELECT to_regclass('caseapp.held_counts') IS NOT NULL").fetchone()
    return bool(row and row[0])
