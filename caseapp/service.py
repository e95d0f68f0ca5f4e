"""The core's public API: one façade the UI and the command line call.

Every change runs inside one transaction and leaves an audit entry (ids and actions only).
Each thread that needs the database gets its own `CaseService` through `clone()`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from caseapp.citizens.service import Citizens
from caseapp.domain.dates import add_months
from caseapp.domain.enums import (
    AccessAction,
    CitizenStatus,
    DeadlineKind,
)
from caseapp.domain.followup import Deadline
from caseapp.domain.models import (
    AccessRow,
    CaseClosing,
    CitizenSummary,
    DataChange,
    Profile,
    PurgeReceipt,
    RetentionSettings,
    SearchHit,
    UnsignedDrafts,
)
from caseapp.domain.team_load import WorkerLoad, worker_loads
from caseapp.domain.validation import (
    MAX_LINE,
    require_range,
    require_text,
)
from caseapp.errors import InvalidInput, KeyUnavailable
from caseapp.followup import deadlines as followup_deadlines
from caseapp.followup.consents import ConsentScopes
from caseapp.followup.documents import Documents
from caseapp.followup.efforts import Efforts
from caseapp.followup.meetings import Meetings
from caseapp.notes.service import Diary
from caseapp.planning.service import Calendar
from caseapp.plans.service import Plans
from caseapp.statuses.service import Statuses
from caseapp.storage import (
    access_log,
    audit,
    change_feed,
    changes,
    closing,
    connection,
    profile,
    purge,
    responsible,
    schema,
    search,
    store,
)
from caseapp.storage.keys import DatabaseKey
from caseapp.sync import handover, team_state

if TYPE_CHECKING:
    from caseapp.reports.handover_data import HandoverSummary
    from caseapp.reports.insight_review import Mention
    from caseapp.reports.service import Reports
    from caseapp.sync import membership

log = logging.getLogger(__name__)

OWN_LOG_DAYS = "Opbevaringstiden for egne sendte ændringer i dage"

class CaseService:
    def __init__(self, db: sqlite_utils.Database, path: Path, key: DatabaseKey) -> None:
        self._db = db  # private: the UI reaches the data only through the methods and services
        self.path = Path(path)
        self._key = key
        self._log_rows_written = 0  # this connection's own access-log rows (see data_version)
        self.citizens = Citizens(db)
        self.plans = Plans(db)
        self.diary = Diary(db)
        self.calendar = Calendar(db)
        self.statuses = Statuses(db)
        self.efforts = Efforts(db)
        self.documents = Documents(db)
        self.meetings = Meetings(db)
        self.consent_scopes = ConsentScopes(db)

    # The print-outs load reportlab, so their service is made on first use: opening the
    # database (and the command line's quick commands) does not pay for it.

    @functools.cached_property
    def reports(self) -> Reports:
        from caseapp.reports.service import Reports

        return Reports(self._db)

    def generate_demo(self, citizens: int, progress: Callable[[int, int], None] | None = None) -> None:
        """Fill this (empty) database with a fictional caseload."""
        from caseapp.demo.generator import generate_demo

        generate_demo(self._db, citizens=citizens, progress=progress)

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
        return other, own - self._log_rows_written

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

    def _change(self, action: str, entity: str) -> contextlib.AbstractContextManager[list[int]]:
        """One transaction; the body appends the ids it touched, which go to the audit trail."""
        return changes.change(self._db, action, entity)

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

    def deadlines_between(self, first: dt.date, last: dt.date) -> list[Deadline]:
        """The effort and document deadlines dated from `first` to `last` (the week's band)."""
        return followup_deadlines.between(self._db, first, last)

    def export_calendar(self, first: dt.date, last: dt.date, *, with_names: bool = False,
                        stamp: dt.datetime | None = None) -> bytes:
        """The .ics of the appointments from `first` to `last` with the effort and document
        deadlines of those days as all-day reminders (without names unless asked)."""
        if last < first:
            raise InvalidInput("Perioden skal slutte efter den begynder.")
        from caseapp.planning import ics  # icalendar loads only when a file is written

        return ics.export_range(self._db, first, last, with_names=with_names, stamp=stamp,
                                deadlines=followup_deadlines.between(self._db, first, last))

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

    def insight_mentions(self, citizen_id: int) -> list[Mention]:
        """Other people (citizens, network) the citizen's insight print-out would name."""
        from caseapp.reports import commands as reports  # reportlab loads only when printing

        return reports.insight_mentions(self._db, citizen_id)

    def export_insight(self, citizen_id: int, out: Path, data_out: Path | None = None,
                       today: dt.date | None = None, leave_out: list[str] | None = None) -> Path:
        """Everything held on the citizen as PDF/A (and JSON with `data_out`), for their
        insight request, the names in `leave_out` left out of its texts; the print-out is logged."""
        from caseapp.reports import commands as reports  # reportlab loads only when printing

        return reports.export_insight(self._db, citizen_id, out, data_out, today, leave_out)

    def export_minutes(self, meeting_id: int, out: Path, for_contact: int | None = None,
                       today: dt.date | None = None) -> Path:
        """A meeting's minutes as PDF/A, for the citizen and whom the consents allow (a copy
        for one network contact with `for_contact`); the print-out is logged."""
        from caseapp.reports import minutes_pdf  # reportlab loads only when printing

        copy = minutes_pdf.minutes_copy(self._db, meeting_id, for_contact, today or dt.date.today())
        return minutes_pdf.write_minutes_pdf(self._db, copy, out)

    # -- closing a case and deleting it (storage/closing.py, storage/purge.py) --------------

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
        require_range(days, 0, 3650, "Opbevaringstiden i dage")
        closing.set_default_retention_days(self._db, days)

    def mark_all_filed(self, citizen_id: int, on: dt.date | None = None) -> int:
        """Every signed note of the citizen marked as entered in the official system."""
        self.citizens.citizen(citizen_id)
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

    # -- the access log (storage/access_log.py) ----------------------------------------------

    def record_access(
        self, action: AccessAction, citizen_ids: Iterable[int | None] = (None,), detail: str = ""
    ) -> None:
        """A row per citizen: this user and device, now, what was done; never the data."""
        self._log_rows_written += access_log.record(self._db, action, citizen_ids, detail)

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

    # -- team sharing (the work is in caseapp/sync) --------------------------------------------

    def author_name(self) -> str:
        """The name written on this machine's notes and shown to the team."""
        import getpass

        return self.profile().name or getpass.getuser()

    def sync_status(self) -> team_state.SyncStatus:
        return team_state.status(self._db)

    def sync_conflicts(self) -> list[team_state.Conflict]:
        return team_state.conflicts(self._db, self.author_name())

    def resolve_sync_conflict(self, conflict_id: int, use_other: bool) -> None:
        team_state.resolve_conflict(self._db, conflict_id, use_other)

    def shared_citizens(self) -> set[int]:
        """The ids of the citizens this database shares with its team (empty outside a team)."""
        return team_state.shared_citizens(self._db)

    def share_citizen(self, citizen_id: int) -> int:
        """Share one citizen with the team (there is no unsharing); returns the entries queued."""
        from caseapp.sync import engine

        return engine.share(self._db, citizen_id, False)

    def sync_now(self) -> team_state.SyncReport:
        """Push and pull once; raises SyncOffline (a sentence) when the server is out of reach."""
        from caseapp.sync import engine  # psycopg loads only when a sync runs

        return engine.sync(self._db, self.author_name())

    # Setting a team up (caseapp/sync/membership.py); psycopg loads only when one is called.

    def create_team(self, server: str, name: str) -> membership.TeamCreated:
        """Found a team on `server` with this database as its first member; a bosted (contact
        persons) shares all its residents, as `caseapp team create` does."""
        from caseapp.sync import engine, membership

        created = membership.create_team(self._db, server.strip(), name)
        engine.share_all_if_bosted(self._db, self.profile().role)
        return created

    def join_team(self, server: str, code: str) -> str:
        """Join with a one-device invite; returns the login this database is a member as. The
        team's key comes when the inviter has synced."""
        from caseapp.sync import engine, membership

        state = membership.join_team(self._db, server.strip(), code)
        engine.share_all_if_bosted(self._db, self.profile().role)
        return state.member_role

    def create_invite(self, for_role: str | None = None, days: int = 7) -> str:
        """A new invite code for one device (any member); `for_role` keeps it to one login."""
        from caseapp.sync import membership

        return membership.create_invite(self._db, for_role or None, days)

    def team_members(self) -> list[membership.MemberListing]:
        from caseapp.sync import membership

        return membership.members(self._db)

    def team_member_role(self) -> str:
        """The login this database is a member as ('' outside a team)."""
        from caseapp.sync import local_store

        return local_store.state(self._db).member_role

    def leave_team(self) -> None:
        """Leave the team; the local records stay."""
        from caseapp.sync import membership

        membership.leave_team(self._db)

    def remove_team_member(self, role: str) -> None:
        """The creator removes a member; the team gets a new key the member never receives."""
        from caseapp.sync import membership

        membership.remove_member(self._db, role)

    # Handing a citizen over to a colleague (caseapp/sync/handover.py, reports/handover_*.py).

    def handover_state(self, citizen_id: int) -> handover.Handover:
        return handover.state(self._db, citizen_id)

    def handover_members(self) -> list[str]:
        """The team's members a citizen can be handed to (this member left out)."""
        me = self.team_member_role()
        return [m for m in handover.members(self._db) if m != me]

    def handover_summary(self, citizen_id: int, today: dt.date | None = None,
                         to_role: str = "") -> HandoverSummary:
        """What the colleague who takes over needs to know, as the page and the PDF show it."""
        from caseapp.reports.handover_data import handover_summary

        return handover_summary(self._db, citizen_id, today or dt.date.today(), to_role)

    def hand_over(self, citizen_id: int, to_role: str, out: Path | None = None,
                  today: dt.date | None = None) -> Path | None:
        """Hand the citizen to `to_role` (a member), writing the summary PDF to `out` first;
        a refusal (not a member, not shared, not responsible) writes nothing at all."""
        day = today or dt.date.today()
        to = handover.check_offer(self._db, citizen_id, to_role)
        path = None
        if out is not None:
            from caseapp.reports.handover_pdf import write_handover_pdf  # reportlab loads only here

            path = write_handover_pdf(self._db, self.handover_summary(citizen_id, day, to), out)
        with self._change("handover", "citizen") as touched:
            handover.offer(self._db, citizen_id, to, day)
            touched.append(citizen_id)
        return path

    def accept_handover(self, citizen_id: int, today: dt.date | None = None) -> handover.Handover:
        """The receiver takes the citizen over and is responsible from now on, on every machine."""
        with self._change("accept_handover", "citizen") as touched:
            accepted = handover.accept(self._db, citizen_id, self.author_name(), today or dt.date.today())
            touched.append(citizen_id)
        return accepted

    def team_caseload(self, today: dt.date | None = None) -> tuple[list[CitizenSummary], list[WorkerLoad]]:
        """The leader's view: the open citizens shared with the team, each with its responsible
        worker, and per worker what is overdue and due within the week."""
        shared = self.shared_citizens()
        rows = [c for c in self.citizens.caseload() if c.id in shared and c.status != CitizenStatus.CLOSED]
        return rows, worker_loads(rows, today or dt.date.today())

    def handovers_waiting(self) -> list[int]:
        """Citizens handed to this member and not yet accepted."""
        return handover.waiting_for_me(self._db)

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
