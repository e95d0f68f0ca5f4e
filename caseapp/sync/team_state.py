"""What the app shows of team sharing: the sync status, the conflicts and their resolution.

Each function takes the service's database; `caseapp.sync.engine` holds team creation,
joining, sharing and the sync itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import sqlite_utils

from caseapp.errors import NotFound
from caseapp.sync import apply, local_store
from caseapp.sync.capture import TABLES


@dataclass
class SyncReport:
    """What one sync did: entries sent and fetched, applied, held back, and new conflicts."""

    pushed: int = 0
    pulled: int = 0
    applied: int = 0
    rejected: int = 0
    purged: int = 0  # citizens a colleague's purge removed from this laptop
    conflicts: list[local_store.ConflictRow] = field(default_factory=list)
    notice: str = ""  # one sentence when the server was found to have lost entries, else ""
    problem: str = ""  # one sentence about entries held back, missing or repeated, else ""


@dataclass(frozen=True)
class SyncStatus:
    in_team: bool
    team_name: str
    last_synced_at: dt.datetime | None
    pending: int
    offline: bool
    conflicts: int


@dataclass(frozen=True)
class Conflict:
    """One field edited in two places: the value kept and the one that lost, who and when."""

    id: int
    kind: str
    entity_uuid: str
    field: str
    kept_value: object
    kept_by: str
    kept_at: dt.datetime
    other_value: object
    other_by: str
    other_at: dt.datetime
    citizen_name: str = ""  # whose record it is (shown in the app, never in --json)

    def as_json(self) -> dict:
        return {
            "id": self.id, "kind": self.kind, "entity": self.entity_uuid, "field": self.field,
            "kept": self.kept_value, "kept_by": self.kept_by,
            "kept_at": self.kept_at.isoformat(timespec="seconds"),
            "other": self.other_value, "other_by": self.other_by,
            "other_at": self.other_at.isoformat(timespec="seconds"),
        }


def _when(hlc: int) -> dt.datetime:
    """The edit time of a clock value; one outside the calendar (a crafted clock) shows as the
    latest representable time instead of breaking the conflict list."""
    try:
        return dt.datetime.fromtimestamp(hlc / 1000)
    except (OverflowError, OSError, ValueError):
        return dt.datetime.max


def status(db: sqlite_utils.Database) -> SyncStatus:
    state = local_store.state(db)
    last = dt.datetime.fromisoformat(state.last_synced_at) if state.last_synced_at else None
    return SyncStatus(
        in_team=bool(state.team_id),
        team_name=state.team_name,
        last_synced_at=last,
        pending=local_store.pending_count(db),
        offline=state.last_offline,
        conflicts=len(local_store.conflicts(db)),
    )


def shared_citizens(db: sqlite_utils.Database) -> set[int]:
    """The citizens shared with the team; none when the database is in no team."""
    if not local_store.state(db).team_id:
        return set()
    return local_store.shared_citizens(db)


def to_conflict(
    db: sqlite_utils.Database, row: local_store.ConflictRow, my_name: str = ""
) -> Conflict:
    """`my_name`: the name this machine's user writes under (the profile's), for their own
    values; without it they read "denne maskine"."""
    names = local_store.author_names(db)
    me = local_store.state(db).device_id

    def who(device: str) -> str:
        if device == me:
            return my_name or "denne maskine"
        return names.get(device) or "ukendt"

    return Conflict(
        row.id, row.kind, row.uuid, row.field, row.kept_value, who(row.kept_device),
        _when(row.kept_hlc), row.lost_value, who(row.lost_device), _when(row.lost_hlc),
        apply.citizen_name_of(db, row.kind, row.uuid),
    )


def conflicts(db: sqlite_utils.Database, my_name: str = "") -> list[Conflict]:
    """Unresolved conflicts, oldest first (the "Konflikter" list)."""
    return [to_conflict(db, row, my_name) for row in local_store.conflicts(db)]


def resolve_conflict(db: sqlite_utils.Database, conflict_id: int, use_other: bool) -> None:
    """Close a conflict. With use_other the value that lost is written back, as an ordinary
    local edit, so the choice reaches the team at the next sync."""
    row = local_store.conflict(db, conflict_id)
    if row is None or row.resolved_at is not None:
        raise NotFound("Konflikten findes ikke eller er allerede løst.")
    with db.atomic():
        if use_other:
            spec = TABLES[row.kind]
            row_id = apply.local_id(db, spec.name, row.uuid)
            if row_id is not None:
                apply.set_field(db, spec, row_id, row.field, row.lost_value)
        local_store.mark_resolved(db, conflict_id)
