"""The packaging metadata agrees with pyproject.toml; the frozen bundle passes its smoke test.

The bundle test builds with PyInstaller (30-60 s, ~230 MB under dist/), so it runs only when
CASEAPP_TEST_BUNDLE=1 is set (CI's packaging job); the metadata checks always run.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "dk.caseapp.Caseapp"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_desktop_file_is_danish_and_in_office() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "caseapp"
    assert entry["Icon"] == APP_ID
    assert entry["Categories"] == "Office;"
    assert "sagsstamme" in entry["Comment[da]"].lower()
    assert entry["GenericName[da]"]


def test_metainfo_names_the_current_version() -> None:
    root = ET.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"  # type: ignore[union-attr]
    releases = [r.get("version") for r in root.iter("release")]
    assert releases and releases[0] == VERSION, "add a <release> for the new version"


def test_the_program_says_the_version_of_pyproject_and_of_its_installed_metadata() -> None:
    # `caseapp --version`, Help -> About and every PDF's Creator show caseapp.__version__
    import importlib.metadata

    import caseapp

    assert caseapp.__version__ == VERSION, "change caseapp.__version__ with pyproject.toml"
    try:
        installed = importlib.metadata.version("caseapp")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("caseapp is not installed here")
    assert installed == VERSION


def test_icons_exist_in_every_size() -> None:
    hicolor = PACKAGING / "linux" / "icons" / "hicolor"
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (PACKAGING / "icons" / "caseapp.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (PACKAGING / "icons" / "caseapp.icns").read_bytes()[:4] == b"icns"


def test_windows_installer_is_per_user() -> None:
    script = (PACKAGING / "windows" / "caseapp.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert r"DefaultDirName={localappdata}\Programs\caseapp" in script
    assert r"compiler:Languages\Danish.isl" in script


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("CASEAPP_TEST_BUNDLE") != "1", reason="CASEAPP_TEST_BUNDLE=1")
def test_frozen_bundle_smoke_test() -> None:
    pytest.importorskip("PyInstaller")
    assert shutil.which("bash")
    result = subprocess.run(
        [str(PACKAGING / "smoke_test.sh")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "smoke test passed" in result.stdout


@pytest.mark.skipif(not shutil.which("readelf") or not os.uname().sysname == "Linux",
                    reason="Linux with binutils' readelf")
def test_the_bundle_puts_libxcb_cursor_where_qts_x11_library_looks() -> None:
    """The spec carries libxcb-cursor.so.0 into PySide6/Qt/lib under that name; the Qt library
    that needs it (libQt6XcbQpa, loaded by the xcb platform plugin) names it and searches its
    own folder."""
    import PySide6

    spec = (PACKAGING / "caseapp.spec").read_text(encoding="utf-8")
    assert 'XCB_CURSOR = "libxcb-cursor.so.0"' in spec
    assert 'XCB_CURSOR_DEST = os.path.join("PySide6", "Qt", "lib")' in spec
    # under its soname: Analysis(binaries=) would keep the file's name, libxcb-cursor.so.0.0.0,
    # which the loader never asks for (check_bundle.py checks the built bundle with ldd)
    assert "a.binaries.append((os.path.join(XCB_CURSOR_DEST, XCB_CURSOR), XCB_CURSOR_PATH" in spec
    qpa = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6XcbQpa.so.6"
    dynamic = subprocess.run(["readelf", "-d", str(qpa)], capture_output=True, text=True,
                             check=True).stdout
    assert "[libxcb-cursor.so.0]" in dynamic
    assert "Library runpath: [$ORIGIN]" in dynamic
