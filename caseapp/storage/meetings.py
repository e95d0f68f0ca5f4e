"""Meetings with their participants, agenda items with minutes, and decisions: the SQL."""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from caseapp.domain.meetings import AgendaItem, Decision, Meeting, Participant
from caseapp.errors import NotFound
from caseapp.storage.rows import from_row, insert_row, to_row, update_row

# A participant's name and role as the minutes print them: the citizen's and a contact's from
# their own rows, so a renamed contact is named anew everywhere.
_PARTICIPANTS = (
    "SELECT p.id, p.kind, p.contact_id, p.coordinator, "
    "CASE p.kind WHEN 'citizen' THEN c.name WHEN 'network' THEN coalesce(n.name, p.name) "
    "ELSE p.name END AS name, "
    "CASE p.kind WHEN 'network' THEN trim(coalesce(n.role, '') || "
    "CASE WHEN coalesce(n.organisation, '') <> '' THEN ', ' || n.organisation ELSE '' END) "
    "ELSE '' END AS role "
    "FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id "
    "JOIN citizens c ON c.id = m.citizen_id LEFT JOIN network_contacts n ON n.id = p.contact_id "
    "WHERE p.meeting_id = ? ORDER BY p.kind = 'colleague', p.kind = 'network', p.id"
)
# The meeting's time and place are its appointment's, so moving it in the week moves the meeting.
_MEETINGS = (
    "SELECT m.id, m.citizen_id, m.appointment_id, m.kind, m.minutes_done_on, "
    "a.start AS starts_at, a.\"end\" AS ends_at, a.place_text AS place "
    "FROM meetings m JOIN appointments a ON a.id = m.appointment_id "
)
# A decision is done when it is ticked off here or its action is done in the plan.
_DECISIONS = (
    "SELECT d.id, d.what, d.owner, d.due_on, d.goal_id, d.action_id, "
    "coalesce(d.done_on, a.done_on) AS done_on "
    "FROM meeting_decisions d LEFT JOIN actions a ON a.id = d.action_id "
)


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def insert(db: sqlite_utils.Database, meeting: Meeting) -> int:
    """Store the meeting (its appointment already stored), its participants and agenda."""
    assert meeting.appointment_id is not None
    meeting_id = insert_row(db, "meetings", {
        "citizen_id": meeting.citizen_id, "appointment_id": meeting.appointment_id,
        "kind": meeting.kind.value, "created_at": _now(), "updated_at": _now()})
    for p in meeting.participants:
        insert_row(db, "meeting_participants", {
            "meeting_id": meeting_id, "kind": p.kind.value, "name": p.name,
            "contact_id": p.contact_id, "coordinator": int(p.coordinator)})
    for position, item in enumerate(meeting.agenda):
        insert_row(db, "meeting_items", {"meeting_id": meeting_id, "position": position,
                                         "heading": item.heading, "minutes": item.minutes})
    return meeting_id


def get(db: sqlite_utils.Database, meeting_id: int) -> Meeting:
    rows = list(db.query(f"{_MEETINGS} WHERE m.id = ?", [meeting_id]))
    if not rows:
        raise NotFound(f"Der findes intet møde med nummer {meeting_id}.")
    return _whole(db, rows[0])


def of_appointment(db: sqlite_utils.Database, appointment_id: int) -> Meeting | None:
    """The meeting held as this appointment in the week, if it is one."""
    rows = list(db.query(f"{_MEETINGS} WHERE m.appointment_id = ?", [appointment_id]))
    return _whole(db, rows[0]) if rows else None


def of_citizen(db: sqlite_utils.Database, citizen_id: int) -> list[Meeting]:
    """The citizen's meetings, the latest first."""
    rows = db.query(f"{_MEETINGS} WHERE m.citizen_id = ? ORDER BY a.start DESC, m.id DESC",
                    [citizen_id])
    return [_whole(db, r) for r in rows]


def _whole(db: sqlite_utils.Database, row: dict) -> Meeting:
    meeting_id = row["id"]
    participants = tuple(from_row(Participant, r) for r in db.query(_PARTICIPANTS, [meeting_id]))
    agenda = tuple(from_row(AgendaItem, r) for r in db.query(
        "SELECT id, position, heading, minutes FROM meeting_items WHERE meeting_id = ? "
        "ORDER BY position, id", [meeting_id]))
    decisions = tuple(from_row(Decision, r) for r in db.query(
        f"{_DECISIONS} WHERE d.meeting_id = ? ORDER BY d.id", [meeting_id]))
    return from_row(Meeting, row, participants=participants, agenda=agenda, decisions=decisions)


def set_minutes(db: sqlite_utils.Database, meeting_id: int, minutes: dict[int, str],
                done_on: dt.date | None) -> None:
    """Write the minutes of the items whose text changed, and whether they are finished."""
    for item_id, text in minutes.items():
        db.execute("UPDATE meeting_items SET minutes = ? WHERE id = ? AND meeting_id = ? "
                   "AND minutes IS NOT ?", [text, item_id, meeting_id, text])
    update_row(db, "meetings", meeting_id, {
        "minutes_done_on": done_on.isoformat() if done_on else None, "updated_at": _now()})


def insert_decision(db: sqlite_utils.Database, meeting_id: int, decision: Decision) -> int:
    return insert_row(db, "meeting_decisions", to_row(decision, skip=("id",)) | {"meeting_id": meeting_id})


def set_decision_done(db: sqlite_utils.Database, decision_id: int, on: dt.date | None) -> None:
    update_row(db, "meeting_decisions", decision_id, {"done_on": on.isoformat() if on else None})


def meeting_of_decision(db: sqlite_utils.Database, decision_id: int) -> int:
    row = db.execute("SELECT meeting_id FROM meeting_decisions WHERE id = ?", [decision_id]).fetchone()
    if row is None:
        raise NotFound(f"Der findes ingen aftale med nummer {decision_id}.")
    return int(row[0])


def due(db: sqlite_utils.Database, today: dt.date, due_by: dt.date,
        citizen_id: int | None = None) -> list[Meeting]:
    """Meetings of open cases that owe something by `due_by`: coming up (to prepare), held
    without finished minutes, or with an open decision due."""
    rows = db.query(
        f"{_MEETINGS} JOIN citizens c ON c.id = m.citizen_id "
        "WHERE c.status <> 'closed' AND a.status <> 'cancelled' AND m.citizen_id = coalesce(?, m.citizen_id) AND ("
        " (date(a.start) >= ? AND date(a.start) <= ?)"
        " OR (date(a.start) <= ? AND m.minutes_done_on IS NULL)"
        " OR EXISTS (SELECT 1 FROM meeting_decisions d LEFT JOIN actions x ON x.id = d.action_id"
        "   WHERE d.meeting_id = m.id AND d.due_on <= ? AND coalesce(d.done_on, x.done_on) IS NULL))"
        " ORDER BY a.start",
        [citizen_id, today.isoformat(), due_by.isoformat(), today.isoformat(), due_by.isoformat()],
    )
    return [_whole(db, r) for r in rows]
