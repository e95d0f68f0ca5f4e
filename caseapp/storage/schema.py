"""Schema migrations. Each is a small function named mNNN_verb_noun; never edit one once released.

`PRAGMA user_version` holds the number of migrations applied, so a database written by a newer
caseapp is recognised and refused before anything touches it.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.errors import NewerDatabase, NotADatabase
from caseapp.storage import closed_lock, responsible
from caseapp.storage.migration_set import MigrationSet

if TYPE_CHECKING:
    import sqlcipher3
    import sqlite_utils

log = logging.getLogger(__name__)

migrations = MigrationSet("caseapp")

_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 0'"


@migrations()
def m001_create_tables(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE profile (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE citizens (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (name <> ''),
            cpr TEXT,
            case_type TEXT NOT NULL DEFAULT '',
            legal_basis TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'active',
            is_child INTEGER NOT NULL DEFAULT 0,
            contact_cadence_days INTEGER NOT NULL DEFAULT 14,
            status_cadence_months INTEGER,
            preferred_place TEXT NOT NULL DEFAULT 'jobcenter',
            preferred_time TEXT NOT NULL DEFAULT 'any',
            max_activities_per_day INTEGER NOT NULL DEFAULT 1,
            phone TEXT NOT NULL DEFAULT '',
            responsible TEXT NOT NULL DEFAULT '',
            own_words TEXT NOT NULL DEFAULT '',
            where_now TEXT NOT NULL DEFAULT '',
            next_step TEXT NOT NULL DEFAULT '',
            barriers TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE network_contacts (
            id INTEGER PRIMARY KEY,
            citizen_id INTEGER NOT NULL REFERENCES citizens(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            phone_verified INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX network_contacts_citizen ON network_contacts(citizen_id);
        CREATE TABLE consents (
            id INTEGER PRIMARY KEY,
            citizen_id INTEGER NOT NULL REFERENCES citizens(id) ON DELETE CASCADE,
            party TEXT NOT NULL,
            scope TEXT NOT NULL,
            form TEXT NOT NULL DEFAULT 'written',
            given_on TEXT,
            withdrawn_on TEXT
        );
        CREATE INDEX consents_citizen ON consents(citizen_id);
        CREATE TABLE goals (
            id INTEGER PRIMARY KEY,
            citizen_id INTEGER NOT NULL REFERENCES citizens(id),
            parent_id INTEGER REFERENCES goals(id),
            level TEXT NOT NULL,
            text TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT 'citizen',
            ambition TEXT,
            life_domain TEXT NOT NULL DEFAULT '',
            indicator TEXT NOT NULL DEFAULT '',
            deadline TEXT,
            status TEXT NOT NULL DEFAULT 'active',
            phase TEXT NOT NULL DEFAULT 'now',
            position INTEGER NOT NULL DEFAULT 0,
            archived INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX goals_citizen ON goals(citizen_id, position);
        CREATE INDEX goals_parent ON goals(parent_id);
        CREATE TABLE actions (
            id INTEGER PRIMARY KEY,
            goal_id INTEGER NOT NULL REFERENCES goals(id),
            what TEXT NOT NULL,
            who TEXT NOT NULL DEFAULT 'citizen',
            due TEXT,
            done_on TEXT
        );
        CREATE INDEX actions_goal ON actions(goal_id);
        CREATE TABLE ratings (
            id INTEGER PRIMARY KEY,
            goal_id INTEGER NOT NULL REFERENCES goals(id),
            scale TEXT NOT NULL,
            value INTEGER NOT NULL,
            rated_on TEXT NOT NULL,
            rater TEXT NOT NULL DEFAULT '',
            comment TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX ratings_goal ON ratings(goal_id, rated_on);
        CREATE TABLE appointments (
            id INTEGER PRIMARY KEY,
            citizen_id INTEGER REFERENCES citizens(id),
            kind TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            start TEXT NOT NULL,
            "end" TEXT NOT NULL CHECK ("end" > start),
            place TEXT NOT NULL DEFAULT 'jobcenter',
            preparation_minutes INTEGER NOT NULL DEFAULT 0,
            rrule TEXT NOT NULL DEFAULT '',
            exdates TEXT NOT NULL DEFAULT '[]',
            series_id INTEGER REFERENCES appointments(id),
            original_start TEXT,
            status TEXT NOT NULL DEFAULT 'planned',
            status_reason TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX appointments_start ON appointments(start);
        CREATE INDEX appointments_citizen ON appointments(citizen_id, start);
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            citizen_id INTEGER NOT NULL REFERENCES citizens(id),
            kind TEXT NOT NULL,
            occurred_at TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            appointment_id INTEGER REFERENCES appointments(id),
            state TEXT NOT NULL DEFAULT 'draft',
            signed_at TEXT,
            corrects_id INTEGER REFERENCES notes(id),
            entered_official_on TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX notes_citizen ON notes(citizen_id, occurred_at);
        CREATE INDEX notes_appointment ON notes(appointment_id);
        CREATE INDEX notes_corrects ON notes(corrects_id);
        CREATE TABLE note_goals (
            note_id INTEGER NOT NULL REFERENCES notes(id),
            goal_id INTEGER NOT NULL REFERENCES goals(id),
            PRIMARY KEY (note_id, goal_id)
        ) WITHOUT ROWID;
        CREATE INDEX note_goals_goal ON note_goals(goal_id, note_id);
        CREATE TABLE status_descriptions (
            id INTEGER PRIMARY KEY,
            citizen_id INTEGER NOT NULL REFERENCES citizens(id),
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL CHECK (period_end >= period_start),
            overall TEXT NOT NULL DEFAULT '',
            citizen_view TEXT NOT NULL DEFAULT '',
            next_steps TEXT NOT NULL DEFAULT '',
            gone_through_on TEXT,
            state TEXT NOT NULL DEFAULT 'draft',
            author TEXT NOT NULL DEFAULT '',
            finalised_at TEXT
        );
        CREATE INDEX status_citizen ON status_descriptions(citizen_id, period_end);
        CREATE TABLE goal_evaluations (
            status_id INTEGER NOT NULL REFERENCES status_descriptions(id) ON DELETE CASCADE,
            goal_id INTEGER NOT NULL REFERENCES goals(id),
            evaluation TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (status_id, goal_id)
        ) WITHOUT ROWID;
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER NOT NULL
        );
        """
    )


