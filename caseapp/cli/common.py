"""What every command of the command line shares: the parser that reports a usage error as one
sentence, opening or creating the database (asking for a passphrase only on a terminal), a
progress line on stderr, and notes as JSON.

The command modules import only what building the parser needs; what a command uses (the
service, the feature it calls, the records it makes) it imports when it runs, so a quick
command pays for itself and not for every other one."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.errors import InvalidInput, StoreError
from caseapp.paths import default_database
from caseapp.storage import keys

if TYPE_CHECKING:
    from caseapp.service import CaseService

Command = Callable[[argparse.Namespace], int]


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line, like every other error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise InvalidInput(f"Ugyldigt kald: {message}. Se 'caseapp --help'.")


def parse_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{text!r} er ikke en dato som ÅÅÅÅ-MM-DD.") from None


def prompt(question: str) -> str | None:
    if not sys.stdin or not sys.stdin.isatty():
        return None
    return getpass.getpass(question)


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if args.db else default_database()


def existing_database(args: argparse.Namespace) -> tuple[Path, keys.DatabaseKey]:
    """The database file `--db` names (or the default one), which must exist, and its key."""
    path = db_path(args)
    if not path.is_file():
        raise StoreError(f"Databasen {path} findes ikke; opret den med 'caseapp init'.")
    return path, keys.key_for_existing_database(path, prompt)


def open_database(args: argparse.Namespace) -> CaseService:
    from caseapp.service import CaseService

    return CaseService.open(*existing_database(args))


def create_database(path: Path) -> CaseService:
    from caseapp.service import CaseService

    if not path.parent.is_dir():
        raise StoreError(f"Mappen {path.parent} findes ikke.")
    if path.exists():
        raise StoreError(f"Der findes allerede en fil på {path}.")
    return CaseService.create(path, keys.key_for_new_database(path, prompt))


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """`--db PATH`, the database a command works on (default: the user's data folder)."""
    parser.add_argument("--db", metavar="PATH", help="databasefil (standard: brugerens datamappe)")


def add_command(sub: argparse._SubParsersAction, name: str, func: Command, help_text: str) -> argparse.ArgumentParser:
    """A subcommand that works on a database (`--db`, default: the user's data folder)."""
    p = sub.add_parser(name, help=help_text)
    add_db_option(p)
    p.set_defaults(func=func)
    return p


def progress_printer(label_text: str) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{label_text}: {done * 100 // max(total, 1)} %")
            if done >= total:
                sys.stderr.write("\n")

    return report


def note_json(note: object) -> dict:
    row = asdict(note)  # type: ignore[call-overload]
    for key, value in row.items():
        if hasattr(value, "isoformat"):
            row[key] = value.isoformat()
        elif isinstance(value, tuple):
            row[key] = list(value)
    row["kind"] = str(row["kind"])
    row["state"] = str(row["state"])
    return row
