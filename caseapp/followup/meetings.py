"""Meetings with several people around the citizen: planned as an appointment in the week,
agenda from a template, minutes written during or after, decisions that become actions in the
plan and deadlines with a named owner, and minutes only for those the consents allow."""

from __future__ import annotations

import dataclasses
import datetime as dt

import sqlite_utils

from caseapp.domain.enums import (
    ActionOwner,
    AppointmentKind,
    GoalLevel,
    MeetingKind,
    ParticipantKind,
)
from caseapp.domain.meetings import (
    Decision,
    Meeting,
    Participant,
    agenda_from_template,
    check_decision,
    check_meeting,
    minutes_recipients,
)
from caseapp.domain.models import Action, Appointment
from caseapp.domain.validation import MAX_GOAL_TEXT, MAX_LINE, MAX_TEXT, limit_text, require_text
from caseapp.errors import InvalidInput
from caseapp.followup.case_checks import require_contact_of, require_goal_of, require_open_case
from caseapp.storage import appointments, changes, citizens, goals
from caseapp.storage import meetings as store

_APPOINTMENT_KIND = {
    MeetingKind.NETWORK: AppointmentKind.NETWORK_MEETING,
    MeetingKind.OPEN_DIALOGUE: AppointmentKind.NETWORK_MEETING,
    MeetingKind.STATUS: AppointmentKind.STATUS_MEETING,
}
_ACTION_OWNER = {
    ParticipantKind.CITIZEN: ActionOwner.CITIZEN,
    ParticipantKind.NETWORK: ActionOwner.OTHER,
    ParticipantKind.COLLEAGUE: ActionOwner.CASEWORKER,
}


class Meetings:
    """The feature service for meetings (`CaseService.meetings`)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def of_citizen(self, citizen_id: int) -> list[Meeting]:
        return store.of_citizen(self.db, citizen_id)

    def get(self, meeting_id: int) -> Meeting:
        return store.get(self.db, meeting_id)

    def of_appointment(self, appointment_id: int) -> Meeting | None:
        """The meeting an appointment in the week stands for; None for any other appointment."""
        return store.of_appointment(self.db, appointment_id)

    def add(self, meeting: Meeting, title: str = "", language: str = "da") -> int:
        """Store a new meeting and its appointment. The citizen is always a participant; the
        agenda starts from the kind's template (in `language`) when none is given."""
        clean = self._cleaned(meeting, language)
        with changes.change(self.db, "create", "meeting") as touched:
            require_open_case(self.db, clean.citizen_id)
            for p in clean.participants:
                if p.kind == ParticipantKind.NETWORK:
                    require_contact_of(self.db, p.contact_id, clean.citizen_id)
            appointment_id = appointments.insert(self.db, Appointment(
                kind=_APPOINTMENT_KIND[clean.kind], start=clean.starts_at, end=clean.ends_at,
                title=limit_text(title.strip(), "Titlen", MAX_LINE), citizen_id=clean.citizen_id,
                place_text=clean.place))
            touched.append(store.insert(self.db, dataclasses.replace(clean, appointment_id=appointment_id)))
        return touched[0]

    def write_minutes(self, meeting_id: int, minutes: dict[int, str], done_on: dt.date | None) -> Meeting:
        """Save the minutes of each agenda item (by item id); `done_on` says they are finished."""
        meeting = self._open(meeting_id)
        known = {item.id for item in meeting.agenda}
        if set(minutes) - known:
            raise InvalidInput("Et dagsordenspunkt hører ikke til mødet.")
        texts = {item_id: limit_text(text.strip(), "Referatet", MAX_TEXT) for item_id, text in minutes.items()}
        with changes.change(self.db, "minutes", "meeting") as touched:
            store.set_minutes(self.db, meeting_id, texts, done_on)
            touched.append(meeting_id)
        return self.get(meeting_id)

    def add_decision(self, meeting_id: int, decision: Decision) -> Meeting:
        """Record what was agreed; with a sub-goal it also becomes an action in the plan."""
        meeting = self._open(meeting_id)
        clean = dataclasses.replace(
            decision, what=require_text(decision.what, "Aftalen", MAX_GOAL_TEXT),
            owner=self._owner(meeting, decision.owner), action_id=None, done_on=None)
        check_decision(clean, meeting)
        with changes.change(self.db, "decide", "meeting") as touched:
            if clean.goal_id is not None:
                clean = dataclasses.replace(clean, action_id=self._action_for(meeting, clean))
            store.insert_decision(self.db, meeting_id, clean)
            touched.append(meeting_id)
        return self.get(meeting_id)

    def set_decision_done(self, decision_id: int, on: dt.date | None) -> Meeting:
        meeting_id = store.meeting_of_decision(self.db, decision_id)
        self._open(meeting_id)
        with changes.change(self.db, "decision_done", "meeting") as touched:
            store.set_decision_done(self.db, decision_id, on)
            touched.append(meeting_id)
        return self.get(meeting_id)

    def recipients(self, meeting_id: int, on: dt.date) -> list[Participant]:
        """Who may receive the minutes on `on` (the citizen; others as the consents allow)."""
        meeting = self.get(meeting_id)
        return minutes_recipients(meeting, citizens.consents(self.db, meeting.citizen_id), on)

    def _cleaned(self, meeting: Meeting, language: str) -> Meeting:
        others = [p for p in meeting.participants if p.kind != ParticipantKind.CITIZEN]
        citizen_leads = any(p.coordinator for p in meeting.participants if p.kind == ParticipantKind.CITIZEN)
        people = (Participant(ParticipantKind.CITIZEN, coordinator=citizen_leads),
                  *(self._cleaned_participant(p) for p in others))
        kind = MeetingKind(meeting.kind)
        clean = dataclasses.replace(
            meeting, kind=kind, place=limit_text(meeting.place.strip(), "Stedet", MAX_LINE), participants=people,
            agenda=meeting.agenda or agenda_from_template(kind, language), decisions=(),
            minutes_done_on=None)
        check_meeting(clean)
        return clean

    @staticmethod
    def _cleaned_participant(p: Participant) -> Participant:
        if p.kind == ParticipantKind.NETWORK:
            if p.contact_id is None:
                raise InvalidInput("En deltager fra netværket skal være en af borgerens kontakter.")
            return dataclasses.replace(p, name="")
        return dataclasses.replace(p, name=require_text(p.name, "Kollegaens navn", MAX_LINE))

    def _open(self, meeting_id: int) -> Meeting:
        meeting = store.get(self.db, meeting_id)
        require_open_case(self.db, meeting.citizen_id)
        return meeting

    @staticmethod
    def _owner(meeting: Meeting, owner: str) -> str:
        wanted = owner.strip().casefold()
        if not any(p.name.casefold() == wanted for p in meeting.participants):
            raise InvalidInput("Den ansvarlige for en aftale skal være en af mødets deltagere.")
        return owner.strip()

    def _action_for(self, meeting: Meeting, decision: Decision) -> int:
        assert decision.goal_id is not None
        require_goal_of(self.db, decision.goal_id, meeting.citizen_id)
        if goals.get(self.db, decision.goal_id).level != GoalLevel.SUB:
            raise InvalidInput("En aftale kan kun blive til en handling under et delmål.")
        owner = next(p for p in meeting.participants if p.name.casefold() == decision.owner.casefold())
        return goals.insert_action(self.db, Action(
            goal_id=decision.goal_id, what=decision.what, who=_ACTION_OWNER[owner.kind],
            due=decision.due_on))