@migrations()
def m002_create_search_index(db: sqlite_utils.Database) -> None:
    """FTS5 over citizens, goals and notes, kept in step by triggers."""
    indexed = {
        "citizens": ["name", "own_words", "where_now", "next_step", "barriers"],
        "goals": ["text", "indicator"],
        "notes": ["text"],
    }
    for table, columns in indexed.items():
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        db.executescript(
            f"""
            CREATE VIRTUAL TABLE {table}_fts USING fts5(
                {cols}, content='{table}', content_rowid='id', {_TOKENIZE});
            CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN
                INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {new});
            END;
            CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN
                INSERT INTO {table}_fts({table}_fts, rowid, {cols})
                VALUES ('delete', old.id, {old});
            END;
            CREATE TRIGGER {table}_au AFTER UPDATE OF {cols} ON {table} BEGIN
                INSERT INTO {table}_fts({table}_fts, rowid, {cols})
                VALUES ('delete', old.id, {old});
                INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {new});
            END;
            """
        )


@migrations()
def m003_protect_signed_records(db: sqlite_utils.Database) -> None:
    """A signed note and a final status description are records: the database itself refuses
    to change or delete them (only the date entered in the official system may be set)."""
    db.executescript(
        """
        CREATE TRIGGER notes_signed_no_update BEFORE UPDATE ON notes
        WHEN old.state = 'signed' AND (
            new.text IS NOT old.text OR new.kind IS NOT old.kind
            OR new.occurred_at IS NOT old.occurred_at OR new.author IS NOT old.author
            OR new.citizen_id IS NOT old.citizen_id OR new.state IS NOT old.state
            OR new.signed_at IS NOT old.signed_at OR new.corrects_id IS NOT old.corrects_id
            OR new.appointment_id IS NOT old.appointment_id)
        BEGIN SELECT RAISE(ABORT, 'signed note is read-only'); END;
        CREATE TRIGGER notes_signed_no_delete BEFORE DELETE ON notes
        WHEN old.state = 'signed'
        BEGIN SELECT RAISE(ABORT, 'signed note is read-only'); END;
        CREATE TRIGGER note_goals_signed_no_insert BEFORE INSERT ON note_goals
        WHEN (SELECT state FROM notes WHERE id = new.note_id) = 'signed'
        BEGIN SELECT RAISE(ABORT, 'signed note is read-only'); END;
        CREATE TRIGGER note_goals_signed_no_delete BEFORE DELETE ON note_goals
        WHEN (SELECT state FROM notes WHERE id = old.note_id) = 'signed'
        BEGIN SELECT RAISE(ABORT, 'signed note is read-only'); END;
        CREATE TRIGGER status_final_no_update BEFORE UPDATE ON status_descriptions
        WHEN old.state = 'final'
        BEGIN SELECT RAISE(ABORT, 'final status description is read-only'); END;
        CREATE TRIGGER status_final_no_delete BEFORE DELETE ON status_descriptions
        WHEN old.state = 'final'
        BEGIN SELECT RAISE(ABORT, 'final status description is read-only'); END;
        """
    )


@migrations()
def m004_create_note_filter_indexes(db: sqlite_utils.Database) -> None:
    """Indexes for the diary view's filters.

    notes_filters: a citizen's notes in time order with the columns the filters test (kind,
    state, author), so a filter is checked in the index and a count never reads the notes
    themselves: on a large diary whose rows lie spread over the file (thirty residents written
    about every day), counting one resident's notes of a kind went from about 260 ms to 3 ms.
    notes_drafts and notes_not_entered: small partial indexes holding only the unsigned drafts
    (offered back after a crash) and the signed notes not yet entered in the official system;
    they shrink as notes are signed and entered."""
    db.executescript(
        """
        CREATE INDEX notes_filters ON notes(citizen_id, occurred_at, kind, state, author);
        CREATE INDEX notes_drafts ON notes(citizen_id, occurred_at) WHERE state = 'draft';
        CREATE INDEX notes_not_entered ON notes(citizen_id, occurred_at)
            WHERE state = 'signed' AND entered_official_on IS NULL;
        """
    )


