"""The command line (DESIGN.md section 6): the parser, the commands on the database itself
(init, demo, citizens, search, backup, restore, check), and `main`, which turns every error into
one sentence on stderr and a non-zero exit. Each area's commands are in a module of their own
(records, followup, meetings, handover, exports, notes, team), which adds them to the parser."""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

from caseapp.citizens.caseload import read_caseload
from caseapp.cli.common import (
    Parser,
    add_command,
    create_database,
    db_path,
    existing_database,
    open_database,
    progress_printer,
    prompt,
)
from caseapp.demo.scenario_keys import SCENARIO_KEYS
from caseapp.domain.cpr import mask_cpr
from caseapp.domain.enums import AccessAction
from caseapp.domain.labels import label
from caseapp.domain.plural import count_of
from caseapp.errors import CaseappError, InvalidInput, StoreError
from caseapp.storage import connection, keys, store

log = logging.getLogger(__name__)

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
    path = db_path(args)
    with create_database(path) as service:
        stats = service.generate_demo(args.citizens, progress_printer("Demodata"), years=args.years,
                                      seed=args.seed, notes_per_week=args.notes_per_week,
                                      scenario=args.scenario)
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
    rows = read_caseload(*existing_database(args))
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


class _PrintVersion(argparse.Action):
    """`--version`, with the version looked up only when asked for (reading the installed
    package's metadata costs more than the rest of a quick command's start)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        import caseapp

        print(f"caseapp {caseapp.__version__}")
        parser.exit()


OWN_COMMANDS = ("init", "demo", "citizens", "search", "backup", "restore", "check")
AREA_COMMANDS = {
    "records": ("log", "close", "reopen", "purge", "settings"),
    "followup": ("effort", "document", "deadlines"),
    "meetings": ("network", "meeting"),
    "handover": ("handover",),
    "exports": ("export", "calendar"),
    "notes": ("note", "notes"),
    "team": ("team", "server", "sync"),
}
"""The commands each area's module adds, in the order `caseapp --help` lists them."""
_TOP_OPTIONS_WITH_A_VALUE = ("--db", "--screenshot", "--view", "--font-scale")


def command_named(argv: Sequence[str]) -> str | None:
    """The command `argv` runs, where that is plain before parsing: after only the top-level
    options spelt out in full, a name `build_parser` knows. Else None (the desktop, --help,
    --version, an abbreviated option, a mistyped command)."""
    words = iter(argv)
    for word in words:
        if word in _TOP_OPTIONS_WITH_A_VALUE:
            next(words, None)
        elif word != "--demo" and not word.startswith(tuple(f"{o}=" for o in _TOP_OPTIONS_WITH_A_VALUE)):
            known = word in OWN_COMMANDS or any(word in names for names in AREA_COMMANDS.values())
            return word if known else None
    return None


def build_parser(gui: GuiRunner | None = None, command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line's parser; with `command` (see `command_named`) the top level and
    that command alone: a command's run need not import every area and build ~50 parsers (about
    10 ms of a quick command's start). Either parses that command's arguments alike."""
    parser = Parser(prog="caseapp", description="Sagsbehandlerens eget arbejdsbord.")
    parser.add_argument("--version", action=_PrintVersion, help="vis programmets version og afslut")
    parser.add_argument("--demo", action="store_true", help="åbn på en ny demo-sagsstamme")
    parser.add_argument("--screenshot", metavar="FILE", help="gem et billede af vinduet og afslut")
    parser.add_argument("--view", choices=VIEWS, default=None, help="visning til --screenshot")
    parser.add_argument("--font-scale", type=int, default=100, metavar="PROCENT",
                        help="tekststørrelse i procent, fx 200 for dobbelt så stor tekst")
    parser.add_argument("--db", metavar="PATH", help="databasefil")
    parser.set_defaults(func=_gui_command(gui))
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    if command is None or command in OWN_COMMANDS:
        _add_own_commands(sub)
    _add_area_commands(sub, lambda area: command is None or command in AREA_COMMANDS[area])
    return parser


def _add_own_commands(sub: argparse._SubParsersAction) -> None:
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


def _add_area_commands(sub: argparse._SubParsersAction, wanted: Callable[[str], bool]) -> None:
    """Each area's commands, its module imported only when they are wanted."""
    if wanted("records"):
        from caseapp.cli import records
        records.add_commands(sub)
    if wanted("followup"):
        from caseapp.cli import followup
        followup.add_commands(sub)
    if wanted("meetings"):
        from caseapp.cli import meetings
        meetings.add_commands(sub)
    if wanted("handover"):
        from caseapp.cli import handover
        handover.add_commands(sub)
    if wanted("exports"):
        from caseapp.cli import exports
        exports.add_commands(sub)
    if wanted("notes"):
        from caseapp.cli import notes
        notes.add_commands(sub)
    if wanted("team"):
        from caseapp.cli import team
        team.add_commands(sub)


def main(argv: Sequence[str] | None = None, gui: GuiRunner | None = None) -> int:
    """Run one command. `gui` opens the desktop app; the `caseapp` launcher in ui/ passes it.

    The program's entry points (below, and the launcher) turn core dumps off before calling this;
    main itself leaves the process's limits alone because tests call it in-process."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        argv = sys.argv[1:] if argv is None else list(argv)
        args = build_parser(gui, command_named(argv)).parse_args(argv)
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


def before_exit() -> None:
    """Called by the program's entry points when a command (not the desktop) is done and the
    process is about to end. Everything the command made goes with the process, yet the
    interpreter would first search all of it for reference cycles, more than once (after a
    PDF, some 60 000 objects: about 40 ms, a tenth of the whole command). Frozen, the objects
    are left to the end of the process; files and the database are closed by then, and stdout
    is still flushed. Not for the desktop, whose Qt objects may still have work to do as they
    are destroyed."""
    gc.freeze()

