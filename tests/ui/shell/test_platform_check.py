"""The first start on a Linux without libxcb-cursor0 (or other libraries Qt's X11 plugin needs):
one Danish sentence naming exactly the packages to install, instead of Qt's page of English and
an abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.shell.platform_check import (
    MISSING_XCB_CURSOR,
    XCB_PACKAGES,
    platform_problem,
    will_use_xcb,
)

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


def _all_but(*hidden: str):  # noqa: ANN202
    return lambda name: None if name in hidden else f"lib{name}.so.0"


def test_a_missing_xcb_cursor_is_one_danish_sentence_naming_the_package() -> None:
    problem = platform_problem({}, "Linux", _all_but("xcb-cursor"))
    assert problem == MISSING_XCB_CURSOR
    assert "sudo apt install libxcb-cursor0" in problem
    assert problem.count(".") == 1 and problem.endswith(".")


def test_every_missing_package_is_named_and_no_other() -> None:
    """A minimal install lacking icccm and keysyms (not cursor) is told about those two."""
    problem = platform_problem({}, "Linux", _all_but("xcb-icccm", "xcb-keysyms"))
    assert "»sudo apt install libxcb-icccm4 libxcb-keysyms1«" in problem
    assert "libxcb-icccm4 og libxcb-keysyms1 mangler" in problem
    assert "cursor" not in problem
    assert problem.count(".") == 1 and problem.endswith(".")


def test_a_machine_with_no_x11_libraries_at_all_gets_every_package_in_one_command() -> None:
    problem = platform_problem({}, "Linux", _none)
    assert f"»sudo apt install {' '.join(XCB_PACKAGES.values())}«" in problem


def test_a_library_beside_qts_own_counts_as_there(tmp_path: Path) -> None:
    """The frozen bundle carries libxcb-cursor next to libQt6XcbQpa, where Qt looks first."""
    (tmp_path / "libxcb-cursor.so.0").write_bytes(b"")
    assert platform_problem({}, "Linux", _all_but("xcb-cursor"), tmp_path) == ""


def test_nothing_is_said_when_the_library_is_there_or_not_needed() -> None:
    assert platform_problem({}, "Linux", _found) == ""
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}, "Linux", _none) == ""
    assert platform_problem({}, "Windows", _none) == ""


@pytest.mark.parametrize(("hidden", "packages"), [
    (("xcb-cursor",), "libxcb-cursor0"),
    (("xcb-icccm", "xcb-keysyms"), "libxcb-icccm4 libxcb-keysyms1"),
])
def test_the_program_says_it_and_stops_before_qt_aborts(
        tmp_path: Path, hidden: tuple[str, ...], packages: str) -> None:
    """`caseapp --demo` on a machine whose loader cannot find some of Qt's X11 libraries."""
    hide = ("import ctypes.util, sys; real = ctypes.util.find_library; "
            f"ctypes.util.find_library = lambda n: None if n in {hidden!r} else real(n); "
            "sys.argv = ['caseapp', '--demo']; from ui.launcher import main; sys.exit(main())")
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "DISPLAY")}
    env["HOME"] = str(tmp_path)
    done = subprocess.run([sys.executable, "-c", hide], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip().startswith("caseapp: caseapp kan ikke åbne sine vinduer")
    assert done.stderr.count("\n") == 1 and f"»sudo apt install {packages}«" in done.stderr
