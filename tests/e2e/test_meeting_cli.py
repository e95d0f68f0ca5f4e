"""Meetings from the command line: planned with the network, then the minutes as PDF."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from tests.e2e.conftest import Cli


def test_a_meeting_with_the_network_and_its_minutes_for_the_citizen(cli: Cli, tmp_path: Path) -> None:
    db = tmp_path / "sager.db"
    assert cli("demo", "--db", str(db), "--citizens", "2", "--seed", "3").returncode == 0
    citizen = json.loads(cli("citizens", "--db", str(db), "--json").stdout)[0]
    network = json.loads(cli("network", "--db", str(db), "--citizen", str(citizen["id"]), "--json").stdout)
    contact = network["contacts"][0]

    added = cli("meeting", "add", "--db", str(db), "--citizen", str(citizen["id"]), "--at",
                "2026-12-10T13:00", "--with", str(contact["id"]), "--place", "Mødelokale 2", "--json")
    assert added.returncode == 0, added.stderr
    meeting = json.loads(added.stdout)
    assert [p["name"] for p in meeting["participants"]][:2] == [citizen["name"], contact["name"]]
    assert meeting["agenda"][0] == "Velkommen og formålet med mødet"

    out = tmp_path / "referat.pdf"
    printed = cli("export", "minutes", "--db", str(db), "--meeting", str(meeting["id"]), "--out", str(out))
    assert printed.returncode == 0, printed.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Referat af netværksmøde" in text and "Hvordan går det? Borgerens egne ord" in text
    assert "10.12.2026 kl. 13.00–14.00" in text and "Mødelokale 2" in text
    # nobody has reviewed the demo's free-text consents: the minutes go to the citizen alone
    sent_to = text.split("Referatet sendes til")[1]
    assert citizen["name"] in sent_to and contact["name"] not in sent_to

    refused = cli("export", "minutes", "--db", str(db), "--meeting", str(meeting["id"]), "--out",
                  str(tmp_path / "kopi.pdf"), "--for", str(contact["id"]))
    assert refused.returncode == 2
    assert refused.stderr.strip().startswith("caseapp: Der er ikke et gennemgået samtykke")
    assert not (tmp_path / "kopi.pdf").exists()


def test_an_unknown_participant_is_one_sentence_and_nothing_is_saved(cli: Cli, tmp_path: Path) -> None:
    db = tmp_path / "sager.db"
    assert cli("demo", "--db", str(db), "--citizens", "2", "--seed", "3").returncode == 0
    citizen = json.loads(cli("citizens", "--db", str(db), "--json").stdout)[0]["id"]
    before = cli("calendar", "export", "--db", str(db), "--from", "2026-12-07", "--to", "2026-12-13",
                 "--out", str(tmp_path / "a.ics"))
    unknown = cli("meeting", "add", "--db", str(db), "--citizen", str(citizen), "--at", "2026-12-10T13:00",
                  "--with", "9999")
    assert unknown.returncode == 2
    assert unknown.stderr.strip() == "caseapp: Borgeren har ingen netværkskontakt med nummer 9999."
    after = cli("calendar", "export", "--db", str(db), "--from", "2026-12-07", "--to", "2026-12-13",
                "--out", str(tmp_path / "b.ics"))
    assert before.returncode == after.returncode == 0
    assert (tmp_path / "a.ics").read_bytes().count(b"BEGIN:VEVENT") == (
        tmp_path / "b.ics").read_bytes().count(b"BEGIN:VEVENT")
