"""The commands a data protection officer asks about: who has looked (`log`), what is held on
one citizen (`export insight`), what is not yet in the official record (`notes --unfiled`,
`note filed`), and closing and deleting a case (`close`, `reopen`, `purge`, `settings`)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.cli.common import add_command, note_json, open_database, parse_day
from caseapp.domain.enums import AccessAction
from caseapp.domain.labels import label
from caseapp.domain.plural import count_of
from caseapp.errors import InvalidInput

if TYPE_CHECKING:
    from caseapp.domain.models import CaseClosing, PurgedNote, PurgeReceipt
    from caseapp.service import CaseService

# -- who has looked ----------------------------------------------------------------------------


def cmd_log(args: argparse.Namespace) -> int:
    with open_database(args) as service:
        service.records.expire_access_log()
        if args.citizen is not None:
            service.citizens.citizen(args.citizen)
        rows = service.records.access_log(args.citizen)
    if args.json:
        print(json.dumps([_access_json(r) for r in rows], ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        who = f"borger {r.citizen_id}" if r.citizen_id is not None else "-"
        print(f"{r.at:%d.%m.%Y %H:%M:%S}  {r.user:<24} {who:<12} {label(AccessAction(r.action)):<28} "
              f"{r.detail}")
    print(count_of(len(rows), "række", "rækker"))
    return 0


def _access_json(row: object) -> dict:
    out = asdict(row)  # type: ignore[call-overload]
    out["at"] = out["at"].isoformat()
    out.pop("prev")
    return out


# -- what is held, what is not filed -----------------------------------------------------------


def cmd_export_insight(args: argparse.Namespace) -> int:
    data_out = Path(args.data) if args.data else None
    with open_database(args) as service:
        others = service.reports.insight_mentions(args.citizen)
        leave_out = [m.name for m in others] if args.leave_out_others else []
        path = service.reports.export_insight(args.citizen, Path(args.out), data_out, leave_out=leave_out)
    print(f"Indsigt skrevet: {path}" + (f" og {data_out}" if data_out else ""))
    if others and not leave_out:
        named = ", ".join(f"{m.name} ({m.kind}, {count_of(m.count, 'tekst', 'tekster')})" for m in others)
        print(f"Bemærk: teksterne nævner andre personer: {named}. Gennemse dem før udlevering, "
              "eller skriv indsigten igen med --leave-out-others.")
    elif leave_out:
        print(f"{count_of(len(leave_out), 'navn', 'navne')} på andre personer er udeladt af teksterne.")
    return 0


def cmd_unfiled(args: argparse.Namespace) -> int:
    with open_database(args) as service:
        rows = service.diary.unfiled_notes()
        names = {c.id: c.name for c in service.citizens.caseload()}
        purged = service.records.purged_unfiled_notes()
    if args.json:
        print(json.dumps([note_json(n) | {"citizen_name": names.get(n.citizen_id, "")} for n in rows]
                         + [_purged_note_json(n) for n in purged], ensure_ascii=False, indent=1))
        return 0
    for n in rows:
        signed = f"{n.signed_at:%d.%m.%Y}" if n.signed_at else ""
        print(f"{n.id:>7}  {names.get(n.citizen_id, ''):<28} underskrevet {signed}  {n.author:<20} "
              f"{n.text.splitlines()[0] if n.text else ''}")
    print(count_of(len(rows), "notat", "notater") + " ikke ført i fagsystemet efter tre arbejdsdage")
    if purged:
        print("\nIkke ført – borger slettet (borgeren er slettet i teamet; før notatet i fagsystemet, "
              "og markér det så: caseapp note filed --purged ID):")
        for p in purged:
            signed = f"{p.signed_at:%d.%m.%Y}" if p.signed_at else ""
            print(f"{p.id:>7}  {p.case_ref:<28} underskrevet {signed}  {p.author:<20} "
                  f"{p.text.splitlines()[0] if p.text else ''}")
    return 0


def _purged_note_json(note: PurgedNote) -> dict:
    """A kept note of a purged citizen, told apart from the others by `citizen_deleted`."""
    row = asdict(note)
    for key, value in row.items():
        if hasattr(value, "isoformat"):
            row[key] = value.isoformat()
    return {"citizen_deleted": True, "purged_note_id": row.pop("id")} | row


def cmd_note_filed(args: argparse.Namespace) -> int:
    with open_database(args) as service:
        if args.purged is not None:
            service.records.mark_purged_note_filed(args.purged)
            print("Notatet er markeret som ført i fagsystemet og slettet her.")
            return 0
        if args.citizen is None:
            raise InvalidInput("Angiv borgeren med --citizen ID.")
        if args.all:
            marked = service.records.mark_all_filed(args.citizen)
        else:
            note = service.diary.note(args.note)
            if note.citizen_id != args.citizen:
                raise InvalidInput(f"Notat {args.note} hører ikke til borger {args.citizen}.")
            service.diary.mark_entered_official([args.note], dt.date.today())
            marked = 1
    print(f"{count_of(marked, 'notat', 'notater')} markeret som ført i fagsystemet.")
    return 0


# -- closing and deleting ----------------------------------------------------------------------


def _closing_json(case: CaseClosing) -> dict:
    return {"citizen_id": case.citizen_id, "closed_on": case.closed_on.isoformat(),
            "reason": case.reason, "retention_days": case.retention_days,
            "retention_reason": case.retention_reason, "deletion_date": case.deletion_date.isoformat()}


def cmd_close(args: argparse.Namespace) -> int:
    with open_database(args) as service:
        case = service.records.close_case(args.citizen, args.reason, parse_day(args.on) if args.on else None,
                                  args.retention_days, args.retention_reason or "")
    if args.json:
        print(json.dumps(_closing_json(case), ensure_ascii=False))
    else:
        print(f"Sagen for borger {case.citizen_id} er afsluttet {case.closed_on:%d.%m.%Y}; "
              f"borgeren slettes {case.deletion_date:%d.%m.%Y}.")
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    with open_database(args) as service:
        service.records.reopen_case(args.citizen)
    print(f"Sagen for borger {args.citizen} er genåbnet.")
    return 0


def _receipt_json(receipt: PurgeReceipt) -> dict:
    return {"case_ref": receipt.case_ref, "closed_on": receipt.closed_on.isoformat() if receipt.closed_on else None,
            "counts": receipt.counts, "user": receipt.user, "purged_at": receipt.purged_at.isoformat()}


def _purge_one(service: CaseService, citizen_id: int, named: bool, dry_run: bool) -> dict:
    why = service.records.purge_refusal(citizen_id, named=named)
    if why:
        return {"citizen_id": citizen_id, "refused": why}
    if dry_run:
        return {"citizen_id": citizen_id, "would_remove": service.records.purge_counts(citizen_id)}
    return {"citizen_id": citizen_id, "receipt": _receipt_json(service.records.purge_citizen(citizen_id, named=named))}


def _say(outcome: dict) -> str:
    if "refused" in outcome:
        return str(outcome["refused"])
    counts = outcome.get("would_remove") or outcome["receipt"]["counts"]
    what = ", ".join(f"{n} {kind}" for kind, n in counts.items() if n)
    if "would_remove" in outcome:
        return f"Borger {outcome['citizen_id']} ville blive slettet: {what or 'kun borgeren selv'}."
    return f"Borger {outcome['citizen_id']} er slettet: {what or 'kun borgeren selv'}."


def cmd_purge(args: argparse.Namespace) -> int:
    with open_database(args) as service:
        if args.register:
            receipts = [_receipt_json(r) for r in service.records.deletion_register()]
            print(json.dumps(receipts, ensure_ascii=False, indent=1) if args.json else
                  "\n".join(f"{r['purged_at']}  {r['case_ref']}  {r['user']}  {r['counts']}" for r in receipts)
                  or "Ingen sletninger endnu.")
            return 0
        if args.citizen is not None:
            service.citizens.citizen(args.citizen)
            outcomes = [_purge_one(service, args.citizen, True, args.dry_run)]
        else:
            outcomes = [_purge_one(service, c.citizen_id, False, args.dry_run)
                        for c in service.records.closed_cases() if c.deletion_date <= dt.date.today()]
    if args.json:
        print(json.dumps(outcomes, ensure_ascii=False, indent=1))
    else:
        print("\n".join(_say(o) for o in outcomes) or "Ingen afsluttede sager er klar til sletning.")
    refused = [o for o in outcomes if "refused" in o]
    if refused and args.citizen is not None:
        raise InvalidInput(str(refused[0]["refused"]))
    return 2 if refused else 0


def cmd_settings(args: argparse.Namespace) -> int:
    with open_database(args) as service:
        if args.retention_days is not None:
            service.records.set_retention_days(args.retention_days)
        if args.log_months is not None:
            service.records.set_access_log_months(args.log_months)
        if args.own_log_days is not None:
            service.records.set_own_log_days(args.own_log_days)
        now = {"retention_days": service.records.retention_days(), "log_months": service.records.access_log_months(),
               "own_log_days": service.records.own_log_days(),
               "team_retention_days": service.records.team_retention_days()}
    if args.json:
        print(json.dumps(now))
    else:
        team = now["team_retention_days"]
        shared = (f"; borgere delt med teamet {team} dage efter (teamets opbevaringstid, sat af teamets "
                  "opretter)" if team is not None else "")
        print(f"Afsluttede sager slettes {now['retention_days']} dage efter afslutningen{shared}; "
              f"adgangsloggen gemmes i {now['log_months']} måneder; egne ændringer til teamet "
              f"gemmes {now['own_log_days']} dage efter, at serveren har bekræftet dem.")
    return 0


# -- the parser --------------------------------------------------------------------------------


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = add_command(sub, "log", cmd_log, "hvem har set hvad: adgangsloggen, nyeste først")
    p.add_argument("--citizen", type=int, metavar="ID", help="kun rækker om denne borger")
    p.add_argument("--json", action="store_true")
    p = add_command(sub, "close", cmd_close, "afslut en sag (borgeren slettes efter opbevaringstiden)")
    p.add_argument("--citizen", type=int, required=True, metavar="ID")
    p.add_argument("--reason", required=True, help="hvorfor sagen afsluttes")
    p.add_argument("--on", metavar="ÅÅÅÅ-MM-DD", help="afslutningsdatoen (standard: i dag)")
    p.add_argument("--retention-days", type=int, metavar="N", help="en anden opbevaringstid for denne borger")
    p.add_argument("--retention-reason", metavar="TEKST", help="hvorfor opbevaringstiden er en anden")
    p.add_argument("--json", action="store_true")
    p = add_command(sub, "reopen", cmd_reopen, "genåbn en afsluttet sag")
    p.add_argument("--citizen", type=int, required=True, metavar="ID")
    p = add_command(sub, "purge", cmd_purge, "slet afsluttede borgere for altid (med kvittering)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--due", action="store_true", help="alle, hvis slettedato er nået")
    which.add_argument("--citizen", type=int, metavar="ID", help="én afsluttet borger, også før tid")
    which.add_argument("--register", action="store_true", help="vis sletteregistrets kvitteringer")
    p.add_argument("--dry-run", action="store_true", help="vis hvad der ville blive slettet")
    p.add_argument("--json", action="store_true")
    p = add_command(sub, "settings", cmd_settings, "opbevaringstider for afsluttede sager, adgangsloggen og egne teamændringer")
    p.add_argument("--retention-days", type=int, metavar="N", help="dage fra afslutning til sletning")
    p.add_argument("--log-months", type=int, metavar="N", help="måneder adgangsloggen gemmes (1-60)")
    p.add_argument("--own-log-days", type=int, metavar="N",
                   help="dage egne ændringer til teamet gemmes, efter serveren har bekræftet dem (1-3650)")
    p.add_argument("--json", action="store_true")


def add_insight_export(kinds: argparse._SubParsersAction) -> None:
    p = add_command(kinds, "insight", cmd_export_insight, "alt, hvad caseapp gemmer om én borger (indsigt)")
    p.add_argument("--citizen", type=int, required=True, metavar="ID", help="borgerens id")
    p.add_argument("--out", required=True, metavar="FILE.pdf|DIR")
    p.add_argument("--data", metavar="FILE.json", help="også en maskinlæsbar kopi")
    p.add_argument("--leave-out-others", action="store_true",
                   help="udelad navne på andre borgere og netværkspersoner i teksterne")


def add_note_filed(note_sub: argparse._SubParsersAction) -> None:
    p = add_command(note_sub, "filed", cmd_note_filed, "markér notater som ført i fagsystemet")
    p.add_argument("--citizen", type=int, metavar="ID", help="borgerens id (ikke med --purged)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--note", type=int, metavar="ID")
    which.add_argument("--all", action="store_true", help="alle borgerens underskrevne notater")
    which.add_argument("--purged", type=int, metavar="ID",
                       help="et notat under »Ikke ført – borger slettet« (det slettes så her)")