@migrations()
def m005_index_held_appointments(db: sqlite_utils.Database) -> None:
    """The caseload's "last contact" looks up each citizen's latest held appointment."""
    db.execute(
        "CREATE INDEX appointments_citizen_status ON appointments(citizen_id, status, start)"
    )



@migrations()
def m006_add_calendar_fidelity(db: sqlite_utils.Database) -> None:
    """What an imported event said (Outlook fidelity): the free-text place next to the place kind, a
    description, whole-day events, categories, how many took part (never their names), and
    the iCalendar UID with its SEQUENCE and LAST-MODIFIED, so a re-import updates instead of
    duplicating. `ics_source` names the calendar an event came from (its X-WR-CALNAME or
    PRODID), so events gone from a newer export of it can be reported."""
    existing = {c.name for c in db.table("appointments").columns}
    columns = {
        "place_text": "TEXT NOT NULL DEFAULT ''",
        "description": "TEXT NOT NULL DEFAULT ''",
        "all_day": "INTEGER NOT NULL DEFAULT 0",
        "categories": "TEXT NOT NULL DEFAULT '[]'",
        "attendee_count": "INTEGER NOT NULL DEFAULT 0",
        "has_organiser": "INTEGER NOT NULL DEFAULT 0",
        "ics_uid": "TEXT",
        "ics_source": "TEXT",
        "ics_sequence": "INTEGER NOT NULL DEFAULT 0",
        "ics_last_modified": "TEXT",
    }
    for name, definition in columns.items():
        if name not in existing:
            db.execute(f"ALTER TABLE appointments ADD COLUMN {name} {definition}")
    db.execute("CREATE INDEX appointments_ics_uid ON appointments(ics_uid) WHERE ics_uid IS NOT NULL")


# The tables rows are deleted from (a draft note, a goal, an action, a rating, an appointment).
_NEVER_REUSED = ("notes", "goals", "actions", "ratings", "appointments")
_PLAIN_KEY = "id INTEGER PRIMARY KEY,"


@migrations(transactional=False)  # foreign keys must be off for the rebuild: not in a transaction
def m008_rebuild_tables_autoincrement(db: sqlite_utils.Database) -> None:
    """Ids are never reused: without AUTOINCREMENT, SQLite gives a new row the largest id + 1,
    so deleting the newest draft note handed its id to the next note (and to its audit entries).

    Each table is rebuilt with `id INTEGER PRIMARY KEY AUTOINCREMENT`, rows and ids unchanged,
    all five in ONE transaction; its indexes and triggers (the full-text triggers of m002, the
    protections of m003, the indexes of m004/m005) are made again from their own SQL. The FTS
    tables read the rows by id (content='notes', content_rowid='id'), so they stay in step.
    A kill before the commit leaves the old tables; after it, a second run finds nothing to do.
    """
    if db.conn.in_transaction:
        db.conn.commit()
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("PRAGMA legacy_alter_table = ON")  # a rename does not re-check other triggers
    try:
        with db.atomic():
            for table in _NEVER_REUSED:
                _rebuild_with_autoincrement(db, table)
    finally:
        db.execute("PRAGMA legacy_alter_table = OFF")
        db.execute("PRAGMA foreign_keys = ON")


def _rebuild_with_autoincrement(db: sqlite_utils.Database, table: str) -> None:
    create = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
    ).fetchone()[0]
    if "AUTOINCREMENT" in create.upper():
        return  # done by an earlier run that was stopped before it was recorded
    if create.count(_PLAIN_KEY) != 1:
        raise RuntimeError(f"unexpected primary key in {table}")
    others = db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') "
        "AND sql IS NOT NULL ORDER BY type, name",
        [table],
    ).fetchall()
    rows = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    new = f"{table}__autoincrement"
    _, body = create.split("(", 1)
    db.execute(f"CREATE TABLE {new} (" + body.replace(_PLAIN_KEY, "id INTEGER PRIMARY KEY AUTOINCREMENT,"))
    db.execute(f"INSERT INTO {new} SELECT * FROM {table}")
    db.execute(f"DROP TABLE {table}")
    db.execute(f"ALTER TABLE {new} RENAME TO {table}")
    for (sql,) in others:
        db.execute(sql)
    if db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] != rows:
        raise RuntimeError(f"rows lost rebuilding {table}")


@migrations()
def m010_create_sync_tables(db: sqlite_utils.Database) -> None:
    """Team sharing: a uuid on every shared table (filled for existing rows), the
    sync bookkeeping tables and the triggers that capture shared changes into the outbox."""
    from caseapp.sync.capture import create_sync_tables

    create_sync_tables(db)


