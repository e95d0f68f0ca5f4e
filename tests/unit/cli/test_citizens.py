"""`caseapp citizens`: the caseload as JSON, read over the plain connection without loading what
it does not use (sqlite-utils, the keyring when the passphrase is given, reportlab, Qt); a file
with an older schema is still brought up to date first, a newer or foreign one still refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from caseapp.cli import main
from caseapp.domain.models import Citizen
from caseapp.service import CaseService
from caseapp.storage import connection, schema
from caseapp.storage.keys import DatabaseKey

PASSPHRASE = "en-lang-nok-adgangsfrase"
ROOT = Path(__file__).resolve().parents[3]
NOT_NEEDED = ("sqlite_utils", "pluggy", "click", "keyring", "reportlab", "PySide6")

# The `caseapp` program as the console script runs it, then what it had loaded.
RUN_AND_LIST_MODULES = (
    "import runpy, sys\n"
    "sys.argv = ['caseapp', 'citizens', '--json', '--db', sys.argv[1]]\n"
    "try:\n"
    "    runpy.run_module('ui.launcher', run_name='__main__')\n"
    "except SystemExit as stop:\n"
    "    assert stop.code == 0, stop.code\n"
    f"print(sorted({{name.split('.')[0] for name in sys.modules}} & {set(NOT_NEEDED)!r}))\n"
)


def _database(tmp_path: Path, *names: str) -> Path:
    db = tmp_path / "sag.db"
    with CaseService.create(db, DatabaseKey(passphrase=PASSPHRASE)) as service:
        for name in names:
            service.citizens.add_citizen(Citizen(name=name, cpr="1203854321"))
    return db


def test_listing_the_caseload_loads_only_what_it_reads(tmp_path: Path) -> None:
    db = _database(tmp_path, "Åse Bøgh", "Ørjan Kjær")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CASEAPP_", "PYTHON_KEYRING"))}
    env |= {"CASEAPP_PASSPHRASE": PASSPHRASE, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "XDG_DATA_HOME": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", RUN_AND_LIST_MODULES, str(db)], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True, timeout=120)
    *listing, loaded = out.stdout.strip().splitlines()
    rows = json.loads("\n".join(listing))
    assert [(r["name"], r["cpr"], r["status"]) for r in rows] == [
        ("Åse Bøgh", "120385-xxxx", "active"), ("Ørjan Kjær", "120385-xxxx", "active")]
    assert loaded == "[]"


def test_an_older_file_is_brought_up_to_date_before_it_is_listed(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    db_path = tmp_path / "gammel.db"
    db = connection.connect(db_path, DatabaseKey(passphrase=PASSPHRASE), must_exist=False)
    schema.migrations.apply(db, stop_before="m003_protect_signed_records")
    db.execute("PRAGMA user_version = 2")
    db.execute("INSERT INTO citizens (name, created_at, updated_at) "
                "VALUES ('Kåre Nørgaard', '2026-01-05T09:00:00', '2026-01-05T09:00:00')")
    connection.close(db)
    assert main(["citizens", "--json", "--db", str(db_path)]) == 0
    assert [r["name"] for r in json.loads(capsys.readouterr().out)] == ["Kåre Nørgaard"]
    assert (tmp_path / "gammel.db.v2.bak").exists()  # the copy migrating always leaves
    with CaseService.open(db_path, DatabaseKey(passphrase=PASSPHRASE)) as service:
        assert schema.schema_version(service._db) == schema.SCHEMA_VERSION


def test_a_file_with_a_foreign_migration_is_refused_not_listed(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    db_path = _database(tmp_path, "Åse Bøgh")
    with CaseService.open(db_path, DatabaseKey(passphrase=PASSPHRASE)) as service:
        # the same version number as this program's, but one migration it does not know
        service._db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm031_add_purge_followups'")
        service._db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                            "VALUES ('caseapp', 'm031_from_another_branch', 'x')")
    assert main(["citizens", "--json", "--db", str(db_path)]) != 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "nyere version af caseapp" in captured.err
