"""Writing appointments from the planning side (accepted proposals, imported calendars).

The same rules the service applies to an appointment the user types, on a plain database
handle: the end after the start, a recurrence that yields occurrences, an existing citizen,
a preparation time of 0-480 minutes, clean text; and every write goes to the audit trail.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

import sqlite_utils

from caseapp.domain.models import Appointment
from caseapp.domain.validation import (
    MAX_LINE,
    MAX_TEXT,
    optional_text,
    require_order,
    require_range,
)
from caseapp.planning.recurrence import validate_recurrence
from caseapp.storage import appointments, audit, changes, citizens, connection


def clean_appointment(
    db: sqlite_utils.Database, appointment: Appointment, known_citizens: set[int] | None = None
) -> Appointment:
    """The appointment as it may be stored; InvalidInput names what is wrong."""
    require_order(appointment.start, appointment.end, "Aftalen")
    validate_recurrence(appointment)
    if appointment.citizen_id is not None and (
        known_citizens is None or appointment.citizen_id not in known_citizens
    ):
        citizens.get(db, appointment.citizen_id)
    require_range(appointment.preparation_minutes, 0, 480, "Forberedelsestiden")
    title = optional_text(appointment.title, "Titlen", MAX_LINE)
    place_text = optional_text(appointment.place_text, "Stedet", MAX_LINE)
    description = optional_text(appointment.description, "Beskrivelsen", MAX_TEXT)
    reason = optional_text(appointment.status_reason, "Årsagen", 2_000)
    a = appointment
    if (title, place_text, description, reason) == (
        a.title, a.place_text, a.description, a.status_reason
    ):
        return appointment  # most rows: nothing to clean, no copy
    return dataclasses.replace(
        appointment, title=title, place_text=place_text, description=description,
        status_reason=reason,
    )


def add_appointments(db: sqlite_utils.Database, rows: Iterable[Appointment]) -> list[int]:
    """Store the appointments in one transaction, each checked and audited; their new ids."""
    try:
        with db.atomic():
            ids = [appointments.insert(db, clean_appointment(db, row)) for row in rows]
            for new_id in ids:
                audit.record(db, "create", "appointment", new_id)
    except connection.IntegrityError as exc:
        raise changes.refusal(exc) from None
    return ids