@migrations()
def m015_add_note_occurrence_date(db: sqlite_utils.Database) -> None:
    """A note written for one occurrence of a recurring series points to the series
    (appointment_id) and to that occurrence's date (occurrence_date): each held occurrence owes
    its own note. A moved or separately cancelled occurrence is a row of its own and is linked
    by its id, as a single appointment is. Notes already linked to a series are taken to be
    about the occurrence on the day they happened. A signed note's link stays as signed."""
    db.execute("ALTER TABLE notes ADD COLUMN occurrence_date TEXT")
    db.execute(
        "UPDATE notes SET occurrence_date = substr(occurred_at, 1, 10) "
        "WHERE appointment_id IN (SELECT id FROM appointments WHERE rrule <> '')"
    )
    db.execute(
        """CREATE TRIGGER notes_signed_no_occurrence_update BEFORE UPDATE OF occurrence_date
           ON notes WHEN old.state = 'signed' AND new.occurrence_date IS NOT old.occurrence_date
           BEGIN SELECT RAISE(ABORT, 'signed note is read-only'); END"""
    )


NOTES_FTS_PREFIX = "prefix = '2 3'"


def create_notes_fts(db: sqlite_utils.Database, options: str = NOTES_FTS_PREFIX) -> None:
    """Drop the notes' FTS5 table and build it again from the notes (content table `notes`, as
    m002 made it; its triggers are left alone and write to the new table).

    `options` are extra FTS5 options; the default adds prefix indexes for two- and
    three-letter prefixes (m016), and the benchmark passes "" for m002's own layout."""
    extra = f", {options}" if options else ""
    # One statement at a time: executescript would commit the migration's transaction first.
    db.execute("DROP TABLE IF EXISTS notes_fts")
    db.execute(
        "CREATE VIRTUAL TABLE notes_fts USING fts5("
        f"text, content='notes', content_rowid='id', {_TOKENIZE}{extra})"
    )
    db.execute("INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')")


@migrations()
def m016_index_note_prefixes(db: sqlite_utils.Database) -> None:
    """Prefix indexes on the notes' full text, so a word typed two or three letters in ("ma",
    "med") reads one entry of the index instead of merging every word that starts with it: at a
    million notes a two-letter prefix took 75-90 ms at the 95th percentile. The index is built
    again from the notes (a few seconds for a normal caseload); the tokenizer, the content table
    and m002's triggers stay as they were."""
    create_notes_fts(db)


@migrations()
def m017_add_sync_device_identity(db: sqlite_utils.Database) -> None:
    """Team sync that holds when a member or the server attacks it: this device's signing and
    sealing keys and the numbering of its entries (sync_state), the other devices it trusts and
    how far it has read each of them (sync_devices, sync_gaps), its own sealed entries kept to be
    sent again (sync_sent), entries held back instead of skipped (sync_held), and the invites it
    made (sync_invites), whose secret checks the device that comes to join."""
    for column in (
        "sign_key BLOB", "box_key BLOB", "device_seq INTEGER NOT NULL DEFAULT 0",
        "chain_head BLOB", "root_device TEXT", "root_fingerprint BLOB",
        "confirmed_seq INTEGER NOT NULL DEFAULT 0",
    ):
        db.execute(f"ALTER TABLE sync_state ADD COLUMN {column}")
    for statement in (
        """CREATE TABLE sync_devices (
            device TEXT PRIMARY KEY, role TEXT NOT NULL, sign_pub BLOB NOT NULL,
            box_pub BLOB NOT NULL, trusted INTEGER NOT NULL DEFAULT 0, revoked_last INTEGER,
            max_seq INTEGER NOT NULL DEFAULT 0, last_hash BLOB,
            expect_again INTEGER NOT NULL DEFAULT 0)""",
        """CREATE TABLE sync_gaps (
            device TEXT NOT NULL, first INTEGER NOT NULL, last INTEGER NOT NULL,
            PRIMARY KEY (device, first))""",
        """CREATE TABLE sync_sent (
            device_seq INTEGER PRIMARY KEY, key_epoch INTEGER NOT NULL, prev BLOB NOT NULL,
            nonce BLOB NOT NULL, payload BLOB NOT NULL, signature BLOB NOT NULL)""",
        """CREATE TABLE sync_held (
            seq INTEGER PRIMARY KEY, device TEXT NOT NULL, device_seq INTEGER NOT NULL,
            proto INTEGER NOT NULL, key_epoch INTEGER NOT NULL, prev BLOB NOT NULL,
            nonce BLOB NOT NULL, payload BLOB NOT NULL, signature BLOB NOT NULL,
            reason TEXT NOT NULL, at TEXT NOT NULL)""",
        "CREATE INDEX sync_held_device ON sync_held (device, device_seq)",
        """CREATE TABLE sync_invites (
            token_hash BLOB PRIMARY KEY, secret BLOB NOT NULL, expires_at TEXT NOT NULL)""",
        "DROP TABLE sync_rejected",
    ):
        db.execute(statement)



