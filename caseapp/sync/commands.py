"""`caseapp team ...` and `caseapp sync`: the command-line side of team sharing."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from caseapp import sync as facade
from caseapp.sync import engine

if TYPE_CHECKING:
    from caseapp.service import CaseService


def _fail_if_no_server(args: argparse.Namespace) -> str:
    server = (args.server or "").strip()
    if not server:
        from caseapp.errors import InvalidInput

        raise InvalidInput("Angiv serveren med --server (en PostgreSQL-forbindelsesstreng).")
    return server


def team_create(service: CaseService, args: argparse.Namespace) -> int:
    created = engine.create_team(
        service.db, _fail_if_no_server(args), args.team, service.author_name()
    )
    if args.json:
        print(json.dumps({"team_id": created.team_id, "invite": created.invite_code,
                          "member": created.role}))
        return 0
    print(f"Teamet '{args.team}' er oprettet. Invitationskode (vises kun denne ene gang):")
    print(created.invite_code)
    return 0


def team_join(service: CaseService, args: argparse.Namespace) -> int:
    state = engine.join_team(service.db, _fail_if_no_server(args), args.invite)
    print(f"Databasen er med i teamet som {state.member_role}; kør 'caseapp sync' for at hente.")
    return 0


def team_share(service: CaseService, args: argparse.Namespace) -> int:
    queued = engine.share(service.db, args.citizen, args.all)
    what = "Alle borgere (også nye)" if args.all else f"Borger {args.citizen}"
    print(f"{what} deles med teamet; {queued} ændringer venter på 'caseapp sync'.")
    return 0


def team_leave(service: CaseService, args: argparse.Namespace) -> int:
    engine.leave_team(service.db)
    print("Databasen har forladt teamet; de lokale data er bevaret.")
    return 0


def team_remove(service: CaseService, args: argparse.Namespace) -> int:
    code = engine.remove_member(service.db, args.member)
    print(f"{args.member} er fjernet fra teamet, og nøglen er skiftet. Ny invitationskode:")
    print(code)
    return 0


def run_sync(service: CaseService, args: argparse.Namespace) -> int:
    def progress(stage: str, done: int) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{'Sender' if stage == 'push' else 'Henter'}: {done}")

    report = engine.sync(service.db, service.author_name(), progress)
    found = [facade.to_conflict(service.db, row) for row in report.conflicts]
    if args.json:
        print(json.dumps({"pushed": report.pushed, "pulled": report.pulled,
                          "applied": report.applied,
                          "conflicts": [c.as_json() for c in found]}, ensure_ascii=False))
        return 0
    print(f"Synkroniseret: {report.pushed} sendt, {report.pulled} hentet, "
          f"{len(found)} nye konflikter.")
    return 0
