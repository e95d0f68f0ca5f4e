"""Which local tables a team shares, and the SQL that captures their changes into the outbox.

Capture is done by SQLite triggers, so every change to a shared citizen's rows enters
`sync_outbox` in the same transaction as the change itself, whatever code made it. A trigger
fires only when the row's citizen is shared (`sync_shared`) and the sync engine is not itself
applying pulled entries (`sync_state.applying`). Drafts never leave the machine: a note is
captured only once it is signed, a status description once it is final.

The triggers are generated from the tables' current columns and installed again whenever that
column set changes (`install_triggers`), so a later migration that adds a column is shared too.
Foreign keys travel as the referenced row's uuid, never as a local integer id.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import sqlite_utils


@dataclass(frozen=True)
class SharedTable:
    name: str
    citizen_of: str  # SQL giving the row's citizen id; {r} is the row alias
    refs: dict[str, str] = field(default_factory=dict)  # column -> referenced table
    order: str = "{r}.id"  # snapshot order: parents before children
    capture_when: str = ""  # extra condition on the row ({r}) for it to leave the machine
    extras: dict[str, str] = field(default_factory=dict)  # payload field -> SQL over {r}
    deletable: bool = True


_BY_GOAL = "(SELECT citizen_id FROM goals WHERE id = {r}.goal_id)"
_BY_MEETING = "(SELECT citizen_id FROM meetings WHERE id = {r}.meeting_id)"

TABLES: dict[str, SharedTable] = {
    t.name: t
    for t in (
        SharedTable("citizens", "{r}.id"),
        SharedTable("network_contacts", "{r}.citizen_id", {"citizen_id": "citizens"}),
        SharedTable("consents", "{r}.citizen_id",
                    {"citizen_id": "citizens", "contact_id": "network_contacts"}),
        SharedTable(
            "goals",
            "{r}.citizen_id",
            {"citizen_id": "citizens", "parent_id": "goals"},
            order="CASE {r}.level WHEN 'long_term' THEN 0 WHEN 'effort' THEN 1 ELSE 2 END, {r}.id",
        ),
        SharedTable("actions", _BY_GOAL, {"goal_id": "goals"}),
        SharedTable("ratings", _BY_GOAL, {"goal_id": "goals"}),
        SharedTable(
            "appointments",
            "{r}.citizen_id",
            {"citizen_id": "citizens", "series_id": "appointments"},
            order="{r}.series_id IS NOT NULL, {r}.id",
        ),
        SharedTable(
            "notes",
            "{r}.citizen_id",
            {"citizen_id": "citizens", "appointment_id": "appointments", "corrects_id": "notes"},
            capture_when="{r}.state = 'signed'",
            extras={
                "goal_ids": "json((SELECT json_group_array(g.uuid) FROM note_goals ng "
                "JOIN goals g ON g.id = ng.goal_id WHERE ng.note_id = {r}.id))"
            },
            deletable=False,
        ),
        SharedTable(
            "status_descriptions",
            "{r}.citizen_id",
            {"citizen_id": "citizens"},
            capture_when="{r}.state = 'final'",  # a draft is the author's own until it is final
            extras={
                "evaluations": "json((SELECT json_group_array(json_object('goal', g.uuid, "
                "'evaluation', e.evaluation)) FROM goal_evaluations e "
                "JOIN goals g ON g.id = e.goal_id WHERE e.status_id = {r}.id))"
            },
        ),
        SharedTable(
            "efforts",
            "{r}.citizen_id",
            {"citizen_id": "citizens", "goal_id": "goals", "provider_id": "network_contacts"},
        ),
        SharedTable(
            "effort_goals",
            "(SELECT citizen_id FROM efforts WHERE id = {r}.effort_id)",
            {"effort_id": "efforts", "goal_id": "goals"},
        ),
        SharedTable("document_requests", "{r}.citizen_id", {"citizen_id": "citizens"}),
        SharedTable(
            "document_chases",
            "(SELECT citizen_id FROM document_requests WHERE id = {r}.document_id)",
            {"document_id": "document_requests"},
        ),
        SharedTable("meetings", "{r}.citizen_id",
                    {"citizen_id": "citizens", "appointment_id": "appointments"}),
        SharedTable("meeting_participants", _BY_MEETING,
                    {"meeting_id": "meetings", "contact_id": "network_contacts"}),
        SharedTable("meeting_items", _BY_MEETING, {"meeting_id": "meetings"}),
        SharedTable("meeting_decisions", _BY_MEETING,
                    {"meeting_id": "meetings", "goal_id": "goals", "action_id": "actions"}),
    )
}

# Fields whose concurrent edits are not worth a visible conflict (the later one simply wins).
QUIET_FIELDS = frozenset({"updated_at", "position"})
_LOCAL_ONLY = frozenset({"id", "uuid"})
_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
_EMPTY = "'{}'"
_ANY_CHANGE = "WHERE f <> '{}'"
_NOT_APPLYING = "(SELECT applying FROM sync_state WHERE id = 1) = 0"


_COLUMN_CACHE: dict[tuple[int, int, str], list[str]] = {}


def columns(db: sqlite_utils.Database, table: str) -> list[str]:
    """The table's shared columns: all but the local id and the uuid. Cached per connection
    and schema cookie (which SQLite bumps on every schema change)."""
    cookie = db.execute("PRAGMA schema_version").fetchone()[0]
    key = (id(db.conn), cookie, table)
    if key not in _COLUMN_CACHE:
        if len(_COLUMN_CACHE) > 256:
            _COLUMN_CACHE.clear()
        rows = db.execute(f"PRAGMA table_info({table})").fetchall()
        _COLUMN_CACHE[key] = [r[1] for r in rows if r[1] not in _LOCAL_ONLY]
    return _COLUMN_CACHE[key]


def _quoted(column: str) -> str:
    return f'"{column}"'


def _value(spec: SharedTable, column: str, r: str) -> str:
    ref = spec.refs.get(column)
    if ref:
        return f"(SELECT uuid FROM {ref} WHERE id = {r}.{_quoted(column)})"
    return f"{r}.{_quoted(column)}"


def row_json(db: sqlite_utils.Database, spec: SharedTable, r: str) -> str:
    """SQL for the whole row (and its extras) as a JSON object, foreign keys as uuids."""
    parts = [f"'{c}', {_value(spec, c, r)}" for c in columns(db, spec.name)]
    parts += [f"'{name}', {sql.format(r=r)}" for name, sql in spec.extras.items()]
    return f"json_object({', '.join(parts)})"


def _changed_json(db: sqlite_utils.Database, spec: SharedTable) -> str:
    """SQL for only the columns an UPDATE changed, as a JSON object."""
    cols = columns(db, spec.name)
    unchanged = ", ".join(
        f"CASE WHEN new.{_quoted(c)} IS old.{_quoted(c)} THEN '$.\"{c}\"' ELSE '$.\"~\"' END"
        for c in cols
    )
    pairs = ", ".join(f"'{c}', {_value(spec, c, 'new')}" for c in cols)
    whole = f"json_object({pairs})"
    return f"json_remove({whole}, {unchanged})"


def _shared(spec: SharedTable, r: str) -> str:
    return (
        f"EXISTS (SELECT 1 FROM sync_shared WHERE citizen_id = {spec.citizen_of.format(r=r)})"
    )


def _tick() -> str:
    return f"UPDATE sync_state SET hlc = max(hlc + 1, {_NOW_MS}) WHERE id = 1;"


def _outbox(kind: str, uuid_sql: str, op: str, fields_sql: str, where: str = "") -> str:
    return (
        "INSERT INTO sync_outbox (kind, uuid, op, fields, hlc) "
        f"SELECT '{kind}', {uuid_sql}, '{op}', f, (SELECT hlc FROM sync_state WHERE id = 1) "
        f"FROM (SELECT {fields_sql} AS f) {where};"
    )


def new_uuid_sql(row_id: str) -> str:
    """SQL for a row's new uuid: the time in milliseconds, the row's id and 48 random bits, as
    32 hex digits. Rows made later sort later, so the indexes keyed by uuid (each shared
    table's, the clocks', the outbox's) grow at their end as rows arrive, instead of taking
    each new key at a random place: at a million notes those random places outgrew SQLite's
    page cache and made a first pull's cost per entry nearly twice the small caseload's. The
    id keeps a table's uuids apart within a millisecond; the random part keeps them apart
    across laptops. The time says no more than the row's own creation time (team members see
    that), and the server never sees a uuid: it travels inside the encrypted entry."""
    return (f"lower(printf('%012x%08x', CAST(unixepoch('subsec') * 1000 AS INTEGER), "
            f"({row_id}) & 4294967295) || hex(randomblob(6)))")


def _assign_uuid(table: str) -> str:
    return (
        f"UPDATE {table} SET uuid = {new_uuid_sql('new.id')} "
        "WHERE id = new.id AND uuid IS NULL;"
    )


def _trigger_sql(db: sqlite_utils.Database, spec: SharedTable) -> list[str]:
    t = spec.name
    uuid_now = f"(SELECT uuid FROM {t} WHERE id = new.id)"
    extra_new = f" AND {spec.capture_when.format(r='new')}" if spec.capture_when else ""
    insert_when = f"{_NOT_APPLYING} AND {_shared(spec, 'new')}{extra_new}"
    share_first = ""
    if t == "citizens":  # a team sharing every citizen shares new ones at once
        insert_when = (
            f"{_NOT_APPLYING} AND ((SELECT share_all FROM sync_state WHERE id = 1) = 1 "
            f"OR {_shared(spec, 'new')})"
        )
        share_first = "INSERT OR IGNORE INTO sync_shared (citizen_id) VALUES (new.id);"
    statements = [
        f"CREATE TRIGGER {t}_sync_ai AFTER INSERT ON {t} WHEN {insert_when} BEGIN "
        f"{share_first}{_assign_uuid(t)}{_tick()}"
        f"{_outbox(t, uuid_now, 'insert', row_json(db, spec, 'new'))} END"
    ]
    cols = ", ".join(_quoted(c) for c in columns(db, t))
    update_when = f"{_NOT_APPLYING} AND {_shared(spec, 'new')}{extra_new}"
    if spec.capture_when:  # the row just became shareable (a note signed): send it whole
        became = spec.capture_when.format(r="old")
        fields = f"CASE WHEN {became} THEN {_changed_json(db, spec)} ELSE {row_json(db, spec, 'new')} END"
        op = "insert"
        statements.append(
            f"CREATE TRIGGER {t}_sync_au AFTER UPDATE OF {cols} ON {t} WHEN {update_when} BEGIN "
            f"{_assign_uuid(t)}{_tick()}"
            "INSERT INTO sync_outbox (kind, uuid, op, fields, hlc) "
            f"SELECT '{t}', {uuid_now}, CASE WHEN {became} THEN 'update' ELSE '{op}' END, f, "
            "(SELECT hlc FROM sync_state WHERE id = 1) "
            f"FROM (SELECT {fields} AS f) WHERE f <> '{{}}'; END"
        )
    else:
        statements.append(
            f"CREATE TRIGGER {t}_sync_au AFTER UPDATE OF {cols} ON {t} WHEN {update_when} BEGIN "
            f"{_assign_uuid(t)}{_tick()}"
            f"{_outbox(t, uuid_now, 'update', _changed_json(db, spec), _ANY_CHANGE)} END"
        )
    if spec.deletable:
        statements.append(
            f"CREATE TRIGGER {t}_sync_ad AFTER DELETE ON {t} "
            f"WHEN {_NOT_APPLYING} AND old.uuid IS NOT NULL AND {_shared(spec, 'old')} BEGIN "
            f"{_tick()}{_outbox(t, 'old.uuid', 'delete', _EMPTY)} END"
        )
    return statements


def _evaluation_triggers() -> list[str]:
    """A status description's goal evaluations travel as one field of the status."""
    status = TABLES["status_descriptions"]
    evaluations = status.extras["evaluations"].format(r="s")
    out = []
    for event, row in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
        shared = (
            "EXISTS (SELECT 1 FROM sync_shared sh JOIN status_descriptions s "
            f"ON s.citizen_id = sh.citizen_id WHERE s.id = {row}.status_id AND s.uuid IS NOT NULL "
            "AND s.state = 'final')"
        )
        out.append(
            f"CREATE TRIGGER goal_evaluations_sync_{event.lower()} AFTER {event} ON goal_evaluations "
            f"WHEN {_NOT_APPLYING} AND {shared} BEGIN {_tick()}"
            "INSERT INTO sync_outbox (kind, uuid, op, fields, hlc) "
            f"SELECT 'status_descriptions', s.uuid, 'update', json_object('evaluations', {evaluations}), "
            "(SELECT hlc FROM sync_state WHERE id = 1) "
            f"FROM status_descriptions s WHERE s.id = {row}.status_id; END"
        )
    return out


