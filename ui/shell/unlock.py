"""Where the unlock password's hash lives: the profile's `extra` (inside the encrypted database)."""

from __future__ import annotations

import dataclasses

from caseapp.domain.models import Profile
from caseapp.domain.password import hash_password, verify_password

UNLOCK_HASH = "unlock_hash"


def has_unlock_password(profile: Profile) -> bool:
    return bool(profile.extra.get(UNLOCK_HASH))


def check_unlock_password(profile: Profile, password: str) -> bool:
    stored = profile.extra.get(UNLOCK_HASH, "")
    return bool(stored) and verify_password(password, stored)


def with_unlock_password(profile: Profile, password: str) -> Profile:
    return dataclasses.replace(profile, extra=profile.extra | {UNLOCK_HASH: hash_password(password)})
