"""Appointments: the user's own calendar."""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from caseapp.domain.models import Appointment
from caseapp.errors import NotFound
from caseapp.storage.rows import from_row, insert_row, iso, to_row, update_row


def insert(db: sqlite_utils.Database, appointment: Appointment) -> int:
    return insert_row(db, "appointments", to_row(appointment))


def insert_many(db: sqlite_utils.Database, rows: list[Appointment]) -> list[int]:
    """Insert many appointments with one statement; their new ids, in order.

    Inside the caller's transaction nobody else writes, so the new rows get the ids above the
    highest one there was, in the order given (with or without AUTOINCREMENT)."""
    if not rows:
        return []
    columns = list(to_row(rows[0]))
    sql = "INSERT INTO appointments ({}) VALUES ({})".format(
        ", ".join(f'"{c}"' for c in columns), ", ".join("?" * len(columns))
    )
    highest = db.execute("SELECT coalesce(max(id), 0) FROM appointments").fetchone()[0]
    values = ([row[c] for c in columns] for row in map(to_row, rows))
    db.conn.executemany(sql, values)
    ids = [r[0] for r in db.execute("SELECT id FROM appointments WHERE id > ? ORDER BY id",
                                    [highest])]
    assert len(ids) == len(rows)
    return ids


def imported(db: sqlite_utils.Database, uids: list[str] | None = None) -> list[Appointment]:
    """Appointments that came from a calendar file (they have an iCalendar UID)."""
    rows = db.query("SELECT * FROM appointments WHERE ics_uid IS NOT NULL ORDER BY id")
    wanted = set(uids) if uids is not None else None
    return [
        from_row(Appointment, r) for r in rows if wanted is None or r["ics_uid"] in wanted
    ]


def imported_heads(db: sqlite_utils.Database, source: str) -> list[tuple[int, str]]:
    """(id, UID) of the series and single appointments imported from the calendar `source`."""
    rows = db.execute(
        "SELECT id, ics_uid FROM appointments WHERE ics_source = ? AND ics_uid IS NOT NULL "
        "AND series_id IS NULL ORDER BY id",
        [source],
    )
    return [(int(r[0]), str(r[1])) for r in rows]


def update(db: sqlite_utils.Database, appointment: Appointment) -> None:
    assert appointment.id is not None
    get(db, appointment.id)
    update_row(db, "appointments", appointment.id, to_row(appointment))


def get(db: sqlite_utils.Database, appointment_id: int) -> Appointment:
    rows = list(db.query("SELECT * FROM appointments WHERE id = ?", [appointment_id]))
    if not rows:
        raise NotFound(f"Der findes ingen aftale med id {appointment_id}.")
    return from_row(Appointment, rows[0])


def between(db: sqlite_utils.Database, start: dt.datetime, end: dt.datetime) -> list[Appointment]:
    """Single appointments that overlap [start, end), every recurring series and every moved or
    cancelled occurrence of one (the planning layer expands them)."""
    rows = db.query(
        'SELECT * FROM appointments WHERE (start < ? AND "end" > ?) OR rrule <> \'\' '
        "OR series_id IS NOT NULL ORDER BY start",
        [iso(end), iso(start)],
    )
    return [from_row(Appointment, r) for r in rows]


def for_citizen(db: sqlite_utils.Database, citizen_id: int) -> list[Appointment]:
    rows = db.query("SELECT * FROM appointments WHERE citizen_id = ? ORDER BY start", [citizen_id])
    return [from_row(Appointment, r) for r in rows]


def passed_without_note(
    db: sqlite_utils.Database, since: dt.datetime, until: dt.datetime
) -> list[Appointment]:
    """Single appointments with a citizen that ended in [since, until), were held or are still
    marked planned, and that no diary note points to yet: the notes owed."""
    rows = db.query(
        """SELECT a.* FROM appointments a
           WHERE a.citizen_id IS NOT NULL AND a.rrule = '' AND a.status IN ('held', 'planned')
             AND a."end" >= ? AND a."end" < ?
             AND NOT EXISTS (SELECT 1 FROM notes n WHERE n.appointment_id = a.id)
           ORDER BY a.start""",
        [iso(since), iso(until)],
    )
    return [from_row(Appointment, r) for r in rows]


def series_with_citizen(db: sqlite_utils.Database, until: dt.datetime) -> list[Appointment]:
    """Recurring series with a citizen that began before `until` and are held or still planned
    (a cancelled series owes nothing), with every moved or cancelled occurrence of them (the
    planning layer expands them)."""
    rows = db.query(
        """SELECT * FROM appointments s
           WHERE s.citizen_id IS NOT NULL AND s.rrule <> '' AND s.status IN ('held', 'planned')
             AND s.start < ?
           UNION ALL
           SELECT o.* FROM appointments o JOIN appointments s ON s.id = o.series_id
           WHERE s.citizen_id IS NOT NULL AND s.rrule <> '' AND s.status IN ('held', 'planned')
             AND s.start < ?""",
        [iso(until), iso(until)],
    )
    return [from_row(Appointment, r) for r in rows]


def noted_occurrences(
    db: sqlite_utils.Database, series_ids: list[int]
) -> set[tuple[int, dt.date]]:
    """(series id, occurrence date) of every note written for one occurrence of these series."""
    if not series_ids:
        return set()
    marks = ",".join("?" * len(series_ids))
    rows = db.execute(
        "SELECT DISTINCT appointment_id, occurrence_date FROM notes "
        f"WHERE appointment_id IN ({marks}) AND occurrence_date IS NOT NULL",
        series_ids,
    )
    return {(int(r[0]), dt.date.fromisoformat(r[1])) for r in rows}


def with_occurrences(db: sqlite_utils.Database, appointment_id: int) -> list[int]:
    """The appointment's id and, for a series, the ids of its moved or cancelled occurrences."""
    rows = db.execute("SELECT id FROM appointments WHERE series_id = ?", [appointment_id])
    return [appointment_id, *(r[0] for r in rows)]


def delete(db: sqlite_utils.Database, ids: list[int]) -> None:
    """Delete appointments, occurrences before the series they belong to."""
    for appointment_id in reversed(ids):
        db.execute("DELETE FROM appointments WHERE id = ?", [appointment_id])


def linked_note_count(db: sqlite_utils.Database, appointment_ids: list[int]) -> int:
    marks = ",".join("?" * len(appointment_ids))
    sql = f"SELECT count(*) FROM notes WHERE appointment_id IN ({marks})"
    return int(db.execute(sql, appointment_ids).fetchone()[0])


def linked_meeting_count(db: sqlite_utils.Database, appointment_ids: list[int]) -> int:
    marks = ",".join("?" * len(appointment_ids))
    sql = f"SELECT count(*) FROM meetings WHERE appointment_id IN ({marks})"
    return int(db.execute(sql, appointment_ids).fetchone()[0])
