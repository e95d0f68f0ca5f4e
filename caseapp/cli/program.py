"""The command line (DESIGN.md section 6): the parser, the everyday commands, and `main`, which
turns every error into one sentence on stderr and a non-zero exit. The data protection commands
are in records.py, the team's in caseapp/sync/team_commands.py."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

from caseapp import __version__
from caseapp.cli import followup, handover, meetings, records
from caseapp.cli.common import (
    Parser,
    add_command,
    create_database,
    db_path,
    note_json,
    open_database,
    progress_printer,
    prompt,
)
from caseapp.demo.corpus import SCENARIOS
from caseapp.domain.cpr import mask_cpr
from caseapp.domain.enums import AccessAction, NoteKind
from caseapp.domain.labels import label
from caseapp.domain.plural import count_of
from caseapp.errors import CaseappError, InvalidInput, StoreError
from caseapp.storage import connection, keys, store

log = logging.getLogger(__name__)

SCENARIO_KEYS = tuple(scenario.key for scenario in SCENARIOS)
VIEWS = ("today", "week", "caseload", "deadlines", "citizen", "plan", "notes", "status", "followup")


def cmd_init(args: argparse.Namespace) -> int:
    path = db_path(args)
    if args.db is None:
        path.parent.mkdir(parents=True, exist_ok=True)
    with create_database(path):
        pass
    print(f"Krypteret database oprettet: {path}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    if not 1 <= args.citizens <= 100_000:
        raise InvalidInput("--citizens skal ligge mellem 1 og 100000.")
    if not 0 < args.years <= 30:
        raise InvalidInput("--years skal ligge mellem 0 og 30.")
    if args.notes_per_week is not None and not 0 <= args.notes_per_week <= 500:
        raise InvalidInput("--notes-per-week skal ligge mellem 0 og 500.")
    from caseapp.demo.generator import generate_demo

    path = db_path(args)
    with create_database(path) as service:
        stats = generate_demo(
            service._db,
            citizens=args.citizens,
            years=args.years,
            seed=args.seed,
            progress=progress_printer("Demodata"),
            notes_per_week=args.notes_per_week,
            scenario_weights={args.scenario: 1.0} if args.scenario else None,
        )
    print(
        f"Demo-sagsstamme oprettet i {path}: {count_of(stats.citizens, 'borger', 'borgere')}, "
        f"{stats.goals} mål, {count_of(stats.appointments, 'aftale', 'aftaler')}, "
        f"{count_of(stats.notes, 'notat', 'notater')}."
    )
    return 0


def _citizen_json(summary: object) -> dict:
    row = asdict(summary)  # type: ignore[call-overload]
    row["cpr"] = mask_cpr(row["cpr"])
    row["status"] = str(row["status"])
    for key, value in row.items():
        if hasattr(value, "isoformat"):
            row[key] = value.isoformat()
    return row


def cmd_citizens(args: argparse.Namespace) -> int:
    with open_database(args) as service:
        rows = service.citizens.caseload()
    if args.json:
        print(json.dumps([_citizen_json(r) for r in rows], ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        due = r.next_contact_due.strftime("%d.%m.%Y") if r.next_contact_due else "-"
        print(f"{r.id:>5}  {r.name:<32} {mask_cpr(r.cpr):<12} {label(r.status):<10} "
              f"{r.case_type:<32} næste kontakt {due}")
    print(count_of(len(rows), "borger", "borgere"))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_database(args) as service:
        hits = service.search(args.query, limit=args.limit)
        service.records.record_access(AccessAction.SEARCHED, detail=args.query)
    if args.json:
        print(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=1))
        return 0
    kinds = {"citizen": "Borger", "goal": "Mål", "note": "Notat"}
    for h in hits:
        print(f"{kinds[h.kind]:<7} {h.id:>8}  {h.citizen_name:<28} {h.snippet}")
    print(f"{len(hits)} fund")
    return 0


def _chosen_backup_passphrase() -> str | None:
    """CASEAPP_BACKUP_PASSPHRASE, or one typed twice; None: the database's own passphrase."""
    from_env = keys.backup_passphrase()
    if from_env:
        return from_env.passphrase
    first = prompt("Vælg en adgangsfrase til sikkerhedskopien (tom: databasens egen): ")
    if not first:
        return None
    if prompt("Gentag adgangsfrasen: ") != first:
        raise InvalidInput("De to adgangsfraser er ikke ens; der er ikke skrevet nogen kopi.")
    return first


