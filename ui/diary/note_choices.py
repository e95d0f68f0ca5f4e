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
from caseapp.errors import InvalidInput
from caseapp.planning.notes_owed import occurrence_on
from caseapp.planning.recurrence import Occurrence, expand
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


def occurrence_choices(appointments: Iterable[Appointment], selected: int | None,
                       selected_date: dt.date | None, now: dt.datetime) -> list[Occurrence]:
    """What a note may be about: single appointments and occurrences of series from the recent
    past up to tomorrow, not cancelled, newest first; the selected one always (for a series,
    its occurrence on selected_date)."""
    rows = list(appointments)
    earliest = now - dt.timedelta(days=APPOINTMENT_DAYS_BACK)
    latest = now + dt.timedelta(days=1)
    try:
        found = expand(rows, earliest, latest)
    except InvalidInput:  # a broken rule in old data: offer the single appointments only
        log.warning("a recurrence rule could not be expanded; offering single appointments")
        found = expand([a for a in rows if not a.rrule.strip()], earliest, latest)
    choices = [o for o in found if o.status != AppointmentStatus.CANCELLED
               or _is_selected(o, selected, selected_date)]
    if selected is not None and not any(_is_selected(o, selected, selected_date) for o in choices):
        choices.extend(_selected_occurrence(rows, selected, selected_date))
    choices.sort(key=lambda o: o.start, reverse=True)
    return choices


def _is_selected(o: Occurrence, selected: int | None, day: dt.date | None) -> bool:
    if o.appointment_id != selected:
        return False
    return not o.is_series_slot or day is None or o.start.date() == day


def _selected_occurrence(rows: list[Appointment], selected: int,
                         day: dt.date | None) -> list[Occurrence]:
    row = next((a for a in rows if a.id == selected), None)
    if row is None:
        return []
    if not row.rrule.strip():
        return expand([row], row.start, row.end)
    found = occurrence_on(row, day) if day is not None else None
    return [found] if found else []


def note_time_for(appointment: Appointment | None, day: dt.date | None) -> dt.datetime | None:
    """When a note about the appointment happened: its start, or its occurrence's on `day`."""
    if appointment is None:
        return None
    if appointment.rrule.strip() and day is not None:
        found = occurrence_on(appointment, day)
        if found is not None:
            return found.start
    return appointment.start


def find_appointment(service: CaseService, citizen_id: int,
                     appointment_id: int | None) -> Appointment | None:
    if appointment_id is None:
        return None
    # The façade has no appointment-by-id yet; the citizen's list holds it.
    return next((a for a in service.calendar.citizen_appointments(citizen_id)
                 if a.id == appointment_id), None)


def _is_active_subgoal(goal: Goal) -> bool:
    return goal.level == GoalLevel.SUB and goal.status == GoalStatus.ACTIVE and not goal.archived
