"""The core's public API: one façade the UI and the command line call.

Every change runs inside one transaction and leaves an audit entry (ids and actions only).
Each thread that needs the database gets its own `CaseService` through `clone()`.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from caseapp.domain.enums import DeadlineKind
from caseapp.domain.followup import Deadline
from caseapp.domain.models import DataChange, Profile, SearchHit, UnsignedDrafts
from caseapp.domain.validation import require_range
from caseapp.errors import InvalidInput, KeyUnavailable
from caseapp.followup import deadlines as followup_deadlines
from caseapp.storage import audit, change_feed, connection, profile, responsible, search, store
from caseapp.storage.keys import DatabaseKey

if TYPE_CHECKING:
    from caseapp.citizens.service import Citizens
    from caseapp.demo.generator import DemoStats
    from caseapp.followup.consents import ConsentScopes
    from caseapp.followup.documents import Documents
    from caseapp.followup.efforts import Efforts
    from caseapp.followup.meetings import Meetings
    from caseapp.notes.service import Diary
    from caseapp.planning.service import Calendar
    from caseapp.plans.service import Plans
    from caseapp.records.service import Records
    from caseapp.reports.service import Reports
    from caseapp.statuses.service import Statuses
    from caseapp.sync.service import Team

log = logging.getLogger(__name__)


class CaseService:
    def __init__(self, db: sqlite_utils.Database, path: Path, key: DatabaseKey) -> None:
        self._db = db  # private: the UI reaches the data only through the methods and services
        self.path = Path(path)
        self._key = key

    # Each feature service is made, and its module imported, on first use: a command that reads
    # the caseload does not pay for the plan, the diary, team sync or reportlab.

    @functools.cached_property
    def citizens(self) -> Citizens:
        from caseapp.citizens.service import Citizens

        return Citizens(self._db)

    @functools.cached_property
    def plans(self) -> Plans:
        from caseapp.plans.service import Plans

        return Plans(self._db)

    @functools.cached_property
    def diary(self) -> Diary:
        from caseapp.notes.service import Diary

        return Diary(self._db)

    @functools.cached_property
    def calendar(self) -> Calendar:
        from caseapp.planning.service import Calendar

        return Calendar(self._db)

    @functools.cached_property
    def statuses(self) -> Statuses:
        from caseapp.statuses.service import Statuses

        return Statuses(self._db)

    @functools.cached_property
    def efforts(self) -> Efforts:
        from caseapp.followup.efforts import Efforts

        return Efforts(self._db)

    @functools.cached_property
    def documents(self) -> Documents:
        from caseapp.followup.documents import Documents

        return Documents(self._db)

    @functools.cached_property
    def meetings(self) -> Meetings:
        from caseapp.followup.meetings import Meetings

        return Meetings(self._db)

    @functools.cached_property
    def consent_scopes(self) -> ConsentScopes:
        from caseapp.followup.consents import ConsentScopes

        return ConsentScopes(self._db)

    @functools.cached_property
    def records(self) -> Records:
        from caseapp.records.service import Records

        return Records(self._db, self.path)

    @functools.cached_property
    def team(self) -> Team:
        from caseapp.sync.service import Team

        # lambdas, not bound methods: the caseload and `reports` (reportlab) are made only
        # when the team's caseload is read or a handover is actually printed
        return Team(self._db, lambda: self.citizens.caseload(),
                    lambda *handover: self.reports.export_handover(*handover))

    @functools.cached_property
    def reports(self) -> Reports:
        from caseapp.reports.service import Reports

        return Reports(self._db)

    def generate_demo(self, citizens: int, progress: Callable[[int, int], None] | None = None, *,
                      years: float = 2.0, seed: int = 1, notes_per_week: float | None = None,
                      scenario: str | None = None) -> DemoStats:
        """Fill this (empty) database with a fictional caseload (of one scenario's citizens
        with `scenario`) and say what was written."""
        from caseapp.demo.generator import generate_demo

        return generate_demo(self._db, citizens=citizens, years=years, seed=seed, progress=progress,
                             notes_per_week=notes_per_week,
                             scenario_weights={scenario: 1.0} if scenario else None)

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, key: DatabaseKey) -> CaseService:
        return cls(store.create(Path(path), key), Path(path), key)

    @classmethod
    def open(cls, path: Path, key: DatabaseKey) -> CaseService:
        return cls(store.open_existing(Path(path), key), Path(path), key)

    def clone(self) -> CaseService:
        """A second service on the same file, for another thread."""
        return CaseService(connection.connect(self.path, self._key), self.path, self._key)

    def close(self) -> None:
        connection.close(self._db)

    def data_version(self) -> tuple[int, int]:
        """Changes whenever anything is written to the database, by anyone (views compare it
        to know when to read again); not when this connection writes an access-log row, so
        opening a citizen does not make every view read again."""
        other, own = connection.data_version(self._db)
        return other, own - self.records.log_rows_written

    def change_mark(self) -> change_feed.Mark:
        """How far the traces of writes reach now (see `changes_since`)."""
        return change_feed.mark(self._db)

    def changes_since(self, seen: change_feed.Mark) -> tuple[DataChange, change_feed.Mark]:
        """Which kinds of record, and whose, were written since `seen` (by anyone)."""
        return change_feed.since(self._db, seen)

    def __enter__(self) -> CaseService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- follow-up ---------------------------------------------------------------------------

    def deadlines(self, today: dt.date, *, days: int = followup_deadlines.DEFAULT_DAYS,
                  citizen_id: int | None = None,
                  kinds: Iterable[DeadlineKind] | None = None, team: bool = False) -> list[Deadline]:
        """Frister: what is due up to `days` ahead, and all that is overdue, in date order. In a
        team only the user's own citizens (`own_citizens`), unless `team` asks for the team's or
        `citizen_id` names one citizen (asked for by name, shown whoever is responsible)."""
        require_range(days, 0, 3660, "Antal dage")
        if citizen_id is not None:
            self.citizens.citizen(citizen_id)
        rows = followup_deadlines.due_list(
            self._db, today, days=days, citizen_id=citizen_id,
            kinds=None if kinds is None else frozenset(kinds))
        own = None if team or citizen_id is not None else self.own_citizens()
        return rows if own is None else [d for d in rows if d.citizen_id in own]

    def own_citizens(self) -> frozenset[int] | None:
        """In a team, the citizens this user is responsible for (or keeps to themself); None
        outside a team, where every citizen is the user's own."""
        return responsible.own_citizens(self._db)

    def deadlines_between(self, first: dt.date, last: dt.date, today: dt.date | None = None) -> list[Deadline]:
        """The dated deadlines from `first` to `last` as they stand today (the week's band)."""
        return followup_deadlines.between(self._db, first, last, today or dt.date.today())

    def export_calendar(self, first: dt.date, last: dt.date, *, with_names: bool = False,
                        stamp: dt.datetime | None = None, today: dt.date | None = None) -> bytes:
        """The .ics of the appointments from `first` to `last` with the dated deadlines of
        those days, as they stand today, as all-day reminders (without names unless asked)."""
        if last < first:
            raise InvalidInput("Perioden skal slutte efter den begynder.")
        from caseapp.planning import ics  # icalendar loads only when a file is written

        return ics.export_range(self._db, first, last, with_names=with_names, stamp=stamp,
                                deadlines=followup_deadlines.between(self._db, first, last,
                                                                     today or dt.date.today()))

    # -- profile ---------------------------------------------------------------------------

    def profile(self) -> Profile:
        return profile.load(self._db)

    def save_profile(self, value: Profile) -> None:
        require_range(value.lock_minutes, 1, 240, "Låsetiden i minutter")
        require_range(value.max_active_subgoals, 1, 20, "Loftet over aktive delmål")
        require_range(value.provider_call_weeks, 0, 12, "Uger før en indsats slutter")
        profile.save(self._db, value)

    # -- drafts of both kinds ------------------------------------------------------------------

    def unsigned_drafts(self) -> UnsignedDrafts:
        """The diary notes (newest first) and status descriptions still drafts: one count."""
        return UnsignedDrafts(tuple(self.diary.pending_drafts()), tuple(self.statuses.draft_statuses()))

    # -- search, audit, maintenance --------------------------------------------------------

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        return search.search(self._db, text, limit)

    def audit_trail(self, limit: int = 100) -> list[audit.AuditEntry]:
        return audit.recent(self._db, limit)

    def check(self) -> store.CheckReport:
        return store.check(self._db)

    def export_minutes(self, meeting_id: int, out: Path, for_contact: int | None = None,
                       today: dt.date | None = None) -> Path:
        """A meeting's minutes as PDF/A, for the citizen and whom the consents allow (a copy
        for one network contact with `for_contact`); the print-out is logged."""
        from caseapp.reports import minutes_pdf  # reportlab loads only when printing

        copy = minutes_pdf.minutes_copy(self._db, meeting_id, for_contact, today or dt.date.today())
        return minutes_pdf.write_minutes_pdf(self._db, copy, out)

    def backup(self, out: Path, passphrase: str | None = None) -> None:
        """An encrypted copy under `passphrase`, or under the database's own passphrase. A key
        from the keyring never protects a backup: it exists only on this machine."""
        if passphrase:
            backup_key = DatabaseKey(passphrase=passphrase)
        elif self._key.passphrase is not None:
            backup_key = self._key
        else:
            raise KeyUnavailable(
                "Vælg en adgangsfrase til sikkerhedskopien; nøglen i nøgleringen findes kun på "
                "denne maskine, så en kopi under den kan ikke genskabes andre steder."
            )
        store.backup(self._db, Path(out), backup_key)
