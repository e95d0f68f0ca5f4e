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
