"""Meetings with several people around the citizen: network meetings, open dialogue, status
meetings (seed 003 l.1010-1028, seed 004 l.1698-1704: "hvem er tovholderen ... hvem gør hvad").

Pure rules only: who sits at the table, the agenda each kind starts from, what was agreed and by
whom, and who may receive the minutes. A meeting is also an appointment in the week; storage is
in `storage/meetings.py`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from caseapp.domain.enums import ConsentTopic, MeetingKind, ParticipantKind
from caseapp.domain.models import Consent
from caseapp.errors import InvalidInput

AGENDA_TEMPLATES: dict[MeetingKind, tuple[str, ...]] = {
    MeetingKind.NETWORK: (
        "Velkommen og formålet med mødet",
        "Hvordan går det? Borgerens egne ord",
        "Status på mål og delmål",
        "Hvem gør hvad, og hvem er tovholder",
        "Aftaler og næste møde",
    ),
    MeetingKind.OPEN_DIALOGUE: (
        "Hvad vil borgeren gerne tale om i dag?",
        "Hvad ser netværket?",
        "Hvad er vi enige om, og hvad er vi uenige om?",
        "Næste skridt og næste møde",
    ),
    MeetingKind.STATUS: (
        "Siden sidst",
        "Indsatser og bevillinger: forløb og frister",
        "Status på mål og delmål",
        "Skal noget forlænges, ændres eller afsluttes?",
        "Aftaler",
    ),
}
# The same agendas for a desktop shown in English (the agenda is the user's text once stored).
AGENDA_TEMPLATES_EN: dict[MeetingKind, tuple[str, ...]] = {
    MeetingKind.NETWORK: (
        "Welcome and the purpose of the meeting",
        "How are things? The citizen's own words",
        "Goals and sub-goals: where are we",
        "Who does what, and who coordinates",
        "Agreements and the next meeting",
    ),
    MeetingKind.OPEN_DIALOGUE: (
        "What would the citizen like to talk about today?",
        "What does the network see?",
        "What do we agree on, and what not?",
        "Next steps and the next meeting",
    ),
    MeetingKind.STATUS: (
        "Since last time",
        "Efforts and grants: progress and deadlines",
        "Goals and sub-goals: where are we",
        "Should anything be extended, changed or ended?",
        "Agreements",
    ),
}
MINUTES_DAYS = 5  # working time to finish the minutes after a meeting, before it counts as due
PREPARE_DAYS = 3  # a meeting shows in Frister this many days before it, to be prepared


@dataclass(frozen=True, slots=True)
class Participant:
    kind: ParticipantKind
    name: str = ""  # a colleague's name; a network contact's and the citizen's come from their rows
    contact_id: int | None = None  # for a network contact
    role: str = ""  # filled in when read: the contact's role, "Borger", or the colleague's team role
    coordinator: bool = False  # tovholder
    id: int | None = None


@dataclass(frozen=True, slots=True)
class AgendaItem:
    heading: str
    minutes: str = ""
    position: int = 0
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    """Something agreed at the meeting: what, who owns it, by when. With a sub-goal it is also
    an action in the citizen's plan."""

    what: str
    owner: str  # a participant's name, as the minutes print it
    due_on: dt.date | None = None
    goal_id: int | None = None
    action_id: int | None = None
    done_on: dt.date | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Meeting:
    citizen_id: int
    kind: MeetingKind
    starts_at: dt.datetime
    ends_at: dt.datetime
    place: str = ""
    appointment_id: int | None = None  # the meeting in the week view
    minutes_done_on: dt.date | None = None
    participants: tuple[Participant, ...] = field(default_factory=tuple)
    agenda: tuple[AgendaItem, ...] = field(default_factory=tuple)
    decisions: tuple[Decision, ...] = field(default_factory=tuple)
    id: int | None = None

    @property
    def coordinator(self) -> Participant | None:
        return next((p for p in self.participants if p.coordinator), None)

    def held(self, today: dt.date) -> bool:
        return self.starts_at.date() <= today


def agenda_from_template(kind: MeetingKind, language: str = "da") -> tuple[AgendaItem, ...]:
    """The kind's agenda in Danish, or in English for `language` "en"."""
    headings = (AGENDA_TEMPLATES_EN if language == "en" else AGENDA_TEMPLATES)[kind]
    return tuple(AgendaItem(heading, position=i) for i, heading in enumerate(headings))


def check_meeting(meeting: Meeting) -> None:
    """One sentence for the first thing wrong with a meeting before it is stored."""
    if meeting.ends_at <= meeting.starts_at:
        raise InvalidInput("Mødet skal slutte efter det begynder.")
    if meeting.ends_at - meeting.starts_at > dt.timedelta(hours=8):
        raise InvalidInput("Et møde kan højst vare 8 timer.")
    if sum(p.coordinator for p in meeting.participants) > 1:
        raise InvalidInput("Et møde har én tovholder.")


def check_decision(decision: Decision, meeting: Meeting) -> None:
    if decision.due_on is not None and decision.due_on < meeting.starts_at.date():
        raise InvalidInput("Fristen for en aftale kan ikke ligge før mødet.")


def consent_allows(consent: Consent, contact_id: int, topic: ConsentTopic, on: dt.date) -> bool:
    """A consent lets the user share `topic` with the contact only once the user has reviewed
    it (a free-text consent from before structured scopes counts for no one), while it is
    in force on `on`."""
    return (
        consent.reviewed_on is not None
        and consent.contact_id == contact_id
        and topic in consent.topics
        and consent.given_on is not None
        and consent.given_on <= on
        and (consent.withdrawn_on is None or consent.withdrawn_on > on)
    )


def minutes_recipients(meeting: Meeting, consents: list[Consent], on: dt.date) -> list[Participant]:
    """Who may receive the minutes: the citizen always, network participants whose reviewed
    consent covers minutes, and colleagues (they are bound by the same confidentiality)."""
    out = []
    for p in meeting.participants:
        if p.kind == ParticipantKind.NETWORK:
            if p.contact_id is None or not any(
                consent_allows(c, p.contact_id, ConsentTopic.MINUTES, on) for c in consents
            ):
                continue
        out.append(p)
    return out