@migrations()
def m018_add_access_log(db: sqlite_utils.Database) -> None:
    """Who looked at which citizen, and when (storage/access_log.py): append-only, each row
    chained to the one before by hash; rows go only when they expire or their citizen is
    purged (access_log_state.expiring lets those through), and each break they leave in the
    chain is recorded in access_log_cuts, with a checkpoint row in the log saying so."""
    db.executescript(
        """
        CREATE TABLE access_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            device TEXT NOT NULL,
            action TEXT NOT NULL,
            citizen_id INTEGER,
            detail TEXT NOT NULL DEFAULT '',
            prev TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX access_log_citizen ON access_log(citizen_id, id);
        CREATE INDEX access_log_at ON access_log(at);
        CREATE TABLE access_log_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            expiring INTEGER NOT NULL DEFAULT 0,
            keep_months INTEGER NOT NULL DEFAULT 6
        );
        INSERT INTO access_log_state (id) VALUES (1);
        CREATE TABLE access_log_cuts (
            hash TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            reason TEXT NOT NULL
        );
        CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
        BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
        CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
        WHEN (SELECT expiring FROM access_log_state WHERE id = 1) = 0
        BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
        """
    )


@migrations()
def m019_add_case_closing(db: sqlite_utils.Database) -> None:
    """Closing a case and deleting it when its time is up (storage/closing.py, purge.py): the
    closing date and reason, a retention period per citizen when it differs from the
    database's (retention_state, 90 days), and the deletion register's receipts (no name, no
    CPR). Citizens closed before get the date of their last change as closing date. The
    full-text indexes drop a deleted row's words at once (FTS5 secure-delete), not at a merge."""
    for column in ("closed_on TEXT", "closing_reason TEXT NOT NULL DEFAULT ''",
                   "retention_days INTEGER", "retention_reason TEXT NOT NULL DEFAULT ''"):
        db.execute(f"ALTER TABLE citizens ADD COLUMN {column}")
    db.executescript(
        """
        UPDATE citizens SET closed_on = substr(coalesce(updated_at, created_at), 1, 10)
        WHERE status = 'closed' AND closed_on IS NULL;
        CREATE TABLE retention_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            retention_days INTEGER NOT NULL DEFAULT 90
        );
        INSERT INTO retention_state (id) VALUES (1);
        CREATE TABLE deletion_register (
            id INTEGER PRIMARY KEY,
            purged_at TEXT NOT NULL,
            case_ref TEXT NOT NULL,
            closed_on TEXT,
            counts TEXT NOT NULL,
            user TEXT NOT NULL,
            device TEXT NOT NULL
        );
        INSERT INTO citizens_fts (citizens_fts, rank) VALUES ('secure-delete', 1);
        INSERT INTO goals_fts (goals_fts, rank) VALUES ('secure-delete', 1);
        INSERT INTO notes_fts (notes_fts, rank) VALUES ('secure-delete', 1);
        """
    )

@migrations()
def m020_add_followup(db: sqlite_utils.Database) -> None:
    """Efforts and grants with their dates, and documents requested and chased
    (domain/followup.py). Each row has a uuid (team sync shares them like the other records of
    a citizen) and belongs to the citizen, so closing and purging a case takes them along."""
    db.executescript(
        """
        CREATE TABLE efforts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            citizen_id INTEGER NOT NULL REFERENCES citizens(id),
            goal_id INTEGER REFERENCES goals(id),
            provider_id INTEGER REFERENCES network_contacts(id),
            title TEXT NOT NULL CHECK (title <> ''),
            kind TEXT NOT NULL DEFAULT 'other',
            start_on TEXT NOT NULL,
            end_on TEXT NOT NULL CHECK (end_on >= start_on),
            review_on TEXT,
            report_due_on TEXT,
            outcome TEXT CHECK (outcome IN ('extended', 'ended', 'replaced')),
            outcome_note TEXT NOT NULL DEFAULT '',
            previous_end_on TEXT,
            ended_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            uuid TEXT
        );
        CREATE INDEX efforts_citizen ON efforts(citizen_id, end_on);
        CREATE UNIQUE INDEX efforts_uuid ON efforts(uuid);
        CREATE TABLE document_requests (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            citizen_id INTEGER NOT NULL REFERENCES citizens(id),
            title TEXT NOT NULL CHECK (title <> ''),
            requested_from TEXT NOT NULL CHECK (requested_from <> ''),
            requested_on TEXT NOT NULL,
            due_on TEXT NOT NULL CHECK (due_on >= requested_on),
            received_on TEXT,
            given_up_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            uuid TEXT
        );
        CREATE INDEX document_requests_citizen ON document_requests(citizen_id, due_on);
        CREATE UNIQUE INDEX document_requests_uuid ON document_requests(uuid);
        CREATE TABLE document_chases (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id INTEGER NOT NULL REFERENCES document_requests(id),
            chased_on TEXT NOT NULL,
            how TEXT NOT NULL CHECK (how IN ('letter', 'phone', 'email')),
            uuid TEXT
        );
        CREATE INDEX document_chases_document ON document_chases(document_id);
        CREATE UNIQUE INDEX document_chases_uuid ON document_chases(uuid);
        """
    )


@migrations()
def m021_add_handover(db: sqlite_utils.Database) -> None:
    """Handing a citizen over to a colleague (sync/handover.py): the responsible member's login
    (`responsible_role`; empty: the free text in `responsible` is all there is) and a handover
    under way (to whom, from whom, when). Plain columns of citizens, so a team shares them like
    the rest of the row (the capture triggers are made again after migrating)."""
    for column in ("responsible_role TEXT NOT NULL DEFAULT ''", "handover_to TEXT NOT NULL DEFAULT ''",
                   "handover_from TEXT NOT NULL DEFAULT ''", "handover_on TEXT"):
        db.execute(f"ALTER TABLE citizens ADD COLUMN {column}")


