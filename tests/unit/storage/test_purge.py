"""Closing a case and deleting the citizen for good: refused until allowed, all or nothing, and
no byte of the name, the CPR number or a note left in the file or its WAL."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from caseapp.domain.enums import AccessAction, NoteKind
from caseapp.domain.models import Citizen, DiaryNote
from caseapp.errors import InvalidInput
from caseapp.service import CaseService
from caseapp.storage import access_log
from tests.sqlcipher_pages import found_in

TODAY = dt.date(2026, 12, 7)
NAME = "Søren Ågård Bækgaard"  # the conftest's citizen
SECRET = "Søren fortalte om gælden til Ærø Boligselskab og om sin misbrugsbehandling."


def _signed_note(service: CaseService, citizen_id: int, text: str = SECRET) -> int:
    at = dt.datetime(2026, 9, 1, 10)
    note = service.diary.save_draft(DiaryNote(citizen_id, NoteKind.CONVERSATION, at, text, "Åse"))
    service.diary.sign_note(note, at)
    return note


def _needles() -> list[bytes]:
    """The name, the CPR number and a note's text, and their words as the full-text index keeps
    them (lower case, one token each)."""
    return [NAME.encode(), b"0101901234", "gælden til Ærø Boligselskab".encode(),
            "bækgaard".encode(), b"boligselskab", b"misbrugsbehandling"]


def test_closing_sets_the_deletion_date_from_the_retention_period(service: CaseService, citizen_id: int) -> None:
    case = service.records.close_case(citizen_id, "Flyttet til anden kommune", on=dt.date(2026, 9, 1))
    assert (case.closed_on, case.retention_days, case.deletion_date) == (
        dt.date(2026, 9, 1), 90, dt.date(2026, 11, 30))
    assert service.citizens.citizen(citizen_id).status.value == "closed"
    with pytest.raises(InvalidInput, match="allerede afsluttet"):
        service.records.close_case(citizen_id, "igen")
    service.records.reopen_case(citizen_id)
    assert service.records.case_closing(citizen_id) is None
    with pytest.raises(InvalidInput, match="Begrundelsen for en anden opbevaringstid"):
        service.records.close_case(citizen_id, "Afsluttet", retention_days=365)
    case = service.records.close_case(citizen_id, "Afsluttet", on=TODAY, retention_days=365,
                              retention_reason="Klagesag verserer")
    assert case.deletion_date == TODAY + dt.timedelta(days=365)


def test_a_purge_is_refused_in_one_sentence_while_it_may_not_happen(service: CaseService, citizen_id: int) -> None:
    with pytest.raises(InvalidInput, match="ikke afsluttet"):
        service.records.purge_citizen(citizen_id, TODAY)
    _signed_note(service, citizen_id)
    service.records.close_case(citizen_id, "Afsluttet", on=dt.date(2026, 1, 5))
    with pytest.raises(InvalidInput, match="1 underskrevne notat.*ikke er markeret som ført"):
        service.records.purge_citizen(citizen_id, TODAY)
    assert service.citizens.citizen(citizen_id).name == NAME  # nothing removed
    # A shared citizen's purge goes to the team (tests/sync/test_team_purge.py).


def test_the_purge_leaves_no_byte_of_the_citizen_in_the_file_or_its_wal(
    service: CaseService, citizen_id: int, sub_goal_id: int
) -> None:
    other = service.citizens.add_citizen(Citizen(name="Kåre Møller", cpr="020290-2345"))
    _signed_note(service, other, "Kåre var til samtale.")
    _signed_note(service, citizen_id)
    service.records.record_access(AccessAction.OPENED_CITIZEN, [citizen_id])
    service.records.record_access(AccessAction.OPENED_CITIZEN, [other])
    service.records.record_access(AccessAction.SEARCHED, [citizen_id], "Bækgaard")
    service.records.close_case(citizen_id, "Afsluttet", on=dt.date(2026, 1, 5))
    service.records.mark_all_filed(citizen_id, TODAY)
    service._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path, key = service.path, service._key.raw_hex
    assert found_in(path, key, _needles()) == set(_needles())  # the scan sees them before

    before_migration = path.with_name(f"{path.name}.v18.bak")  # as a schema migration leaves it
    before_migration.write_bytes(path.read_bytes())
    receipt = service.records.purge_citizen(citizen_id, TODAY)
    assert not before_migration.exists()
    assert receipt.case_ref == "borger 1, Bostøtte § 85"
    assert receipt.counts["notater"] == 1 and receipt.counts["mål"] == 3 and receipt.counts["adgangslog"] == 2
    assert service.citizens.citizen_count() == 1 and service.diary.note_count() == 1  # Kåre stays whole
    assert service.search("Bækgaard") == [] and service.search("Boligselskab") == []
    assert service.check().ok  # the access log's chain holds across the removed rows
    assert [r.action for r in service.records.access_log()][:1] == ["expired"]
    [kept] = service.records.deletion_register()
    assert NAME not in str(kept) and "010190" not in str(kept)
    service.close()
    assert found_in(path, key, _needles()) == set()
    assert found_in(path, key, ["Kåre var til samtale.".encode()])  # the scan still reads the rest


def test_a_purge_that_fails_half_way_removes_nothing(
    service: CaseService, citizen_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _signed_note(service, citizen_id)
    service.records.close_case(citizen_id, "Afsluttet", on=dt.date(2026, 1, 5))
    service.records.mark_all_filed(citizen_id, TODAY)

    def broken(*_args: object) -> int:
        raise OSError("disken er fuld")

    monkeypatch.setattr(access_log, "remove_citizen", broken)
    with pytest.raises(OSError):
        service.records.purge_citizen(citizen_id, TODAY)
    assert service.citizens.citizen(citizen_id).name == NAME and service.diary.note_count(citizen_id) == 1
    assert service.records.deletion_register() == []
    assert service.check().ok


def test_only_cases_past_their_deletion_date_are_due(service: CaseService, citizen_id: int) -> None:
    fresh = service.citizens.add_citizen(Citizen(name="Ny Afsluttet"))
    service.records.close_case(citizen_id, "Afsluttet", on=dt.date(2026, 1, 5))
    service.records.close_case(fresh, "Afsluttet", on=TODAY)
    assert service.records.purge_refusal(citizen_id, TODAY, named=False) is None
    assert "skal først slettes 07.03.2027" in (service.records.purge_refusal(fresh, TODAY, named=False) or "")
    assert service.records.purge_refusal(fresh, TODAY, named=True) is None  # named on its own, it may go
    assert [c.citizen_id for c in service.records.closed_cases()] == [citizen_id, fresh]
    assert dataclasses.asdict(service.records.closed_cases()[0])["reason"] == "Afsluttet"
