"""Frozen dataclasses for everything the app keeps. Ids are None until stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# The caseload's row has a module of its own, which `caseapp citizens` imports without the other
# records here; it is named here too, beside them, for everyone else.
from caseapp.domain.caseload import CitizenSummary as CitizenSummary
from caseapp.domain.enums import (
    ActionOwner,
    Ambition,
    AppointmentKind,
    AppointmentStatus,
    CitizenStatus,
    ConsentForm,
    ConsentTopic,
    GoalLevel,
    GoalSource,
    GoalStatus,
    NoteKind,
    Phase,
    Place,
    RatingScale,
    RecordState,
    StatusState,
    TimeOfDay,
)


@dataclass(frozen=True, slots=True)
class Citizen:
    name: str
    cpr: str | None = None
    case_type: str = ""
    legal_basis: str = ""
    status: CitizenStatus = CitizenStatus.ACTIVE
    is_child: bool = False
    contact_cadence_days: int = 14
    status_cadence_months: int | None = None
    preferred_place: Place = Place.JOBCENTER
    preferred_time: TimeOfDay = TimeOfDay.ANY
    max_activities_per_day: int = 1
    phone: str = ""
    responsible: str = ""
    own_words: str = ""
    where_now: str = ""
    next_step: str = ""
    barriers: str = ""
    id: int | None = None

    @property
    def initials(self) -> str:
        return "".join(part[0] for part in self.name.split() if part[:1].isalpha()).upper()

    @property
    def effective_status_cadence_months(self) -> int:
        """A status description is due yearly, twice a year for children, unless overridden."""
        if self.status_cadence_months:
            return self.status_cadence_months
        return 6 if self.is_child else 12


@dataclass(frozen=True, slots=True)
class NetworkContact:
    citizen_id: int
    name: str
    role: str = ""
    organisation: str = ""
    phone: str = ""
    phone_verified: bool = False
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Consent:
    citizen_id: int
    party: str
    scope: str
    form: ConsentForm = ConsentForm.WRITTEN
    given_on: dt.date | None = None
    withdrawn_on: dt.date | None = None
    # The structured scope (domain/consent_scope.py): which network contact may receive what.
    # A consent written as free text before scopes existed has a proposal until the user
    # reviews it (`reviewed_on`); until then it lets nothing be shared.
    contact_id: int | None = None
    topics: tuple[ConsentTopic, ...] = ()
    reviewed_on: dt.date | None = None
    id: int | None = None

    @property
    def is_active(self) -> bool:
        return self.given_on is not None and self.withdrawn_on is None


@dataclass(frozen=True, slots=True)
class Goal:
    """One node of the goal tree: long-term goal -> effort goals -> sub-goals."""

    citizen_id: int
    level: GoalLevel
    text: str
    parent_id: int | None = None
    source: GoalSource = GoalSource.CITIZEN
    ambition: Ambition | None = None
    life_domain: str = ""
    indicator: str = ""
    deadline: dt.date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    phase: Phase = Phase.NOW
    position: int = 0
    archived: bool = False
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Action:
    """Who does what by when, towards one sub-goal."""

    goal_id: int
    what: str
    who: ActionOwner = ActionOwner.CITIZEN
    due: dt.date | None = None
    done_on: dt.date | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Rating:
    goal_id: int
    scale: RatingScale
    value: int
    rated_on: dt.date
    rater: str = ""
    comment: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Appointment:
    kind: AppointmentKind
    start: dt.datetime
    end: dt.datetime
    title: str = ""
    citizen_id: int | None = None
    place: Place = Place.JOBCENTER
    preparation_minutes: int = 0
    rrule: str = ""
    exdates: tuple[dt.datetime, ...] = ()
    series_id: int | None = None
    original_start: dt.datetime | None = None
    status: AppointmentStatus = AppointmentStatus.PLANNED
    status_reason: str = ""
    place_text: str = ""  # the place as the user wrote it ("Mødelokale 2"), next to `place`
    description: str = ""
    all_day: bool = False  # whole days from start to end (both at midnight)
    categories: tuple[str, ...] = ()
    attendee_count: int = 0  # people invited in the calendar it came from; never their names
    has_organiser: bool = False
    ics_uid: str | None = None  # the iCalendar UID it was imported with
    ics_source: str | None = None  # the calendar it was imported from (X-WR-CALNAME or PRODID)
    ics_sequence: int = 0
    ics_last_modified: dt.datetime | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class DiaryNote:
    citizen_id: int
    kind: NoteKind
    occurred_at: dt.datetime
    text: str
    author: str = ""
    goal_ids: tuple[int, ...] = ()
    appointment_id: int | None = None
    state: RecordState = RecordState.DRAFT
    signed_at: dt.datetime | None = None
    corrects_id: int | None = None
    entered_official_on: dt.date | None = None
    created_at: dt.datetime | None = None
    id: int | None = None
    # With appointment_id a recurring series: the date of the occurrence the note is about.
    occurrence_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class GoalEvaluation:
    goal_id: int
    evaluation: str = ""


@dataclass(frozen=True, slots=True)
class StatusDescription:
    citizen_id: int
    period_start: dt.date
    period_end: dt.date
    overall: str = ""
    citizen_view: str = ""
    next_steps: str = ""
    gone_through_on: dt.date | None = None
    state: StatusState = StatusState.DRAFT
    author: str = ""
    evaluations: tuple[GoalEvaluation, ...] = ()
    finalised_at: dt.datetime | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class RetentionSettings:
    """How long this database keeps what it no longer needs: a closed case (days after closing),
    the access log (months), and in a team this device's own sent changes after the server
    confirmed them (days; sent again if the server loses them)."""

    retention_days: int = 90
    log_months: int = 6
    own_log_days: int = 30


@dataclass(frozen=True, slots=True)
class UnfiledCount:
    """One citizen's signed notes not yet entered in the official system past the deadline."""

    citizen_id: int
    count: int
    oldest_signed: dt.datetime


