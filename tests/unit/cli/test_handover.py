"""`caseapp handover` outside a team: one sentence, nothing written. The team part (offer, accept,
after syncs on two laptops) is in tests/sync/test_handover_team.py."""

from __future__ import annotations

from pathlib import Path

from caseapp.cli import main
from caseapp.service import CaseService
from caseapp.storage.keys import DatabaseKey


def test_handing_over_outside_a_team_is_one_sentence_and_writes_nothing(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "en-lang-nok-adgangsfrase")
    db = tmp_path / "alene.db"
    assert main(["init", "--db", str(db)]) == 0
    with CaseService.open(db, DatabaseKey(passphrase="en-lang-nok-adgangsfrase")) as service:
        from caseapp.domain.models import Citizen

        citizen_id = service.citizens.add_citizen(Citizen(name="Ærling Østergård"))
    capsys.readouterr()
    out = tmp_path / "overdragelse.pdf"
    code = main(["handover", "--db", str(db), "--citizen", str(citizen_id), "--to", "bo", "--out", str(out)])
    err = capsys.readouterr().err.strip()
    assert code != 0
    assert err == ("caseapp: Databasen er ikke med i et team; en borger overdrages til en kollega i teamet.")
    assert not out.exists()
    code = main(["handover", "--db", str(db), "--citizen", str(citizen_id)])
    assert code != 0 and "--to" in capsys.readouterr().err
    code = main(["handover", "accept", "--db", str(db), "--citizen", str(citizen_id)])
    assert code != 0
    assert "ikke ved at blive overdraget" in capsys.readouterr().err
