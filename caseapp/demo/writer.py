"""Buffered writing of the generated rows, and the id counters they are numbered from."""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from caseapp.storage import bulk

CHUNK_ROWS = 50_000
"""Rows buffered before they are written in one transaction."""

ProgressFn = Callable[[int, int], None]


def take_id(ids: dict[str, int], table: str) -> int:
    """The next free id in `table` (from `bulk.next_ids`); the counter moves on by one."""
    value = ids[table]
    ids[table] = value + 1
    return value


class Writer:
    """Buffers rows per table and writes them in transactions of about CHUNK_ROWS rows."""

    def __init__(self, db: sqlite_utils.Database, progress: ProgressFn | None, total: int):
        self.db = db
        self.progress = progress
        self.total = total
        self.done = 0
        self.rows: dict[str, list[tuple]] = {t: [] for t in bulk.TABLES}
        self.pending = 0
        self.counts = {t: 0 for t in bulk.TABLES}

    def add_many(self, table: str, rows: list[tuple]) -> None:
        self.rows[table].extend(rows)
        self.pending += len(rows)
        self.counts[table] += len(rows)

    def citizen_done(self) -> None:
        self.done += 1
        if self.pending >= CHUNK_ROWS:
            self.flush()
        if self.progress is not None and self.done < self.total:
            self.progress(self.done, self.total)

    def flush(self) -> None:
        if not self.pending:
            return
        bulk.write_chunk(self.db, self.rows)
        self.rows = {t: [] for t in bulk.TABLES}
        self.pending = 0