@dataclass(frozen=True, slots=True)
class CaseClosing:
    """A closed case and when its workbench copy is to be deleted: the closing date plus the
    citizen's own retention period, or the database's."""

    citizen_id: int
    closed_on: dt.date
    reason: str
    retention_days: int
    retention_reason: str = ""  # why this citizen's period differs from the database's

    @property
    def deletion_date(self) -> dt.date:
        return self.closed_on + dt.timedelta(days=self.retention_days)


@dataclass(frozen=True, slots=True)
class PurgeReceipt:
    """What a purge removed: the case reference, dates, counts by kind, who and when; never a
    name or a CPR number."""

    case_ref: str
    closed_on: dt.date | None
    counts: dict[str, int]
    user: str
    purged_at: dt.datetime


@dataclass(frozen=True, slots=True)
class PurgedNote:
    """A signed note written here about a citizen the team purged before the note was filed in
    the fagsystem ("Ikke ført – borger slettet"): its text and the case reference, never the
    citizen's name or CPR number."""

    id: int
    case_ref: str
    kind: str
    author: str
    occurred_at: dt.datetime
    signed_at: dt.datetime | None
    text: str
    purged_at: dt.datetime


@dataclass(frozen=True, slots=True)
class AccessRow:
    """One row of the access log: when, who (name and device), what, about whom; a detail such
    as the search term, never the data itself; the hash chaining it to the row before."""

    id: int
    at: dt.datetime
    user: str
    device: str
    action: str
    citizen_id: int | None
    detail: str
    prev: str
    hash: str


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """What was done to which record, and when. Never any personal text."""

    at: dt.datetime
    action: str
    entity: str
    entity_id: int
    id: int | None = None


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # "citizen", "goal" or "note"
    id: int
    citizen_id: int
    citizen_name: str
    snippet: str  # matched words wrapped in [ and ]
    occurred: str = ""


@dataclass(frozen=True, slots=True)
class Profile:
    """The one person who uses this install."""

    name: str = ""
    role: str = "caseworker"
    unit: str = ""
    lock_minutes: int = 5
    default_cadence_days: int = 14
    max_active_subgoals: int = 2
    work_start: str = "08:00"
    work_end: str = "16:00"
    provider_call_weeks: int = 2  # plan-my-week calls an effort's provider this long before its end
    language: str = "da"
    drafts_offered: int = 0
    """How many unsigned drafts there were at the last start: the start-up question about them
    comes again only when there are more (a count, never a note's text)."""
    extra: dict[str, str] = field(default_factory=dict)


# What a write changed, as the views need it to know whether to read again.
CHANGE_KINDS = frozenset({"citizens", "goals", "notes", "appointments", "statuses", "followup"})


@dataclass(frozen=True, slots=True)
class DataChange:
    """The kinds of record that changed and the citizens they belong to; `citizens` None means
    "not known" (a deleted row, a write that left no trace of whose it was): any citizen."""

    kinds: frozenset[str] = CHANGE_KINDS
    citizens: frozenset[int] | None = None

    def touches(self, kinds: str | set[str] | frozenset[str], citizen_id: int | None = None) -> bool:
        wanted = {kinds} if isinstance(kinds, str) else set(kinds)
        if not wanted & self.kinds:
            return False
        return citizen_id is None or self.citizens is None or citizen_id in self.citizens

    @classmethod
    def everything(cls) -> DataChange:
        return cls()

    @property
    def empty(self) -> bool:
        return not self.kinds


@dataclass(frozen=True, slots=True)
class UnsignedDrafts:
    """Every draft not yet signed or made final: the one count I dag and the start-up question
    both say."""

    notes: tuple[DiaryNote, ...] = ()
    statuses: tuple[StatusDescription, ...] = ()

    @property
    def count(self) -> int:
        return len(self.notes) + len(self.statuses)
