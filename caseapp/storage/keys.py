"""Where the database key comes from.

Order: the passphrase in CASEAPP_PASSPHRASE (scripts and tests); otherwise a random 256-bit key
kept in the OS keyring; otherwise a passphrase the user types. The key is never written anywhere
in plaintext by caseapp itself, and a keyring that stores secrets in plaintext is not used.

A backup is encrypted under a passphrase of its own (CASEAPP_BACKUP_PASSPHRASE for scripts, or
typed; by default the database's own passphrase), never under the keyring's key, so it can be
restored on a machine whose keyring has never seen the database.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.errors import KeyUnavailable

log = logging.getLogger(__name__)

PASSPHRASE_ENV = "CASEAPP_PASSPHRASE"
BACKUP_PASSPHRASE_ENV = "CASEAPP_BACKUP_PASSPHRASE"
KEYRING_SERVICE = "caseapp"
_INSECURE_BACKEND_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")

if TYPE_CHECKING:
    from types import ModuleType


@dataclass(frozen=True)
class DatabaseKey:
    """Either a raw 32-byte key (from the keyring) or a passphrase (stretched by SQLCipher)."""

    raw_hex: str | None = None
    passphrase: str | None = None

    def __post_init__(self) -> None:
        if (self.raw_hex is None) == (self.passphrase is None):
            raise ValueError("a DatabaseKey is either raw or a passphrase")
        if self.passphrase is not None and not self.passphrase:
            raise KeyUnavailable("Adgangsfrasen må ikke være tom.")

    def pragma_value(self) -> str:
        """The right-hand side of `PRAGMA key = ...`, quoted for SQL."""
        if self.raw_hex is not None:
            return f"\"x'{self.raw_hex}'\""
        assert self.passphrase is not None
        return "'" + self.passphrase.replace("'", "''") + "'"

    def material(self) -> str:
        """The key as a bound parameter of `ATTACH ... KEY ?` (x'..' marks a raw key)."""
        if self.raw_hex is not None:
            return f"x'{self.raw_hex}'"
        assert self.passphrase is not None
        return self.passphrase

    def __repr__(self) -> str:  # never show a key in a traceback or log
        return "DatabaseKey(raw)" if self.raw_hex else "DatabaseKey(passphrase)"

    @classmethod
    def random(cls) -> DatabaseKey:
        import secrets  # only a new database needs it; reading one does not pay for it

        return cls(raw_hex=secrets.token_hex(32))


PassphrasePrompt = Callable[[str], str | None]


def _keyring_account(db_path: Path) -> str:
    return str(db_path.resolve())


def _keyring() -> ModuleType:
    """The keyring library, imported only when a key is looked up, stored or forgotten there:
    finding its backends costs more than the rest of a quick command's start, and a command
    whose passphrase comes from CASEAPP_PASSPHRASE never asks it."""
    if sys.platform != "darwin":
        # keyring's macOS backend looks for Apple's libraries when it is imported, which on any
        # other system runs ldconfig and gcc three times (about 50 ms); there it is never
        # usable (its priority says "macOS required"), so it is left to fail its import, as it
        # already does quietly when those libraries are missing.
        sys.modules.setdefault("keyring.backends.macOS.api", None)  # type: ignore[arg-type]
    import keyring
    import keyring.errors  # noqa: F401  (the KeyringError the callers catch)

    _choose_backend(keyring)
    return keyring


# What keyring's other Linux backends need to be usable at all (KWallet: dbus-python; libsecret:
# PyGObject). Where one of them is installed keyring itself weighs the backends.
_OTHER_LINUX_BACKENDS_NEED = ("dbus", "gi")


def _choose_backend(keyring: ModuleType) -> None:
    """The backend keyring would use, chosen without its full search where that is plain.

    keyring's own search (on the first use of `get_keyring`) reads every installed package's
    entry points and imports and tries every backend module, a quarter of a status export's
    start. caseapp keeps what the user chose: a backend already set (a test's, an earlier call),
    PYTHON_KEYRING_BACKEND and keyringrc.cfg, read by keyring's own functions, come first. Then,
    on Linux where none of keyring's other Linux backends can be used, the Secret Service when
    it answers: the backend keyring's search finds there too. Anywhere else keyring searches as
    it always does."""
    core = keyring.core
    if getattr(core, "_keyring_backend", True) is not None:  # set already (or unknown: leave it)
        return
    chosen = core.load_env() or core.load_config() or _secret_service()
    if chosen is not None:
        keyring.set_keyring(chosen)


def _secret_service() -> object | None:
    """keyring's Secret Service backend when it is the one to use and answers; else None."""
    import importlib.util

    if not sys.platform.startswith("linux"):
        return None
    if any(importlib.util.find_spec(name) for name in _OTHER_LINUX_BACKENDS_NEED):
        return None
    from keyring.backends import SecretService

    try:
        SecretService.Keyring.priority  # noqa: B018 (raises when the service does not answer)
    except Exception:  # no D-Bus session, no Secret Service: keyring's own search decides
        return None
    global _answered_just_now
    _answered_just_now = SecretService.Keyring()
    return _answered_just_now


_answered_just_now: object | None = None
"""The Secret Service backend `_secret_service` chose because it answered, until the check that
follows the choice takes that answer instead of asking again over a new D-Bus connection (a
key's read then opens two, not three); every later check asks the service."""


def secure_keyring_available() -> bool:
    """True when the active keyring backend keeps secrets encrypted by the OS."""
    global _answered_just_now
    backend = _keyring().get_keyring()
    answered, _answered_just_now = _answered_just_now, None
    if backend is answered:
        return True  # its priority (5, "secrets encrypted by the OS") was read a moment ago
    module = type(backend).__module__
    if module.startswith(_INSECURE_BACKEND_MODULES):
        return False
    try:
        return float(backend.priority) > 0  # type: ignore[attr-defined]
    except Exception:  # a backend whose priority itself fails is not usable
        return False


def stored_key(db_path: Path) -> DatabaseKey | None:
    if not secure_keyring_available():
        return None
    keyring = _keyring()
    try:
        value = keyring.get_password(KEYRING_SERVICE, _keyring_account(db_path))
    except keyring.errors.KeyringError:
        log.warning("keyring lookup failed")
        return None
    return DatabaseKey(raw_hex=value) if value else None


def store_new_key(db_path: Path) -> DatabaseKey:
    key = DatabaseKey.random()
    keyring = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_account(db_path), key.raw_hex or "")
    except keyring.errors.KeyringError:
        raise KeyUnavailable("Nøglen kunne ikke gemmes i styresystemets nøglering.") from None
    return key


