"""`caseapp server install | upgrade | sql`: the DBA's commands for the team server's schema."""

from __future__ import annotations

import argparse
import getpass

import psycopg
from psycopg import conninfo as pg_conninfo

from caseapp.errors import InvalidInput
from caseapp.storage.keys import secure_keyring_available
from caseapp.sync import server_password as server_password_store
from caseapp.sync import server_schema, server_setup
from caseapp.sync.errors import SyncError
from caseapp.sync.server_link import describe_connect_failure, offline_guard, with_tls_default


def _connect(args: argparse.Namespace) -> psycopg.Connection:
    server = (args.server or "").strip()
    if not server:
        raise InvalidInput("Angiv serveren med --server (en PostgreSQL-forbindelsesstreng).")
    try:
        return psycopg.connect(with_tls_default(server), connect_timeout=10, application_name="caseapp")
    except psycopg.OperationalError as exc:
        raise describe_connect_failure(exc) from None
    except psycopg.ProgrammingError:
        raise SyncError("Serveradressen er ikke en gyldig PostgreSQL-forbindelsesstreng.") from None


def _change(args: argparse.Namespace, step: str) -> server_setup.InstallResult:
    conn = _connect(args)
    try:
        run = server_setup.install if step == "install" else server_setup.upgrade
        return offline_guard(lambda: run(conn))
    except psycopg.errors.InsufficientPrivilege:
        raise SyncError(
            "Brugeren har ikke ret til at installere skemaet; kør kommandoen som databasens ejer "
            "med CREATEROLE (eller som superbruger), eller brug 'caseapp server sql'."
        ) from None
    finally:
        conn.close()


def server_install(args: argparse.Namespace) -> int:
    result = _change(args, "install")
    if result.before == 0:
        print(f"Serveren er gjort klar til caseapp (skema version {result.after}).")
    elif result.before < server_schema.SERVER_SCHEMA_VERSION:
        print(f"Serveren har en ældre udgave (version {result.before}); kør 'caseapp server upgrade'.")
    elif result.counts_missing:
        print(f"Serveren har skema version {result.after}, men ikke de tal, en synkronisering slår "
              "op i; kør 'caseapp server upgrade' (intet blev ændret).")
    else:
        print(f"Serveren er allerede opdateret (skema version {result.after}); intet blev ændret.")
    return 0


def server_upgrade(args: argparse.Namespace) -> int:
    result = _change(args, "upgrade")
    if result.before == 0:
        print("Serveren er ikke gjort klar til caseapp endnu; kør 'caseapp server install'.")
    elif result.counts_added:
        print("Serveren er opdateret: den holder nu selv tal på, hvor mange ændringer hver maskine "
              f"har der, så en synkronisering ikke skal tælle dem igen (skema version {result.after}).")
    elif result.changed:
        print(f"Serveren er opgraderet fra version {result.before} til {result.after}.")
    else:
        print(f"Serveren er allerede opdateret (skema version {result.after}); intet blev ændret.")
    return 0


def server_password(args: argparse.Namespace) -> int:
    """Ask for the member's server password once, check it by logging in, keep it in the OS
    keyring."""
    if not secure_keyring_available():
        raise SyncError("Der er ingen sikker nøglering på maskinen; brug ~/.pgpass i stedet.")
    password = getpass.getpass("Adgangskode til teamserveren: ")
    if not password:
        raise InvalidInput("Adgangskoden må ikke være tom.")
    server = (args.server or "").strip()
    conn = _connect(argparse.Namespace(server=_with_password(server, password)))
    conn.close()
    server_password_store.store(server, password)
    print("Adgangskoden er gemt i styresystemets nøglering; caseapp bruger den fremover.")
    return 0


def _with_password(server: str, password: str) -> str:
    try:
        params = pg_conninfo.conninfo_to_dict(server)
    except psycopg.ProgrammingError:
        raise SyncError("Serveradressen er ikke en gyldig PostgreSQL-forbindelsesstreng.") from None
    params["password"] = password
    return pg_conninfo.make_conninfo(**{k: str(v) for k, v in params.items()})


def server_sql(args: argparse.Namespace) -> int:
    """The install script, for the DBA to read and run by hand (psql -1 -f)."""
    print(server_schema.install_sql())
    return 0
