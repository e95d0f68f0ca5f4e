"""The follow-up commands: efforts and grants (`effort`), documents to chase (`document`) and
the one list of what is due (`deadlines`)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from dataclasses import asdict
from typing import TYPE_CHECKING

from caseapp.cli.common import Parser, add_command, open_database, parse_day
from caseapp.domain.enums import ChaseHow, EffortKind, EffortOutcome
from caseapp.domain.labels import label
from caseapp.domain.plural import count_of

if TYPE_CHECKING:
    from caseapp.domain.followup import Deadline


def _plain(record: object) -> dict:
    out = asdict(record)  # type: ignore[call-overload]
    return json.loads(json.dumps(out, default=str))


def _on(args: argparse.Namespace) -> dt.date:
    """The day given with --on, or today."""
    return parse_day(args.on) if args.on else dt.date.today()


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=1))


# -- efforts -----------------------------------------------------------------------------------


def cmd_effort_add(args: argparse.Namespace) -> int:
    from caseapp.domain.followup import Effort

    effort = Effort(
        citizen_id=args.citizen, title=args.title, kind=EffortKind(args.kind),
        start_on=parse_day(args.start), end_on=parse_day(args.end),
        review_on=parse_day(args.review) if args.review else None,
        report_due_on=parse_day(args.report_due) if args.report_due else None,
        goal_ids=tuple(args.goal or ()),
    )
    with open_database(args) as service:
        effort_id = service.efforts.add(effort, provider=args.provider or "")
        stored = service.efforts.get(effort_id)
    if args.json:
        _print_json(_plain(stored))
    else:
        print(f"Indsats {effort_id} oprettet: {stored.title}, {stored.start_on:%d.%m.%Y}–{stored.end_on:%d.%m.%Y}")
    return 0


def cmd_effort_list(args: argparse.Namespace) -> int:
    with open_database(args) as service:
        citizens = [args.citizen] if args.citizen is not None else [c.id for c in service.citizens.caseload()]
        found = [e for cid in citizens for e in service.efforts.of_citizen(cid)]
    today = _on(args)
    if args.json:
        _print_json([_plain(e) | {"awaiting_decision": e.awaiting_decision(today)} for e in found])
        return 0
    for e in found:
        state = "løber" if e.running else label(e.outcome) if e.outcome else ""
        if e.outcome == EffortOutcome.EXTENDED:
            state = f"forlænget fra {e.previous_end_on:%d.%m.%Y}"
        if e.awaiting_decision(today):
            state = "afventer afgørelse"
        print(f"{e.id:>5}  borger {e.citizen_id:<5} {e.start_on:%d.%m.%Y}–{e.end_on:%d.%m.%Y}  "
              f"{label(e.kind):<24} {e.title}  ({state})")
    print(count_of(len(found), "indsats", "indsatser"))
    return 0


def cmd_effort_end(args: argparse.Namespace) -> int:
    outcome = EffortOutcome(args.outcome)
    with open_database(args) as service:
        if outcome == EffortOutcome.EXTENDED:
            if not args.until:
                raise_usage("en forlængelse kræver --until ÅÅÅÅ-MM-DD")
            effort = service.efforts.extend(args.id, parse_day(args.until), args.note or "")
            print(f"Indsats {args.id} forlænget til {effort.end_on:%d.%m.%Y}.")
        else:
            on = _on(args)
            service.efforts.end(args.id, outcome, on, args.note or "")
            print(f"Indsats {args.id}: {label(outcome).lower()} {on:%d.%m.%Y}.")
    return 0


def raise_usage(message: str) -> None:
    Parser(prog="caseapp").error(message)


# -- documents ---------------------------------------------------------------------------------


def cmd_document_request(args: argparse.Namespace) -> int:
    from caseapp.domain.followup import DocumentRequest

    requested = _on(args)
    request = DocumentRequest(args.citizen, args.title, getattr(args, "from"), requested, parse_day(args.due))
    with open_database(args) as service:
        request_id = service.documents.request(request)
        stored = service.documents.get(request_id)
    if args.json:
        _print_json(_plain(stored))
    else:
        print(f"Dokument {request_id} bestilt hos {stored.requested_from}, frist {stored.due_on:%d.%m.%Y}.")
    return 0


def cmd_document_chase(args: argparse.Namespace) -> int:
    on = _on(args)
    with open_database(args) as service:
        request = service.documents.chase(args.id, ChaseHow(args.how), on)
    print(f"Rykker {len(request.chases)} for dokument {args.id} noteret ({label(ChaseHow(args.how)).lower()}).")
    return 0


def cmd_document_received(args: argparse.Namespace) -> int:
    return _close_document(args, received=True)


def cmd_document_give_up(args: argparse.Namespace) -> int:
    return _close_document(args, received=False)


def _close_document(args: argparse.Namespace, received: bool) -> int:
    on = _on(args)
    with open_database(args) as service:
        (service.documents.received if received else service.documents.give_up)(args.id, on)
    print(f"Dokument {args.id} {'modtaget' if received else 'opgivet'} {on:%d.%m.%Y}.")
    return 0


# -- the list of what is due -------------------------------------------------------------------


def cmd_deadlines(args: argparse.Namespace) -> int:
    today = _on(args)
    with open_database(args) as service:
        lines = service.deadlines(today, days=args.days, citizen_id=args.citizen, team=args.team)
    if args.json:
        _print_json([_deadline_json(d, today) for d in lines])
        return 0
    for d in lines:
        print(f"{d.on:%d.%m.%Y}  {_when(d, today):<14} {d.citizen_name:<28} {label(d.kind):<28} "
              f"{d.title + ': ' if d.title else ''}{d.next_action}")
    print(count_of(len(lines), "frist", "frister"))
    return 0


def _when(deadline: Deadline, today: dt.date) -> str:
    days = deadline.days_left(today)
    if days < 0:
        return f"{-days} dage over" if days < -1 else "1 dag over"
    if days == 0:
        return "i dag"
    return f"om {days} dage" if days > 1 else "i morgen"


def _deadline_json(deadline: Deadline, today: dt.date) -> dict:
    return _plain(deadline) | {"kind": deadline.kind.value, "next_action": deadline.next_action,
                               "days_left": deadline.days_left(today), "overdue": deadline.overdue(today)}


def add_commands(sub: argparse._SubParsersAction) -> None:
    _add_effort_commands(sub)
    _add_document_commands(sub)
    p = add_command(sub, "deadlines", cmd_deadlines, "frister: hvad der forfalder, overskredne først")
    p.add_argument("--days", type=int, default=30, metavar="N", help="så mange dage frem (standard 30)")
    p.add_argument("--citizen", type=int, metavar="ID")
    p.add_argument("--on", metavar="ÅÅÅÅ-MM-DD", help="set fra denne dato (standard: i dag)")
    p.add_argument("--team", action="store_true",
                   help="i et team: teamets borgere, ikke kun dem du er ansvarlig for")
    p.add_argument("--json", action="store_true")


def _add_effort_commands(sub: argparse._SubParsersAction) -> None:
    effort = sub.add_parser("effort", help="indsatser og bevillinger med slutdatoer")
    effort_sub = effort.add_subparsers(dest="effort_command", required=True, parser_class=Parser)
    p = add_command(effort_sub, "add", cmd_effort_add, "opret en indsats")
    p.add_argument("--citizen", type=int, required=True, metavar="ID")
    p.add_argument("--title", required=True)
    p.add_argument("--kind", choices=[k.value for k in EffortKind], default=EffortKind.OTHER.value)
    p.add_argument("--start", required=True, metavar="ÅÅÅÅ-MM-DD")
    p.add_argument("--end", required=True, metavar="ÅÅÅÅ-MM-DD")
    p.add_argument("--review", metavar="ÅÅÅÅ-MM-DD", help="hvornår forlængelse skal besluttes")
    p.add_argument("--report-due", metavar="ÅÅÅÅ-MM-DD", help="næste statusrapport fra leverandøren")
    p.add_argument("--provider", metavar="TEKST", help="leverandørens kontaktperson (oprettes i netværket)")
    p.add_argument("--goal", type=int, action="append", metavar="ID",
                   help="et delmål indsatsen tjener (gentag for flere)")
    p.add_argument("--json", action="store_true")
    p = add_command(effort_sub, "list", cmd_effort_list, "vis indsatser")
    p.add_argument("--citizen", type=int, metavar="ID")
    p.add_argument("--on", metavar="ÅÅÅÅ-MM-DD", help="status set fra denne dato (standard: i dag)")
    p.add_argument("--json", action="store_true")
    p = add_command(effort_sub, "end", cmd_effort_end, "forlæng, afslut eller erstat en indsats")
    p.add_argument("--id", type=int, required=True)
    p.add_argument("--outcome", required=True, choices=[o.value for o in EffortOutcome])
    p.add_argument("--until", metavar="ÅÅÅÅ-MM-DD", help="ny slutdato ved forlængelse")
    p.add_argument("--on", metavar="ÅÅÅÅ-MM-DD", help="slutdato (standard: i dag)")
    p.add_argument("--note", metavar="TEKST", help="fx hvad indsatsen blev erstattet af")


def _add_document_commands(sub: argparse._SubParsersAction) -> None:
    document = sub.add_parser("document", help="dokumenter, der er bestilt hos andre, og rykkere")
    doc_sub = document.add_subparsers(dest="document_command", required=True, parser_class=Parser)
    p = add_command(doc_sub, "request", cmd_document_request, "notér et bestilt dokument")
    p.add_argument("--citizen", type=int, required=True, metavar="ID")
    p.add_argument("--title", required=True)
    p.add_argument("--from", required=True, metavar="TEKST", help="hvem det er bestilt hos")
    p.add_argument("--due", required=True, metavar="ÅÅÅÅ-MM-DD")
    p.add_argument("--on", metavar="ÅÅÅÅ-MM-DD", help="bestilt denne dato (standard: i dag)")
    p.add_argument("--json", action="store_true")
    p = add_command(doc_sub, "chase", cmd_document_chase, "notér en rykker")
    p.add_argument("--id", type=int, required=True)
    p.add_argument("--how", required=True, choices=[h.value for h in ChaseHow])
    p.add_argument("--on", metavar="ÅÅÅÅ-MM-DD")
    p = add_command(doc_sub, "received", cmd_document_received, "notér at dokumentet er modtaget")
    p.add_argument("--id", type=int, required=True)
    p.add_argument("--on", metavar="ÅÅÅÅ-MM-DD")
    p = add_command(doc_sub, "give-up", cmd_document_give_up, "opgiv dokumentet")
    p.add_argument("--id", type=int, required=True)
    p.add_argument("--on", metavar="ÅÅÅÅ-MM-DD")