@migrations()
def m022_add_failover_records(db: sqlite_utils.Database) -> None:
    """What a laptop keeps so a server that lost data (a restore, a standby promoted while
    behind) gets it back: how long its own entries are kept after the server confirmed them
    (`caseapp settings --own-log-days`, 30 days; sync_sent.confirmed_at says since when the
    server holds each one, and entries it already held start their period now), and the
    members this device removed from the team (sync_removed_members, sync/team_repair.py)."""
    db.execute("CREATE TABLE sync_removed_members (role TEXT PRIMARY KEY)")
    db.execute("ALTER TABLE sync_sent ADD COLUMN confirmed_at TEXT")
    db.execute("ALTER TABLE sync_state ADD COLUMN own_log_days INTEGER NOT NULL DEFAULT 30")
    db.execute(
        "UPDATE sync_sent SET confirmed_at = ? "
        "WHERE device_seq <= (SELECT confirmed_seq FROM sync_state WHERE id = 1)",
        [dt.datetime.now(dt.UTC).isoformat(timespec="seconds")],
    )


@migrations()
def m023_lock_closed_cases(db: sqlite_utils.Database) -> None:
    """A closed case is read-only until it is reopened: triggers refuse every write to the
    citizen's rows, except marking notes as filed (storage/closed_lock.py). Made again after
    later migrations (`migrate`), so columns added later are guarded too."""
    closed_lock.install(db)


@migrations()
def m024_add_meetings(db: sqlite_utils.Database) -> None:
    """Meetings with several people around the citizen (domain/meetings.py), each an
    appointment in the week (its time and place are the appointment's): participants from
    the network and the team with one tovholder, the agenda with the minutes of each item, and
    what was agreed (by whom, by when; with a sub-goal also an action in the plan). Consents get
    a structured scope (the network contact, the topics, when the user reviewed it); a consent
    written as free text before gets its proposal when shown and shares nothing until reviewed.
    Every row has a uuid, so a team shares them like the citizen's other records."""
    db.executescript(
        """
        ALTER TABLE consents ADD COLUMN contact_id INTEGER REFERENCES network_contacts(id);
        ALTER TABLE consents ADD COLUMN topics TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE consents ADD COLUMN reviewed_on TEXT;
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            citizen_id INTEGER NOT NULL REFERENCES citizens(id),
            appointment_id INTEGER NOT NULL REFERENCES appointments(id),
            kind TEXT NOT NULL CHECK (kind IN ('network', 'open_dialogue', 'status')),
            minutes_done_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            uuid TEXT
        );
        CREATE INDEX meetings_citizen ON meetings(citizen_id);
        CREATE INDEX meetings_appointment ON meetings(appointment_id);
        CREATE UNIQUE INDEX meetings_uuid ON meetings(uuid);
        CREATE TABLE meeting_participants (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            kind TEXT NOT NULL CHECK (kind IN ('citizen', 'network', 'colleague')),
            name TEXT NOT NULL DEFAULT '',
            contact_id INTEGER REFERENCES network_contacts(id),
            coordinator INTEGER NOT NULL DEFAULT 0,
            uuid TEXT
        );
        CREATE INDEX meeting_participants_meeting ON meeting_participants(meeting_id);
        CREATE UNIQUE INDEX meeting_participants_uuid ON meeting_participants(uuid);
        CREATE TABLE meeting_items (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            position INTEGER NOT NULL DEFAULT 0,
            heading TEXT NOT NULL CHECK (heading <> ''),
            minutes TEXT NOT NULL DEFAULT '',
            uuid TEXT
        );
        CREATE INDEX meeting_items_meeting ON meeting_items(meeting_id, position);
        CREATE UNIQUE INDEX meeting_items_uuid ON meeting_items(uuid);
        CREATE TABLE meeting_decisions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            what TEXT NOT NULL CHECK (what <> ''),
            owner TEXT NOT NULL CHECK (owner <> ''),
            due_on TEXT,
            goal_id INTEGER REFERENCES goals(id),
            action_id INTEGER REFERENCES actions(id),
            done_on TEXT,
            uuid TEXT
        );
        CREATE INDEX meeting_decisions_meeting ON meeting_decisions(meeting_id);
        CREATE UNIQUE INDEX meeting_decisions_uuid ON meeting_decisions(uuid);
        """
    )


