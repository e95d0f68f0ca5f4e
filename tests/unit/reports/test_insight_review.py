"""The insight print-out's review: other people named in the texts are found and can be left out."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from caseapp.domain.enums import NoteKind
from caseapp.domain.models import DiaryNote
from caseapp.service import CaseService
from tests.unit.reports.helpers import _text

TODAY = dt.date(2026, 12, 7)


def test_other_people_named_in_the_texts_are_found_and_can_be_left_out(
    service: CaseService, citizen_id: int, tmp_path: Path
) -> None:
    from caseapp.domain.models import Citizen, NetworkContact

    service.citizens.add_citizen(Citizen(name="Kåre Møller"))
    service.citizens.add_contact(NetworkContact(citizen_id, "Lise Holm", "Mentor"))
    at = dt.datetime(2026, 11, 2, 10, 0)
    for text in ("Søren Ågård Bækgaard mødte kåre møller i opgangen.",
                 "Lise Holm og Kåre Møller var med til mødet."):
        note = service.diary.save_draft(DiaryNote(citizen_id, NoteKind.CONVERSATION, at, text, "Åse"))
        service.diary.sign_note(note, at)
    found = service.reports.insight_mentions(citizen_id)
    assert [(m.name, m.kind, m.count) for m in found] == [("Kåre Møller", "borger", 2), ("Lise Holm", "netværk", 1)]

    pdf = service.reports.export_insight(citizen_id, tmp_path / "i.pdf", tmp_path / "i.json", TODAY,
                                 leave_out=[m.name for m in found])
    text = _text(pdf)
    assert "Kåre" not in text and "kåre" not in text
    assert "[navn udeladt] og [navn udeladt] var med til mødet." in text
    assert "Navne på andre personer (2) er udeladt" in text
    assert "Lise Holm" in text  # the citizen's own network list stays as it is
    data = json.loads((tmp_path / "i.json").read_text(encoding="utf-8"))
    assert data["names_left_out"] == 2 and "Kåre" not in json.dumps(data, ensure_ascii=False)


def test_people_named_by_their_first_name_alone_are_found_and_can_be_left_out(
    service: CaseService, citizen_id: int, tmp_path: Path
) -> None:
    """"Karin" of the network, written alone, is someone else; the citizen's own first name,
    the caseworker's, a lower-case word and a common word that is also a name are not."""
    from caseapp.domain.models import Citizen, NetworkContact

    service.citizens.add_citizen(Citizen(name="Hans Ravnsborg"))  # "Hans" is also "his"
    service.citizens.add_citizen(Citizen(name="Søren Dalgaard"))  # shares the citizen's first name
    service.citizens.add_contact(NetworkContact(citizen_id, "Karin Holm", "Mor"))
    service.citizens.add_contact(NetworkContact(citizen_id, "Åse Berg", "Veninde"))  # as the caseworker
    at = dt.datetime(2026, 11, 2, 10, 0)
    for text in ("Karin ringede, og Søren var glad. Hans mor kommer på søndag.",
                 "Åse talte med Karin og Karina om weekenden; karin er ikke et ord.",
                 "Karin Holm var med til mødet."):
        note = service.diary.save_draft(DiaryNote(citizen_id, NoteKind.CONVERSATION, at, text, "Åse Kontaktperson"))
        service.diary.sign_note(note, at)
    found = service.reports.insight_mentions(citizen_id)
    assert [(m.name, m.kind, m.count) for m in found] == [
        ("Karin", "netværk, kun fornavn", 2), ("Karin Holm", "netværk", 1)]

    pdf = service.reports.export_insight(citizen_id, tmp_path / "i.pdf", None, TODAY, leave_out=[m.name for m in found])
    text = _text(pdf)
    assert "[navn udeladt] ringede, og Søren var glad. Hans mor kommer på søndag." in text
    assert "Åse talte med [navn udeladt] og Karina om weekenden; karin er ikke et ord." in text
    assert "[navn udeladt] var med til mødet." in text
