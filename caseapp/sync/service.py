"""The feature service for team sharing (`CaseService.team`): the sync and its conflicts, which
citizens are shared, setting a team up, handing a citizen over, and the leader's view of the
team's caseload. The work is in this package's modules; psycopg loads only when a call needs the
server.

Two things it needs come from layers above sync, so the façade hands them in rather than this
module importing upwards: the caseload (`CaseService.citizens.caseload`) and the writer of a
handover's summary PDF (`CaseService.reports.export_handover`, which loads reportlab)."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from caseapp.domain.enums import CitizenStatus
from caseapp.domain.models import CitizenSummary
from caseapp.domain.team_load import WorkerLoad, worker_loads
from caseapp.storage import changes, profile
from caseapp.sync import handover, team_state

if TYPE_CHECKING:
    from caseapp.sync import membership
    from caseapp.sync.team_commands import Caller

# (citizen id, out, today, to role) -> the written PDF
HandoverWriter = Callable[[int, Path, dt.date, str], Path]


class Team:
    """Team sharing of one database (`CaseService.team`)."""

    def __init__(self, db: sqlite_utils.Database, caseload: Callable[[], list[CitizenSummary]],
                 write_handover: HandoverWriter) -> None:
        self._db = db
        self._caseload = caseload
        self._write_handover = write_handover

    def _change(self, action: str, entity: str) -> contextlib.AbstractContextManager[list[int]]:
        """One transaction; the body appends the ids it touched, which go to the audit trail."""
        return changes.change(self._db, action, entity)

    def author_name(self) -> str:
        """The name written on this machine's notes and shown to the team."""
        import getpass

        return profile.load(self._db).name or getpass.getuser()

    def command_caller(self) -> Caller:
        """What `caseapp team ...` and `caseapp sync` run with: this database, the name written
        on this machine's notes and the profile's role (a bosted shares all residents)."""
        from caseapp.sync.team_commands import Caller

        return Caller(self._db, self.author_name(), profile.load(self._db).role)

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

    # Setting a team up (membership.py); psycopg loads only when one is called.

    def create_team(self, server: str, name: str) -> membership.TeamCreated:
        """Found a team on `server` with this database as its first member; a bosted (contact
        persons) shares all its residents, as `caseapp team create` does."""
        from caseapp.sync import engine, membership

        created = membership.create_team(self._db, server.strip(), name)
        engine.share_all_if_bosted(self._db, profile.load(self._db).role)
        return created

    def join_team(self, server: str, code: str) -> str:
        """Join with a one-device invite; returns the login this database is a member as. The
        team's key comes when the inviter has synced."""
        from caseapp.sync import engine, membership

        state = membership.join_team(self._db, server.strip(), code)
        engine.share_all_if_bosted(self._db, profile.load(self._db).role)
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

    def leave_team(self) -> str:
        """Leave the team; the user's own citizens stay, the colleagues' go from this laptop
        (but one with a signed note written here not yet filed). Returns the sentence that
        says so ('' when nothing of a colleague's was here)."""
        from caseapp.sync import membership

        return membership.leave_team(self._db).sentence(removed=False)

    def remove_team_member(self, role: str) -> None:
        """The creator removes a member; the team gets a new key the member never receives."""
        from caseapp.sync import membership

        membership.remove_member(self._db, role)

    # Handing a citizen over to a colleague (handover.py; the summary is reports/handover_*.py).

    def handover_state(self, citizen_id: int) -> handover.Handover:
        return handover.state(self._db, citizen_id)

    def handover_members(self) -> list[str]:
        """The team's members a citizen can be handed to (this member left out)."""
        me = self.team_member_role()
        return [m for m in handover.members(self._db) if m != me]

    def colleague_names(self) -> list[str]:
        """The team's members by name, this user included, to pick colleagues from ([] outside
        a team, where colleagues are typed)."""
        from caseapp.sync.colleagues import colleague_names

        return colleague_names(self._db, self.author_name())

    def hand_over(self, citizen_id: int, to_role: str, out: Path | None = None,
                  today: dt.date | None = None) -> Path | None:
        """Hand the citizen to `to_role` (a member), writing the summary PDF to `out` first;
        a refusal (not a member, not shared, not responsible) writes nothing at all."""
        day = today or dt.date.today()
        to = handover.check_offer(self._db, citizen_id, to_role)
        path = None
        if out is not None:
            path = self._write_handover(citizen_id, out, day, to)
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

    def handovers_waiting(self) -> list[int]:
        """Citizens handed to this member and not yet accepted."""
        return handover.waiting_for_me(self._db)

    def team_caseload(self, today: dt.date | None = None) -> tuple[list[CitizenSummary], list[WorkerLoad]]:
        """The leader's view: the open citizens shared with the team, each with its responsible
        worker, and per worker what is overdue and due within the week."""
        shared = self.shared_citizens()
        rows = [c for c in self._caseload() if c.id in shared and c.status != CitizenStatus.CLOSED]
        return rows, worker_loads(rows, today or dt.date.today())
