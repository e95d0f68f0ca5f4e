"""The feature service for the calendar (`CaseService.calendar`): the week's proposals and
timeliness, accepting proposals, and exchanging appointments as .ics."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import sqlite_utils

from caseapp.planning import ics, loading
from caseapp.planning.ics_import import ImportReport
from caseapp.planning.timeliness import Timeliness
from caseapp.planning.week_planner import Proposal, WeekPlan


class Calendar:
    """Appointments and the week of one database (`CaseService.calendar`)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

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

    def export_range(self, first_day: dt.date, last_day: dt.date, with_names: bool = False) -> bytes:
        """The .ics of every appointment from `first_day` to `last_day`, both included."""
        return ics.export_range(self._db, first_day, last_day, with_names=with_names)

    def import_ics(self, data: bytes) -> ImportReport:
        """Every event of the file in one transaction, or nothing."""
        return ics.import_ics(self._db, data)
