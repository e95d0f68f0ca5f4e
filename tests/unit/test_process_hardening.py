"""Core dumps are off once the program has started: a dump once held the team key, citizens'
names and CPR numbers. Each check runs in a child process, since the change cannot be undone
(the hard limit stays at zero) and must not leak into the test process."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from caseapp import process_hardening

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="RLIMIT_CORE and prctl as Linux has them"
)

# The child first opens the soft limit as far as the hard limit allows (a shell's `ulimit -c 0`
# leaves the soft limit at zero already), so "before" shows what the program would inherit.
PRELUDE = textwrap.dedent("""
    import ctypes, json, resource, sys
    PR_GET_DUMPABLE = 3
    libc = ctypes.CDLL(None)
    zero = ctypes.c_ulong(0)
    hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))

    def state():
        return {"core": list(resource.getrlimit(resource.RLIMIT_CORE)),
                "dumpable": libc.prctl(PR_GET_DUMPABLE, zero, zero, zero, zero)}
""")


def _child(body: str, *argv: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", PRELUDE + textwrap.dedent(body), *argv],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def _assert_off_after_and_not_before(seen: dict[str, object]) -> None:
    before, after = seen["before"], seen["after"]
    assert before["dumpable"] == 1 and before["core"] != [0, 0], before  # type: ignore[index]
    assert after == {"core": [0, 0], "dumpable": 0}


def test_the_hardening_turns_core_dumps_off() -> None:
    seen = _child("""
        before = state()
        from caseapp.process_hardening import disable_core_dumps
        took_effect = disable_core_dumps()
        print(json.dumps({"before": before, "after": state(), "took_effect": took_effect}))
    """)
    _assert_off_after_and_not_before(seen)
    assert seen["took_effect"] is True


def test_the_caseapp_program_hardens_before_it_runs_a_command() -> None:
    seen = _child("""
        before = state()
        from caseapp import cli
        import ui.launcher
        cli.main = lambda argv, gui: print(json.dumps({"before": before, "after": state()})) or 0
        sys.exit(ui.launcher.main())
    """, "--version")
    _assert_off_after_and_not_before(seen)


def test_the_command_line_module_hardens_before_it_runs_a_command() -> None:
    seen = _child("""
        import runpy
        before = state()
        sys.argv = ["caseapp", "--version"]  # argparse prints it and exits
        try:
            runpy.run_module("caseapp.cli", run_name="__main__")
        except SystemExit:
            pass
        print(json.dumps({"before": before, "after": state()}))
    """)
    _assert_off_after_and_not_before(seen)


def test_a_refused_step_is_logged_without_its_message_and_never_raised(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
) -> None:
    def refuse() -> None:
        raise PermissionError(1, "Nørgaard 010203-1234")  # an error text the log must not repeat

    monkeypatch.setattr(process_hardening, "_limit_core_size_to_zero", refuse)
    monkeypatch.setattr(process_hardening, "_mark_not_dumpable", refuse)
    with caplog.at_level(logging.WARNING, logger=process_hardening.__name__):
        assert process_hardening.disable_core_dumps() is False
    logged = [record.getMessage() for record in caplog.records]
    assert len(logged) == 2 and all("PermissionError" in line for line in logged), logged
    assert not any("Nørgaard" in line or "010203" in line for line in logged)
