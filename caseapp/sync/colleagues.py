"""The team's members by the names they write under, for the places a colleague is picked
(who sits at a meeting): each trusted, unrevoked member this database knows, named as their
devices sign their changes (the login where no name has arrived yet), this user by their own
profile name. Local only: no server call, so it works offline."""

from __future__ import annotations

import sqlite_utils

from caseapp.sync import local_store


def colleague_names(db: sqlite_utils.Database, my_name: str) -> list[str]:
    """Sorted, one name per member; [] outside a team."""
    state = local_store.state(db)
    if not state.member_role:
        return []
    authors = local_store.author_names(db)
    names: dict[str, str] = {state.member_role: my_name.strip() or state.member_role}
    for device, role in db.execute(
            "SELECT device, role FROM sync_devices WHERE trusted = 1 AND revoked_last IS NULL "
            "ORDER BY device"):
        if role and authors.get(device, "").strip():
            names.setdefault(role, authors[device].strip())
    for (role,) in db.execute(
            "SELECT DISTINCT role FROM sync_devices WHERE trusted = 1 AND revoked_last IS NULL"):
        if role:
            names.setdefault(role, role)
    return sorted(set(names.values()), key=str.casefold)
