"""Static checks on a built bundle: what a frozen caseapp silently loses if the spec is wrong.

    .venv/bin/python packaging/check_bundle.py dist/caseapp

Reads the bundle's PYZ archive with PyInstaller's own reader (the bundle cannot run an arbitrary
script) and looks for: keyring's backends and the entry-point metadata keyring finds them by,
the Secret Service stack on Linux and the libxcb-cursor library Qt's X11 plugin needs, caseapp's
own metadata (the version), the fonts and stylesheet
where resource_path() looks, holidays' Danish data and pikepdf's ICC profile. It also checks that
no plaintext keyring (keyrings.alt) and none of the large unused Qt modules got in. Prints one
line per failure; exit code 1 if any.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PyInstaller.archive.readers import CArchiveReader

BACKENDS = ["SecretService", "kwallet", "libsecret", "chainer", "Windows", "macOS", "fail", "null"]
UNWANTED_QT = [
    "QtWebEngineCore",
    "QtQml",
    "QtQuick",
    "Qt3DCore",
    "QtMultimedia",
    "QtDesigner",
    "QtHelp",
    "QtSql",
    "QtNetwork",
    "QtTest",
    "QtUiTools",
]


def check(bundle: Path) -> list[str]:
    exe = bundle / ("caseapp.exe" if sys.platform == "win32" else "caseapp")
    internal = bundle / "_internal"
    pyz = CArchiveReader(str(exe)).open_embedded_archive("PYZ.pyz")
    modules = set(pyz.toc)
    problems: list[str] = []

    def need_module(name: str) -> None:
        if name not in modules:
            problems.append(f"module {name} is missing from the PYZ")

    def need_file(*parts: str) -> None:
        if not internal.joinpath(*parts).is_file():
            problems.append(f"file _internal/{'/'.join(parts)} is missing")

    for backend in BACKENDS:
        need_module(f"keyring.backends.{backend}")
    if sys.platform.startswith("linux"):
        for name in ("secretstorage", "jeepney", "cryptography"):
            need_module(name)
    for name in (
        "ui.shell.app",
        "ui.shell.main_window",
        "caseapp.cli",
        "caseapp.reports.status_pdf",
        "holidays.countries.denmark",
        "sqlcipher3.dbapi2",
        "tzdata",
        "icalendar",
    ):
        need_module(name)
    for bad in ("keyrings", "keyrings.alt", "pytest"):
        if bad in modules:
            problems.append(f"module {bad} must not be in the bundle")
    for qt in UNWANTED_QT:
        if any(internal.joinpath("PySide6").glob(f"{qt}.*")):
            problems.append(f"unused Qt module PySide6.{qt} was bundled")

    eps = sorted(internal.glob("keyring-*.dist-info/entry_points.txt"))
    if not eps or "[keyring.backends]" not in eps[0].read_text():
        problems.append("keyring's entry points (dist-info/entry_points.txt) are missing")
    metas = sorted(internal.glob("caseapp*.dist-info/METADATA")) + sorted(
        internal.glob("caseapp*.egg-info/PKG-INFO")
    )
    if len(metas) != 1:
        problems.append(f"want one caseapp metadata folder (for __version__), found {metas}")

    for font in (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
        "DejaVuSans-subset.ttf",
        "DejaVuSans-Bold-subset.ttf",
        "DejaVuSans-Oblique-subset.ttf",
        "DejaVuSans-BoldOblique-subset.ttf",
        "LICENSE-DejaVu.txt",
    ):
        need_file("resources", "fonts", font)
    need_file("resources", "style.qss")
    need_file("holidays", "locale", "da", "LC_MESSAGES", "DK.mo")
    need_file("pikepdf", "pdfa", "data", "sRGB.icc")
    need_file("tzdata", "zoneinfo", "Europe", "Copenhagen")
    if sys.platform.startswith("linux"):
        problems += _xcb_cursor_problems(internal.joinpath("PySide6", "Qt", "lib"))
    if not any(internal.glob("sqlcipher3/_sqlite3*")):
        problems.append("sqlcipher3's compiled extension is missing")
    return problems


def _xcb_cursor_problems(qt_lib: Path) -> list[str]:
    """libxcb-cursor.so.0 under that very name beside libQt6XcbQpa, and the one the loader picks
    for it (its RUNPATH $ORIGIN comes before the system's folders): a copy under another name
    (libxcb-cursor.so.0.0.0) is never loaded, and a machine without libxcb-cursor0 fails."""
    own = qt_lib / "libxcb-cursor.so.0"
    if not own.is_file():
        return ["libxcb-cursor.so.0 is missing beside libQt6XcbQpa (Qt's X11 plugin needs it)"]
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    found = subprocess.run([ldd, str(qt_lib / "libQt6XcbQpa.so.6")], capture_output=True,
                           text=True, check=False).stdout
    line = next((row for row in found.splitlines() if "libxcb-cursor.so.0 =>" in row), "")
    if str(own.resolve()) not in line and str(own) not in line:
        return [f"libQt6XcbQpa does not load the bundle's libxcb-cursor.so.0: {line.strip()!r}"]
    return []


def main(argv: list[str]) -> int:
    bundle = Path(argv[1] if len(argv) > 1 else "dist/caseapp")
    problems = check(bundle)
    for problem in problems:
        print(f"check_bundle: {problem}", file=sys.stderr)
    if not problems:
        print(f"check_bundle: {bundle} has keyring backends, resources and data files")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