@migrations()
def m025_link_effort_subgoals(db: sqlite_utils.Database) -> None:
    """An effort serves any number of sub-goals: `effort_goals` links them, and the one link an
    effort had (`efforts.goal_id`) moves over. The old column is emptied, not dropped (its
    foreign key keeps SQLite from dropping it); nothing reads it any more. Every device of a team
    runs this on its own copy, so a moved link's uuid is derived from the effort's and the
    goal's: the same on every device, and a later change to it reaches the others' copy. The
    emptying is done as if applying a pull, so it is neither sent to the team nor refused for a
    closed case."""
    db.executescript(
        """
        CREATE TABLE effort_goals (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            effort_id INTEGER NOT NULL REFERENCES efforts(id),
            goal_id INTEGER NOT NULL REFERENCES goals(id),
            uuid TEXT,
            UNIQUE (effort_id, goal_id)
        );
        CREATE INDEX effort_goals_goal ON effort_goals(goal_id);
        CREATE UNIQUE INDEX effort_goals_uuid ON effort_goals(uuid);
        """
    )
    links = db.execute("SELECT e.id, e.goal_id, e.uuid, g.uuid FROM efforts e "
                       "JOIN goals g ON g.id = e.goal_id").fetchall()
    db.conn.executemany(
        "INSERT INTO effort_goals (effort_id, goal_id, uuid) VALUES (?, ?, ?)",
        [(effort, goal, moved_link_uuid(e_uuid, g_uuid)) for effort, goal, e_uuid, g_uuid in links])
    applying = db.execute("SELECT applying FROM sync_state WHERE id = 1").fetchone()[0]
    db.execute("UPDATE sync_state SET applying = 1 WHERE id = 1")
    db.execute("UPDATE efforts SET goal_id = NULL WHERE goal_id IS NOT NULL")
    db.execute("UPDATE sync_state SET applying = ? WHERE id = 1", [applying])


def moved_link_uuid(effort_uuid: str | None, goal_uuid: str | None) -> str | None:
    """The uuid of an effort's link to a sub-goal moved by m025 (none until both are shared)."""
    if not effort_uuid or not goal_uuid:
        return None
    import hashlib  # here, not for every open of the database: it loads OpenSSL's digests

    return hashlib.sha256(f"effort-goal:{effort_uuid}:{goal_uuid}".encode()).hexdigest()[:32]


@migrations()
def m026_add_member_references(db: sqlite_utils.Database) -> None:
    """Team members referred to by login where a text or nothing stood before: the responsible
    worker becomes a member where the free text names one this database knows
    (storage/responsible.py; text that names no member stays as it is); an invite this device
    made remembers the login it is for (`sync_invites.for_role`), and the state the newest
    handing over of the creator role this database knows (to whom, when, by which device), so
    a server that lost either gets it back (sync/team_repair.py)."""
    db.execute("ALTER TABLE sync_invites ADD COLUMN for_role TEXT")
    for column in ("creator_role TEXT NOT NULL DEFAULT ''", "creator_hlc INTEGER NOT NULL DEFAULT 0",
                   "creator_by TEXT NOT NULL DEFAULT ''"):
        db.execute(f"ALTER TABLE sync_state ADD COLUMN {column}")
    responsible.link_to_members(db)


@migrations()
def m027_index_own_log_confirmation(db: sqlite_utils.Database) -> None:
    """Every sync asks which of this device's own sent entries the server has not confirmed yet,
    and whether any were confirmed long enough ago to be forgotten; without an index both read
    the whole log (each row holds a ciphertext), which made a sync after a large first push take
    hundreds of milliseconds."""
    db.execute("CREATE INDEX sync_sent_confirmed ON sync_sent (confirmed_at, device_seq)")


@migrations()
def m029_add_team_purges(db: sqlite_utils.Database) -> None:
    """A purge of a shared citizen reaches the team (sync/team_purge.py): this device's purges
    until the server has deleted the citizen's entries (sync_purges), the rows of purged
    citizens whose late entries are dropped (sync_purged), and the entries a signed purge
    explains, the only gaps in a device's chain that are not reported (sync_purged_entries).
    Access-log rows received from colleagues carry the team entry's id (access_log.uuid), so
    one arriving twice is kept once."""
    db.executescript(
        """
        CREATE TABLE sync_purges (
            id INTEGER PRIMARY KEY,
            citizen_uuid TEXT NOT NULL,
            uuids TEXT NOT NULL,
            own_removed TEXT NOT NULL DEFAULT '[]',
            device_seq INTEGER,
            explained TEXT,
            done INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE sync_purged (uuid TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TABLE sync_purged_entries (
            device TEXT NOT NULL,
            device_seq INTEGER NOT NULL,
            PRIMARY KEY (device, device_seq)
        ) WITHOUT ROWID;
        ALTER TABLE access_log ADD COLUMN uuid TEXT;
        CREATE UNIQUE INDEX access_log_uuid ON access_log(uuid) WHERE uuid IS NOT NULL;
        """
    )


@migrations()
def m030_keep_invites_for_repair(db: sqlite_utils.Database) -> None:
    """What a laptop needs to put back a team record a server restored from a copy forgot
    (sync/team_repair.py, sync/card_repair.py): an invite remembers how many entries this device
    had sealed when it was made (`written_after`: once a later one is on the server, a copy that
    lacks the invite lacks that entry too, which the marks show), and which device used it
    (`used_by`: kept, not forgotten, so the invite can be made again for that one device); a
    device that joined keeps its invite's secret (`sync_state.join_secret`) to register its
    card again, authenticated as at join."""
    db.execute("ALTER TABLE sync_invites ADD COLUMN written_after INTEGER")
    db.execute("ALTER TABLE sync_invites ADD COLUMN used_by TEXT")
    db.execute("ALTER TABLE sync_state ADD COLUMN join_secret BLOB")



