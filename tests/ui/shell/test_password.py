"""caseapp/domain/password.py: the unlock password is kept only as a salted scrypt hash."""

from __future__ import annotations

import pytest

from caseapp.domain.password import hash_password, verify_password
from caseapp.errors import InvalidInput


def test_hash_and_verify() -> None:
    stored = hash_password("kodeord-æøå")
    assert stored.startswith("scrypt$")
    assert "kodeord" not in stored
    assert verify_password("kodeord-æøå", stored)
    assert not verify_password("kodeord-aeoa", stored)
    assert hash_password("kodeord-æøå") != stored  # salted


@pytest.mark.parametrize("bad", ["", "scrypt$1$2", "md5$1$1$1$AA==$AA==", "scrypt$x$8$1$AA==$AA=="])
def test_malformed_hash_never_matches(bad: str) -> None:
    assert not verify_password("anything", bad)


def test_short_password_refused() -> None:
    with pytest.raises(InvalidInput, match="mindst 6 tegn"):
        hash_password("kort")
