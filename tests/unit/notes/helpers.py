"""What the notes unit tests share: sub-goals and notes to write."""

from __future__ import annotations

import datetime as dt

from caseapp.domain.enums import GoalLevel, NoteKind
from caseapp.domain.models import DiaryNote, Goal
from caseapp.service import CaseService

T = dt.datetime


def _sub_goal(service: CaseService, citizen_id: int, text: str, **extra) -> int:
    effort = service.plans.add_goal(
        Goal(citizen_id=citizen_id, level=GoalLevel.EFFORT, text=f"Indsats: {text}")
    )
    return service.plans.add_goal(
        Goal(citizen_id=citizen_id, level=GoalLevel.SUB, parent_id=effort, text=text, **extra)
    )


def _note(
    service: CaseService,
    citizen_id: int,
    when: dt.datetime,
    text: str,
    goals: tuple[int, ...] = (),
    *,
    kind: NoteKind = NoteKind.OBSERVATION,
    author: str = "",
    sign: bool = True,
    entered: dt.date | None = None,
) -> int:
    note_id = service.diary.save_draft(
        DiaryNote(
            citizen_id=citizen_id,
            kind=kind,
            occurred_at=when,
            text=text,
            author=author,
            goal_ids=goals,
        )
    )
    if sign:
        service.diary.sign_note(note_id, at=when + dt.timedelta(hours=1))
    if entered:
        service.diary.mark_entered_official([note_id], entered)
    return note_id


def _draft(citizen_id: int, text: str, goals: tuple[int, ...] = (), **extra) -> DiaryNote:
    return DiaryNote(citizen_id=citizen_id, kind=NoteKind.OBSERVATION,
                     occurred_at=T(2025, 5, 6, 10, 15, 30, 123), text=text, goal_ids=goals,
                     **extra)  # fmt: skip
