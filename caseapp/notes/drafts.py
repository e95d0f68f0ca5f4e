"""Never lose a word: the editor autosaves its note as a draft every few seconds, and drafts
left behind by a crash or a closed window are offered back at the next start (DESIGN.md
section 8: "a note being typed survives a crash (autosaved draft)").

Every autosave that changes something is one short transaction through `notes.writing` (the same
checks and audit entry as saving by hand); an autosave that changes nothing writes nothing.
"""

from __future__ import annotations

import dataclasses
import logging

import sqlite_utils

from caseapp.domain.enums import RecordState
from caseapp.domain.models import DiaryNote
from caseapp.domain.validation import clean_text
from caseapp.errors import NotFound
from caseapp.notes.writing import save_draft
from caseapp.storage import notes as note_store

log = logging.getLogger(__name__)

# What the editor can change; the rest (state, signing, corrections) is not the editor's to set.
_EDITED = ("citizen_id", "kind", "occurred_at", "text", "author", "goal_ids", "appointment_id",
           "occurrence_date")


def autosave_draft(db: sqlite_utils.Database, draft: DiaryNote) -> int | None:
    """Store the editor's note as a draft and return its id, for the editor to keep.

    - No id yet: a new draft is created (unless the text is still blank: None, nothing stored).
    - An id: that draft is updated, unless nothing changed (then nothing is written).
    - Blank text on an existing draft: the draft keeps its last words (deleting a draft is
      `service.diary.delete_draft`, an explicit act), and its id is returned.
    - The draft was deleted meanwhile (another window): a new draft is created, so the words
      typed are kept.
    - The note is signed: RecordLocked, as for any change to a signed note.
    - Too long text, another citizen's sub-goal: InvalidInput with a Danish sentence; the
      editor keeps the text, and the last stored draft stays as it was.
    """
    blank = not clean_text(draft.text).strip()
    if draft.id is None:
        if blank:
            return None
        return save_draft(db, _as_new(draft))
    try:
        stored = note_store.get(db, draft.id)
    except NotFound:
        log.info("autosaved draft %s was gone; saving it as a new draft", draft.id)
        return None if blank else save_draft(db, _as_new(draft))
    if blank or _same(stored, draft):
        return draft.id
    # A signed note is refused here by `writing.save_draft` (RecordLocked).
    edited = {name: getattr(draft, name) for name in _EDITED}
    return save_draft(db, dataclasses.replace(stored, **edited))


def _as_new(draft: DiaryNote) -> DiaryNote:
    return dataclasses.replace(
        draft,
        id=None,
        state=RecordState.DRAFT,
        signed_at=None,
        entered_official_on=None,
        created_at=None,
    )


def _same(stored: DiaryNote, draft: DiaryNote) -> bool:
    """True when storing the draft would change nothing the editor shows."""
    edited = {name: getattr(draft, name) for name in _EDITED}
    edited["text"] = clean_text(draft.text).strip()
    edited["author"] = clean_text(draft.author).strip()
    edited["goal_ids"] = tuple(sorted(dict.fromkeys(draft.goal_ids)))
    edited["occurred_at"] = draft.occurred_at.replace(microsecond=0)
    return all(getattr(stored, name) == value for name, value in edited.items())


def pending_drafts(db: sqlite_utils.Database) -> list[DiaryNote]:
    """Every unsigned draft, for every citizen, newest first: what to offer back after a
    crash or restart. Read from a small partial index, so cheap at any diary size."""
    return note_store.drafts(db)
