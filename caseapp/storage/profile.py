"""The user's own profile and preferences, kept inside the encrypted database."""

from __future__ import annotations

import dataclasses

import sqlite_utils

from caseapp.domain.models import Profile

_FIELDS = {f.name: f.type for f in dataclasses.fields(Profile) if f.name != "extra"}


def load(db: sqlite_utils.Database) -> Profile:
    stored = {r["key"]: r["value"] for r in db.query("SELECT key, value FROM profile")}
    values: dict[str, object] = {}
    for name, hint in _FIELDS.items():
        if name in stored:
            values[name] = int(stored[name]) if hint in (int, "int") else stored[name]
    return Profile(**values)  # type: ignore[arg-type]


def save(db: sqlite_utils.Database, profile: Profile) -> None:
    with db.atomic():
        for name in _FIELDS:
            db.execute(
                "INSERT INTO profile (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [name, str(getattr(profile, name))],
            )
