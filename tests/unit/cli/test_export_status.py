"""`caseapp export status --citizen`: one status description read over the plain SQLCipher
connection, without loading what it does not use (sqlite-utils, the service and the other
features, the diary for a stored description, the keyring when the passphrase is given, Qt);
the PDF, the printing logged, the exit code and the lines printed stay what they were."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from caseapp.cli import main
from caseapp.domain.enums import AccessAction
from caseapp.domain.models import Citizen, StatusDescription
from caseapp.service import CaseService
from caseapp.storage import access_log
from caseapp.storage.keys import DatabaseKey

PASSPHRASE = "en-lang-nok-adgangsfrase"
ROOT = Path(__file__).resolve().parents[3]
NOT_NEEDED = ("sqlite_utils", "pluggy", "click", "keyring", "PySide6", "caseapp.service",
              "caseapp.notes", "caseapp.plans", "caseapp.planning", "caseapp.sync")

# The `caseapp` program as the console script runs it, then what it had loaded.
RUN_AND_LIST_MODULES = (
    "import runpy, sys\n"
    "sys.argv = ['caseapp', 'export', 'status', '--db', sys.argv[1], '--citizen', sys.argv[2],\n"
    "            '--out', sys.argv[3]]\n"
    "try:\n"
    "    runpy.run_module('ui.launcher', run_name='__main__')\n"
    "except SystemExit as stop:\n"
    "    assert stop.code == 0, stop.code\n"
    "import gc\n"
    "print('objects left to the end of the process:', gc.get_freeze_count() > 0)\n"
    "loaded = {p for name in sys.modules for p in (name.split('.')[0], '.'.join(name.split('.')[:2]))}\n"
    f"print(sorted(loaded & {set(NOT_NEEDED)!r}))\n"
)


def _citizen(tmp_path: Path, with_description: bool) -> tuple[Path, int]:
    db = tmp_path / "sag.db"
    with CaseService.create(db, DatabaseKey(passphrase=PASSPHRASE)) as service:
        citizen_id = service.citizens.add_citizen(
            Citizen(name="Åse Bøgh Ørsted", cpr="1203854321", case_type="Bostøtte § 85"))
        if with_description:
            service.statuses.save_status_draft(StatusDescription(
                citizen_id=citizen_id, period_start=dt.date(2025, 1, 1),
                period_end=dt.date(2025, 12, 31), overall="Åse har fået sin egen lejlighed.",
                author="Gert Hansen"))
    return db, citizen_id


def _printed(db: Path, citizen_id: int) -> list[str]:
    with CaseService.open(db, DatabaseKey(passphrase=PASSPHRASE)) as service:
        return [r.detail for r in access_log.rows(service._db, citizen_id)
                if r.action == AccessAction.PRINTED.value]


def test_one_description_loads_only_what_it_prints(tmp_path: Path) -> None:
    db, citizen_id = _citizen(tmp_path, with_description=True)
    out = tmp_path / "status.pdf"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CASEAPP_", "PYTHON_KEYRING"))}
    env |= {"CASEAPP_PASSPHRASE": PASSPHRASE, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "XDG_DATA_HOME": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", RUN_AND_LIST_MODULES, str(db), str(citizen_id), str(out)],
                         cwd=ROOT, env=env, capture_output=True, text=True, check=True, timeout=120)
    *printed, frozen, loaded = run.stdout.strip().splitlines()
    assert printed == [str(out), "1 statusbeskrivelse skrevet."]
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Åse Bøgh Ørsted" in text and "Åse har fået sin egen lejlighed." in text
    assert _printed(db, citizen_id) == ["statusbeskrivelse"]
    assert loaded == "[]"
    assert frozen.endswith("True")  # no search for reference cycles as the process ends


def test_a_draft_from_the_plan_is_printed_over_the_same_connection(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    db, citizen_id = _citizen(tmp_path, with_description=False)
    out = tmp_path / "ud"
    out.mkdir()
    assert main(["export", "status", "--db", str(db), "--citizen", str(citizen_id),
                 "--out", str(out)]) == 0
    written, summary = capsys.readouterr().out.splitlines()
    assert summary == "1 statusbeskrivelse skrevet."
    text = "".join(page.extract_text() for page in PdfReader(written).pages)
    assert "Åse Bøgh Ørsted" in text and "120385-xxxx" in text
    assert _printed(db, citizen_id) == ["statusbeskrivelse"]


def test_an_unknown_citizen_is_one_sentence_and_nothing_written(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    db, _ = _citizen(tmp_path, with_description=True)
    out = tmp_path / "status.pdf"
    assert main(["export", "status", "--db", str(db), "--citizen", "9999", "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "caseapp: Der findes ingen borger med id 9999.\n"
    assert not out.exists()
