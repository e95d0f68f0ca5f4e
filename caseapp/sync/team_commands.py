"""`caseapp team ...`, `caseapp sync` and `caseapp server ...`: the command-line side of team
sharing. Each command prints its result and returns the exit code."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from dataclasses import dataclass

import sqlite_utils

from caseapp.domain.plural import count_of, noun_for
from caseapp.errors import InvalidInput
from caseapp.sync import engine, ledger, membership, receive
from caseapp.sync import team_state as facade
from caseapp.sync.errors import EntriesHeld


@dataclass(frozen=True)
class Caller:
    """What the commands need of the open database: the handle, the name written on this
    machine's notes and the profile's role (a bosted shares all residents)."""

    db: sqlite_utils.Database
    author: str
    role: str


def _server(args: argparse.Namespace) -> str:
    server = (args.server or "").strip()
    if not server:
        raise InvalidInput("Angiv serveren med --server (en PostgreSQL-forbindelsesstreng).")
    return server


def read_invite(given: str) -> str:
    """The code from standard input (`--invite -`) or a prompt, so it never has to stand on the
    command line where `ps` and the shell's history would show it."""
    if given != "-":
        return given
    if sys.stdin.isatty():
        return getpass.getpass("Invitationskode: ")
    return sys.stdin.readline().strip()


def team_create(caller: Caller, args: argparse.Namespace) -> int:
    created = membership.create_team(caller.db, _server(args), args.team)
    if engine.share_all_if_bosted(caller.db, caller.role) and not args.json:
        print("Alle beboere deles med teamet (bosted).")
    if args.json:
        print(json.dumps({"team_id": created.team_id, "invite": created.invite_code,
                          "member": created.role}))
        return 0
    print(f"Teamet '{args.team}' er oprettet. Invitationskode til én maskine (gælder "
          f"{membership.INVITE_DAYS} dage; vises kun denne ene gang):")
    print(created.invite_code)
    return 0


def team_invite(caller: Caller, args: argparse.Namespace) -> int:
    code = membership.create_invite(caller.db, args.for_role, args.days)
    if args.json:
        print(json.dumps({"invite": code, "days": args.days, "for": args.for_role}))
        return 0
    who = f" for {args.for_role}" if args.for_role else ""
    print(f"Ny invitationskode{who} til én maskine (gælder {args.days} dage):")
    print(code)
    return 0


def team_join(caller: Caller, args: argparse.Namespace) -> int:
    state = membership.join_team(caller.db, _server(args), read_invite(args.invite))
    engine.share_all_if_bosted(caller.db, caller.role)
    print(f"Databasen er med i teamet som {state.member_role}. Teamets nøgle kommer, når den, "
          "der inviterede, har synkroniseret; kør derefter 'caseapp sync'.")
    return 0


def team_share(caller: Caller, args: argparse.Namespace) -> int:
    queued = engine.share(caller.db, args.citizen, args.all)
    what = "Alle borgere (også nye)" if args.all else f"Borger {args.citizen}"
    waiting = noun_for(queued, "ændring venter", "ændringer venter")
    print(f"{what} deles med teamet; {queued} {waiting} på 'caseapp sync'.")
    return 0


def team_leave(caller: Caller, args: argparse.Namespace) -> int:
    left = membership.leave_team(caller.db)
    print(" ".join(filter(None, ("Databasen har forladt teamet.",
                                 left.sentence(removed=False) or "De lokale data er bevaret."))))
    return 0


def team_remove(caller: Caller, args: argparse.Namespace) -> int:
    if args.device:
        device = membership.remove_device(caller.db, args.device)
        print(f"Maskinen {device[:8]} er spærret; hvad den skriver herefter, afvises.")
        return 0
    membership.remove_member(caller.db, args.member)
    print(f"{args.member} er fjernet fra teamet, og teamets nøgle er skiftet; hun eller han kan "
          "ikke læse det, der skrives herefter.")
    return 0


def team_creator(caller: Caller, args: argparse.Namespace) -> int:
    membership.hand_over_creator(caller.db, args.member)
    print(f"{args.member} er nu teamets opretter.")
    return 0


def team_members(caller: Caller, args: argparse.Namespace) -> int:
    rows = membership.members(caller.db)
    if args.json:
        print(json.dumps([{"member": r.role, "creator": r.is_creator, "removed": r.removed,
                           "devices": r.devices} for r in rows], ensure_ascii=False))
        return 0
    for r in rows:
        marks = (" (opretter)" if r.is_creator else "") + (" (fjernet)" if r.removed else "")
        print(f"{r.role}{marks}: {', '.join(r.devices) or 'ingen maskiner'}")
    return 0


def team_held(caller: Caller, args: argparse.Namespace) -> int:
    """The entries held back, or (with --discard) give up on one or all of them."""
    if args.discard is not None:
        which = None if args.discard == "alle" else _entry_number(args.discard)
        gone = ledger.discard_held(caller.db, which)
        print(f"{count_of(gone, 'tilbageholdt ændring', 'tilbageholdte ændringer')} kasseret.")
        return 0
    held = ledger.held(caller.db)
    if args.json:
        print(json.dumps([{"entry": h.seq, "from": engine.author_label(caller.db, h.entry.device.hex),
                           "reason": h.reason, "since": h.at} for h in held], ensure_ascii=False))
        return 0
    for h in held:
        reason = receive.REASONS.get(h.reason, h.reason)
        print(f"{h.seq:>8}  {engine.author_label(caller.db, h.entry.device.hex):<20} {reason}")
    print(count_of(len(held), "tilbageholdt ændring", "tilbageholdte ændringer"))
    return 0


def _entry_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise InvalidInput("Angiv ændringens nummer (som 'caseapp team held' viser det) eller 'alle'.") from None


def run_sync(caller: Caller, args: argparse.Namespace) -> int:
    def progress(stage: str, done: int) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{'Sender' if stage == 'push' else 'Henter'}: {done}")

    report = engine.sync(caller.db, caller.author, progress)
    found = [facade.to_conflict(caller.db, row) for row in report.conflicts]
    if args.json:
        print(json.dumps({"pushed": report.pushed, "pulled": report.pulled,
                          "applied": report.applied, "held": report.rejected, "purged": report.purged,
                          "conflicts": [c.as_json() for c in found]}, ensure_ascii=False))
    else:
        print(f"Synkroniseret: {report.pushed} sendt, {report.pulled} hentet, "
              f"{count_of(len(found), 'ny konflikt', 'nye konflikter')}.")
    told = " ".join(s for s in (report.notice, report.problem) if s)
    if told:
        print(f"caseapp: {told}", file=sys.stderr)
    return EntriesHeld.exit_code if report.problem else 0
