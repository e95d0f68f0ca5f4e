"""The core never imports Qt or the UI (DESIGN.md section 5)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "caseapp"
FORBIDDEN = ("PySide6", "ui", "shiboken6")


def _imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_no_core_module_imports_qt_or_ui() -> None:
    offenders = {
        str(p.relative_to(CORE.parent)): sorted(_imported_roots(p) & set(FORBIDDEN))
        for p in CORE.rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}
    assert len(offenders) > 10  # the scan really looked at the core


def test_importing_the_whole_core_loads_no_qt() -> None:
    modules = sorted(
        ".".join(p.relative_to(CORE.parent).with_suffix("").parts).removesuffix(".__init__")
        for p in CORE.rglob("*.py")
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(k for k in sys.modules if k.split('.')[0] in ('PySide6', 'ui', 'shiboken6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


ROOT = CORE.parent


def _lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    lint = Path(sys.executable).with_name("lint-imports")
    return subprocess.run(
        [str(lint), "--no-cache", "--config", str(cwd / "pyproject.toml")],
        cwd=cwd, capture_output=True, text=True, check=False,
    )


def test_the_core_keeps_its_import_layers() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout[-3000:]
    assert " 0 broken" in result.stdout


def test_a_planted_upward_import_breaks_the_contract(tmp_path: Path) -> None:
    """The contract really bites: storage importing the façade is refused."""
    shutil.copytree(CORE, tmp_path / "caseapp", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "caseapp" / "storage" / "planted.py").write_text(
        "from caseapp.service import CaseService\n", encoding="utf-8"
    )
    result = _lint_imports(tmp_path)  # the copy: planted.py exists nowhere else
    assert result.returncode != 0
    assert "caseapp.storage.planted -> caseapp.service" in result.stdout
