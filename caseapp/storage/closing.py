"""Closing a case: the date and reason, the retention period (the database's; for a shared
citizen the team's when its creator has set one; or the citizen's own with a reason), and
which closed cases are due for deletion."""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from caseapp.domain.models import CaseClosing
from caseapp.errors import NotFound


def default_retention_days(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT retention_days FROM retention_state WHERE id = 1").fetchone()[0])


def set_default_retention_days(db: sqlite_utils.Database, days: int) -> None:
    db.execute("UPDATE retention_state SET retention_days = ? WHERE id = 1", [days])


def close(db: sqlite_utils.Database, citizen_id: int, on: dt.date, reason: str,
          retention_days: int | None, retention_reason: str) -> None:
    db.execute(
        "UPDATE citizens SET status = 'closed', closed_on = ?, closing_reason = ?, "
        "retention_days = ?, retention_reason = ?, updated_at = ? WHERE id = ?",
        [on.isoformat(), reason, retention_days, retention_reason,
         dt.datetime.now().isoformat(timespec="seconds"), citizen_id],
    )


def reopen(db: sqlite_utils.Database, citizen_id: int) -> None:
    db.execute(
        "UPDATE citizens SET status = 'active', closed_on = NULL, closing_reason = '', "
        "retention_days = NULL, retention_reason = '', updated_at = ? WHERE id = ?",
        [dt.datetime.now().isoformat(timespec="seconds"), citizen_id],
    )


# A citizen given the status "closed" some other way (the form, an import) closed on its last change.
_COLUMNS = ("id, coalesce(closed_on, substr(updated_at, 1, 10)), closing_reason, retention_days, "
            "retention_reason, EXISTS (SELECT 1 FROM sync_shared s WHERE s.citizen_id = citizens.id)")


def _team_days(db: sqlite_utils.Database) -> int | None:
    """The team's period for shared citizens, set by its creator (sync/team_retention.py)."""
    row = db.execute("SELECT team_retention_days FROM sync_state WHERE id = 1").fetchone()
    return int(row[0]) if row and row[0] is not None else None


def _closing(row: tuple, default_days: int, team_days: int | None) -> CaseClosing:
    days = row[3] if row[3] is not None else (team_days if row[5] and team_days is not None else default_days)
    return CaseClosing(row[0], dt.date.fromisoformat(row[1]), row[2], days, row[4])


def closing(db: sqlite_utils.Database, citizen_id: int) -> CaseClosing | None:
    """The case's closing, or None while it is open. An unknown id raises NotFound."""
    row = db.execute(f"SELECT {_COLUMNS}, status FROM citizens WHERE id = ?", [citizen_id]).fetchone()
    if row is None:
        raise NotFound(f"Der findes ingen borger med id {citizen_id}.")
    if row[6] != "closed":
        return None
    return _closing(row, default_retention_days(db), _team_days(db))


def closed(db: sqlite_utils.Database) -> list[CaseClosing]:
    """Every closed case, the soonest deletion first."""
    default_days, team_days = default_retention_days(db), _team_days(db)
    rows = db.execute(f"SELECT {_COLUMNS} FROM citizens WHERE status = 'closed'").fetchall()
    return sorted((_closing(r, default_days, team_days) for r in rows),
                  key=lambda c: (c.deletion_date, c.citizen_id))


def unfiled_count(db: sqlite_utils.Database, citizen_id: int) -> int:
    """Signed notes of the citizen not marked as entered in the official system."""
    return int(db.execute(
        "SELECT count(*) FROM notes WHERE citizen_id = ? AND state = 'signed' "
        "AND entered_official_on IS NULL", [citizen_id]).fetchone()[0])


def mark_all_filed(db: sqlite_utils.Database, citizen_id: int, on: dt.date) -> int:
    """Mark every signed, unmarked note of the citizen as entered on `on`; returns how many."""
    return int(db.execute(
        "UPDATE notes SET entered_official_on = ? WHERE citizen_id = ? AND state = 'signed' "
        "AND entered_official_on IS NULL", [on.isoformat(), citizen_id]).rowcount)


def is_shared(db: sqlite_utils.Database, citizen_id: int) -> bool:
    return db.execute("SELECT 1 FROM sync_shared WHERE citizen_id = ?", [citizen_id]).fetchone() is not None


def case_ref(db: sqlite_utils.Database, citizen_id: int) -> str:
    """How the deletion register names a case: its number and case type, never the person."""
    row = db.execute("SELECT case_type FROM citizens WHERE id = ?", [citizen_id]).fetchone()
    return f"borger {citizen_id}" + (f", {row[0]}" if row and row[0] else "")


def refusal(db: sqlite_utils.Database, citizen_id: int, today: dt.date, named: bool) -> str | None:
    """Why the citizen may not be purged now, as one sentence; None when it may. A case named
    on its own (`named`) may go before its deletion date; `--due` takes only those past it."""
    case = closing(db, citizen_id)
    if case is None:
        return (f"Borger {citizen_id} er ikke afsluttet; afslut sagen først (caseapp close). "
                "Intet er slettet.")
    if not named and case.deletion_date > today:
        return f"Borger {citizen_id} skal først slettes {case.deletion_date:%d.%m.%Y}."
    unfiled = unfiled_count(db, citizen_id)
    if unfiled:
        return (f"Borger {citizen_id} har {unfiled} underskrevne notat(er), der ikke er markeret som "
                "ført i fagsystemet; markér dem (caseapp note filed) før sletning. Intet er slettet.")
    return None
