"""The diary from the command line: `caseapp note add` (a draft or a signed note), `caseapp note
filed` (records.py) and `caseapp notes` (a citizen's notes, or those not yet in the official
system)."""

from __future__ import annotations

import argparse
import json

from caseapp.cli import records
from caseapp.cli.common import Parser, add_command, add_db_option, note_json, open_database
from caseapp.domain.enums import AccessAction, NoteKind
from caseapp.domain.plural import count_of


def cmd_note_add(args: argparse.Namespace) -> int:
    import datetime as dt

    from caseapp.domain.enums import NoteKind
    from caseapp.domain.models import DiaryNote

    with open_database(args) as service:
        note = DiaryNote(
            citizen_id=args.citizen,
            kind=NoteKind(args.kind),
            occurred_at=dt.datetime.now().replace(microsecond=0),
            text=args.text,
            author=args.author or service.team.author_name(),
            goal_ids=tuple(args.goal or ()),
        )
        note_id = service.diary.save_draft(note)
        if args.sign:
            service.diary.sign_note(note_id)
        saved = service.diary.note(note_id)
    if args.json:
        print(json.dumps(note_json(saved), ensure_ascii=False))
    else:
        state = "underskrevet" if args.sign else "gemt som kladde"
        print(f"Notat {note_id} {state}.")
    return 0


def cmd_notes(args: argparse.Namespace) -> int:
    if args.unfiled:
        return records.cmd_unfiled(args)
    with open_database(args) as service:
        service.citizens.citizen(args.citizen)
        rows = service.diary.notes(args.citizen, limit=100_000)
        service.records.record_access(AccessAction.OPENED_CITIZEN, [args.citizen], "dagbogen")
    if args.json:
        print(json.dumps([note_json(n) for n in rows], ensure_ascii=False, indent=1))
        return 0
    for n in rows:
        state = "underskrevet" if str(n.state) == "signed" else "kladde"
        print(f"{n.id:>7}  {n.occurred_at:%d.%m.%Y %H:%M}  {n.author:<20} {state:<12} "
              f"{n.text.splitlines()[0] if n.text else ''}")
    print(count_of(len(rows), "notat", "notater"))
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("note", help="skriv et dagbogsnotat")
    note_sub = p.add_subparsers(dest="note_command", required=True, parser_class=Parser)
    p = note_sub.add_parser("add", help="skriv et notat (som kladde, eller underskrevet)")
    add_db_option(p)
    p.add_argument("--citizen", type=int, required=True, metavar="ID")
    p.add_argument("--text", required=True)
    p.add_argument("--goal", type=int, action="append", metavar="ID", help="delmål (kan gentages)")
    p.add_argument("--kind", default="observation", choices=[k.value for k in NoteKind])
    p.add_argument("--author", default=None, help="standard: profilens navn")
    p.add_argument("--sign", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_note_add)
    records.add_note_filed(note_sub)
    p = add_command(sub, "notes", cmd_notes, "vis en borgers dagbogsnotater, eller dem der ikke er ført")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--citizen", type=int, metavar="ID")
    which.add_argument("--unfiled", action="store_true",
                       help="underskrevne notater, der ikke er ført i fagsystemet efter tre arbejdsdage")
    p.add_argument("--json", action="store_true")
