"""Diary notes. A signed note is a record: the schema's triggers refuse to change it."""

from __future__ import annotations

import datetime as dt
import logging

import sqlite_utils

from caseapp.domain.models import DiaryNote
from caseapp.errors import NotFound
from caseapp.storage.connection import OperationalError
from caseapp.storage.rows import from_row, insert_row, iso, query, to_row, update_row

log = logging.getLogger(__name__)


def insert(db: sqlite_utils.Database, note: DiaryNote) -> int:
    row = to_row(note, skip=("goal_ids",))
    row["created_at"] = iso(note.created_at or dt.datetime.now())
    note_id = insert_row(db, "notes", row)
    _link_goals(db, note_id, note.goal_ids)
    return note_id


def _link_goals(db: sqlite_utils.Database, note_id: int, goal_ids: tuple[int, ...]) -> None:
    db.conn.executemany(
        "INSERT INTO note_goals (note_id, goal_id) VALUES (?, ?)",
        [(note_id, goal_id) for goal_id in dict.fromkeys(goal_ids)],
    )


def update_draft(db: sqlite_utils.Database, note: DiaryNote) -> None:
    assert note.id is not None
    update_row(db, "notes", note.id, to_row(note, skip=("goal_ids", "created_at")))
    db.execute("DELETE FROM note_goals WHERE note_id = ?", [note.id])
    _link_goals(db, note.id, note.goal_ids)


def sign(db: sqlite_utils.Database, note_id: int, at: dt.datetime) -> None:
    db.execute(
        "UPDATE notes SET state = 'signed', signed_at = ? WHERE id = ? AND state = 'draft'",
        [iso(at), note_id],
    )


def mark_entered(db: sqlite_utils.Database, note_id: int, on: dt.date) -> None:
    db.execute("UPDATE notes SET entered_official_on = ? WHERE id = ?", [iso(on), note_id])


def delete_draft(db: sqlite_utils.Database, note_id: int) -> None:
    db.execute("DELETE FROM note_goals WHERE note_id = ?", [note_id])
    db.execute("DELETE FROM notes WHERE id = ? AND state = 'draft'", [note_id])


_IDS_PER_QUERY = 10_000  # well below SQLite's limit on bound parameters in one statement


def _goal_ids(db: sqlite_utils.Database, note_ids: list[int]) -> dict[int, tuple[int, ...]]:
    links: dict[int, list[int]] = {}
    for start in range(0, len(note_ids), _IDS_PER_QUERY):
        chunk = note_ids[start:start + _IDS_PER_QUERY]
        marks = ",".join("?" * len(chunk))
        for note_id, goal_id in db.execute(
            f"SELECT note_id, goal_id FROM note_goals WHERE note_id IN ({marks}) ORDER BY goal_id",
            chunk,
        ):
            links.setdefault(note_id, []).append(goal_id)
    return {k: tuple(v) for k, v in links.items()}


def _notes(db: sqlite_utils.Database, sql: str, params: list) -> list[DiaryNote]:
    rows = list(query(db, sql, params))
    links = _goal_ids(db, [r["id"] for r in rows])
    return [from_row(DiaryNote, r, goal_ids=links.get(r["id"], ())) for r in rows]


def get(db: sqlite_utils.Database, note_id: int) -> DiaryNote:
    found = _notes(db, "SELECT * FROM notes WHERE id = ?", [note_id])
    if not found:
        raise NotFound(f"Der findes intet notat med id {note_id}.")
    return found[0]


def for_citizen(
    db: sqlite_utils.Database, citizen_id: int, limit: int = 200, offset: int = 0
) -> list[DiaryNote]:
    return _notes(
        db,
        "SELECT * FROM notes WHERE citizen_id = ? ORDER BY occurred_at DESC, id DESC "
        "LIMIT ? OFFSET ?",
        [citizen_id, limit, offset],
    )


def count_for_citizen(db: sqlite_utils.Database, citizen_id: int) -> int:
    return int(
        db.execute("SELECT count(*) FROM notes WHERE citizen_id = ?", [citizen_id]).fetchone()[0]
    )


def corrections_of(db: sqlite_utils.Database, note_id: int) -> list[DiaryNote]:
    return _notes(db, "SELECT * FROM notes WHERE corrects_id = ? ORDER BY id", [note_id])


