"""The user's own profile and preferences, kept inside the encrypted database."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from caseapp.domain.models import Profile
from caseapp.storage.rows import query

if TYPE_CHECKING:
    import sqlite_utils

_FIELDS = {f.name: f.type for f in dataclasses.fields(Profile) if f.name != "extra"}
_EXTRA = "extra."


def load(db: sqlite_utils.Database) -> Profile:
    stored = {r["key"]: r["value"] for r in query(db, "SELECT key, value FROM profile")}
    values: dict[str, object] = {}
    for name, hint in _FIELDS.items():
        if name in stored:
            values[name] = int(stored[name]) if hint in (int, "int") else stored[name]
    extra = {k[len(_EXTRA):]: v for k, v in stored.items() if k.startswith(_EXTRA)}
    return Profile(**values, extra=extra)  # type: ignore[arg-type]


def save(db: sqlite_utils.Database, profile: Profile) -> None:
    rows = [(name, str(getattr(profile, name))) for name in _FIELDS]
    rows += [(_EXTRA + k, v) for k, v in profile.extra.items()]
    with db.atomic():
        db.execute(f"DELETE FROM profile WHERE key LIKE '{_EXTRA}%'")
        db.conn.executemany(
            "INSERT INTO profile (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            rows,
        )
