"""Writing diary notes: drafts, signing, corrections and deleting a draft.

The rules (a signed note is never changed; a note links only to the citizen's own sub-goals
and appointments) live here, over a database handle; `CaseService` exposes them, and the
autosave and the monthly summary use them directly. Each write is one `change`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import sqlite_utils

from caseapp.domain.enums import RecordState
from caseapp.domain.models import DiaryNote
from caseapp.domain.validation import MAX_LINE, optional_text, require_text
from caseapp.errors import InvalidInput, RecordLocked
from caseapp.planning.notes_owed import check_occurrence_link
from caseapp.storage import appointments, citizens, goals
from caseapp.storage import notes as note_store
from caseapp.storage.changes import change


def validate_note(db: sqlite_utils.Database, note: DiaryNote) -> DiaryNote:
    """The note as it will be stored, or InvalidInput/NotFound naming the first problem."""
    citizens.get(db, note.citizen_id)
    for goal_id in note.goal_ids:
        if goals.get(db, goal_id).citizen_id != note.citizen_id:
            raise InvalidInput("Notatet kan kun knyttes til borgerens egne delmål.")
    if note.appointment_id is not None:
        appointment = appointments.get(db, note.appointment_id)
        if appointment.citizen_id not in (None, note.citizen_id):
            raise InvalidInput("Notatet kan kun knyttes til en aftale med samme borger.")
        check_occurrence_link(appointment, note.occurrence_date)
    elif note.occurrence_date is not None:
        raise InvalidInput("Et notat uden aftale kan ikke pege på en forekomst.")
    return dataclasses.replace(
        note,
        text=require_text(note.text, "Notatet"),
        author=optional_text(note.author, "Forfatteren", MAX_LINE),
    )


def save_draft(db: sqlite_utils.Database, note: DiaryNote) -> int:
    """Create or update a draft note. A signed note is never changed."""
    clean = validate_note(db, note)
    if clean.id is not None and note_store.get(db, clean.id).state == RecordState.SIGNED:
        raise RecordLocked("Notatet er underskrevet; ret det med en rettelse i stedet.")
    with change(db, "update" if clean.id else "create", "note") as touched:
        if clean.id is None:
            touched.append(note_store.insert(db, dataclasses.replace(clean, state=RecordState.DRAFT)))
        else:
            note_store.update_draft(db, clean)
            touched.append(clean.id)
    return touched[0]


def correct_note(
    db: sqlite_utils.Database, note_id: int, text: str, goal_ids: tuple[int, ...] | None = None
) -> int:
    """A new draft that corrects a signed note; the original stays as it was."""
    original = note_store.get(db, note_id)
    if original.state != RecordState.SIGNED:
        raise InvalidInput("Kun underskrevne notater rettes; en kladde redigeres direkte.")
    correction = dataclasses.replace(
        original,
        id=None,
        text=text,
        goal_ids=original.goal_ids if goal_ids is None else goal_ids,
        state=RecordState.DRAFT,
        signed_at=None,
        corrects_id=note_id,
        entered_official_on=None,
        created_at=None,
    )
    return save_draft(db, correction)


def sign_note(db: sqlite_utils.Database, note_id: int, at: dt.datetime) -> None:
    if note_store.get(db, note_id).state == RecordState.SIGNED:
        raise RecordLocked("Notatet er allerede underskrevet.")
    with change(db, "sign", "note") as touched:
        note_store.sign(db, note_id, at)
        touched.append(note_id)


def delete_draft(db: sqlite_utils.Database, note_id: int) -> None:
    if note_store.get(db, note_id).state == RecordState.SIGNED:
        raise RecordLocked("Et underskrevet notat kan ikke slettes.")
    with change(db, "delete", "note") as touched:
        note_store.delete_draft(db, note_id)
        touched.append(note_id)
