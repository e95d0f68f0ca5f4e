"""Helpers the unit tests of more than one package share."""

from __future__ import annotations

import datetime as dt

from caseapp.domain.enums import NoteKind
from caseapp.domain.models import DiaryNote

WHEN = dt.datetime(2026, 11, 20, 10, 30)


def _note(citizen_id: int, text: str, goal_ids: tuple[int, ...] = ()) -> DiaryNote:
    return DiaryNote(
        citizen_id=citizen_id, kind=NoteKind.OBSERVATION, occurred_at=WHEN, text=text,
        goal_ids=goal_ids,
    )
