"""Follow-up records around a citizen: efforts and grants with their dates, documents requested
from others and chased, and the deadlines both give (seed 002 l.1498-1505, l.4570-4574).

Pure rules only: what makes an effort or a request consistent, which dates it owes, and the
next thing to do about each. Storage is in `storage/efforts.py` and `storage/documents.py`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from caseapp.domain.enums import ChaseHow, DeadlineKind, EffortKind, EffortOutcome
from caseapp.errors import InvalidInput

REMINDERS_BEFORE_GIVING_UP = 2  # a first and a second reminder (rykker 1 and rykker 2)
DAYS_BETWEEN_REMINDERS = 7


@dataclass(frozen=True, slots=True)
class Effort:
    citizen_id: int
    title: str
    start_on: dt.date
    end_on: dt.date
    kind: EffortKind = EffortKind.OTHER
    review_on: dt.date | None = None  # when the extension is to be decided
    report_due_on: dt.date | None = None  # the next progress report due from the provider
    provider_id: int | None = None  # a network contact of the citizen
    provider_name: str = ""
    goal_ids: tuple[int, ...] = ()  # the sub-goals the effort serves
    goal_texts: tuple[str, ...] = ()  # their texts, in the same order (read, never written)
    outcome: EffortOutcome | None = None
    outcome_note: str = ""
    previous_end_on: dt.date | None = None  # before the last extension
    ended_on: dt.date | None = None
    id: int | None = None

    @property
    def running(self) -> bool:
        return self.outcome in (None, EffortOutcome.EXTENDED)

    def awaiting_decision(self, today: dt.date) -> bool:
        """Its (extended) end date has passed and no one has decided whether it goes on, ended
        or was replaced: it is not running any more, it waits for a decision."""
        return self.running and self.end_on < today


@dataclass(frozen=True, slots=True)
class DocumentChase:
    chased_on: dt.date
    how: ChaseHow
    id: int | None = None


@dataclass(frozen=True, slots=True)
class DocumentRequest:
    citizen_id: int
    title: str
    requested_from: str
    requested_on: dt.date
    due_on: dt.date
    received_on: dt.date | None = None
    given_up_on: dt.date | None = None
    chases: tuple[DocumentChase, ...] = field(default_factory=tuple)
    id: int | None = None

    @property
    def open(self) -> bool:
        return self.received_on is None and self.given_up_on is None


@dataclass(frozen=True, slots=True)
class Deadline:
    """One line of the Frister list. What to do about it is `next_action` (Danish, for the
    command line and reports); the desktop words it from the same fields in its language."""

    on: dt.date
    kind: DeadlineKind
    citizen_id: int
    citizen_name: str
    title: str  # the effort's or document's title; empty for a conversation
    counterpart: str = ""  # the provider, or whom the document was requested from
    reminder: int | None = None  # a document: the reminder to send next (None: both sent)
    record_id: int | None = None  # the effort, document request or meeting; None for a conversation

    def days_left(self, today: dt.date) -> int:
        return (self.on - today).days

    def overdue(self, today: dt.date) -> bool:
        return self.on < today

    @property
    def short_what(self) -> str:
        """A few Danish words for a narrow column (the leader's caseload sheet)."""
        if self.kind == DeadlineKind.EFFORT_ENDS:
            return f"{self.title} udløber"
        if self.kind == DeadlineKind.EFFORT_UNDECIDED:
            return f"{self.title}: afventer afgørelse"
        if self.kind == DeadlineKind.EFFORT_REVIEW:
            return f"{self.title}: forlængelse"
        if self.kind == DeadlineKind.REPORT_DUE:
            return f"{self.title}: statusrapport"
        if self.kind == DeadlineKind.DOCUMENT_DUE:
            step = f"rykker {self.reminder}" if self.reminder else "ring eller opgiv"
            return f"{self.title}: {step}"
        return "Samtale"

    @property
    def next_action(self) -> str:
        who = self.counterpart or "leverandøren"
        if self.kind == DeadlineKind.EFFORT_ENDS:
            return f"Ring til {who} og planlæg det videre forløb"
        if self.kind == DeadlineKind.EFFORT_UNDECIDED:
            return "Afgør om indsatsen forlænges, afsluttes eller erstattes"
        if self.kind == DeadlineKind.EFFORT_REVIEW:
            return "Beslut om indsatsen skal forlænges"
        if self.kind == DeadlineKind.REPORT_DUE:
            return f"Bed {who} om statusrapporten"
        if self.kind == DeadlineKind.DOCUMENT_DUE:
            if self.reminder is None:
                return f"Ring til {self.counterpart} eller opgiv"
            return f"Send rykker {self.reminder} til {self.counterpart}"
        if self.kind == DeadlineKind.MEETING_PREPARE:
            return "Forbered mødet: dagsorden og deltagere"
        if self.kind == DeadlineKind.MINUTES_DUE:
            return "Skriv referatet færdigt og send det"
        if self.kind == DeadlineKind.DECISION_DUE:
            return f"Følg op hos {self.counterpart}"
        return "Book en samtale"


def check_effort(effort: Effort) -> None:
    """One sentence for the first thing wrong with an effort's dates."""
    if effort.end_on < effort.start_on:
        raise InvalidInput("Indsatsen slutter før den begynder; ret slutdatoen.")
    if effort.review_on is not None and not effort.start_on <= effort.review_on <= effort.end_on:
        raise InvalidInput("Datoen for revurdering skal ligge inden for indsatsens periode.")
    if effort.report_due_on is not None and effort.report_due_on < effort.start_on:
        raise InvalidInput("Statusrapporten kan ikke være forfalden før indsatsen begynder.")


def check_request(request: DocumentRequest) -> None:
    if request.due_on < request.requested_on:
        raise InvalidInput("Fristen ligger før dokumentet blev bestilt; ret fristen.")


def check_extension(effort: Effort, until: dt.date) -> None:
    if until <= effort.end_on:
        raise InvalidInput(
            f"En forlængelse skal slutte efter den nuværende slutdato ({effort.end_on:%d.%m.%Y})."
        )


def next_reminder(request: DocumentRequest) -> int | None:
    """The number of the reminder to send next (1 or 2), or None once both are sent."""
    sent = len(request.chases)
    return sent + 1 if sent < REMINDERS_BEFORE_GIVING_UP else None


def next_chase_on(request: DocumentRequest) -> dt.date:
    """When the request is next to be chased: its due date, then a week after each reminder."""
    if not request.chases:
        return request.due_on
    last = max(c.chased_on for c in request.chases)
    return max(request.due_on, last + dt.timedelta(days=DAYS_BETWEEN_REMINDERS))
