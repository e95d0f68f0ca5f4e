"""The import contract in pyproject.toml ([tool.importlinter], see ARCHITECTURE.md) holds, and
lint-imports really fails when a forbidden import is planted in a copy of the tree."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
CORE_CONTRACT = "The core (caseapp) imports neither the desktop (ui) nor Qt"
FEATURE_CONTRACT = "Desktop features import each other only through ui.shell"
CIRCLE_CONTRACT = "No import circle in the desktop"
LAYERS_CONTRACT = "Core layers: the facade composes the features"
CORE_CIRCLE_CONTRACT = "No import circle in the core"
RAW_HANDLE_CONTRACT = "The desktop reaches the data only through CaseService"


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=root, capture_output=True, text=True,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "COLUMNS": "200"},
    )


def _outcome(output: str, contract: str) -> str:
    """KEPT or BROKEN for one contract, from lint-imports' summary lines."""
    for line in output.splitlines():  # "... KEPT" or "... KEPT (1 ignored import)"
        words = line.split()
        verdicts = [w for w in words if w in ("KEPT", "BROKEN")]
        if line.startswith(contract) and verdicts:
            return verdicts[-1]
    raise AssertionError(f"{contract!r} not in the output:\n{output}")


@pytest.fixture()
def tree_copy(tmp_path: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for package in ("caseapp", "ui"):
        shutil.copytree(ROOT / package, tmp_path / package, ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_tree_keeps_every_contract() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    for contract in (CORE_CONTRACT, LAYERS_CONTRACT, FEATURE_CONTRACT, CIRCLE_CONTRACT,
                     CORE_CIRCLE_CONTRACT, RAW_HANDLE_CONTRACT):
        assert _outcome(result.stdout, contract) == "KEPT"


def test_an_unchanged_copy_keeps_every_contract(tree_copy: Path) -> None:
    result = _lint_imports(tree_copy)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_core_importing_the_desktop_breaks_the_contract(tree_copy: Path) -> None:
    (tree_copy / "caseapp" / "planted.py").write_text("import ui.shell.app\n")
    result = _lint_imports(tree_copy)
    assert result.returncode != 0
    assert _outcome(result.stdout, CORE_CONTRACT) == "BROKEN"
    assert _outcome(result.stdout, FEATURE_CONTRACT) == "KEPT"
    assert "caseapp.planted -> ui.shell.app" in result.stdout


def test_the_core_importing_qt_breaks_the_contract(tree_copy: Path) -> None:
    (tree_copy / "caseapp" / "planted.py").write_text("from PySide6.QtCore import QDate\n")
    result = _lint_imports(tree_copy)
    assert _outcome(result.stdout, CORE_CONTRACT) == "BROKEN"
    assert "caseapp.planted -> PySide6" in result.stdout


def test_storage_importing_the_facade_breaks_the_core_layers(tree_copy: Path) -> None:
    (tree_copy / "caseapp" / "storage" / "planted.py").write_text(
        "from caseapp.service import CaseService\n"
    )
    result = _lint_imports(tree_copy)
    assert result.returncode != 0
    assert _outcome(result.stdout, LAYERS_CONTRACT) == "BROKEN"
    assert _outcome(result.stdout, CORE_CONTRACT) == "KEPT"
    assert "caseapp.storage.planted -> caseapp.service" in result.stdout


def test_planning_naming_the_service_for_type_hints_breaks_the_core_layers(
    tree_copy: Path,
) -> None:
    """Type-checking imports count: planning takes a database handle, never the façade."""
    (tree_copy / "caseapp" / "planning" / "planted.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
        "    from caseapp.service import CaseService\n"
    )
    result = _lint_imports(tree_copy)
    assert _outcome(result.stdout, LAYERS_CONTRACT) == "BROKEN"


def test_a_view_calling_storage_breaks_the_raw_handle_contract(tree_copy: Path) -> None:
    (tree_copy / "ui" / "week" / "planted.py").write_text("from caseapp.storage import appointments\n")
    result = _lint_imports(tree_copy)
    assert result.returncode != 0
    assert _outcome(result.stdout, RAW_HANDLE_CONTRACT) == "BROKEN"
    assert _outcome(result.stdout, FEATURE_CONTRACT) == "KEPT"
    assert "ui.week.planted -> caseapp.storage.appointments" in result.stdout


def test_a_view_feeding_a_handle_to_the_planner_breaks_the_raw_handle_contract(
    tree_copy: Path,
) -> None:
    (tree_copy / "ui" / "week" / "planted.py").write_text(
        "from caseapp.planning.loading import timeliness_for\n"
    )
    result = _lint_imports(tree_copy)
    assert _outcome(result.stdout, RAW_HANDLE_CONTRACT) == "BROKEN"


def test_one_feature_importing_another_breaks_the_contract(tree_copy: Path) -> None:
    (tree_copy / "ui" / "week" / "planted.py").write_text("from ui.diary import note_editor\n")
    result = _lint_imports(tree_copy)
    assert result.returncode != 0
    assert _outcome(result.stdout, FEATURE_CONTRACT) == "BROKEN"
    assert _outcome(result.stdout, CORE_CONTRACT) == "KEPT"
    assert "ui.week is not allowed to import ui.diary" in result.stdout


def test_a_feature_importing_the_shell_breaks_the_contract(tree_copy: Path) -> None:
    (tree_copy / "ui" / "plan" / "planted.py").write_text("from ui.shell import main_window\n")
    result = _lint_imports(tree_copy)
    assert _outcome(result.stdout, FEATURE_CONTRACT) == "BROKEN"
    assert "ui.plan is not allowed to import ui.shell" in result.stdout


def test_a_circle_inside_a_feature_breaks_the_contract(tree_copy: Path) -> None:
    # week_view imports week_grid; planting the way back closes a circle inside ui.week
    grid = tree_copy / "ui" / "week" / "week_grid.py"
    grid.write_text(grid.read_text(encoding="utf-8") + "\nfrom ui.week import week_view\n")
    result = _lint_imports(tree_copy)
    assert _outcome(result.stdout, CIRCLE_CONTRACT) == "BROKEN"
    assert _outcome(result.stdout, FEATURE_CONTRACT) == "KEPT"


def test_a_circle_inside_a_core_package_breaks_the_contract(tree_copy: Path) -> None:
    # the package's __init__ imports queries; planting the way back closes a circle in notes
    queries = tree_copy / "caseapp" / "notes" / "queries.py"
    queries.write_text(queries.read_text(encoding="utf-8") + "\nfrom caseapp.notes import copy_text\n")
    copy_text = tree_copy / "caseapp" / "notes" / "copy_text.py"
    copy_text.write_text(copy_text.read_text(encoding="utf-8") + "\nfrom caseapp.notes import queries\n")
    result = _lint_imports(tree_copy)
    assert _outcome(result.stdout, CORE_CIRCLE_CONTRACT) == "BROKEN"
    assert _outcome(result.stdout, LAYERS_CONTRACT) == "KEPT"
