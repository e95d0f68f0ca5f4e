"""The desktop starts without reportlab: the PDF modules load when a PDF is first made (a
preview, a print-out), not while the window the user waits for is being imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _loaded_after(code: str) -> list[str]:
    """The reportlab modules in sys.modules after running `code` in a fresh interpreter."""
    probe = code + "\nimport sys\nprint(sorted(k for k in sys.modules if k.split('.')[0] == 'reportlab'))"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=True)
    return eval(out.stdout.strip().splitlines()[-1])  # a printed list of names


def test_the_main_window_and_the_app_load_without_reportlab() -> None:
    assert _loaded_after("import ui.shell.app, ui.shell.main_window") == []


def test_no_module_of_the_desktop_loads_reportlab_when_imported() -> None:
    code = ("import importlib, pkgutil, ui\n"
            "for m in pkgutil.walk_packages(ui.__path__, 'ui.'): importlib.import_module(m.name)")
    assert _loaded_after(code) == []
