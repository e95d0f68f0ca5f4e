"""The command line as a user runs it: a separate process, one clear sentence on errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def _no_traceback(result) -> None:
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") <= 1, result.stderr


def test_init_check_and_errors(cli, tmp_path: Path) -> None:
    db = str(tmp_path / "case.db")
    assert cli("init", "--db", db).returncode == 0
    again = cli("init", "--db", db)
    assert again.returncode != 0 and "findes allerede" in again.stderr
    ok = cli("check", "--db", db, "--json")
    assert ok.returncode == 0 and json.loads(ok.stdout)["ok"] is True
    wrong = cli("check", "--db", db, CASEAPP_PASSPHRASE="forkert")
    assert wrong.returncode == 3 and "forkert adgangsfrase" in wrong.stderr
    _no_traceback(wrong)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("citizens", "--db", "{tmp}/mangler/case.db"), "findes ikke"),
        (("init", "--db", "{tmp}/mangler/case.db"), "findes ikke"),
        (("citizens", "--db", "{tmp}/junk.db"), "ikke en caseapp-database"),
        (("restore", "--db", "{tmp}/case.db", "{tmp}/junk.db"), "ikke en sikkerhedskopi"),
        (("demo", "--db", "{tmp}/d.db", "--citizens", "0"), "--citizens"),
        (("citizens", "--bogus"), "Ugyldigt kald"),
    ],
)
def test_bad_input_gets_one_sentence(cli, tmp_path: Path, args, message) -> None:
    (tmp_path / "junk.db").write_bytes(os.urandom(4096))
    assert cli("init", "--db", str(tmp_path / "case.db")).returncode == 0
    result = cli(*(a.format(tmp=tmp_path) for a in args))
    assert result.returncode != 0
    assert message in result.stderr
    _no_traceback(result)


def test_no_keyring_and_no_passphrase(cli, tmp_path: Path) -> None:
    result = cli("init", "--db", str(tmp_path / "case.db"), CASEAPP_PASSPHRASE="")
    assert result.returncode != 0 and "nøglering" in result.stderr
    assert not (tmp_path / "case.db").exists()
    _no_traceback(result)


def test_demo_citizens_search_backup_restore(cli, tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    made = cli("demo", "--db", db, "--citizens", "30", "--years", "1", "--seed", "7")
    assert made.returncode == 0, made.stderr
    listed = json.loads(cli("citizens", "--db", db, "--json").stdout)
    assert len(listed) == 30
    assert all(row["cpr"].endswith("-xxxx") for row in listed if row["cpr"])
    name_with_letters = next(r["name"] for r in listed if any(ch in r["name"] for ch in "æøåÆØÅ"))
    surname = name_with_letters.split()[-1]
    found = json.loads(cli("search", "--db", db, surname, "--json").stdout)
    assert any(h["kind"] == "citizen" and h["citizen_name"] == name_with_letters for h in found)

    backup = str(tmp_path / "demo.bak")
    assert cli("backup", "--db", db, "--out", backup).returncode == 0
    other = cli("demo", "--db", str(tmp_path / "other.db"), "--citizens", "3")
    assert other.returncode == 0
    restored = cli("restore", "--db", db, backup)
    assert restored.returncode == 0, restored.stderr
    assert len(json.loads(cli("citizens", "--db", db, "--json").stdout)) == 30
    assert cli("check", "--db", db).returncode == 0


def test_export_status_and_overview(cli, tmp_path: Path) -> None:
    from pypdf import PdfReader

    db = str(tmp_path / "demo.db")
    assert cli("demo", "--db", db, "--citizens", "12", "--seed", "3").returncode == 0
    first = json.loads(cli("citizens", "--db", db, "--json").stdout)[0]
    out = tmp_path / "status.pdf"
    made = cli("export", "status", "--db", db, "--citizen", str(first["id"]), "--out", str(out))
    assert made.returncode == 0, made.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert first["name"] in text and first["cpr"] in text
    assert "Side 1 af" in text
    overview = tmp_path / "overblik.pdf"
    assert cli("export", "overview", "--db", db, "--out", str(overview)).returncode == 0
    sheet = "".join(page.extract_text() for page in PdfReader(overview).pages)
    assert "Sagsstamme – overblik" in sheet and first["cpr"] in sheet
    folder = tmp_path / "alle"
    assert cli("export", "status", "--db", db, "--all", "--out", str(folder)).returncode == 0
    written = sorted(p.name for p in folder.glob("*.pdf"))
    assert len(written) == sum(1 for row in json.loads(cli("citizens", "--db", db, "--json").stdout)
                               if row["status"] == "active")
    assert not any(first["cpr"][:6] in name for name in written)
    missing = cli("export", "status", "--db", db, "--citizen", "9999", "--out", str(out))
    assert missing.returncode != 0 and "9999" in missing.stderr
    _no_traceback(missing)


def test_calendar_export_without_names_and_import(cli, tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    assert cli("demo", "--db", db, "--citizens", "8", "--seed", "5").returncode == 0
    names = [row["name"] for row in json.loads(cli("citizens", "--db", db, "--json").stdout)]
    ics = tmp_path / "uge.ics"
    made = cli("calendar", "export", "--db", db, "--from", "2026-01-01", "--to", "2027-12-31",
               "--out", str(ics))
    assert made.returncode == 0, made.stderr
    text = ics.read_text(encoding="utf-8")
    assert "BEGIN:VEVENT" in text and "Europe/Copenhagen" in text
    for name in names:
        assert name.split()[0] not in text and name.split()[-1] not in text
    other = str(tmp_path / "tom.db")
    assert cli("init", "--db", other).returncode == 0
    imported = cli("calendar", "import", "--db", other, str(ics))
    assert imported.returncode == 0, imported.stderr
    broken = tmp_path / "halv.ics"
    broken.write_text(text[: len(text) // 2], encoding="utf-8")
    refused = cli("calendar", "import", "--db", other, str(broken))
    assert refused.returncode != 0
    _no_traceback(refused)


def test_export_plan_is_one_page_without_cpr(cli, tmp_path: Path) -> None:
    from pypdf import PdfReader

    db = str(tmp_path / "demo.db")
    assert cli("demo", "--db", db, "--citizens", "4", "--seed", "2").returncode == 0
    first = json.loads(cli("citizens", "--db", db, "--json").stdout)[0]
    out = tmp_path / "plan.pdf"
    made = cli("export", "plan", "--db", db, "--citizen", str(first["id"]), "--out", str(out))
    assert made.returncode == 0, made.stderr
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert f"Plan for {first['name']}" in text
    assert first["cpr"][:6] not in text


def test_the_access_log_lists_what_was_looked_at_and_by_whom(cli, tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    assert cli("demo", "--db", db, "--citizens", "3", "--years", "0.5").returncode == 0
    first = json.loads(cli("citizens", "--db", db, "--json").stdout)[0]
    assert cli("search", "--db", db, "Bækgaard").returncode == 0
    assert cli("notes", "--db", db, "--citizen", str(first["id"])).returncode == 0
    plan = cli("export", "plan", "--db", db, "--citizen", str(first["id"]), "--out", str(tmp_path / "p.pdf"))
    assert plan.returncode == 0, plan.stderr
    rows = json.loads(cli("log", "--db", db, "--json").stdout)
    assert [(r["action"], r["citizen_id"], r["detail"]) for r in rows] == [
        ("printed", first["id"], "plan"),
        ("opened_citizen", first["id"], "dagbogen"),
        ("searched", None, "Bækgaard"),
    ]
    assert all(r["user"] and len(r["hash"]) == 64 for r in rows)
    mine = cli("log", "--db", db, "--citizen", str(first["id"]))
    assert "Skrev en PDF" in mine.stdout and "Søgte" not in mine.stdout and "2 rækker" in mine.stdout
    assert "Adgangslog: ok" in cli("check", "--db", db).stdout


def test_a_reader_that_stops_early_gets_no_error_message(cli, tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    assert cli("demo", "--db", db, "--citizens", "25", "--years", "1").returncode == 0
    reader = subprocess.Popen(
        [sys.executable, "-m", "ui.launcher", "notes", "--db", db, "--unfiled", "--json"],
        env=cli.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
    )
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.read(200)  # `| head -c 200`: far less than the notes it writes
    reader.stdout.close()
    assert reader.wait(timeout=120) == 0
    assert reader.stderr.read() == b""


def test_closing_filing_and_purging_a_case_from_the_command_line(cli, tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    assert cli("demo", "--db", db, "--citizens", "3", "--years", "0.5").returncode == 0
    first = json.loads(cli("citizens", "--db", db, "--json").stdout)[0]
    cid = str(first["id"])
    refused = cli("purge", "--db", db, "--citizen", cid)
    assert refused.returncode != 0 and "ikke afsluttet" in refused.stderr
    closed = cli("close", "--db", db, "--citizen", cid, "--reason", "Flyttet", "--on", "2026-01-05", "--json")
    assert json.loads(closed.stdout)["deletion_date"] == "2026-04-05"
    written = cli("note", "add", "--db", db, "--citizen", cid, "--text", "Efter afslutningen", "--sign")
    assert written.returncode == 1 and "Sagen er afsluttet; genåbn den for at ændre i den." in written.stderr
    _no_traceback(written)
    unfiled = cli("purge", "--db", db, "--citizen", cid)
    assert "ikke er markeret som ført" in unfiled.stderr and "Intet er slettet" in unfiled.stderr
    assert "markeret som ført" in cli("note", "filed", "--db", db, "--citizen", cid, "--all").stdout
    dry = json.loads(cli("purge", "--db", db, "--citizen", cid, "--dry-run", "--json").stdout)
    assert dry[0]["would_remove"]["notater"] > 0
    assert len(json.loads(cli("citizens", "--db", db, "--json").stdout)) == 3  # a dry run removes nothing
    done = json.loads(cli("purge", "--db", db, "--citizen", cid, "--json").stdout)
    assert done[0]["receipt"]["case_ref"].startswith(f"borger {cid}")
    assert len(json.loads(cli("citizens", "--db", db, "--json").stdout)) == 2
    register = cli("purge", "--db", db, "--register", "--json")
    assert first["name"] not in register.stdout and json.loads(register.stdout)[0]["counts"]["notater"] > 0
    assert "Adgangslog: ok" in cli("check", "--db", db).stdout
    settings = json.loads(cli("settings", "--db", db, "--retention-days", "30", "--json").stdout)
    assert settings == {"retention_days": 30, "log_months": 6, "own_log_days": 30, "team_retention_days": None}
