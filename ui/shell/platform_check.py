"""Before Qt opens a window on Linux: are the system libraries Qt's X11 (xcb) platform plugin
needs there? A fresh Debian or Ubuntu lacks some of them (libxcb-cursor0 always, often
libxcb-icccm4 and libxcb-keysyms1 on a minimal install). Qt's own message is a page of English
that ends in an abort and names at most the first one; this says in one Danish sentence which
packages to install, all of them at once."""

from __future__ import annotations

import ctypes.util
import importlib.util
import platform
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from caseapp.errors import CaseappError

# What libqxcb.so and libQt6XcbQpa.so.6 load beyond Qt itself (readelf -d, PySide6 6.11),
# as ctypes.util.find_library names them, with the Debian/Ubuntu package that carries each.
# libGL, glib and fontconfig are left out: QtGui needs them too, so a machine that got this far
# has them.
XCB_PACKAGES = {
    "xcb": "libxcb1",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render": "libxcb-render0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-shm": "libxcb-shm0",
    "xcb-sync": "libxcb-sync1",
    "xcb-util": "libxcb-util1",
    "xcb-xfixes": "libxcb-xfixes0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon": "libxkbcommon0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "X11": "libx11-6",
    "X11-xcb": "libx11-xcb1",
}


def missing_packages_sentence(packages: list[str]) -> str:
    """The one sentence naming exactly these packages and the command that installs them."""
    if len(packages) == 1:
        what, them = f"systembiblioteket {packages[0]} mangler", "det"
    else:
        names = ", ".join(packages[:-1]) + " og " + packages[-1]
        what, them = f"systembibliotekerne {names} mangler", "dem"
    return (f"caseapp kan ikke åbne sine vinduer, fordi {what}; "
            f"installér {them} med »sudo apt install {' '.join(packages)}« og start caseapp igen.")


MISSING_XCB_CURSOR = missing_packages_sentence(["libxcb-cursor0"])


def will_use_xcb(env: Mapping[str, str], system: str) -> bool:
    """Qt on Linux draws through X11 (xcb) unless told otherwise or in a Wayland session."""
    if system != "Linux":
        return False
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return not (env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland")


def qt_library_folder() -> Path | None:
    """PySide6/Qt/lib, which libQt6XcbQpa searches first ($ORIGIN): the frozen bundle carries
    libxcb-cursor there, so a library found there is not missing. PySide6 is not imported."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "PySide6" / "Qt" / "lib"
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt" / "lib"


def _beside_qt(name: str, folder: Path | None) -> bool:
    return folder is not None and any(folder.glob(f"lib{name}.so*"))


def missing_packages(find_library: Callable[[str], str | None],
                     qt_folder: Path | None = None) -> list[str]:
    """The Debian packages whose libraries neither the loader nor Qt's own folder has."""
    return [package for name, package in XCB_PACKAGES.items()
            if find_library(name) is None and not _beside_qt(name, qt_folder)]


def platform_problem(
    env: Mapping[str, str],
    system: str | None = None,
    find_library: Callable[[str], str | None] | None = None,
    qt_folder: Path | None = None,
) -> str:
    """The sentence to show instead of Qt's abort, or "" when nothing is missing."""
    if not will_use_xcb(env, system or platform.system()):
        return ""
    if find_library is None:
        find_library, qt_folder = ctypes.util.find_library, qt_library_folder()
    missing = missing_packages(find_library, qt_folder)
    return missing_packages_sentence(missing) if missing else ""


def check_platform(env: Mapping[str, str]) -> None:
    """Raise the sentence (the command line prints it) rather than let Qt abort."""
    problem = platform_problem(env)
    if problem:
        raise CaseappError(problem)
