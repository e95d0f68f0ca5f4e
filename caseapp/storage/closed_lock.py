"""A closed case is read-only: SQLite triggers refuse every write to a closed citizen's rows.

The rule sits in the database, not in the service, so no code path (a new service method, the
command line, a plan edit made on a worker) can get round it. Each table that holds something about
a citizen (master data, goals, actions, ratings, notes and their goal links, status descriptions and
their evaluations, appointments, network, consents, and efforts with their sub-goal links and their
documents when the database has them) gets BEFORE INSERT / UPDATE / DELETE triggers
that RAISE(ABORT) when the row's citizen has the status 'closed'. `changes.change` turns that into
one Danish sentence (`SENTENCE`).

What still works on a closed case:
- reopening it (the citizen's status leaves 'closed' while nothing else on the row changes);
- marking signed notes as entered in the official system (`notes.entered_official_on`), which a
  purge requires first;
- a row getting its sync uuid (sharing);
- the purge and the bulk loader, which set these triggers aside inside their own transaction
  (`TRIGGERS`), as they do the signed-record protections;
- everything that only reads, the insight print-out and the access log (not a citizen's table).

Team sync: entries pulled from the team are applied even when the citizen is closed here
(`sync_state.applying` lets them through). The closing itself is a field of the shared citizen
row and reaches every replica; a colleague's edit that arrives afterwards was made before their
laptop knew of it. Refusing it would hold that entry for ever and leave the replicas different,
so the replica takes it, as it takes any change of the team's; the lock guards this user's own
edits. A purge later removes whatever the colleague added (after the same filing check).

The column lists are read from the tables when the triggers are made; `install` runs again after
every migration (schema.migrate), so a column added later is guarded too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

SENTENCE = "Sagen er afsluttet; genåbn den for at ændre i den."
MARKER = "case is closed"

# table -> SQL naming the citizen of the row {r} (new or old); purge finds rows by it too
CITIZEN_OF = {
    "network_contacts": "{r}.citizen_id",
    "consents": "{r}.citizen_id",
    "goals": "{r}.citizen_id",
    "actions": "(SELECT citizen_id FROM goals WHERE id = {r}.goal_id)",
    "ratings": "(SELECT citizen_id FROM goals WHERE id = {r}.goal_id)",
    "appointments": "{r}.citizen_id",
    "notes": "{r}.citizen_id",
    "note_goals": "(SELECT citizen_id FROM notes WHERE id = {r}.note_id)",
    "status_descriptions": "{r}.citizen_id",
    "goal_evaluations": "(SELECT citizen_id FROM status_descriptions WHERE id = {r}.status_id)",
    # efforts and the documents asked for about them (a later migration may bring them)
    "efforts": "{r}.citizen_id",
    "effort_goals": "(SELECT citizen_id FROM efforts WHERE id = {r}.effort_id)",
    "document_requests": "{r}.citizen_id",
    "document_chases": "(SELECT citizen_id FROM document_requests WHERE id = {r}.document_id)",
    "meetings": "{r}.citizen_id",
    "meeting_participants": "(SELECT citizen_id FROM meetings WHERE id = {r}.meeting_id)",
    "meeting_items": "(SELECT citizen_id FROM meetings WHERE id = {r}.meeting_id)",
    "meeting_decisions": "(SELECT citizen_id FROM meetings WHERE id = {r}.meeting_id)",
}
# Columns a write may still set on a closed citizen's row.
_ALWAYS_ALLOWED = frozenset({"uuid"})
_ALLOWED = {"notes": frozenset({"entered_official_on"})}
# The citizen's own columns that closing and reopening set.
_CLOSING_COLUMNS = frozenset({"status", "closed_on", "closing_reason", "retention_days",
                              "retention_reason", "updated_at"})

TRIGGERS: tuple[str, ...] = ("citizens_closed_no_update",) + tuple(
    f"{table}_closed_no_{op}" for table in CITIZEN_OF for op in ("insert", "update", "delete")
)

_LOCAL = "coalesce((SELECT applying FROM sync_state WHERE id = 1), 0) = 0"
_RAISE = f"BEGIN SELECT RAISE(ABORT, '{MARKER}'); END"


def _closed(citizen_sql: str) -> str:
    return f"(SELECT status FROM citizens WHERE id = {citizen_sql}) = 'closed'"


def _columns(db: sqlite_utils.Database, table: str) -> list[str]:
    return [r[1] for r in db.execute(f"PRAGMA table_info({table})").fetchall()]


def _table_triggers(db: sqlite_utils.Database, table: str) -> list[str]:
    of = CITIZEN_OF[table]
    new, old = _closed(of.format(r="new")), _closed(of.format(r="old"))
    allowed = _ALWAYS_ALLOWED | _ALLOWED.get(table, frozenset())
    guarded = ", ".join(f'"{c}"' for c in _columns(db, table) if c not in allowed)
    return [
        f"CREATE TRIGGER {table}_closed_no_insert BEFORE INSERT ON {table} "
        f"WHEN {_LOCAL} AND {new} {_RAISE}",
        f"CREATE TRIGGER {table}_closed_no_update BEFORE UPDATE OF {guarded} ON {table} "
        f"WHEN {_LOCAL} AND ({old} OR {new}) {_RAISE}",
        f"CREATE TRIGGER {table}_closed_no_delete BEFORE DELETE ON {table} "
        f"WHEN {_LOCAL} AND {old} {_RAISE}",
    ]


def _citizen_trigger(db: sqlite_utils.Database) -> str:
    """A closed citizen's row changes only by reopening: the status leaves 'closed' while the
    rest of the record stays as it is."""
    columns = [c for c in _columns(db, "citizens") if c not in _ALWAYS_ALLOWED]
    content = " OR ".join(f'new."{c}" IS NOT old."{c}"' for c in columns if c not in _CLOSING_COLUMNS)
    guarded = ", ".join(f'"{c}"' for c in columns)
    return (f"CREATE TRIGGER citizens_closed_no_update BEFORE UPDATE OF {guarded} ON citizens "
            f"WHEN {_LOCAL} AND old.status = 'closed' AND (new.status = 'closed' OR {content}) "
            f"{_RAISE}")


def install(db: sqlite_utils.Database) -> None:
    """(Re)make every trigger from the tables' current columns, in the caller's transaction;
    a table this database does not have (yet) is left out."""
    for name in TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    db.execute(_citizen_trigger(db))
    for table in CITIZEN_OF:
        if not _columns(db, table):
            continue
        for sql in _table_triggers(db, table):
            db.execute(sql)


def refused(exc: BaseException) -> bool:
    """Whether a database error is this lock refusing a write."""
    return MARKER in str(exc)
