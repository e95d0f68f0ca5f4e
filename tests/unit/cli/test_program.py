"""The command line's parser: a command's run builds the top level and that command alone and
imports no area's module it does not need, yet parses, helps and refuses exactly as the whole
parser does."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.cli.program import AREA_COMMANDS, build_parser, command_named

ROOT = Path(__file__).resolve().parents[3]


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _helps(parser: argparse.ArgumentParser, path: str = "") -> dict[str, str]:
    """The help text of `parser` and of every command under it, by command path."""
    helps = {path: parser.format_help()}
    if any(isinstance(a, argparse._SubParsersAction) for a in parser._actions):
        for name, child in _commands(parser).items():
            helps |= _helps(child, f"{path} {name}".strip())
    return helps


def test_every_command_built_alone_is_the_command_of_the_whole_parser() -> None:
    whole = _commands(build_parser())
    declared = [name for names in AREA_COMMANDS.values() for name in names]
    assert set(declared) <= set(whole) and len(declared) == len(set(declared))
    for name, parser in whole.items():
        alone = _commands(build_parser(command=name))
        assert name in alone and len(alone) < len(whole)
        assert _helps(alone[name]) == _helps(parser), name


@pytest.mark.parametrize(("argv", "command"), [
    (["export", "status", "--db", "x.db", "--citizen", "3", "--out", "s.pdf"], "export"),
    (["--db", "x.db", "citizens", "--json"], "citizens"),
    (["--db=x.db", "--demo", "sync", "now"], "sync"),
    (["--db", "export"], None),  # "export" is the database's name: the desktop opens
    (["--fo", "200", "export"], None),  # an abbreviated option: argparse decides
    (["--help"], None),
    (["--version"], None),
    (["exprot", "status"], None),
    ([], None),
])
def test_the_command_is_named_only_where_that_is_plain(argv: list[str], command: str | None) -> None:
    assert command_named(argv) == command


def test_a_command_parses_alike_alone_and_in_the_whole_parser() -> None:
    argv = ["--db", "x.db", "export", "status", "--citizen", "3", "--out", "s.pdf"]
    assert build_parser(command="export").parse_args(argv) == build_parser().parse_args(argv)


def test_a_mistyped_command_is_refused_with_every_command_named(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exprot", "status"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'exprot'" in err and "'init'" in err and "'export'" in err and "'sync'" in err


def test_running_export_status_imports_only_the_areas_its_parser_needs(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from caseapp.cli import main\n"
        "code = main(['export', 'status', '--db', sys.argv[1], '--citizen', '1', '--out', 'x.pdf'])\n"
        "print(code, sorted(m for m in sys.modules if m.startswith('caseapp.cli.')))\n"
    )
    run = subprocess.run([sys.executable, "-c", script, str(tmp_path / "findes-ikke.db")], cwd=ROOT,
                         capture_output=True, text=True, timeout=120, check=True)
    assert "findes ikke" in run.stderr
    loaded = run.stdout.split(" ", 1)[1]
    assert "'caseapp.cli.exports'" in loaded  # with records and meetings: `export insight|minutes`
    for area in ("followup", "handover", "notes", "team"):
        assert f"'caseapp.cli.{area}'" not in loaded
