"""What was written since a mark, read from the traces every write leaves: the audit trail (each
local write, by whichever connection: this window, a worker, the command line) and the access
log's "changed by a sync" rows (one per citizen a sync changed).

The views use it to read again only what they show; where the traces cannot tell (a write that
left none, a row deleted meanwhile), the answer is "anything, for anyone", never "nothing".
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import sqlite_utils

from caseapp.domain.enums import AccessAction
from caseapp.domain.models import CHANGE_KINDS, DataChange

# audit entity -> the kind of record the views know, and the SQL giving the row's citizen
_ENTITIES: dict[str, tuple[str, str]] = {
    "citizen": ("citizens", "SELECT id, id FROM citizens WHERE id IN ({ids})"),
    "network_contact": ("citizens", "SELECT id, citizen_id FROM network_contacts WHERE id IN ({ids})"),
    "consent": ("citizens", "SELECT id, citizen_id FROM consents WHERE id IN ({ids})"),
    "goal": ("goals", "SELECT id, citizen_id FROM goals WHERE id IN ({ids})"),
    "action": ("goals", "SELECT a.id, g.citizen_id FROM actions a JOIN goals g ON g.id = a.goal_id "
                        "WHERE a.id IN ({ids})"),
    "rating": ("goals", "SELECT r.id, g.citizen_id FROM ratings r JOIN goals g ON g.id = r.goal_id "
                        "WHERE r.id IN ({ids})"),
    "note": ("notes", "SELECT id, citizen_id FROM notes WHERE id IN ({ids})"),
    "appointment": ("appointments", "SELECT id, citizen_id FROM appointments WHERE id IN ({ids})"),
    "status": ("statuses", "SELECT id, citizen_id FROM status_descriptions WHERE id IN ({ids})"),
    "effort": ("followup", "SELECT id, citizen_id FROM efforts WHERE id IN ({ids})"),
    "document_request": ("followup", "SELECT id, citizen_id FROM document_requests WHERE id IN ({ids})"),
    "meeting": ("followup", "SELECT id, citizen_id FROM meetings WHERE id IN ({ids})"),
}
# actions on a citizen that change more than the citizen's own row
_CITIZEN_ACTIONS_ALSO = {"entered_official": "notes"}
_MAX_ROWS = 500  # past this many traces (an import), the citizens are not worth resolving


@dataclass(frozen=True, slots=True)
class Mark:
    """How far the traces had reached."""

    audit: int
    access: int


def mark(db: sqlite_utils.Database) -> Mark:
    audit_id = db.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0]
    access_id = db.execute("SELECT coalesce(max(id), 0) FROM access_log").fetchone()[0]
    return Mark(audit_id, access_id)


def since(db: sqlite_utils.Database, seen: Mark) -> tuple[DataChange, Mark]:
    """What the traces after `seen` say changed, and the new mark. A change with no kinds
    means only reading was logged (somebody opened a citizen): nothing to show again."""
    now = mark(db)
    audit_rows = db.execute(
        "SELECT entity, entity_id, action FROM audit WHERE id > ? ORDER BY id LIMIT ?",
        [seen.audit, _MAX_ROWS + 1]).fetchall()
    synced = [r[0] for r in db.execute(
        "SELECT citizen_id FROM access_log WHERE id > ? AND action = ? LIMIT ?",
        [seen.access, AccessAction.SYNCED.value, _MAX_ROWS + 1]).fetchall()]
    if not audit_rows and not synced:
        if now.access > seen.access and now.audit == seen.audit:
            return DataChange(frozenset(), frozenset()), now  # only the access log grew
        return DataChange.everything(), now  # a write that left no trace: anything
    if len(audit_rows) > _MAX_ROWS or len(synced) > _MAX_ROWS:
        return DataChange.everything(), now
    kinds, citizens = _from_audit(db, audit_rows)
    if synced:
        kinds = set(CHANGE_KINDS)  # a sync does not say which kinds, only whose
        if citizens is not None:
            citizens |= {c for c in synced if c is not None}
    return DataChange(frozenset(kinds), None if citizens is None else frozenset(citizens)), now


def _from_audit(db: sqlite_utils.Database, rows: list[tuple[str, int, str]]) -> tuple[set[str], set[int] | None]:
    kinds: set[str] = set()
    wanted: dict[str, set[int]] = defaultdict(set)
    for entity, entity_id, action in rows:
        if entity not in _ENTITIES:
            return set(CHANGE_KINDS), None
        kinds.add(_ENTITIES[entity][0])
        if entity == "citizen" and action in _CITIZEN_ACTIONS_ALSO:
            kinds.add(_CITIZEN_ACTIONS_ALSO[action])
        wanted[entity].add(entity_id)
    citizens: set[int] = set()
    for entity, ids in wanted.items():
        if entity == "citizen":
            citizens |= ids  # even a deleted citizen is named by its id
            continue
        found = dict(db.execute(_ENTITIES[entity][1].format(ids=",".join("?" * len(ids))), list(ids)).fetchall())
        if len(found) < len(ids):
            return kinds, None  # a row deleted meanwhile: whose it was is gone, so anyone's
        citizens |= {c for c in found.values() if c is not None}  # not the worker's own appointments
    return kinds, citizens