def total(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count(*) FROM notes").fetchone()[0])


# -- filtering (the diary view) -------------------------------------------------------------------
#
# One WHERE clause serves the page, the count and the one-pass page-and-count. Every condition
# is optional. Values the planner must see as constants to use a partial index (the state of a
# note) are written into the SQL from a fixed set, never from user input; everything else is a
# bound parameter. The full-text condition takes an FTS5 expression that the caller has already
# quoted (storage.search.fts_query).

_STATES = {"draft": "draft", "signed": "signed"}
_ORDER = " ORDER BY n.occurred_at DESC, n.id DESC"


def _where(
    *,
    citizen_id: int | None = None,
    goal_id: int | None = None,
    without_goal: bool = False,
    kinds: tuple[str, ...] = (),
    occurred_from: str | None = None,
    occurred_before: str | None = None,
    occurred_until: str | None = None,
    author: str | None = None,
    state: str | None = None,
    only_not_entered: bool = False,
    fts: str | None = None,
    hide_corrected: bool = False,
    after: tuple[str, int] | None = None,
) -> tuple[str, list]:
    """The WHERE clause (with its leading keyword) and its parameters, for table alias `n`.

    occurred_from is inclusive, occurred_before exclusive and occurred_until inclusive; all are
    ISO strings compared with the stored text. after = (occurred_at, id) of the last note of the
    previous page: only notes after it in the list's order (keyset paging)."""
    # (applies, condition, its bound values), in a fixed order
    conditions: list[tuple[bool, str, list]] = [
        (citizen_id is not None, "n.citizen_id = ?", [citizen_id]),
        (goal_id is not None, "n.id IN (SELECT note_id FROM note_goals WHERE goal_id = ?)", [goal_id]),
        (without_goal, "NOT EXISTS (SELECT 1 FROM note_goals l WHERE l.note_id = n.id)", []),
        (bool(kinds), f"n.kind IN ({','.join('?' * len(kinds))})", list(kinds)),
        (occurred_from is not None, "n.occurred_at >= ?", [occurred_from]),
        (occurred_before is not None, "n.occurred_at < ?", [occurred_before]),
        (occurred_until is not None, "n.occurred_at <= ?", [occurred_until]),
        (author is not None, "n.author = ?", [author]),
        (state is not None, f"n.state = '{_STATES[state]}'" if state is not None else "", []),
        # Written exactly as the partial index notes_not_entered (m004) is, so the planner uses it.
        (only_not_entered, "n.state = 'signed' AND n.entered_official_on IS NULL", []),
        (fts is not None, "n.id IN (SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?)", [fts]),
        (hide_corrected,
         "NOT EXISTS (SELECT 1 FROM notes c WHERE c.corrects_id = n.id AND c.state = 'signed')", []),
        # The plain bound lets the planner start the index range at the key; the row value
        # then steps over the notes of the same moment already shown.
        (after is not None, "n.occurred_at <= ? AND (n.occurred_at, n.id) < (?, ?)",
         [after[0], after[0], after[1]] if after is not None else []),
    ]
    terms = [sql for applies, sql, _ in conditions if applies]
    params = [value for applies, _, values in conditions if applies for value in values]
    return (" WHERE " + " AND ".join(terms)) if terms else "", params


# The planner picks the narrower notes_citizen for a page of whole rows, and then reads every
# row to test a kind or an author: on a large diary spread over the file that is a quarter of a
# second. notes_filters (m004) holds those columns, so the test is made in the index and only
# the rows shown are read. A database that lacks the index (one migrated by an early build of
# m004) gets the same answer without the hint.
_FILTER_INDEX = "notes_filters"


def _wants_filter_index(conditions: dict) -> bool:
    state = conditions.get("state")
    return (
        conditions.get("citizen_id") is not None
        and not conditions.get("only_not_entered")
        and state != "draft"
        and bool(conditions.get("kinds") or conditions.get("author") is not None or state)
    )


def _hinted(db: sqlite_utils.Database, run, conditions: dict):
    """run(source, params) with source "FROM notes n [INDEXED BY ...] WHERE ..."."""
    where, params = _where(**conditions)
    if _wants_filter_index(conditions):
        try:
            return run(f"FROM notes n INDEXED BY {_FILTER_INDEX}" + where, params)
        except OperationalError as exc:
            if "no such index" not in str(exc):
                raise
            log.warning("index %s is missing; filtering without it", _FILTER_INDEX)
    return run("FROM notes n" + where, params)


def filtered(
    db: sqlite_utils.Database, *, limit: int | None = 200, offset: int = 0, **conditions
) -> list[DiaryNote]:
    """Notes meeting every condition (see `_where`), newest first; limit None for all."""
    page = [-1 if limit is None else limit, offset]
    return _hinted(
        db,
        lambda source, params: _notes(
            db, "SELECT n.* " + source + _ORDER + " LIMIT ? OFFSET ?", [*params, *page]
        ),
        conditions,
    )


def filtered_after(
    db: sqlite_utils.Database, after: tuple[str, int], *, limit: int = 200, **conditions
) -> list[DiaryNote]:
    """The next page: notes meeting every condition that come after `after` (occurred_at as
    stored, id) in the list's order, newest first. Keyset paging: the cost of a page does not
    grow with how far down the list it is, and a note of the same moment is never repeated or
    skipped."""
    return _hinted(
        db,
        lambda source, params: _notes(
            db, "SELECT n.* " + source + _ORDER + " LIMIT ?", [*params, limit]
        ),
        {**conditions, "after": after},
    )


def count_filtered(db: sqlite_utils.Database, **conditions) -> int:
    return int(
        _hinted(
            db,
            lambda source, params: db.execute("SELECT count(*) " + source, params).fetchone()[0],
            conditions,
        )
    )


def filtered_page(
    db: sqlite_utils.Database, *, limit: int = 200, offset: int = 0, **conditions
) -> tuple[list[DiaryNote], int]:
    """One page and the number of matches.

    With a full-text condition the matches are found once (the FTS lookup is most of the cost),
    from the indexes alone, and only the page's rows are read. Without one, the page query stops
    after `limit` rows and the count reads only an index, so two queries are cheaper than one."""
    if conditions.get("fts") is None:
        return filtered(db, limit=limit, offset=offset, **conditions), count_filtered(
            db, **conditions
        )

    def run(source: str, params: list) -> list:
        sql = (
            "WITH m AS MATERIALIZED (SELECT n.id, n.occurred_at " + source + ") "
            "SELECT id, (SELECT count(*) FROM m) FROM m "
            "ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?"
        )
        return db.execute(sql, [*params, limit, offset]).fetchall()

    rows = _hinted(db, run, conditions)
    if not rows:  # nothing on this page; the total is 0 unless the page was past it
        return [], count_filtered(db, **conditions) if offset or not limit else 0
    ids = [r[0] for r in rows]
    marks = ",".join("?" * len(ids))
    found = {n.id: n for n in _notes(db, f"SELECT * FROM notes WHERE id IN ({marks})", ids)}
    return [found[i] for i in ids if i in found], int(rows[0][1])


def filter_plan(db: sqlite_utils.Database, **conditions) -> list[str]:
    """EXPLAIN QUERY PLAN of the page query, one line per step (for benchmarks and tests)."""
    return _hinted(
        db,
        lambda source, params: [
            row[3]
            for row in db.execute(
                "EXPLAIN QUERY PLAN SELECT n.* " + source + _ORDER + " LIMIT ? OFFSET ?",
                [*params, 200, 0],
            )
        ],
        conditions,
    )


def unfiled_per_citizen(db: sqlite_utils.Database, signed_before: dt.date) -> list[tuple[int, int, str]]:
    """(citizen id, how many, the oldest signature) of the notes `signed_unfiled` would list,
    the citizen with the oldest first; a count, not the notes (a bosted may have 100 000)."""
    return [tuple(r) for r in db.execute(
        "SELECT citizen_id, count(*), min(signed_at) FROM notes n WHERE n.state = 'signed' "
        "AND n.entered_official_on IS NULL AND n.signed_at < ? GROUP BY citizen_id "
        "ORDER BY min(signed_at), citizen_id",
        [signed_before.isoformat()],
    )]


def signed_unfiled(db: sqlite_utils.Database, signed_before: dt.date) -> list[DiaryNote]:
    """Signed notes, signed before the given day, not marked as entered in the official
    system; oldest signature first. The condition is the partial index notes_not_entered's."""
    return _notes(
        db,
        "SELECT * FROM notes n WHERE n.state = 'signed' AND n.entered_official_on IS NULL "
        "AND n.signed_at < ? ORDER BY n.signed_at, n.id",
        [signed_before.isoformat()],
    )


def drafts(db: sqlite_utils.Database) -> list[DiaryNote]:
    """Every unsigned note, newest first (uses the small partial index notes_drafts)."""
    return _notes(
        db,
        "SELECT n.* FROM notes n WHERE n.state = 'draft' ORDER BY n.created_at DESC, n.id DESC",
        [],
    )


def authors(db: sqlite_utils.Database, citizen_id: int) -> list[str]:
    """The distinct non-empty authors of a citizen's notes, alphabetically."""
    rows = db.execute(
        "SELECT DISTINCT author FROM notes WHERE citizen_id = ? AND author <> '' ORDER BY author",
        [citizen_id],
    )
    return [r[0] for r in rows]


def first_occurred(db: sqlite_utils.Database, citizen_id: int) -> str | None:
    """When the citizen's earliest note happened (ISO text), or None without notes."""
    row = db.execute(
        "SELECT min(occurred_at) FROM notes WHERE citizen_id = ?", [citizen_id]
    ).fetchone()
    return row[0] if row else None


def summary_months(
    db: sqlite_utils.Database, citizen_id: int, occurred_from: str, occurred_before: str, kind: str
) -> set[str]:
    """The months ("YYYY-MM") in [from, before) holding a note of `kind` for the citizen."""
    rows = db.execute(
        "SELECT DISTINCT substr(occurred_at, 1, 7) FROM notes WHERE citizen_id = ? "
        "AND occurred_at >= ? AND occurred_at < ? AND kind = ?",
        [citizen_id, occurred_from, occurred_before, kind],
    )
    return {r[0] for r in rows}