def _access_log_trigger() -> list[str]:
    """A row of this user's access log about a shared citizen travels to the team (who, when,
    what; never content), so a colleague's insight print-out lists it. Checkpoint rows, rows
    received from colleagues (they carry a uuid) and the rows a sync writes (applying) stay
    here: a sync's own row would otherwise make the next sync elsewhere, and so on for ever."""
    fields = ("json_object('citizen_id', (SELECT uuid FROM citizens WHERE id = new.citizen_id), "
              "'at', new.at, 'user', new.user, 'action', new.action, 'detail', new.detail)")
    when = (f"{_NOT_APPLYING} AND new.uuid IS NULL AND new.citizen_id IS NOT NULL "
            "AND new.action <> 'expired' "
            "AND EXISTS (SELECT 1 FROM sync_shared WHERE citizen_id = new.citizen_id)")
    return [
        f"CREATE TRIGGER access_log_sync_ai AFTER INSERT ON access_log WHEN {when} BEGIN "
        f"{_tick()}{_outbox('access_log', 'lower(hex(randomblob(16)))', 'insert', fields)} END"
    ]


def all_trigger_sql(db: sqlite_utils.Database) -> list[str]:
    """Triggers for every shared table there is (m010 runs before later tables are made)."""
    statements = [s for spec in TABLES.values() if db[spec.name].exists() for s in _trigger_sql(db, spec)]
    shares_log = db["access_log"].exists() and "uuid" in db["access_log"].columns_dict
    return statements + _evaluation_triggers() + (_access_log_trigger() if shares_log else [])


