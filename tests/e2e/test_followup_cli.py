"""The follow-up commands as a caseworker types them: effort, document and deadlines."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.conftest import Cli


def _citizen(cli: Cli, db: Path) -> int:
    assert cli("demo", "--db", str(db), "--citizens", "2", "--seed", "3").returncode == 0
    return json.loads(cli("citizens", "--db", str(db), "--json").stdout)[0]["id"]


def test_an_effort_its_provider_call_and_a_chased_document_reach_the_deadlines(cli: Cli, tmp_path: Path) -> None:
    db = tmp_path / "sager.db"
    citizen = _citizen(cli, db)
    added = cli("effort", "add", "--db", str(db), "--citizen", str(citizen), "--title", "Mentorforløb",
                "--kind", "mentor", "--start", "2026-09-01", "--end", "2026-12-20",
                "--review", "2026-12-10", "--provider", "Jens Østergård", "--json")
    assert added.returncode == 0, added.stderr
    effort = json.loads(added.stdout)
    assert (effort["provider_name"], effort["end_on"]) == ("Jens Østergård", "2026-12-20")
    requested = cli("document", "request", "--db", str(db), "--citizen", str(citizen), "--title",
                    "Lægeattest", "--from", "Lægehuset Søgade", "--on", "2026-11-01", "--due", "2026-11-20", "--json")
    doc = json.loads(requested.stdout)["id"]
    chased = cli("document", "chase", "--db", str(db), "--id", str(doc), "--how", "phone", "--on", "2026-11-23")
    assert chased.stdout.strip() == f"Rykker 1 for dokument {doc} noteret (telefon)."

    listed = cli("deadlines", "--db", str(db), "--citizen", str(citizen), "--on", "2026-12-07", "--json")
    ours = ("Lægehuset Søgade", "Jens Østergård")  # the demo has follow-up of its own
    lines = [(d["on"], d["kind"], d["next_action"]) for d in json.loads(listed.stdout) if d["counterpart"] in ours]
    assert lines == [
        ("2026-11-30", "document_due", "Send rykker 2 til Lægehuset Søgade"),
        ("2026-12-10", "effort_review", "Beslut om indsatsen skal forlænges"),
        ("2026-12-20", "effort_ends", "Ring til Jens Østergård og planlæg det videre forløb"),
    ]
    text = cli("deadlines", "--db", str(db), "--citizen", str(citizen), "--on", "2026-12-07").stdout
    assert "7 dage over" in text and "Send rykker 2 til Lægehuset Søgade" in text

    extended = cli("effort", "end", "--db", str(db), "--id", str(effort["id"]), "--outcome", "extended",
                   "--until", "2027-03-31")
    assert extended.stdout.strip() == f"Indsats {effort['id']} forlænget til 31.03.2027."
    listed = json.loads(cli("deadlines", "--db", str(db), "--citizen", str(citizen), "--on",
                            "2026-12-07", "--json").stdout)
    assert "effort_ends" not in {d["kind"] for d in listed if d["counterpart"] in ours}  # March: beyond 30 days


def test_bad_input_is_one_sentence_and_nothing_is_saved(cli: Cli, tmp_path: Path) -> None:
    db = tmp_path / "sager.db"
    citizen = _citizen(cli, db)
    before = cli("effort", "list", "--db", str(db), "--json").stdout
    backwards = cli("effort", "add", "--db", str(db), "--citizen", str(citizen), "--title", "Kursus",
                    "--start", "2026-12-01", "--end", "2026-11-01")
    assert backwards.returncode == 2
    assert backwards.stderr.strip() == "caseapp: Indsatsen slutter før den begynder; ret slutdatoen."
    unknown = cli("effort", "add", "--db", str(db), "--citizen", "9999", "--title", "Kursus",
                  "--start", "2026-12-01", "--end", "2027-01-01")
    assert "ingen borger med nummer 9999" in unknown.stderr and unknown.returncode != 0
    early = cli("document", "request", "--db", str(db), "--citizen", str(citizen), "--title", "Udtalelse",
                "--from", "Psykiatrien", "--on", "2026-12-01", "--due", "2026-11-01")
    assert early.stderr.strip() == "caseapp: Fristen ligger før dokumentet blev bestilt; ret fristen."
    no_until = cli("effort", "end", "--db", str(db), "--id", "1", "--outcome", "extended")
    assert no_until.returncode == 2 and "--until" in no_until.stderr
    assert cli("effort", "list", "--db", str(db), "--json").stdout == before
