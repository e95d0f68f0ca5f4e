"""What a note may be linked to: the citizen's active sub-goals (plus any already linked) and
the appointments of the last APPOINTMENT_DAYS_BACK days; and the note kind an appointment
suggests. Plain functions over core dataclasses, no widgets."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence

from caseapp.domain.enums import (
    AppointmentKind,
    AppointmentStatus,
    GoalLevel,
    GoalStatus,
    NoteKind,
)
from caseapp.domain.models import Appointment, Goal
from caseapp.service import CaseService

log = logging.getLogger(__name__)

APPOINTMENT_DAYS_BACK = 60

_KIND_OF_APPOINTMENT = {
    AppointmentKind.CONVERSATION: NoteKind.CONVERSATION,
    AppointmentKind.HOME_VISIT: NoteKind.HOME_VISIT,
    AppointmentKind.NETWORK_MEETING: NoteKind.NETWORK_MEETING,
    AppointmentKind.PHONE: NoteKind.PHONE,
    AppointmentKind.STATUS_MEETING: NoteKind.CONVERSATION,
}


def note_kind_for(appointment: Appointment | None) -> NoteKind:
    if appointment is None:
        return NoteKind.OBSERVATION
    return _KIND_OF_APPOINTMENT.get(appointment.kind, NoteKind.OBSERVATION)


def goal_choices(goals: Iterable[Goal], linked_ids: Sequence[int]) -> list[Goal]:
    """The active sub-goals, then the goals the note is linked to that are no longer active."""
    goals = list(goals)
    active = [g for g in goals if _is_active_subgoal(g)]
    linked = [g for g in goals if g.id in linked_ids and not _is_active_subgoal(g)]
    return active + linked


def appointment_choices(appointments: Iterable[Appointment], selected: int | None,
                        now: dt.datetime) -> list[Appointment]:
    """Single appointments from the recent past up to tomorrow, not cancelled, newest first;
    the selected one always."""
    earliest = now - dt.timedelta(days=APPOINTMENT_DAYS_BACK)
    latest = now + dt.timedelta(days=1)
    choices = [
        a for a in appointments
        if a.id == selected or (not a.rrule and earliest <= a.start <= latest
                                and a.status != AppointmentStatus.CANCELLED)
    ]
    choices.sort(key=lambda a: a.start, reverse=True)
    return choices


def find_appointment(service: CaseService, citizen_id: int,
                     appointment_id: int | None) -> Appointment | None:
    if appointment_id is None:
        return None
    # The façade has no appointment-by-id yet; the citizen's list holds it.
    return next((a for a in service.citizen_appointments(citizen_id)
                 if a.id == appointment_id), None)


def _is_active_subgoal(goal: Goal) -> bool:
    return goal.level == GoalLevel.SUB and goal.status == GoalStatus.ACTIVE and not goal.archived