def _signature(statements: list[str]) -> str:
    return hashlib.sha256("\n".join(statements).encode()).hexdigest()


def _existing_sync_triggers(db: sqlite_utils.Database) -> list[str]:
    rows = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_sync\\_%' ESCAPE '\\'"
    ).fetchall()
    return [r[0] for r in rows]


def install_triggers(db: sqlite_utils.Database) -> bool:
    """(Re)create the capture triggers when the tables' columns changed or a trigger is gone.
    True when it did."""
    statements = all_trigger_sql(db)
    signature = _signature(statements)
    current = db.execute("SELECT trigger_signature FROM sync_state WHERE id = 1").fetchone()
    expected = {sql.split()[2] for sql in statements}  # "CREATE TRIGGER <name> ..."
    # A table rebuilt by a later migration loses its triggers: the names tell.
    if current and current[0] == signature and expected <= set(_existing_sync_triggers(db)):
        return False
    with db.atomic():
        for name in _existing_sync_triggers(db):
            db.execute(f"DROP TRIGGER {name}")
        for sql in statements:
            db.execute(sql)
        db.execute("UPDATE sync_state SET trigger_signature = ? WHERE id = 1", [signature])
    return True


_STATUS_COLUMNS = (
    "citizen_id", "period_start", "period_end", "overall", "citizen_view", "next_steps",
    "gone_through_on", "state", "author", "finalised_at",
)


