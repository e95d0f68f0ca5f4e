"""What the I dag view lists, computed from what the façade returns (no SQL here).

Everything is read through the façade; this module only sorts and filters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from caseapp.domain.enums import CitizenStatus, DeadlineKind
from caseapp.domain.followup import Deadline
from caseapp.domain.models import (
    CaseClosing,
    CitizenSummary,
    DiaryNote,
    PurgedNote,
    StatusDescription,
    UnfiledCount,
)
from caseapp.planning.recurrence import Occurrence
from caseapp.service import CaseService
from caseapp.sync.handover import Handover

T = TypeVar("T")

STATUS_HORIZON_DAYS = 30
HELD_LOOKBACK_DAYS = 30
DELETION_HORIZON_DAYS = 30
DEADLINE_HORIZON_DAYS = 7
# Conversations due are I dag's "Kontakt forfalden" already; the rest of Frister is listed here.
FOLLOW_UP_KINDS = frozenset(DeadlineKind) - {DeadlineKind.CONVERSATION_DUE}


@dataclass(frozen=True)
class TodayDigest:
    today: dt.date
    appointments: list[Occurrence] = field(default_factory=list)
    contact_due: list[CitizenSummary] = field(default_factory=list)
    held_without_note: list[Occurrence] = field(default_factory=list)
    status_due: list[CitizenSummary] = field(default_factory=list)
    draft_notes: list[DiaryNote] = field(default_factory=list)
    draft_statuses: list[StatusDescription] = field(default_factory=list)
    names: dict[int, str] = field(default_factory=dict)
    summaries_due: list[tuple[int, list[dt.date]]] = field(default_factory=list)  # months
    unfiled: list[UnfiledCount] = field(default_factory=list)  # signed, not in the official system
    deletions: list[CaseClosing] = field(default_factory=list)  # closed cases deleted within 30 days
    deadlines: list[Deadline] = field(default_factory=list)  # efforts and documents, overdue or this week
    handovers: list[Handover] = field(default_factory=list)  # citizens handed to this member, to accept
    purged_notes: list[PurgedNote] = field(default_factory=list)  # "Ikke ført – borger slettet"


def open_citizens(caseload: Sequence[CitizenSummary]) -> list[CitizenSummary]:
    return [c for c in caseload if c.status != CitizenStatus.CLOSED]


def contact_due(caseload: Sequence[CitizenSummary], today: dt.date) -> list[CitizenSummary]:
    """Active citizens due today or overdue (never contacted counts as overdue), most overdue
    first."""
    due = [
        c for c in caseload
        if c.status == CitizenStatus.ACTIVE
        and (c.next_contact_due is None or c.next_contact_due <= today)
    ]
    return sorted(due, key=lambda c: (c.next_contact_due or dt.date.min, c.name))


def status_due(
    caseload: Sequence[CitizenSummary], today: dt.date, days: int = STATUS_HORIZON_DAYS
) -> list[CitizenSummary]:
    horizon = today + dt.timedelta(days=days)
    due = [c for c in open_citizens(caseload) if c.next_status_due and c.next_status_due <= horizon]
    return sorted(due, key=lambda c: (c.next_status_due or dt.date.min, c.name))


def build_today(service: CaseService, now: dt.datetime,
                deadlines: Sequence[Deadline] | None = None) -> TodayDigest:
    """Everything I dag shows, read through the façade (runs on a worker thread). `deadlines`:
    Frister already read for at least DEADLINE_HORIZON_DAYS, so they are not read twice. In a
    team only the user's own citizens are listed (`CaseService.own_citizens`)."""
    today = now.date()
    if deadlines is None:
        deadlines = service.deadlines(today, days=DEADLINE_HORIZON_DAYS)
    own = Own(service.own_citizens())
    everyone = service.citizens.caseload()
    caseload = own.only(everyone, lambda c: c.id)
    since = dt.datetime.combine(today - dt.timedelta(days=HELD_LOOKBACK_DAYS), dt.time())
    day_start = dt.datetime.combine(today, dt.time())
    day_end = day_start + dt.timedelta(days=1)
    todays = [o for o in own.only(service.calendar.occurrences_between(day_start, day_end), _citizen_of)
              if not o.is_cancelled]
    drafts = service.unsigned_drafts()  # the start-up question counts the same
    return TodayDigest(
        today=today,
        appointments=todays,
        contact_due=contact_due(caseload, today),
        held_without_note=own.only(service.calendar.notes_owed(since, now), _citizen_of),
        status_due=status_due(caseload, today),
        draft_notes=sorted(drafts.notes, key=lambda n: n.occurred_at),
        draft_statuses=list(drafts.statuses),
        names={c.id: c.name for c in everyone},  # a colleague's citizen handed to the user too
        summaries_due=summaries_due(service, caseload, today),
        unfiled=own.only(service.diary.unfiled_per_citizen(today), _citizen_of),
        deletions=[c for c in own.only(service.records.closed_cases(), _citizen_of)
                   if c.deletion_date <= today + dt.timedelta(days=DELETION_HORIZON_DAYS)],
        deadlines=follow_up_due(own.only(deadlines, _citizen_of), today),
        handovers=[service.team.handover_state(c) for c in service.team.handovers_waiting()],
        purged_notes=service.records.purged_unfiled_notes(),
    )


@dataclass(frozen=True)
class Own:
    """The citizens I dag lists: in a team the user's own, outside one (`ids` None) all."""

    ids: frozenset[int] | None

    def only(self, rows: Iterable[T], citizen_of: Callable[[T], int | None]) -> list[T]:
        """The rows about one's own citizens; a row about no citizen is one's own."""
        if self.ids is None:
            return list(rows)
        ids = self.ids
        return [r for r in rows if (c := citizen_of(r)) is None or c in ids]


def _citizen_of(row: Any) -> int | None:
    return row.citizen_id


def follow_up_due(deadlines: Sequence[Deadline], today: dt.date) -> list[Deadline]:
    """The efforts and documents due within the horizon (or overdue), in the list's order."""
    last = today + dt.timedelta(days=DEADLINE_HORIZON_DAYS)
    return [d for d in deadlines if d.kind in FOLLOW_UP_KINDS and d.on <= last]


def summaries_due(
    service: CaseService, caseload: Sequence[CitizenSummary], today: dt.date
) -> list[tuple[int, list[dt.date]]]:
    """Active citizens with completed months not yet summed up (one façade call each)."""
    due = [(c.id, service.diary.months_without_summary(c.id, today))
           for c in caseload if c.status == CitizenStatus.ACTIVE]
    return [(citizen_id, months) for citizen_id, months in due if months]
