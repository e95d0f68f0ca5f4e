"""`caseapp team ...` and `caseapp sync`: the command-line side of team sharing."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass

import sqlite_utils

from caseapp.domain.plural import count_of, noun_for
from caseapp.sync import engine
from caseapp.sync import team_state as facade


@dataclass(frozen=True)
class Caller:
    """What the commands need of the open database: the handle, the name written on this
    machine's notes and the profile's role (a bosted shares all residents)."""

    db: sqlite_utils.Database
    author: str
    role: str


def _fail_if_no_server(args: argparse.Namespace) -> str:
    server = (args.server or "").strip()
    if not server:
        from caseapp.errors import InvalidInput

        raise InvalidInput("Angiv serveren med --server (en PostgreSQL-forbindelsesstreng).")
    return server


def _bosted_shares_all(caller: Caller) -> bool:
    """A bosted (contact persons) shares all its residents by default; a caseworker chooses."""
    if caller.role != "contact_person":
        return False
    engine.share(caller.db, None, share_all=True)
    return True


def team_create(caller: Caller, args: argparse.Namespace) -> int:
    created = engine.create_team(
        caller.db, _fail_if_no_server(args), args.team, caller.author
    )
    if _bosted_shares_all(caller) and not args.json:
        print("Alle beboere deles med teamet (bosted).")
    if args.json:
        print(json.dumps({"team_id": created.team_id, "invite": created.invite_code,
                          "member": created.role}))
        return 0
    print(f"Teamet '{args.team}' er oprettet. Invitationskode (vises kun denne ene gang):")
    print(created.invite_code)
    return 0


def team_join(caller: Caller, args: argparse.Namespace) -> int:
    state = engine.join_team(caller.db, _fail_if_no_server(args), args.invite)
    _bosted_shares_all(caller)
    print(f"Databasen er med i teamet som {state.member_role}; kør 'caseapp sync' for at hente.")
    return 0


def team_share(caller: Caller, args: argparse.Namespace) -> int:
    queued = engine.share(caller.db, args.citizen, args.all)
    what = "Alle borgere (også nye)" if args.all else f"Borger {args.citizen}"
    waiting = noun_for(queued, "ændring venter", "ændringer venter")
    print(f"{what} deles med teamet; {queued} {waiting} på 'caseapp sync'.")
    return 0


def team_leave(caller: Caller, args: argparse.Namespace) -> int:
    engine.leave_team(caller.db)
    print("Databasen har forladt teamet; de lokale data er bevaret.")
    return 0


def team_remove(caller: Caller, args: argparse.Namespace) -> int:
    code = engine.remove_member(caller.db, args.member)
    print(f"{args.member} er fjernet fra teamet, og nøglen er skiftet. Ny invitationskode:")
    print(code)
    return 0


def run_sync(caller: Caller, args: argparse.Namespace) -> int:
    def progress(stage: str, done: int) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{'Sender' if stage == 'push' else 'Henter'}: {done}")

    report = engine.sync(caller.db, caller.author, progress)
    found = [facade.to_conflict(caller.db, row) for row in report.conflicts]
    if args.json:
        print(json.dumps({"pushed": report.pushed, "pulled": report.pulled,
                          "applied": report.applied,
                          "conflicts": [c.as_json() for c in found]}, ensure_ascii=False))
        return 0
    print(f"Synkroniseret: {report.pushed} sendt, {report.pulled} hentet, "
          f"{count_of(len(found), 'ny konflikt', 'nye konflikter')}.")
    return 0
