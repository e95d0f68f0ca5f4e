"""The access log: who looked at which citizen, append-only and chained so a change shows."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from caseapp.domain.enums import AccessAction
from caseapp.errors import InvalidInput
from caseapp.service import CaseService
from caseapp.storage import access_log
from caseapp.storage.connection import IntegrityError

NOW = dt.datetime(2026, 12, 7, 10, 0)


def _named(service: CaseService, name: str = "Anne Kontaktperson") -> None:
    service.save_profile(dataclasses.replace(service.profile(), name=name))


def test_a_row_says_who_what_and_whom_never_the_data(service: CaseService, citizen_id: int) -> None:
    _named(service)
    service.records.record_access(AccessAction.OPENED_CITIZEN, [citizen_id])
    service.records.record_access(AccessAction.SEARCHED, detail="Bækgaard")
    newest, oldest = service.records.access_log()
    assert (oldest.action, oldest.citizen_id, oldest.user) == ("opened_citizen", citizen_id, "Anne Kontaktperson")
    assert oldest.device == service._db.execute("SELECT device_id FROM sync_state").fetchone()[0]
    assert (newest.action, newest.citizen_id, newest.detail) == ("searched", None, "Bækgaard")
    assert [r.action for r in service.records.access_log(citizen_id)] == ["opened_citizen"]
    assert service.check().ok


def test_the_log_refuses_to_be_changed_or_emptied(service: CaseService, citizen_id: int) -> None:
    service.records.record_access(AccessAction.OPENED_CITIZEN, [citizen_id])
    with pytest.raises(IntegrityError, match="append-only"):
        service._db.execute("UPDATE access_log SET user = 'en anden'")
    with pytest.raises(IntegrityError, match="append-only"):
        service._db.execute("DELETE FROM access_log")


def _as_attacker_with_the_key(service: CaseService, sql: str) -> None:
    service._db.execute("DROP TRIGGER access_log_no_update")
    service._db.execute("DROP TRIGGER access_log_no_delete")
    service._db.execute(sql)


def test_check_names_a_changed_row(service: CaseService, citizen_id: int) -> None:
    for _ in range(3):
        service.records.record_access(AccessAction.OPENED_CITIZEN, [citizen_id])
    second = service.records.access_log()[1].id
    _as_attacker_with_the_key(service, f"UPDATE access_log SET user = 'Ingen' WHERE id = {second}")
    assert service.check().access_log_problems == (f"Adgangslogens række {second} er ændret.",)
    assert not service.check().ok


def test_check_names_a_removed_row(service: CaseService, citizen_id: int) -> None:
    for _ in range(3):
        service.records.record_access(AccessAction.OPENED_CITIZEN, [citizen_id])
    first, second, third = sorted(r.id for r in service.records.access_log())
    _as_attacker_with_the_key(service, f"DELETE FROM access_log WHERE id = {second}")
    assert service.check().access_log_problems == (f"Der mangler rækker i adgangsloggen før række {third}.",)


def test_expiry_removes_old_rows_and_leaves_a_checkpoint_the_check_accepts(
    service: CaseService, citizen_id: int
) -> None:
    old = NOW - dt.timedelta(days=200)
    access_log.record(service._db, AccessAction.OPENED_CITIZEN, [citizen_id, citizen_id], now=old)
    service.records.record_access(AccessAction.OPENED_CITIZEN, [citizen_id])
    assert service.records.expire_access_log(NOW) == 2
    rows = service.records.access_log()
    assert [r.action for r in rows] == ["expired", "opened_citizen"]
    assert "2 rækker ældre end 07.06.2026 slettet" in rows[0].detail
    assert service.check().ok
    assert service.records.expire_access_log(NOW) == 0  # the checkpoint itself is not expired again


def test_the_kept_months_are_a_setting_within_five_years(service: CaseService) -> None:
    assert service.records.access_log_months() == 6
    service.records.set_access_log_months(60)
    assert service.records.access_log_months() == 60
    with pytest.raises(InvalidInput, match="Adgangsloggens opbevaringstid"):
        service.records.set_access_log_months(61)


def test_a_huge_search_term_is_kept_short(service: CaseService) -> None:
    service.records.record_access(AccessAction.SEARCHED, detail="ord " * 5000)
    [row] = service.records.access_log()
    assert len(row.detail) == 200 and row.detail.endswith("…")


def test_logging_on_the_same_connection_does_not_tell_the_views_to_read_again(
    service: CaseService, citizen_id: int
) -> None:
    before = service.data_version()
    service.records.record_access(AccessAction.OPENED_CITIZEN, [citizen_id])
    assert service.data_version() == before
    service.citizens.update_citizen(dataclasses.replace(service.citizens.citizen(citizen_id), phone="12345678"))
    assert service.data_version() != before
