"""The keyring's key: random and reused; refused without a secure keyring or a passphrase, and a
plaintext keyring is not trusted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.errors import KeyUnavailable
from caseapp.service import CaseService
from caseapp.storage import keys
from caseapp.storage.keys import DatabaseKey


@pytest.fixture
def key() -> DatabaseKey:
    """These tests are about the store's keys, so they use a passphrase (stretched by SQLCipher)."""
    return DatabaseKey(passphrase="en lang og hemmelig sætning")


def test_keyring_key_is_random_and_reused(tmp_path: Path, isolated_keyring) -> None:
    db_path = tmp_path / "case.db"
    key = keys.key_for_new_database(db_path)
    assert key.raw_hex and len(key.raw_hex) == 64
    CaseService.create(db_path, key).close()
    again = keys.key_for_existing_database(db_path)
    assert again == key
    assert key.raw_hex not in repr(key)
    CaseService.open(db_path, again).close()


def test_no_secure_keyring_and_no_passphrase(tmp_path: Path, monkeypatch) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyUnavailable, match="CASEAPP_PASSPHRASE"):
        keys.key_for_new_database(tmp_path / "case.db")
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "fra miljøet")
    assert keys.key_for_new_database(tmp_path / "case.db").passphrase == "fra miljøet"


def test_plaintext_keyring_is_not_trusted(tmp_path: Path) -> None:
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    keyring.set_keyring(PlaintextKeyring())
    assert not keys.secure_keyring_available()


@pytest.mark.skipif(sys.platform == "darwin", reason="the macOS backend is the one in use there")
def test_finding_the_keyring_does_not_search_for_apples_libraries() -> None:
    """keyring's macOS backend runs ldconfig and gcc three times when imported (about 50 ms of
    every start that looks up a key); outside macOS it is never usable, so it is not loaded."""
    probe = (
        "import ctypes.util\n"
        "asked = []\n"
        "ctypes.util.find_library = lambda name: asked.append(name)\n"
        "from caseapp.storage import keys\n"
        "keys.secure_keyring_available()\n"
        "print(asked)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- which backend: the user's choice first, then the Secret Service without keyring's search --

_BACKEND_PROBE = (
    "import sys\n"
    "from caseapp.storage import keys\n"
    "print(keys.secure_keyring_available(), type(keys._keyring().get_keyring()).__name__)\n"
    "print(sorted(name for name, module in sys.modules.items()\n"
    "             if module and name.startswith(('keyring.backends.', 'keyrings.'))))\n"
)


# A fresh process reads the key; how many D-Bus connections it opened for that.
_CONNECTIONS_PROBE = (
    "from pathlib import Path\n"
    "import secretstorage\n"
    "from caseapp.storage import keys\n"
    "opened, connect = [], secretstorage.dbus_init\n"
    "secretstorage.dbus_init = lambda: opened.append(1) or connect()\n"
    "print(keys.stored_key(Path('/tmp/t.db')) is not None, len(opened))\n"
)


def _probe(env: dict[str, str], code: str = _BACKEND_PROBE) -> list[str]:
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         timeout=60, cwd=Path(__file__).resolve().parents[3])
    assert run.returncode == 0, run.stderr
    return run.stdout.strip().splitlines()


def _clean_env(tmp_path: Path) -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith(("CASEAPP_", "PYTHON_KEYRING"))}
    return env | {"XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}


def test_the_backend_named_in_the_environment_is_used(tmp_path: Path) -> None:
    env = _clean_env(tmp_path) | {"PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}
    trusted, loaded = _probe(env)
    assert trusted == "False PlaintextKeyring"  # used, and still not trusted with a key


def test_the_backend_named_in_keyringrc_is_used(tmp_path: Path) -> None:
    config = tmp_path / "config" / "python_keyring"
    config.mkdir(parents=True)
    (config / "keyringrc.cfg").write_text("[backend]\ndefault-keyring=keyring.backends.null.Keyring\n")
    trusted, loaded = _probe(_clean_env(tmp_path))
    assert trusted == "False Keyring"
    assert "keyring.backends.null" in loaded and "keyring.backends.SecretService" not in loaded


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Secret Service is Linux's")
def test_the_secret_service_is_found_without_trying_every_backend(tmp_path: Path) -> None:
    """On a Linux desktop the key is read from the Secret Service (a throwaway gnome-keyring in
    a D-Bus session of the test's own) without keyring importing and trying every other backend."""
    import shutil

    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        pytest.skip("needs dbus-run-session and gnome-keyring-daemon")
    script = (
        "import os, subprocess, sys\n"
        "os.makedirs(os.environ['XDG_RUNTIME_DIR'], mode=0o700)\n"
        "out = subprocess.run(['gnome-keyring-daemon', '--unlock', '--components=secrets'],\n"
        "                     input=b'test-throwaway', capture_output=True, check=True).stdout\n"
        "env = dict(os.environ, **dict(l.split('=', 1) for l in out.decode().splitlines() if '=' in l))\n"
        "store = 'from pathlib import Path; from caseapp.storage import keys\\n'"
        " \"print(keys.key_for_new_database(Path('/tmp/t.db')) == keys.stored_key(Path('/tmp/t.db')))\"\n"
        f"probe = {_BACKEND_PROBE!r}\n"
        f"connections = {_CONNECTIONS_PROBE!r}\n"
        "for code in (store, probe, connections):\n"
        "    print(subprocess.run([sys.executable, '-c', code], env=env, capture_output=True,\n"
        "                         text=True, check=True).stdout, end='')\n"
    )
    env = _clean_env(tmp_path) | {"XDG_RUNTIME_DIR": str(tmp_path / "run")}
    found = subprocess.run(["dbus-run-session", "--", sys.executable, "-c", script], env=env,
                           capture_output=True, text=True, timeout=120,
                           cwd=Path(__file__).resolve().parents[3])
    assert found.returncode == 0, found.stderr
    stored_and_read, trusted, loaded, read_over = found.stdout.strip().splitlines()
    assert stored_and_read == "True"
    assert trusted == "True Keyring"
    assert loaded == "['keyring.backends.SecretService', 'keyring.backends.fail']"
    assert read_over == "True 2"  # D-Bus connections: "does the service answer?" and the read
