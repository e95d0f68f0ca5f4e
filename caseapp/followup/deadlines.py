"""Frister: one list of what is due across the caseload, in date order, overdue first.

Efforts ending or up for review, progress reports due from providers, documents to chase,
meetings to prepare, minutes to finish and what was agreed at them, and the conversations each
citizen's contact cadence calls for (the caseload's own timeliness). A closed case has no
deadlines: they went with it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable

import sqlite_utils

from caseapp.domain.enums import CitizenStatus, DeadlineKind
from caseapp.domain.followup import Deadline, DocumentRequest, Effort, next_chase_on, next_reminder
from caseapp.domain.labels import label
from caseapp.domain.meetings import MINUTES_DAYS, PREPARE_DAYS, Meeting
from caseapp.domain.models import CitizenSummary
from caseapp.storage import caseload, documents, efforts, meetings

DEFAULT_DAYS = 30


def due_list(
    db: sqlite_utils.Database,
    today: dt.date,
    *,
    days: int = DEFAULT_DAYS,
    citizen_id: int | None = None,
    kinds: Collection[DeadlineKind] | None = None,
) -> list[Deadline]:
    """What is due from now to `days` ahead, and everything already overdue."""
    last = today + dt.timedelta(days=days)
    summaries = caseload.summaries(db, citizen_id)
    names = {s.id: s.name for s in summaries}
    found = [
        *effort_deadlines(efforts.running(db, last, citizen_id), names, today),
        *document_deadlines(documents.open_requests(db, last, citizen_id), names),
        *meeting_deadlines(meetings.due(db, today, last + dt.timedelta(days=PREPARE_DAYS), citizen_id),
                           names, today),
        *conversation_deadlines(summaries, today),
    ]
    return sorted(
        (d for d in found if d.on <= last and (kinds is None or d.kind in kinds)),
        key=lambda d: (d.on, d.citizen_name.casefold(), d.kind.value, d.record_id or 0),
    )


CALENDAR_KINDS = frozenset(DeadlineKind) - {DeadlineKind.CONVERSATION_DUE}
"""What the calendar export carries: dated records. A conversation's due date follows the
contact cadence and moves with every conversation, so it stays in caseapp."""


def between(db: sqlite_utils.Database, first: dt.date, last: dt.date, today: dt.date) -> list[Deadline]:
    """The dated deadlines from `first` to `last` (both included) as they stand `today`: a
    meeting in the range already held has its minutes due, not its preparation, and an effort
    that ran out before today awaits a decision, whatever days the range shows."""
    found = due_list(db, today, days=max((last - today).days, 0), kinds=CALENDAR_KINDS)
    return [d for d in found if first <= d.on <= last]


def nearest_per_citizen(db: sqlite_utils.Database, today: dt.date) -> dict[int, Deadline]:
    """Each open case's nearest open effort or document deadline, however far ahead (the
    conversations have their own column wherever this is shown)."""
    names = {s.id: s.name for s in caseload.summaries(db)}
    found = [*effort_deadlines(efforts.running(db, dt.date.max), names, today),
             *document_deadlines(documents.open_requests(db, dt.date.max), names)]
    nearest: dict[int, Deadline] = {}
    for d in sorted(found, key=lambda d: (d.on, d.kind.value, d.record_id or 0)):
        nearest.setdefault(d.citizen_id, d)
    return nearest


def effort_deadlines(running: Iterable[Effort], names: dict[int, str], today: dt.date) -> list[Deadline]:
    """An effort's end, review and report dates; once its end has passed with no decision, the
    end and the review are one overdue decision, dated the day it ran out."""
    out: list[Deadline] = []
    for e in running:
        if e.awaiting_decision(today):
            dates = ((DeadlineKind.EFFORT_UNDECIDED, e.end_on), (DeadlineKind.REPORT_DUE, e.report_due_on))
        else:
            dates = ((DeadlineKind.EFFORT_ENDS, e.end_on), (DeadlineKind.EFFORT_REVIEW, e.review_on),
                     (DeadlineKind.REPORT_DUE, e.report_due_on))
        out += [Deadline(on, kind, e.citizen_id, names[e.citizen_id], e.title, e.provider_name,
                         record_id=e.id)
                for kind, on in dates if on is not None]
    return out


def document_deadlines(requests: Iterable[DocumentRequest], names: dict[int, str]) -> list[Deadline]:
    return [
        Deadline(next_chase_on(r), DeadlineKind.DOCUMENT_DUE, r.citizen_id, names[r.citizen_id],
                 r.title, r.requested_from, next_reminder(r), r.id)
        for r in requests
    ]


def meeting_deadlines(due: Iterable[Meeting], names: dict[int, str], today: dt.date) -> list[Deadline]:
    """A meeting ahead is prepared a few days before it; a meeting held has its minutes due a
    few days after it; each open decision is due on its date, in the name of its owner."""
    out: list[Deadline] = []
    for m in due:
        day, title, name = m.starts_at.date(), label(m.kind), names[m.citizen_id]
        coordinator = m.coordinator.name if m.coordinator else ""
        if day >= today:
            out.append(Deadline(day - dt.timedelta(days=PREPARE_DAYS), DeadlineKind.MEETING_PREPARE,
                                m.citizen_id, name, title, coordinator, record_id=m.id))
        elif m.minutes_done_on is None:
            out.append(Deadline(day + dt.timedelta(days=MINUTES_DAYS), DeadlineKind.MINUTES_DUE,
                                m.citizen_id, name, title, coordinator, record_id=m.id))
        out += [Deadline(d.due_on, DeadlineKind.DECISION_DUE, m.citizen_id, name, d.what, d.owner,
                         record_id=m.id)
                for d in m.decisions if d.due_on is not None and d.done_on is None]
    return out


def conversation_deadlines(summaries: Iterable[CitizenSummary], today: dt.date) -> list[Deadline]:
    """A conversation is due when the citizen's contact cadence says so (never contacted: now)."""
    return [
        Deadline(s.next_contact_due or today, DeadlineKind.CONVERSATION_DUE, s.id, s.name, "")
        for s in summaries
        if s.status == CitizenStatus.ACTIVE
    ]
