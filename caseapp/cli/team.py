"""The team's part of the command line: `caseapp team create|join|invite|members|share|leave|
remove|creator|held`, `caseapp sync`, and the DBA's `caseapp server install|upgrade|sql|password`.
The commands themselves are in caseapp/sync/team_commands.py and server_commands.py, loaded
only when one runs (psycopg)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from caseapp.cli.common import Parser, add_command, add_db_option, open_database


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
            return int(command(service.team.command_caller(), args))

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
        add_db_option(p)
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


def add_commands(sub: argparse._SubParsersAction) -> None:
    _add_team_commands(sub)
    _add_server_commands(sub)
    p = add_command(sub, "sync", _team_command("sync"), "send og hent teamets ændringer")
    p.add_argument("--json", action="store_true")
