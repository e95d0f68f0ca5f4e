"""The first start on a Linux without libxcb-cursor0: one Danish sentence saying what to
install, instead of Qt's page of English and an abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.shell.platform_check import MISSING_XCB_CURSOR, platform_problem, will_use_xcb

ROOT = Path(__file__).resolve().parents[3]


def _none(_name: str) -> None:
    return None


def _found(name: str) -> str:
    return f"lib{name}.so.0"


@pytest.mark.parametrize(("env", "system", "expected"), [
    ({}, "Linux", True),
    ({"QT_QPA_PLATFORM": "xcb"}, "Linux", True),
    ({"QT_QPA_PLATFORM": "offscreen"}, "Linux", False),
    ({"QT_QPA_PLATFORM": "wayland"}, "Linux", False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "Linux", False),
    ({"XDG_SESSION_TYPE": "wayland"}, "Linux", False),
    ({"XDG_SESSION_TYPE": "wayland", "QT_QPA_PLATFORM": "xcb"}, "Linux", True),
    ({}, "Windows", False),
    ({}, "Darwin", False),
])
def test_when_qt_will_draw_through_xcb(env: dict[str, str], system: str, expected: bool) -> None:
    assert will_use_xcb(env, system) is expected


def test_a_missing_xcb_cursor_is_one_danish_sentence_naming_the_package() -> None:
    problem = platform_problem({}, "Linux", _none)
    assert problem == MISSING_XCB_CURSOR
    assert "sudo apt install libxcb-cursor0" in problem
    assert problem.count(".") == 1 and problem.endswith(".")


def test_nothing_is_said_when_the_library_is_there_or_not_needed() -> None:
    assert platform_problem({}, "Linux", _found) == ""
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}, "Linux", _none) == ""
    assert platform_problem({}, "Windows", _none) == ""


def test_the_program_says_it_and_stops_before_qt_aborts(tmp_path: Path) -> None:
    """`caseapp --demo` on a machine whose loader cannot find libxcb-cursor."""
    hide = ("import ctypes.util, sys; real = ctypes.util.find_library; "
            "ctypes.util.find_library = lambda n: None if n == 'xcb-cursor' else real(n); "
            "sys.argv = ['caseapp', '--demo']; from ui.launcher import main; sys.exit(main())")
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "DISPLAY")}
    env["HOME"] = str(tmp_path)
    done = subprocess.run([sys.executable, "-c", hide], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == f"caseapp: {MISSING_XCB_CURSOR}"
