"""Files out and in: `caseapp export status|overview|insight|minutes|plan` (PDF) and `caseapp
calendar export|import` (.ics). reportlab and icalendar load only when a command runs."""

from __future__ import annotations

import argparse
from pathlib import Path

from caseapp.cli import meetings, records
from caseapp.cli.common import (
    Parser,
    add_db_option,
    existing_database,
    open_database,
    progress_printer,
)
from caseapp.domain.enums import AccessAction
from caseapp.domain.plural import count_of


def cmd_export_status(args: argparse.Namespace) -> int:
    if args.all:
        with open_database(args) as service:
            paths = service.reports.export_all_status(
                Path(args.out), progress=progress_printer("Statusbeskrivelser")
            )
    else:
        # One description: read and written without the service (and so without sqlite-utils).
        from caseapp.reports.commands import export_status_from_file

        paths = [export_status_from_file(*existing_database(args), args.citizen, Path(args.out))]
    for path in paths:
        print(path)
    print(f"{count_of(len(paths), 'statusbeskrivelse', 'statusbeskrivelser')} skrevet.")
    return 0


def cmd_export_overview(args: argparse.Namespace) -> int:
    with open_database(args) as service:
        path = service.reports.export_overview(Path(args.out), by_worker=args.by_worker)
    print(f"Overblik over sagsstammen skrevet: {path}")
    return 0


def cmd_calendar_export(args: argparse.Namespace) -> int:
    from caseapp.planning import commands as calendar_commands

    with open_database(args) as service:
        code = calendar_commands.calendar_export(
            args.date_from, args.date_to, Path(args.out), with_names=args.with_names,
            export=lambda first, last, names: service.export_calendar(first, last, with_names=names),
        )
        service.records.record_access(AccessAction.EXPORTED_CALENDAR, detail=(
            f"{args.date_from} – {args.date_to}, {'med' if args.with_names else 'uden'} borgernes navne"))
        return code


def cmd_calendar_import(args: argparse.Namespace) -> int:
    from caseapp.planning import commands as calendar_commands

    with open_database(args) as service:
        return calendar_commands.calendar_import(
            service.calendar, Path(args.file), keep_citizens=args.keep_citizens
        )


def cmd_export_plan(args: argparse.Namespace) -> int:
    with open_database(args) as service:
        path = service.reports.export_plan(args.citizen, Path(args.out))
    print(f"Plan skrevet: {path}")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser("export", help="skriv PDF: statusbeskrivelser, overblik og borgerens plan")
    kinds = export.add_subparsers(dest="export_kind", required=True, parser_class=Parser)
    p = kinds.add_parser("status", help="statusbeskrivelse for én borger eller alle aktive")
    add_db_option(p)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--citizen", type=int, metavar="ID", help="borgerens id")
    who.add_argument("--all", action="store_true", help="én PDF pr. aktiv borger i mappen --out")
    p.add_argument("--out", required=True, metavar="FILE.pdf|DIR")
    p.set_defaults(func=cmd_export_status)
    p = kinds.add_parser("overview", help="lederens overblik over sagsstammen (liggende A4)")
    add_db_option(p)
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--by-worker", action="store_true",
                   help="grupperet pr. ansvarlig medarbejder (i et team: teamets delte borgere)")
    p.set_defaults(func=cmd_export_overview)
    records.add_insight_export(kinds)
    meetings.add_minutes_export(kinds)
    p = kinds.add_parser("plan", help="borgerens plan på én A4-side i et klart sprog")
    add_db_option(p)
    p.add_argument("--citizen", type=int, required=True, metavar="ID", help="borgerens id")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(func=cmd_export_plan)
    calendar = sub.add_parser("calendar", help="udveksl kalenderen som .ics (Outlook, Google)")
    calendar_sub = calendar.add_subparsers(
        dest="calendar_command", required=True, parser_class=Parser
    )
    p = calendar_sub.add_parser("export", help="skriv aftalerne i en periode til en .ics-fil")
    add_db_option(p)
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    p.add_argument("--out", required=True, metavar="FILE.ics")
    p.add_argument("--with-names", action="store_true", help="tag navne og titler med")
    p.set_defaults(func=cmd_calendar_export)
    p = calendar_sub.add_parser("import", help="indlæs en .ics-fil: alt eller intet")
    add_db_option(p)
    p.add_argument("file", metavar="FILE.ics")
    p.add_argument(
        "--keep-citizens", action="store_true", help="bevar sagskoblingen fra en caseapp-eksport"
    )
    p.set_defaults(func=cmd_calendar_import)
