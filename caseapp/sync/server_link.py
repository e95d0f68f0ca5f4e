"""The connection to the team server, and the server's refusals as one Danish sentence each."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from typing import TypeVar

import psycopg
from psycopg import conninfo as pg_conninfo

from caseapp.sync import server_sql
from caseapp.sync.errors import BadInvite, ForkedDevice, ServerRefused, SyncError, SyncOffline
from caseapp.sync.server_password import with_stored_password
from caseapp.sync.server_schema import SERVER_SCHEMA_VERSION

_OFFLINE = (
    "Offline: serveren kan ikke nås lige nu; dit arbejde er gemt lokalt og sendes ved næste "
    "synkronisering."
)
_LOOPBACK_NAMES = {"localhost", ""}


def _params(conninfo: str) -> dict[str, str]:
    try:
        return {k: str(v) for k, v in pg_conninfo.conninfo_to_dict(conninfo).items()}
    except psycopg.ProgrammingError:
        raise SyncError("Serveradressen er ikke en gyldig PostgreSQL-forbindelsesstreng.") from None


def without_password(conninfo: str) -> str:
    """The connection string as stored: never with a password (libpq finds it itself)."""
    params = _params(conninfo)
    params.pop("password", None)
    return pg_conninfo.make_conninfo(**params)


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES or host.startswith("/"):  # a Unix socket never leaves the machine
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# One stalled laptop must not hold the team: every statement, lock wait and open transaction
# is bounded, and a dead connection is noticed by TCP keepalives.
SESSION_LIMITS = (
    "-c statement_timeout=60s -c lock_timeout=15s -c idle_in_transaction_session_timeout=30s"
)
_KEEPALIVES = {"keepalives": "1", "keepalives_idle": "30", "keepalives_interval": "10",
               "keepalives_count": "3"}


def with_tls_default(conninfo: str) -> str:
    """Any host that is not this machine gets `sslmode=verify-full` unless the string says
    otherwise: the server's certificate is checked against `sslrootcert` (a setting, since libpq
    does not read the Windows certificate store)."""
    params = _params(conninfo)
    hosts = [h.strip() for h in params.get("host", "").split(",")] or [""]
    if "sslmode" not in params and not all(_is_loopback(h) for h in hosts):
        params["sslmode"] = "verify-full"
    return pg_conninfo.make_conninfo(**params)


def with_session_defaults(conninfo: str) -> str:
    """Timeouts and keepalives unless the string sets its own; a list of hosts (a primary and
    its standbys) connects to the one that takes writes."""
    params = _params(conninfo)
    params.setdefault("options", SESSION_LIMITS)
    for name, value in _KEEPALIVES.items():
        params.setdefault(name, value)
    if "," in params.get("host", "") or "," in params.get("hostaddr", ""):
        params.setdefault("target_session_attrs", "read-write")
    return pg_conninfo.make_conninfo(**params)


def describe_connect_failure(exc: psycopg.OperationalError) -> SyncError:
    text = str(exc).lower()
    if "password authentication failed" in text or "no password supplied" in text:
        return ServerRefused(
            "Serveren afviste login (forkert adgangskode eller bruger); intet blev sendt."
        )
    if "does not exist" in text and "role" in text:
        return ServerRefused("Serveren kender ikke brugeren; bed administratoren oprette den.")
    if "database" in text and "does not exist" in text:
        return ServerRefused("Databasen på serveren findes ikke; tjek serveradressen.")
    if "root certificate file" in text or "certificate verify failed" in text or "ssl" in text:
        return ServerRefused(
            "Serverens certifikat kunne ikke godkendes (sslmode=verify-full); angiv "
            "sslrootcert=STI i serveradressen, eller bed administratoren om serverens rodcertifikat."
        )
    return SyncOffline(_OFFLINE)


def connect(conninfo: str) -> psycopg.Connection:
    try:
        conn = server_sql.connect(
            with_session_defaults(with_tls_default(with_stored_password(conninfo)))
        )
    except psycopg.OperationalError as exc:
        raise describe_connect_failure(exc) from None
    except psycopg.ProgrammingError:
        raise SyncError("Serveradressen er ikke en gyldig PostgreSQL-forbindelsesstreng.") from None
    try:
        offline_guard(lambda: _check_schema(conn))
    except BaseException:
        conn.close()
        raise
    return conn


def _check_schema(conn: psycopg.Connection) -> None:
    version = server_sql.server_version(conn)
    conn.commit()
    if version == 0:
        raise SyncError(
            "Serveren er ikke gjort klar til caseapp; bed databaseadministratoren køre "
            "'caseapp server install'."
        )
    if version < SERVER_SCHEMA_VERSION:
        raise SyncError(
            "Serveren bruger en ældre udgave af synkroniseringen; bed databaseadministratoren køre "
            "'caseapp server upgrade'."
        )
    if version > SERVER_SCHEMA_VERSION:
        raise SyncError(
            f"Serveren bruger et nyere synkroniseringsskema (version {version}) end denne "
            f"caseapp kender ({SERVER_SCHEMA_VERSION}); opdatér caseapp før du synkroniserer."
        )


_REFUSALS: dict[str, SyncError] = {
    "caseapp:bad_invite": BadInvite(
        "Invitationskoden passer ikke til et team på serveren (eller er lavet til en anden bruger)."
    ),
    "caseapp:invite_used": BadInvite(
        "Invitationskoden er allerede brugt (en kode gælder for én maskine); bed om en ny."
    ),
    "caseapp:invite_expired": BadInvite("Invitationskoden er udløbet; bed om en ny."),
    "caseapp:removed": SyncError("Du er fjernet fra teamet og kan ikke melde dig ind igen."),
    "caseapp:not_member": SyncError("Du er ikke (længere) medlem af teamet på serveren."),
    "caseapp:not_creator": SyncError("Kun teamets opretter kan gøre det."),
    "caseapp:no_member": SyncError("Der er intet medlem med det navn i teamet."),
    "caseapp:no_device": SyncError("Der er ingen maskine med det id i teamet."),
    "caseapp:not_your_device": SyncError(
        "Denne maskine er ikke (længere) godkendt i teamet; den kan ikke sende ændringer."
    ),
    "caseapp:fork": ForkedDevice(
        "Serveren har andre ændringer under denne maskines numre: databasen er vist kopieret til "
        "en anden maskine. Brug kun den ene kopi, og meld den anden ud af teamet."
    ),
    "caseapp:retry": SyncError("Serveren blev ændret imens; prøv igen."),
    "caseapp:no_purge": SyncError(
        "Serveren har ikke sletningen fra denne maskine endnu; den sendes ved næste synkronisering."
    ),
    "caseapp:bad_expiry": SyncError("En invitation gælder mellem 1 og 30 dage."),
}

T = TypeVar("T")


def server_call(conn: psycopg.Connection, call: Callable[[], T]) -> T:
    """Run a server function; its refusal becomes a sentence."""
    try:
        return call()
    except psycopg.errors.RaiseException as exc:
        conn.rollback()
        reason = str(exc).split("\n", 1)[0]
        raise _REFUSALS.get(reason, SyncError("Serveren afviste handlingen.")) from None
    except psycopg.errors.UniqueViolation:
        conn.rollback()
        raise SyncError("Det findes allerede på serveren.") from None


def offline_guard(func: Callable[[], T]) -> T:
    """A dropped connection or a timeout, whatever step it hits, is "offline": nothing is lost,
    the next sync goes on from where this one stopped."""
    try:
        return func()
    except psycopg.errors.ReadOnlySqlTransaction:
        raise SyncOffline(
            "Offline: serveren tager kun imod læsning lige nu (en reserveserver); dit arbejde er "
            "gemt lokalt og sendes, når serveren tager imod igen."
        ) from None
    except psycopg.OperationalError:
        raise SyncOffline(
            "Offline: forbindelsen til serveren blev afbrudt; det, der ikke nåede frem, sendes "
            "ved næste synkronisering."
        ) from None
