"""The core never imports Qt or the UI (DESIGN.md section 5); the UI never holds a database handle."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "caseapp"
DESKTOP = CORE.parent / "ui"
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
        if p.name != "__main__.py"  # a program's entry point runs when imported
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(k for k in sys.modules if k.split('.')[0] in ('PySide6', 'ui', 'shiboken6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_no_view_touches_the_services_database_handle() -> None:
    """Views call CaseService and its feature services (service.calendar, .reports, ...);
    `service.db` is gone and its private `_db` is never read outside the core."""
    reads = {
        f"{p.relative_to(CORE.parent)}:{node.lineno}"
        for p in DESKTOP.rglob("*.py")
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr in ("db", "_db")
    }
    assert reads == set()


def test_no_command_touches_the_services_database_handle() -> None:
    """The command line, like the desktop, goes through CaseService and its feature services
    (`service.generate_demo`, `service.calendar`, `service.team.command_caller()`, ...)."""
    reads = {
        f"{p.relative_to(CORE.parent)}:{node.lineno}"
        for p in (CORE / "cli").rglob("*.py")
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr == "_db"  # (`args.db` is the --db option)
    }
    assert reads == set()


MAX_FUNCTION_LINES = 60
# A released migration is history: rewriting it to meet a line count could change what an
# existing database becomes. create_sync_tables is the body of the released migration m010.
RELEASED_MIGRATIONS = CORE / "storage" / "schema.py"
MIGRATION_BODIES = {(CORE / "sync" / "capture.py", "create_sync_tables")}


def test_no_function_is_longer_than_sixty_lines() -> None:
    """Small functions, outside the released migrations (DESIGN.md section 5's house style)."""
    long = []
    for path in sorted([*CORE.rglob("*.py"), *DESKTOP.rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            if (path == RELEASED_MIGRATIONS and node.name.startswith("m0")) or (
                (path, node.name) in MIGRATION_BODIES
            ):
                continue
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                long.append(f"{path.relative_to(CORE.parent)}:{node.lineno} {node.name} ({length} lines)")
    assert not long, "\n".join(long)
