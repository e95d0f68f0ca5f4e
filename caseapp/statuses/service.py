"""The feature service for status descriptions (`CaseService.statuses`): the outline the
status editor starts from and the period a new description covers."""

from __future__ import annotations

import datetime as dt

import sqlite_utils

from caseapp.statuses import prefill
from caseapp.statuses.prefill import StatusOutline


class Statuses:
    """Status descriptions of one database (`CaseService.statuses`)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def default_period(self, citizen_id: int, today: dt.date) -> tuple[dt.date, dt.date]:
        """The period a new description covers: from the last one's end (or the start) to today."""
        return prefill.default_period(self._db, citizen_id, today)

    def new_outline(self, citizen_id: int, start: dt.date, end: dt.date,
                    today: dt.date) -> StatusOutline:
        """A new draft pre-filled from the plan and the monthly summaries of the period."""
        return prefill.new_outline(self._db, citizen_id, start, end, today)

    def stored_outline(self, status_id: int, today: dt.date) -> StatusOutline:
        """A stored description as the editor shows it."""
        return prefill.stored_outline(self._db, status_id, today)

    def copy_outline(self, status_id: int, today: dt.date) -> StatusOutline:
        """A new draft that starts as a copy of a stored description."""
        return prefill.copy_outline(self._db, status_id, today)
