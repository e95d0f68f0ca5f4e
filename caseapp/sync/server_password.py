"""The team server's password in the OS keyring, set once with a prompt, so neither a file
(`~/.pgpass`) nor the environment has to hold it. libpq's own ways still win when given: a
password in the connection string, then PGPASSWORD; the keyring comes before `~/.pgpass`."""

from __future__ import annotations

import getpass
import logging
import os

import keyring
import keyring.errors
import psycopg
from psycopg import conninfo as pg_conninfo

from caseapp.storage.keys import secure_keyring_available

log = logging.getLogger(__name__)

KEYRING_SERVICE = "caseapp-teamserver"


def account(conninfo: str) -> str:
    """Which login on which server: user@host:port/dbname (no password, no personal data)."""
    params = pg_conninfo.conninfo_to_dict(conninfo)
    user = params.get("user") or os.environ.get("PGUSER") or getpass.getuser()
    return f"{user}@{params.get('host', '')}:{params.get('port', '5432')}/{params.get('dbname', '')}"


def stored(conninfo: str) -> str | None:
    if not secure_keyring_available():
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, account(conninfo))
    except keyring.errors.KeyringError:
        log.warning("keyring lookup of the team server's password failed")
        return None


def store(conninfo: str, password: str) -> None:
    keyring.set_password(KEYRING_SERVICE, account(conninfo), password)


def with_stored_password(conninfo: str) -> str:
    """The connection string with the keyring's password added, unless libpq has one."""
    try:
        params = pg_conninfo.conninfo_to_dict(conninfo)
    except psycopg.ProgrammingError:
        return conninfo  # the caller names the bad string
    if "password" in params or os.environ.get("PGPASSWORD"):
        return conninfo
    password = stored(conninfo)
    if not password:
        return conninfo
    params["password"] = password
    return pg_conninfo.make_conninfo(**{k: str(v) for k, v in params.items()})
