"""The feature service for the calendar (`CaseService.calendar`): appointments and their
occurrences, the notes owed after them, the week's proposals and timeliness, and exchanging
appointments as .ics."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

import sqlite_utils

from caseapp.domain.models import Appointment
from caseapp.errors import InvalidInput
from caseapp.planning import loading
from caseapp.planning.notes_owed import notes_owed
from caseapp.planning.recurrence import Occurrence, expand
from caseapp.planning.saving import clean_appointment
from caseapp.planning.timeliness import Timeliness
from caseapp.planning.week_planner import Proposal, WeekPlan
from caseapp.storage import appointments, changes

if TYPE_CHECKING:
    from caseapp.planning.ics_import import ImportReport


class Calendar:
    """Appointments and the week of one database (`CaseService.calendar`)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    # -- appointments --------------------------------------------------------------------------

    def appointments_between(self, start: dt.datetime, end: dt.datetime) -> list[Appointment]:
        return appointments.between(self._db, start, end)

    def citizen_appointments(self, citizen_id: int) -> list[Appointment]:
        return appointments.for_citizen(self._db, citizen_id)

    def occurrences_between(self, start: dt.datetime, end: dt.datetime) -> list[Occurrence]:
        """Every occurrence overlapping [start, end): series expanded, exceptions applied."""
        return expand(appointments.between(self._db, start, end), start, end)

    def notes_owed(self, since: dt.datetime, now: dt.datetime | None = None) -> list[Occurrence]:
        """Passed appointments with a citizen that no diary note is written for yet, each
        held occurrence of a recurring series by its own date."""
        return notes_owed(self._db, since, now or dt.datetime.now())

    def appointment(self, appointment_id: int) -> Appointment:
        return appointments.get(self._db, appointment_id)

    def add_appointment(self, appointment: Appointment) -> int:
        clean = clean_appointment(self._db, appointment)
        with changes.change(self._db, "create", "appointment") as touched:
            touched.append(appointments.insert(self._db, clean))
        return touched[0]

    def update_appointment(self, appointment: Appointment) -> None:
        clean = clean_appointment(self._db, appointment)
        with changes.change(self._db, "update", "appointment") as touched:
            appointments.update(self._db, clean)
            touched.append(clean.id or 0)

    def delete_appointment(self, appointment_id: int) -> None:
        """Delete an appointment (a series with its moved occurrences). Refused while a diary
        note is linked to it: the note's context must not disappear."""
        self.appointment(appointment_id)
        ids = appointments.with_occurrences(self._db, appointment_id)
        if appointments.linked_note_count(self._db, ids):
            raise InvalidInput("Aftalen har et dagbogsnotat knyttet til sig og kan ikke slettes; "
                               "markér den som aflyst i stedet.")
        if appointments.linked_meeting_count(self._db, ids):
            raise InvalidInput("Aftalen er et møde med deltagere og referat og kan ikke slettes; "
                               "markér den som aflyst i stedet.")
        with changes.change(self._db, "delete", "appointment") as touched:
            appointments.delete(self._db, ids)
            touched.extend(ids)

    # -- the week ------------------------------------------------------------------------------

    def plan_week_for(self, week_start: dt.date, now: dt.datetime | None = None,
                      **setting_changes: object) -> WeekPlan:
        """Proposals for the week holding `week_start`; nothing before `now` is proposed."""
        return loading.plan_week_for(self._db, week_start, now, **setting_changes)

    def timeliness_for(self, on: dt.date) -> Timeliness:
        """Who is overdue, who is due this week and what must be booked, seen from `on`."""
        return loading.timeliness_for(self._db, on)

    def accept_proposals(self, proposals: Iterable[Proposal]) -> list[int]:
        """Store the proposals the user accepted, in one transaction; their new ids."""
        return loading.accept_proposals(self._db, proposals)

    # -- .ics (icalendar loads only when a file is read; CaseService.export_calendar writes) ---

    def import_ics(self, data: bytes, keep_citizens: bool = False) -> ImportReport:
        """Every event of the file in one transaction, or nothing. With `keep_citizens`
        (`caseapp calendar import --keep-citizens`) events caseapp exported stay linked to
        their citizen."""
        from caseapp.planning import ics

        return ics.import_ics(self._db, data, keep_citizens=keep_citizens)
