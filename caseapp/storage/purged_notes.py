"""Signed notes about a purged citizen that were never filed in the fagsystem ("Ikke ført –
borger slettet"): kept, local only, with their text until the user has filed them by hand and
says so; then the row goes (secure_delete is on for every connection, so its bytes are
overwritten). Nothing here names the citizen beyond the case reference."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import sqlite_utils

from caseapp.domain.models import PurgedNote
from caseapp.errors import InvalidInput


def keep(db: sqlite_utils.Database, citizen_id: int, case_ref: str, note_uuids: Iterable[str],
         now: dt.datetime) -> int:
    """Copy the citizen's signed, unfiled notes among `note_uuids` (in the caller's
    transaction, before the purge removes them). Returns how many were kept."""
    wanted = sorted(set(note_uuids))
    if not wanted:
        return 0
    marks = ", ".join("?" for _ in wanted)
    return int(db.execute(
        "INSERT INTO purged_unfiled_notes (case_ref, kind, author, occurred_at, signed_at, text, purged_at) "
        "SELECT ?, kind, author, occurred_at, signed_at, text, ? FROM notes "
        f"WHERE citizen_id = ? AND state = 'signed' AND entered_official_on IS NULL AND uuid IN ({marks}) "
        "ORDER BY signed_at, id",
        [case_ref, now.isoformat(timespec="seconds"), citizen_id, *wanted],
    ).rowcount)


def rows(db: sqlite_utils.Database) -> list[PurgedNote]:
    """Oldest signature first."""
    return [
        PurgedNote(r[0], r[1], r[2], r[3], dt.datetime.fromisoformat(r[4]),
                   dt.datetime.fromisoformat(r[5]) if r[5] else None, r[6], dt.datetime.fromisoformat(r[7]))
        for r in db.execute(
            "SELECT id, case_ref, kind, author, occurred_at, signed_at, text, purged_at "
            "FROM purged_unfiled_notes ORDER BY signed_at, id")
    ]


def mark_filed(db: sqlite_utils.Database, note_id: int) -> None:
    """The user has filed the note in the fagsystem: it goes from here for good."""
    with db.atomic():
        if not db.execute("DELETE FROM purged_unfiled_notes WHERE id = ?", [note_id]).rowcount:
            raise InvalidInput(f"Der er intet notat {note_id} under »Ikke ført – borger slettet«.")
