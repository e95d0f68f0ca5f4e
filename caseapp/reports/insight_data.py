"""Everything caseapp holds on one citizen, for their insight request (GDPR art. 15, and a
party's access to their case under forvaltningsloven §9): master data with the full CPR number
(it is their own), the plan with every goal and rating, every diary note with all its versions
and who wrote them, appointments, status descriptions, network, consents, efforts and requested documents, and the
access log.

`insight_data` reads it into plain JSON values (the machine-readable copy, `--data FILE.json`);
insight_pdf.py lays the same values out for reading. Drafts are included: they are held about
the citizen too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from typing import Any

import sqlite_utils

from caseapp.domain.cpr import format_cpr
from caseapp.storage import (
    access_log,
    appointments,
    citizens,
    documents,
    efforts,
    goals,
    meetings,
    notes,
    statuses,
)

ALL_NOTES = 10_000_000  # a resident's ten years of diary, whole


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):  # a document's reminders
        return _record(value)
    return value


def _record(obj: Any, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    row = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj) if f.name not in drop}
    return _plain(row)


def _goal(db: sqlite_utils.Database, goal: Any) -> dict[str, Any]:
    assert goal.id is not None
    return _record(goal, drop=("citizen_id",)) | {
        "ratings": [_record(r, drop=("goal_id",)) for r in goals.ratings_for_goal(db, goal.id)],
    }


def insight_data(db: sqlite_utils.Database, citizen_id: int, printed_on: dt.date) -> dict[str, Any]:
    """What caseapp holds on the citizen, as JSON values. An unknown id raises NotFound."""
    citizen = citizens.get(db, citizen_id)
    master = _record(citizen) | {"cpr": format_cpr(citizen.cpr) if citizen.cpr else None}
    return {
        "printed_on": printed_on.isoformat(),
        "citizen": master,
        "goals": [_goal(db, g) for g in goals.for_citizen(db, citizen_id, True)],
        "actions": [_record(a) for a in goals.actions_for_citizen(db, citizen_id)],
        "notes": [_record(n, drop=("citizen_id",))
                  for n in sorted(notes.for_citizen(db, citizen_id, ALL_NOTES, 0),
                                  key=lambda n: (n.occurred_at, n.id or 0))],
        "appointments": [_record(a, drop=("citizen_id",))
                         for a in sorted(appointments.for_citizen(db, citizen_id), key=lambda a: a.start)],
        "status_descriptions": [_record(s, drop=("citizen_id",))
                                for s in statuses.for_citizen(db, citizen_id)],
        "network": [_record(c, drop=("citizen_id",)) for c in citizens.contacts(db, citizen_id)],
        "consents": [_record(c, drop=("citizen_id",)) for c in citizens.consents(db, citizen_id)],
        "efforts": [_record(e, drop=("citizen_id",)) for e in efforts.of_citizen(db, citizen_id)],
        "documents": [_record(d, drop=("citizen_id",)) for d in documents.of_citizen(db, citizen_id)],
        "meetings": [_record(m, drop=("citizen_id", "appointment_id"))
                     for m in reversed(meetings.of_citizen(db, citizen_id))],
        "access_log": [_record(r, drop=("citizen_id", "prev", "hash"))
                       for r in reversed(access_log.rows(db, citizen_id))],
    }