@migrations()
def m031_add_purge_followups(db: sqlite_utils.Database) -> None:
    """What a team purge leaves to follow up on this laptop. A signed note written here about
    a citizen a colleague purged before it was filed in the fagsystem: its text, dates and the
    case reference (no name, no CPR number) stay, local only, in "Ikke ført – borger slettet"
    until the user marks it filed (storage/purged_notes.py; not a shared table, nothing here
    goes to the team). And which of this device's own team entries carry an access-log row,
    and when it was written (numbers and a timestamp only), so that once the log's period is
    over they are deleted from the server too (sync/access_expiry.py). And the team's retention
    period, set by the team's creator (sync/team_retention.py): a shared citizen's deletion date
    is the same on every laptop."""
    db.execute(
        """CREATE TABLE purged_unfiled_notes (
            id INTEGER PRIMARY KEY,
            case_ref TEXT NOT NULL,
            kind TEXT NOT NULL,
            author TEXT NOT NULL,
            occurred_at TEXT NOT NULL,
            signed_at TEXT,
            text TEXT NOT NULL,
            purged_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE TABLE sync_access_sent (device_seq INTEGER PRIMARY KEY, at TEXT NOT NULL)")
    db.execute("ALTER TABLE sync_state ADD COLUMN team_retention_days INTEGER")
    db.execute("ALTER TABLE sync_state ADD COLUMN team_retention_hlc INTEGER NOT NULL DEFAULT 0")


@migrations()
def m032_keep_protocol_of_sent_entries(db: sqlite_utils.Database) -> None:
    """This device's own log keeps each entry's protocol: an entry sent again must carry the
    protocol it was signed under, and entries sealed before protocol 3 were all protocol 2."""
    db.execute("ALTER TABLE sync_sent ADD COLUMN proto INTEGER NOT NULL DEFAULT 2")


@migrations()
def m033_confirm_own_entries_by_span(db: sqlite_utils.Database) -> None:
    """The server's confirmations of this device's own entries are kept one row per span of
    numbers (sync_confirmed: the entries after the span before, up to `upto`, confirmed `at`)
    instead of a date written into each entry, which made a first push write its whole log
    twice. Dates already on entries stay there and still count."""
    db.execute("CREATE TABLE sync_confirmed (upto INTEGER PRIMARY KEY, at TEXT NOT NULL)")


SCHEMA_VERSION = len(migrations.names)
KNOWN_MIGRATIONS = frozenset(migrations.names)


def schema_version(db: sqlite_utils.Database | sqlcipher3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def is_current(conn: sqlcipher3.Connection) -> bool:
    """True when the file holds exactly this program's migrations at this version, so that
    `migrate` would neither change nor refuse anything; read over the plain connection."""
    if schema_version(conn) != SCHEMA_VERSION:
        return False
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                        "AND name = '_sqlite_migrations'").fetchone():
        return False
    applied = conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                           [migrations.name]).fetchall()
    return {name for (name,) in applied} == KNOWN_MIGRATIONS


def _refuse_foreign_or_newer(db: sqlite_utils.Database) -> None:
    version = schema_version(db)
    applied = {m.name for m in migrations.applied(db)}
    if version > SCHEMA_VERSION or applied - KNOWN_MIGRATIONS:
        raise NewerDatabase(
            "Databasen er skrevet af en nyere version af caseapp; opdatér programmet før du åbner den."
        )
    has_tables = db.execute(
        "SELECT count(*) FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_%' AND tbl_name <> '_sqlite_migrations'"
    ).fetchone()[0]
    if has_tables and not applied:
        raise NotADatabase("Filen er en krypteret database, men ikke en caseapp-database.")


def migration_copies(path: Path) -> list[Path]:
    """The copies `_copy_before_migrating` left beside the database (`NAME.vN.bak`)."""
    return sorted(Path(path).parent.glob(f"{Path(path).name}.v*.bak"))


def _copy_before_migrating(path: Path, db: sqlite_utils.Database) -> Path:
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    import shutil  # only a migration copies the file

    copy = path.with_name(f"{path.name}.v{schema_version(db)}.bak")
    shutil.copy2(path, copy)
    log.info("copied database before migrating to schema %s", SCHEMA_VERSION)
    return copy


def _refresh_sync_triggers(db: sqlite_utils.Database) -> None:
    """A later migration may add columns to a shared table: the capture triggers follow."""
    if db["sync_state"].exists():
        from caseapp.sync.capture import install_triggers

        install_triggers(db)


def migrate(db: sqlite_utils.Database, path: Path | None) -> None:
    """Bring the database up to SCHEMA_VERSION, copying the file first when it holds data."""
    _refuse_foreign_or_newer(db)
    if migrations.pending(db):
        if path is not None and migrations.applied(db):
            _copy_before_migrating(path, db)
        migrations.apply(db)
        _refresh_sync_triggers(db)
        with db.atomic():
            closed_lock.install(db)
    # Also after a kill between the last migration and this line: the version catches up.
    if schema_version(db) != SCHEMA_VERSION:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
