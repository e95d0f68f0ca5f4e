"""Schema migrations. Each is a small function named mNNN_verb_noun; never edit one once released.

`PRAGMA user_version` holds the number of migrations applied, so a database written by a newer
caseapp is recognised and refused before anything touches it.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from caseapp.errors import NewerDatabase, NotADatabase

log = logging.getLogger(__name__)

migrations = Migrations("caseapp")

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
    """Indexes for the diary view's filters (issue 6).

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
def m010_create_sync_tables(db: sqlite_utils.Database) -> None:
    """Team sharing (issue 12): a uuid on every shared table (filled for existing rows), the
    sync bookkeeping tables and the triggers that capture shared changes into the outbox."""
    from caseapp.storage.sync_tables import create_sync_tables

    create_sync_tables(db)


SCHEMA_VERSION = len(migrations._migrations)
KNOWN_MIGRATIONS = frozenset(m.name for m in migrations._migrations)


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


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


def _copy_before_migrating(path: Path, db: sqlite_utils.Database) -> Path:
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = path.with_name(f"{path.name}.v{schema_version(db)}.bak")
    shutil.copy2(path, copy)
    log.info("copied database before migrating to schema %s", SCHEMA_VERSION)
    return copy


def migrate(db: sqlite_utils.Database, path: Path | None) -> None:
    """Bring the database up to SCHEMA_VERSION, copying the file first when it holds data."""
    _refuse_foreign_or_newer(db)
    if migrations.pending(db):
        if path is not None and migrations.applied(db):
            _copy_before_migrating(path, db)
        migrations.apply(db)
    # Also after a kill between the last migration and this line: the version catches up.
    if schema_version(db) != SCHEMA_VERSION:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
