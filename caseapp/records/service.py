"""The feature service for what the law asks of the records (`CaseService.records`): closing a
case and reopening it, how long closed cases, the access log and this device's own team entries
are kept, deleting a citizen when the period is over (with its receipt in the deletion register),
and the access log itself. The SQL is in storage/closing.py, purge.py and access_log.py."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import sqlite_utils

from caseapp.domain.dates import add_months
from caseapp.domain.enums import AccessAction
from caseapp.domain.models import (
    AccessRow,
    CaseClosing,
    PurgedNote,
    PurgeReceipt,
    RetentionSettings,
)
from caseapp.domain.validation import MAX_LINE, require_range, require_text
from caseapp.errors import InvalidInput
from caseapp.storage import access_log, changes, closing, purge, purged_notes, schema
from caseapp.storage import citizens as citizen_store

OWN_LOG_DAYS = "Opbevaringstiden for egne sendte ændringer i dage"


class Records:
    """Closing, retention, deletion and the access log of one database (`CaseService.records`)."""

    def __init__(self, db: sqlite_utils.Database, path: Path) -> None:
        self._db = db
        self.path = path  # the database file: deleting a citizen removes its migration copies too
        self.log_rows_written = 0  # this connection's own access-log rows (CaseService.data_version)

    def _change(self, action: str, entity: str) -> contextlib.AbstractContextManager[list[int]]:
        """One transaction; the body appends the ids it touched, which go to the audit trail."""
        return changes.change(self._db, action, entity)

    def close_case(self, citizen_id: int, reason: str, on: dt.date | None = None,
                   retention_days: int | None = None, retention_reason: str = "") -> CaseClosing:
        """Close the case: the citizen leaves the caseload and is deleted `retention_days`
        after `on` (the database's period unless given, with a reason)."""
        if closing.closing(self._db, citizen_id) is not None:
            raise InvalidInput(f"Sagen for borger {citizen_id} er allerede afsluttet.")
        why = require_text(reason, "Begrundelsen for at afslutte sagen", MAX_LINE)
        if retention_days is not None:
            require_range(retention_days, 0, 3650, "Opbevaringstiden i dage")
            retention_reason = require_text(retention_reason, "Begrundelsen for en anden opbevaringstid",
                                            MAX_LINE)
        with self._change("close", "citizen") as touched:
            closing.close(self._db, citizen_id, on or dt.date.today(), why, retention_days, retention_reason)
            touched.append(citizen_id)
        case = closing.closing(self._db, citizen_id)
        assert case is not None
        return case

    def reopen_case(self, citizen_id: int) -> None:
        if closing.closing(self._db, citizen_id) is None:
            raise InvalidInput(f"Sagen for borger {citizen_id} er ikke afsluttet.")
        with self._change("reopen", "citizen") as touched:
            closing.reopen(self._db, citizen_id)
            touched.append(citizen_id)

    def case_closing(self, citizen_id: int) -> CaseClosing | None:
        return closing.closing(self._db, citizen_id)

    def closed_cases(self) -> list[CaseClosing]:
        """Every closed case, the soonest deletion first."""
        return closing.closed(self._db)

    def retention_days(self) -> int:
        return closing.default_retention_days(self._db)

    def retention_settings(self) -> RetentionSettings:
        return RetentionSettings(self.retention_days(), self.access_log_months(), self.own_log_days())

    def save_retention_settings(self, settings: RetentionSettings) -> None:
        """Every period, checked first, saved together."""
        require_range(settings.retention_days, 0, 3650, "Opbevaringstiden i dage")
        require_range(settings.log_months, 1, 60, "Adgangsloggens opbevaringstid i måneder")
        require_range(settings.own_log_days, 1, 3650, OWN_LOG_DAYS)
        with self._db.atomic():
            self.set_retention_days(settings.retention_days)
            self.set_access_log_months(settings.log_months)
            self.set_own_log_days(settings.own_log_days)

    def set_retention_days(self, days: int) -> None:
        """This database's period; on the team creator's laptop also the team's, for shared
        citizens on every laptop (sync/team_retention.py)."""
        require_range(days, 0, 3650, "Opbevaringstiden i dage")
        from caseapp.sync import team_retention

        with self._db.atomic():
            closing.set_default_retention_days(self._db, days)
            team_retention.queue_if_creator(self._db, days)

    def team_retention_days(self) -> int | None:
        """The team's period for shared citizens (None: outside a team, or not set)."""
        from caseapp.sync import team_retention

        return team_retention.team_days(self._db)

    def mark_all_filed(self, citizen_id: int, on: dt.date | None = None) -> int:
        """Every signed note of the citizen marked as entered in the official system."""
        citizen_store.get(self._db, citizen_id)  # NotFound for an unknown citizen
        with self._change("entered_official", "citizen") as touched:
            marked = closing.mark_all_filed(self._db, citizen_id, on or dt.date.today())
            touched.append(citizen_id)
        return marked

    def purge_refusal(self, citizen_id: int, today: dt.date | None = None, named: bool = True) -> str | None:
        """Why the citizen may not be deleted now (one sentence), or None."""
        return closing.refusal(self._db, citizen_id, today or dt.date.today(), named)

    def purge_counts(self, citizen_id: int) -> dict[str, int]:
        """What deleting the citizen would remove, by kind (a dry run)."""
        return purge.counts(self._db, citizen_id)

    def purge_citizen(self, citizen_id: int, today: dt.date | None = None, named: bool = True) -> PurgeReceipt:
        """Delete every row about the citizen (see storage/purge.py); refused, with nothing
        removed, while `purge_refusal` has a reason."""
        why = self.purge_refusal(citizen_id, today, named)
        if why:
            raise InvalidInput(why)
        case = closing.closing(self._db, citizen_id)
        user, device = access_log.who(self._db)
        from caseapp.sync import team_purge  # psycopg loads only when the team is needed

        # A shared citizen's purge also goes to the team at the next sync (sync/team_purge.py).
        remove = team_purge.purge_shared if closing.is_shared(self._db, citizen_id) else purge.purge
        receipt = remove(self._db, citizen_id, closing.case_ref(self._db, citizen_id),
                         case.closed_on if case else None, user, device, dt.datetime.now())
        for copy in schema.migration_copies(self.path):  # they hold the citizen too
            copy.unlink(missing_ok=True)
        return receipt

    def deletion_register(self) -> list[PurgeReceipt]:
        return purge.register(self._db)

    def purged_unfiled_notes(self) -> list[PurgedNote]:
        """Signed notes written here about a citizen the team purged before they were filed in
        the fagsystem ("Ikke ført – borger slettet"), oldest first."""
        return purged_notes.rows(self._db)

    def mark_purged_note_filed(self, note_id: int) -> None:
        """The user has filed the note by hand: its text goes from this laptop for good."""
        with self._change("entered_official", "purged_note") as touched:
            purged_notes.mark_filed(self._db, note_id)
            touched.append(note_id)
        purge.checkpoint(self._db)  # no older copy of its page stays in the WAL

    # -- the access log --------------------------------------------------------------------

    def record_access(
        self, action: AccessAction, citizen_ids: Iterable[int | None] = (None,), detail: str = ""
    ) -> None:
        """A row per citizen: this user and device, now, what was done; never the data."""
        self.log_rows_written += access_log.record(self._db, action, citizen_ids, detail)

    def access_log(self, citizen_id: int | None = None) -> list[AccessRow]:
        """Newest first."""
        return access_log.rows(self._db, citizen_id)

    def access_log_months(self) -> int:
        return access_log.keep_months(self._db)

    def set_access_log_months(self, months: int) -> None:
        require_range(months, 1, 60, "Adgangsloggens opbevaringstid i måneder")
        access_log.set_keep_months(self._db, months)

    def expire_access_log(self, now: dt.datetime | None = None) -> int:
        """Remove rows older than the kept months (a checkpoint row says so); returns how many."""
        moment = now or dt.datetime.now()
        user, device = access_log.who(self._db)
        before = dt.datetime.combine(add_months(moment.date(), -self.access_log_months()), dt.time())
        return access_log.expire(self._db, before, user, device, moment)

    def own_log_days(self) -> int:
        """Days this device keeps its own team entries after the server confirmed them, to send
        them again if the server loses them (a restore, a standby promoted while behind)."""
        from caseapp.sync import ledger

        return ledger.own_log_days(self._db)

    def set_own_log_days(self, days: int) -> None:
        require_range(days, 1, 3650, OWN_LOG_DAYS)
        from caseapp.sync import ledger

        ledger.set_own_log_days(self._db, days)
