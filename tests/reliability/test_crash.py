"""Crash safety (DESIGN.md section 8): writers killed with SIGKILL at random moments lose no
committed note and leave a database that passes `PRAGMA integrity_check` and `caseapp check`.

A few trials per writer here; `CASEAPP_CRASH_TRIALS=300` (or bench/run.py) asks for hundreds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability import harness
from tests.reliability.harness import Trials


@pytest.fixture(scope="module")
def trials(tmp_path_factory: pytest.TempPathFactory) -> Trials:
    return Trials(tmp_path_factory.mktemp("crash"))


@pytest.mark.parametrize("kind", harness.KINDS)
def test_killed_writer_loses_nothing_committed(trials: Trials, kind: str) -> None:
    outcomes = [trials.run(kind, n) for n in range(harness.trials_for(kind))]
    problems = [p for o in outcomes for p in o.problems]
    assert problems == []
    if kind == "notes":
        # the endless writer is always killed in the middle, after committing something
        assert all(o.killed for o in outcomes)
        assert sum(1 for o in outcomes for line in o.lines if line.startswith("signed")) > 0
    if kind == "restore":
        assert all(o.killed for o in outcomes)


def test_note_writer_reports_ids_only_after_commit(tmp_path: Path) -> None:
    """The harness itself: a writer left to run a moment prints ids that are all there."""
    t = Trials(tmp_path, seed=7)
    outcome = t.run("notes", 0)
    signed = [line for line in outcome.lines if line.startswith("signed")]
    drafts = [line for line in outcome.lines if line.startswith("draft")]
    assert outcome.ok, outcome.problems
    assert signed or drafts or outcome.lines == []


def test_kill_after_last_migration_before_user_version(tmp_path: Path) -> None:
    """A kill can land after the last migration committed but before `PRAGMA user_version`
    was raised (schema.migrate does them one after the other). Opening again must finish the
    job: the database is whole, so `caseapp check` must pass."""
    from caseapp.service import CaseService
    from caseapp.storage import connection, schema

    db_path = tmp_path / "case.db"
    db = connection.connect(db_path, harness.key(), must_exist=False)
    schema.migrations.apply(db, stop_before="m003_protect_signed_records")
    db.execute("PRAGMA user_version = 2")
    schema.migrations.apply(db)  # every migration committed; the kill comes before user_version
    connection.close(db)
    with CaseService.open(db_path, harness.key()) as service:
        report = service.check()
    assert report.integrity == "ok"
    assert report.schema_version == schema.SCHEMA_VERSION, (
        "a database with every migration applied keeps its old user_version for ever"
    )
    result = harness.run_cli("check", "--db", str(db_path))
    assert result.returncode == 0, result.stdout + result.stderr
