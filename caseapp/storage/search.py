"""Full-text search over citizens, goals and notes (FTS5, diacritics kept: "år" is not "ar").

User input is never passed to FTS5 as syntax: every word becomes a quoted prefix term, so
`"`, `(Øst`, `AND OR` and `NEAR(` are searched for as plain words.
"""

from __future__ import annotations

import re

import sqlite_utils

from caseapp.domain.models import SearchHit

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_WORDS = 12


def fts_query(text: str) -> str | None:
    """A safe FTS5 MATCH expression: every word quoted and prefix-matched, all required."""
    words = _WORD.findall(text or "")[:MAX_QUERY_WORDS]
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


_SQL = {
    "citizen": """
        SELECT c.id, c.id AS citizen_id, c.name AS citizen_name, '' AS occurred,
               snippet(citizens_fts, -1, '[', ']', '…', 12) AS snippet
        FROM citizens_fts JOIN citizens c ON c.id = citizens_fts.rowid
        WHERE citizens_fts MATCH ? ORDER BY rank LIMIT ?""",
    "goal": """
        SELECT g.id, g.citizen_id, c.name AS citizen_name, coalesce(g.deadline, '') AS occurred,
               snippet(goals_fts, -1, '[', ']', '…', 12) AS snippet
        FROM goals_fts JOIN goals g ON g.id = goals_fts.rowid JOIN citizens c ON c.id = g.citizen_id
        WHERE goals_fts MATCH ? ORDER BY rank LIMIT ?""",
    "note": """
        SELECT n.id, n.citizen_id, c.name AS citizen_name, n.occurred_at AS occurred,
               snippet(notes_fts, 0, '[', ']', '…', 16) AS snippet
        FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid JOIN citizens c ON c.id = n.citizen_id
        WHERE notes_fts MATCH ? ORDER BY notes_fts.rowid DESC LIMIT ?""",
}


def search(db: sqlite_utils.Database, text: str, limit: int = 50) -> list[SearchHit]:
    """Matches grouped by kind (citizens, goals, newest notes first), at most `limit` per kind."""
    query = fts_query(text)
    if query is None:
        return []
    hits: list[SearchHit] = []
    for kind, sql in _SQL.items():
        hits.extend(SearchHit(kind=kind, **row) for row in db.query(sql, [query, limit]))
    return hits


def like_scan(db: sqlite_utils.Database, text: str, limit: int = 50) -> list[int]:
    """The naive alternative, for the benchmark's side-by-side: note ids whose text contains
    every word."""
    words = _WORD.findall(text or "")[:MAX_QUERY_WORDS]
    if not words:
        return []
    where = " AND ".join("text LIKE ?" for _ in words)
    params = [f"%{w}%" for w in words] + [limit]
    sql = f"SELECT id FROM notes WHERE {where} ORDER BY id DESC LIMIT ?"
    return [r[0] for r in db.execute(sql, params)]