def cmd_backup(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    if out.exists() and out.resolve() == db_path(args).resolve():
        raise InvalidInput("Sikkerhedskopien må ikke skrives oven i selve databasen.")
    with open_database(args) as service:
        service.backup(out, _chosen_backup_passphrase())
    print(f"Sikkerhedskopi skrevet: {out}")
    return 0


def _backup_keys() -> list[keys.DatabaseKey]:
    """CASEAPP_BACKUP_PASSPHRASE, or one typed; the database's own key is tried after these."""
    from_env = keys.backup_passphrase()
    if from_env:
        return [from_env]
    typed = prompt("Adgangsfrase til sikkerhedskopien (tom: databasens egen): ")
    return [keys.DatabaseKey(passphrase=typed)] if typed else []


def cmd_restore(args: argparse.Namespace) -> int:
    path = db_path(args)
    backup_file = Path(args.file).expanduser()
    if not backup_file.is_file():
        raise StoreError(f"Sikkerhedskopien {backup_file} findes ikke.")
    # The restored database keeps the key it has on this machine (the keyring's, also when the
    # file itself is gone, or the passphrase); on a new machine it gets a new one.
    backup_keys = _backup_keys()
    had_key = keys.stored_key(path) is not None
    key = keys.key_for_restore(path, prompt)
    try:
        report = store.restore(path, key, backup_file, backup_keys)
    except BaseException:
        if key.raw_hex and not had_key:
            keys.forget_key(path)  # a key made for this restore, which did not happen
        raise
    print(f"Genskabt fra sikkerhedskopi: {report.citizens} borgere, {report.notes} notater.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_database(args) as service:
        report = service.check()
    if args.json:
        print(json.dumps(asdict(report) | {"ok": report.ok}, ensure_ascii=False))
    else:
        print(f"Integritet: {report.integrity}")
        print(f"Kryptering: {'ok' if report.cipher_problems == 0 else 'fejl'}")
        print(f"Skemaversion: {report.schema_version} (forventet {report.expected_version})")
        print(f"Indhold: {report.citizens} borgere, {report.notes} notater")
        print(f"Adgangslog: {'ok' if not report.access_log_problems else 'fejl'}")
        for problem in report.access_log_problems:
            print(f"  {problem}")
    if not report.ok:
        raise StoreError("Databasen bestod ikke kontrollen.")
    return 0


def cmd_export_status(args: argparse.Namespace) -> int:
    from caseapp.reports import commands as reports

    with open_database(args) as service:
        if args.all:
            paths = reports.export_all_status(
                service._db, Path(args.out), progress=progress_printer("Statusbeskrivelser")
            )
        else:
            paths = [reports.export_status(service._db, args.citizen, Path(args.out))]
    for path in paths:
        print(path)
    print(f"{count_of(len(paths), 'statusbeskrivelse', 'statusbeskrivelser')} skrevet.")
    return 0


def cmd_export_overview(args: argparse.Namespace) -> int:
    from caseapp.reports import commands as reports

    with open_database(args) as service:
        path = reports.export_overview(service._db, Path(args.out), by_worker=args.by_worker)
    print(f"Overblik over sagsstammen skrevet: {path}")
    return 0


def cmd_calendar_export(args: argparse.Namespace) -> int:
    from caseapp.planning import commands as calendar_commands

    with open_database(args) as service:
        code = calendar_commands.calendar_export(
            service._db, args.date_from, args.date_to, Path(args.out), with_names=args.with_names,
            export=lambda first, last, names: service.export_calendar(first, last, with_names=names),
        )
        service.records.record_access(AccessAction.EXPORTED_CALENDAR, detail=(
            f"{args.date_from} – {args.date_to}, {'med' if args.with_names else 'uden'} borgernes navne"))
        return code


def cmd_calendar_import(args: argparse.Namespace) -> int:
    from caseapp.planning import commands as calendar_commands

    with open_database(args) as service:
        return calendar_commands.calendar_import(
            service._db, Path(args.file), keep_citizens=args.keep_citizens
        )


def cmd_export_plan(args: argparse.Namespace) -> int:
    from caseapp.reports import plan_commands

    with open_database(args) as service:
        path = plan_commands.export_plan(service._db, args.citizen, Path(args.out))
    print(f"Plan skrevet: {path}")
    return 0


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


def _team_command(name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from caseapp.sync import team_commands

        command = {
            "create": team_commands.team_create, "join": team_commands.team_join,
            "invite": team_commands.team_invite, "members": team_commands.team_members,
            "share": team_commands.team_share, "leave": team_commands.team_leave,
            "remove": team_commands.team_remove, "creator": team_commands.team_creator,
            "held": team_commands.team_held, "sync": team_commands.run_sync,
        }[name]
        with open_database(args) as service:
            caller = team_commands.Caller(service._db, service.team.author_name(), service.profile().role)
            return int(command(caller, args))

    return run


def _server_command(name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from caseapp.sync import server_commands

        command = {"install": server_commands.server_install,
                   "upgrade": server_commands.server_upgrade, "sql": server_commands.server_sql,
                   "password": server_commands.server_password}[name]
        return int(command(args))

    return run


def _add_team_commands(sub: argparse._SubParsersAction) -> None:
    team = sub.add_parser("team", help="del borgere med et team gennem PostgreSQL")
    team_sub = team.add_subparsers(dest="team_command", required=True, parser_class=Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = team_sub.add_parser(name, help=help_text)
        p.add_argument("--db", metavar="PATH", help="databasefil (standard: brugerens datamappe)")
        p.set_defaults(func=_team_command(name))
        return p

    p = command("create", "opret et team og vis en invitationskode én gang")
    p.add_argument("--server", required=True, metavar="URL", help="libpq-forbindelsesstreng")
    p.add_argument("--team", required=True, metavar="NAME")
    p.add_argument("--json", action="store_true")
    p = command("join", "meld databasen ind i et team med en invitationskode")
    p.add_argument("--server", required=True, metavar="URL")
    p.add_argument("--invite", required=True, metavar="CODE",
                   help="koden, eller - for at læse den fra standard-input (eller en prompt)")
    p = command("invite", "lav en ny invitationskode til én maskine")
    p.add_argument("--for", dest="for_role", metavar="ROLE", help="kun til denne PostgreSQL-rolle")
    p.add_argument("--days", type=int, default=7, metavar="N", help="dage koden gælder (1-30)")
    p.add_argument("--json", action="store_true")
    p = command("members", "vis teamets medlemmer og deres maskiner")
    p.add_argument("--json", action="store_true")
    p = command("share", "del én borger eller alle med teamet")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--citizen", type=int, metavar="ID")
    who.add_argument("--all", action="store_true", help="alle borgere, også dem der kommer til")
    command("leave", "forlad teamet (de lokale data bliver)")
    p = command("remove", "fjern et medlem (opretteren) eller spær én mistet maskine")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--member", metavar="ROLE", help="medlemmets PostgreSQL-rolle")
    which.add_argument("--device", metavar="ID", help="maskinens id (de første tegn er nok)")
    p = command("creator", "giv opretter-rollen til et andet medlem")
    p.add_argument("--member", required=True, metavar="ROLE")
    p = command("held", "vis tilbageholdte ændringer, eller kassér dem")
    p.add_argument("--discard", metavar="NR|alle", help="kassér én (nummeret) eller alle")
    p.add_argument("--json", action="store_true")


def _add_server_commands(sub: argparse._SubParsersAction) -> None:
    server = sub.add_parser("server", help="databaseadministratorens kommandoer til teamserveren")
    server_sub = server.add_subparsers(dest="server_command", required=True, parser_class=Parser)
    for name, help_text in (("install", "installér skemaet (kan køres igen)"),
                            ("upgrade", "opgradér skemaet til denne caseapps version"),
                            ("password", "gem din adgangskode til serveren i nøgleringen")):
        p = server_sub.add_parser(name, help=help_text)
        p.add_argument("--server", required=True, metavar="URL", help="libpq-forbindelsesstreng")
        p.set_defaults(func=_server_command(name))
    p = server_sub.add_parser("sql", help="skriv installationens SQL ud til gennemsyn")
    p.set_defaults(func=_server_command("sql"))


GuiRunner = Callable[..., int]


def _gui_command(gui: GuiRunner | None) -> Callable[[argparse.Namespace], int]:
    """`caseapp` with no command opens the desktop app, which the launcher in ui/ hands in."""

    def cmd_gui(args: argparse.Namespace) -> int:
        if gui is None:
            raise CaseappError("Skrivebordsprogrammet er ikke tilgængeligt; brug en af kommandoerne.")
        return gui(
            db_path=Path(args.db).expanduser() if args.db else None,
            demo=args.demo,
            screenshot=Path(args.screenshot) if args.screenshot else None,
            view=args.view,
            font_scale=_font_scale(args.font_scale),
        )

    return cmd_gui


FONT_SCALES = range(50, 401)


def _font_scale(percent: int) -> int:
    if percent not in FONT_SCALES:
        raise CaseappError(f"--font-scale skal være mellem {FONT_SCALES.start} og "
                           f"{FONT_SCALES.stop - 1} procent, fx 200 for dobbelt så stor tekst.")
    return percent


def build_parser(gui: GuiRunner | None = None) -> argparse.ArgumentParser:
    parser = Parser(prog="caseapp", description="Sagsbehandlerens eget arbejdsbord.")
    parser.add_argument("--version", action="version", version=f"caseapp {__version__}")
    parser.add_argument("--demo", action="store_true", help="åbn på en ny demo-sagsstamme")
    parser.add_argument("--screenshot", metavar="FILE", help="gem et billede af vinduet og afslut")
    parser.add_argument("--view", choices=VIEWS, default=None, help="visning til --screenshot")
    parser.add_argument("--font-scale", type=int, default=100, metavar="PROCENT",
                        help="tekststørrelse i procent, fx 200 for dobbelt så stor tekst")
    parser.add_argument("--db", metavar="PATH", help="databasefil")
    parser.set_defaults(func=_gui_command(gui))
    sub = parser.add_subparsers(dest="command", parser_class=Parser)

    def command(name: str, func: Callable, help_text: str) -> argparse.ArgumentParser:
        return add_command(sub, name, func, help_text)

    command("init", cmd_init, "opret en krypteret database")
    p = command("demo", cmd_demo, "opret en database med en opdigtet demo-sagsstamme")
    p.add_argument("--citizens", type=int, default=25)
    p.add_argument("--years", type=float, default=2.0)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--notes-per-week", type=float, default=None,
                   help="dagbogsnotater pr. borger pr. uge (stresstest: 64)")
    p.add_argument("--scenario", choices=SCENARIO_KEYS, default=None,
                   help="kun borgere fra ét scenarie, fx bosted")
    p = command("citizens", cmd_citizens, "vis sagsstammen")
    p.add_argument("--json", action="store_true")
    p = command("search", cmd_search, "søg i borgere, mål og notater")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p = command("backup", cmd_backup, "skriv en krypteret sikkerhedskopi")
    p.add_argument("--out", required=True, metavar="FILE")
    p = command("restore", cmd_restore, "genskab databasen fra en sikkerhedskopi")
    p.add_argument("file", metavar="FILE")
    p = command("check", cmd_check, "kontrollér integritet, skemaversion og adgangsloggens kæde")
    p.add_argument("--json", action="store_true")
    records.add_commands(sub)
    followup.add_commands(sub)
    meetings.add_commands(sub)
    handover.add_commands(sub)
    export = sub.add_parser("export", help="skriv PDF: statusbeskrivelser, overblik og borgerens plan")
    kinds = export.add_subparsers(dest="export_kind", required=True, parser_class=Parser)
    p = kinds.add_parser("status", help="statusbeskrivelse for én borger eller alle aktive")
    p.add_argument("--db", metavar="PATH", help="databasefil (standard: brugerens datamappe)")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--citizen", type=int, metavar="ID", help="borgerens id")
    who.add_argument("--all", action="store_true", help="én PDF pr. aktiv borger i mappen --out")
    p.add_argument("--out", required=True, metavar="FILE.pdf|DIR")
    p.set_defaults(func=cmd_export_status)
    p = kinds.add_parser("overview", help="lederens overblik over sagsstammen (liggende A4)")
    p.add_argument("--db", metavar="PATH", help="databasefil (standard: brugerens datamappe)")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--by-worker", action="store_true",
                   help="grupperet pr. ansvarlig medarbejder (i et team: teamets delte borgere)")
    p.set_defaults(func=cmd_export_overview)
    records.add_insight_export(kinds)
    meetings.add_minutes_export(kinds)
    p = kinds.add_parser("plan", help="borgerens plan på én A4-side i et klart sprog")
    p.add_argument("--db", metavar="PATH", help="databasefil (standard: brugerens datamappe)")
    p.add_argument("--citizen", type=int, required=True, metavar="ID", help="borgerens id")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(func=cmd_export_plan)
    calendar = sub.add_parser("calendar", help="udveksl kalenderen som .ics (Outlook, Google)")
    calendar_sub = calendar.add_subparsers(
        dest="calendar_command", required=True, parser_class=Parser
    )
    p = calendar_sub.add_parser("export", help="skriv aftalerne i en periode til en .ics-fil")
    p.add_argument("--db", metavar="PATH", help="databasefil (standard: brugerens datamappe)")
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    p.add_argument("--out", required=True, metavar="FILE.ics")
    p.add_argument("--with-names", action="store_true", help="tag navne og titler med")
    p.set_defaults(func=cmd_calendar_export)
    p = calendar_sub.add_parser("import", help="indlæs en .ics-fil: alt eller intet")
    p.add_argument("--db", metavar="PATH", help="databasefil (standard: brugerens datamappe)")
    p.add_argument("file", metavar="FILE.ics")
    p.add_argument(
        "--keep-citizens", action="store_true", help="bevar sagskoblingen fra en caseapp-eksport"
    )
    p.set_defaults(func=cmd_calendar_import)
    p = sub.add_parser("note", help="skriv et dagbogsnotat")
    note_sub = p.add_subparsers(dest="note_command", required=True, parser_class=Parser)
    p = note_sub.add_parser("add", help="skriv et notat (som kladde, eller underskrevet)")
    p.add_argument("--db", metavar="PATH", help="databasefil (standard: brugerens datamappe)")
    p.add_argument("--citizen", type=int, required=True, metavar="ID")
    p.add_argument("--text", required=True)
    p.add_argument("--goal", type=int, action="append", metavar="ID", help="delmål (kan gentages)")
    p.add_argument("--kind", default="observation", choices=[k.value for k in NoteKind])
    p.add_argument("--author", default=None, help="standard: profilens navn")
    p.add_argument("--sign", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_note_add)
    records.add_note_filed(note_sub)
    p = command("notes", cmd_notes, "vis en borgers dagbogsnotater, eller dem der ikke er ført")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--citizen", type=int, metavar="ID")
    which.add_argument("--unfiled", action="store_true",
                       help="underskrevne notater, der ikke er ført i fagsystemet efter tre arbejdsdage")
    p.add_argument("--json", action="store_true")
    _add_team_commands(sub)
    _add_server_commands(sub)
    p = command("sync", _team_command("sync"), "send og hent teamets ændringer")
    p.add_argument("--json", action="store_true")
    return parser


def main(argv: Sequence[str] | None = None, gui: GuiRunner | None = None) -> int:
    """Run one command. `gui` opens the desktop app; the `caseapp` launcher in ui/ passes it.

    The program's entry points (below, and the launcher) turn core dumps off before calling this;
    main itself leaves the process's limits alone because tests call it in-process."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        args = build_parser(gui).parse_args(argv)
        return int(args.func(args) or 0)
    except CaseappError as exc:
        print(f"caseapp: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("caseapp: Afbrudt; intet halvt arbejde er gemt.", file=sys.stderr)
        return 130
    except connection.OperationalError as exc:
        failure = connection.describe_failure(exc)
        print(f"caseapp: {failure or 'Databasen afviste handlingen; intet blev ændret.'}",
              file=sys.stderr)
        return 3
    except BrokenPipeError:
        # The reader went away (`| head` has its lines): nothing is wrong, and nothing more can be
        # written; stdout goes to /dev/null so the interpreter's last flush stays quiet too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0  # the reader had what it wanted; `set -o pipefail` scripts must not fail on it
    except OSError as exc:
        print(f"caseapp: Filsystemet afviste handlingen ({exc.strerror or exc.__class__.__name__}).",
              file=sys.stderr)
        return 4
    except Exception as exc:  # the user gets a sentence, never a traceback with personal data
        print(f"caseapp: Der opstod en uventet fejl ({exc.__class__.__name__}); "
              "intet blev ændret.", file=sys.stderr)
        return 70