def forget_key(db_path: Path) -> None:
    keyring = _keyring()
    try:
        keyring.delete_password(KEYRING_SERVICE, _keyring_account(db_path))
    except keyring.errors.KeyringError:
        pass


def _env_passphrase() -> DatabaseKey | None:
    value = os.environ.get(PASSPHRASE_ENV)
    return DatabaseKey(passphrase=value) if value else None


def _prompted(prompt: PassphrasePrompt | None, question: str) -> DatabaseKey:
    answer = prompt(question) if prompt else None
    if not answer:
        raise KeyUnavailable(
            "Der er ingen sikker nøglering på denne maskine; angiv en adgangsfrase "
            f"(fx i miljøvariablen {PASSPHRASE_ENV})."
        )
    return DatabaseKey(passphrase=answer)


def key_for_new_database(db_path: Path, prompt: PassphrasePrompt | None = None) -> DatabaseKey:
    """A key for a database about to be created, stored in the keyring when one is secure."""
    env = _env_passphrase()
    if env:
        return env
    if secure_keyring_available():
        return store_new_key(db_path)
    return _prompted(prompt, "Vælg en adgangsfrase til den nye database: ")


def key_for_existing_database(db_path: Path, prompt: PassphrasePrompt | None = None) -> DatabaseKey:
    env = _env_passphrase()
    if env:
        return env
    stored = stored_key(db_path)
    if stored:
        return stored
    return _prompted(prompt, "Adgangsfrase til databasen: ")


def key_for_restore(db_path: Path, prompt: PassphrasePrompt | None = None) -> DatabaseKey:
    """The key the restored database gets: the one this database already has (the passphrase
    in CASEAPP_PASSPHRASE, or the keyring's key for this path, also when the file is gone);
    on a machine that has never seen the database, a new one, as for `caseapp init`."""
    if db_path.exists() or _env_passphrase() or stored_key(db_path):
        return key_for_existing_database(db_path, prompt)
    return key_for_new_database(db_path, prompt)


def backup_passphrase() -> DatabaseKey | None:
    """The backup passphrase from CASEAPP_BACKUP_PASSPHRASE (scripts), or None."""
    value = os.environ.get(BACKUP_PASSPHRASE_ENV)
    return DatabaseKey(passphrase=value) if value else None
