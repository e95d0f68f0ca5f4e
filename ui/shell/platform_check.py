"""Before Qt opens a window on Linux: is the one system library Qt's X11 (xcb) platform plugin
needs and a fresh Debian or Ubuntu lacks there? Qt's own message for it is a page of English
that ends in an abort; this says in one Danish sentence what to install."""

from __future__ import annotations

import ctypes.util
import platform
from collections.abc import Callable, Mapping

from caseapp.errors import CaseappError

MISSING_XCB_CURSOR = (
    "caseapp kan ikke åbne sine vinduer, fordi systembiblioteket libxcb-cursor0 mangler; "
    "installér det med »sudo apt install libxcb-cursor0« og start caseapp igen."
)


def will_use_xcb(env: Mapping[str, str], system: str) -> bool:
    """Qt on Linux draws through X11 (xcb) unless told otherwise or in a Wayland session."""
    if system != "Linux":
        return False
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return not (env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland")


def platform_problem(
    env: Mapping[str, str],
    system: str | None = None,
    find_library: Callable[[str], str | None] | None = None,
) -> str:
    """The sentence to show instead of Qt's abort, or "" when nothing is missing."""
    find = find_library or ctypes.util.find_library
    if will_use_xcb(env, system or platform.system()) and find("xcb-cursor") is None:
        return MISSING_XCB_CURSOR
    return ""


def check_platform(env: Mapping[str, str]) -> None:
    """Raise the sentence (the command line prints it) rather than let Qt abort."""
    problem = platform_problem(env)
    if problem:
        raise CaseappError(problem)
