"""The feature service for status descriptions (`CaseService.statuses`): the stored
descriptions, saving a draft and making it final, the outline the status editor starts from
and the period a new description covers."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

import sqlite_utils

from caseapp.domain.enums import StatusState
from caseapp.domain.models import StatusDescription
from caseapp.errors import InvalidInput, RecordLocked
from caseapp.storage import changes
from caseapp.storage import citizens as citizen_store
from caseapp.storage import statuses as store

if TYPE_CHECKING:
    from caseapp.statuses.prefill import StatusOutline


class Statuses:
    """Status descriptions of one database (`CaseService.statuses`). The outlines load the
    status PDF's data module (reportlab) on first use, not when the service is made."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    # -- the stored descriptions ----------------------------------------------------------------

    def status_descriptions(self, citizen_id: int) -> list[StatusDescription]:
        return store.for_citizen(self._db, citizen_id)

    def status_description(self, status_id: int) -> StatusDescription:
        return store.get(self._db, status_id)

    def draft_statuses(self) -> list[StatusDescription]:
        return store.drafts(self._db)

    def save_status_draft(self, status: StatusDescription) -> int:
        citizen_store.get(self._db, status.citizen_id)
        if status.period_end < status.period_start:
            raise InvalidInput("Perioden skal slutte efter den begynder.")
        if status.id is not None and self.status_description(status.id).state == StatusState.FINAL:
            raise RecordLocked("Statusbeskrivelsen er endelig; lav en ny i stedet.")
        with changes.change(self._db, "update" if status.id else "create", "status") as touched:
            if status.id is None:
                touched.append(store.insert(self._db, status))
            else:
                store.update_draft(self._db, status)
                touched.append(status.id)
        return touched[0]

    def finalise_status(self, status_id: int, at: dt.datetime | None = None) -> None:
        current = self.status_description(status_id)
        if current.state == StatusState.FINAL:
            raise RecordLocked("Statusbeskrivelsen er allerede endelig.")
        final = dataclasses.replace(
            current, state=StatusState.FINAL, finalised_at=at or dt.datetime.now()
        )
        with changes.change(self._db, "finalise", "status") as touched:
            store.update_draft(self._db, final)
            touched.append(status_id)

    # -- the editor's outlines (statuses/prefill.py) --------------------------------------------

    def default_period(self, citizen_id: int, today: dt.date) -> tuple[dt.date, dt.date]:
        """The period a new description covers: from the last one's end (or the start) to today."""
        from caseapp.statuses import prefill

        return prefill.default_period(self._db, citizen_id, today)

    def new_outline(self, citizen_id: int, start: dt.date, end: dt.date,
                    today: dt.date) -> StatusOutline:
        """A new draft pre-filled from the plan and the monthly summaries of the period."""
        from caseapp.statuses import prefill

        return prefill.new_outline(self._db, citizen_id, start, end, today)

    def stored_outline(self, status_id: int, today: dt.date) -> StatusOutline:
        """A stored description as the editor shows it."""
        from caseapp.statuses import prefill

        return prefill.stored_outline(self._db, status_id, today)

    def copy_outline(self, status_id: int, today: dt.date) -> StatusOutline:
        """A new draft that starts as a copy of a stored description."""
        from caseapp.statuses import prefill

        return prefill.copy_outline(self._db, status_id, today)