def _let_final_statuses_get_a_uuid(db: sqlite_utils.Database) -> None:
    """A final status description stays read-only, except that its uuid may be set once."""
    unchanged = " AND ".join(f"new.{c} IS old.{c}" for c in _STATUS_COLUMNS)
    db.executescript(
        f"""
        DROP TRIGGER status_final_no_update;
        CREATE TRIGGER status_final_no_update BEFORE UPDATE ON status_descriptions
        WHEN old.state = 'final'
            AND NOT (old.uuid IS NULL AND new.uuid IS NOT NULL AND {unchanged})
        BEGIN SELECT RAISE(ABORT, 'final status description is read-only'); END;
        """
    )


# The tables m010 gave a uuid column; tables made later are created with theirs.
_TABLES_AT_M010 = ("citizens", "network_contacts", "consents", "goals", "actions", "ratings",
                   "appointments", "notes", "status_descriptions")


def create_sync_tables(db: sqlite_utils.Database) -> None:
    """The body of migration m010: uuids on every shared table, the sync bookkeeping tables and
    the capture triggers. Existing rows get their uuid here; nothing else changes."""
    for table in _TABLES_AT_M010:
        db.execute(f"ALTER TABLE {table} ADD COLUMN uuid TEXT")
    _let_final_statuses_get_a_uuid(db)
    for table in _TABLES_AT_M010:
        db.execute(f"UPDATE {table} SET uuid = lower(hex(randomblob(16)))")
        db.execute(f"CREATE UNIQUE INDEX {table}_uuid ON {table}(uuid)")
    db.executescript(
        """
        CREATE TABLE sync_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            device_id TEXT NOT NULL,
            team_id TEXT,
            team_name TEXT NOT NULL DEFAULT '',
            server TEXT NOT NULL DEFAULT '',
            member_role TEXT NOT NULL DEFAULT '',
            is_creator INTEGER NOT NULL DEFAULT 0,
            cursor INTEGER NOT NULL DEFAULT 0,
            key_epoch INTEGER NOT NULL DEFAULT 0,
            hlc INTEGER NOT NULL DEFAULT 0,
            applying INTEGER NOT NULL DEFAULT 0,
            share_all INTEGER NOT NULL DEFAULT 0,
            last_synced_at TEXT,
            last_offline INTEGER NOT NULL DEFAULT 0,
            trigger_signature TEXT
        );
        INSERT INTO sync_state (id, device_id) VALUES (1, lower(hex(randomblob(16))));
        CREATE TABLE sync_keys (epoch INTEGER PRIMARY KEY, key_hex TEXT NOT NULL);
        CREATE TABLE sync_shared (
            citizen_id INTEGER PRIMARY KEY REFERENCES citizens(id) ON DELETE CASCADE
        );
        CREATE TABLE sync_outbox (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            uuid TEXT NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
            fields TEXT NOT NULL,
            hlc INTEGER NOT NULL
        );
        CREATE INDEX sync_outbox_uuid ON sync_outbox(uuid);
        CREATE TABLE sync_clock (
            uuid TEXT NOT NULL,
            field TEXT NOT NULL,
            hlc INTEGER NOT NULL,
            device TEXT NOT NULL,
            PRIMARY KEY (uuid, field)
        ) WITHOUT ROWID;
        CREATE TABLE sync_authors (device TEXT PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE sync_conflicts (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            uuid TEXT NOT NULL,
            field TEXT NOT NULL,
            kept_value TEXT,
            kept_device TEXT NOT NULL,
            kept_hlc INTEGER NOT NULL,
            lost_value TEXT,
            lost_device TEXT NOT NULL,
            lost_hlc INTEGER NOT NULL,
            resolved_at TEXT
        );
        CREATE TABLE sync_rejected (seq INTEGER PRIMARY KEY, at TEXT NOT NULL);
        """
    )
    install_triggers(db)
