"""A form's save against the version it loaded: what changed underneath is never overwritten
unseen (a second connection plays the sync, the command line or another window)."""

from __future__ import annotations

import dataclasses

from caseapp.service import CaseService


def _underneath(service: CaseService, citizen_id: int, **fields: object) -> None:
    with service.clone() as other:
        other.citizens.update_citizen(dataclasses.replace(other.citizens.citizen(citizen_id), **fields))


def test_a_save_writes_only_what_the_user_changed(service: CaseService, citizen_id: int) -> None:
    shown = service.citizens.citizen(citizen_id)
    _underneath(service, citizen_id, where_now="Bo: flyttet i egen lejlighed på Åløkken.")
    edited = dataclasses.replace(shown, next_step="Møde med jobcentret i næste uge.")
    assert service.citizens.update_citizen(edited, base=shown) == []
    saved = service.citizens.citizen(citizen_id)
    assert saved.where_now == "Bo: flyttet i egen lejlighed på Åløkken."
    assert saved.next_step == "Møde med jobcentret i næste uge."
    assert service.team.sync_conflicts() == []


def test_a_field_changed_on_both_sides_keeps_both_values_as_a_conflict(
    service: CaseService, citizen_id: int
) -> None:
    shown = service.citizens.citizen(citizen_id)
    _underneath(service, citizen_id, where_now="Bo skrev dette imens.")
    edited = dataclasses.replace(shown, where_now="Anne skrev dette i formularen.")
    assert service.citizens.update_citizen(edited, base=shown) == ["where_now"]
    assert service.citizens.citizen(citizen_id).where_now == "Anne skrev dette i formularen."
    [conflict] = service.team.sync_conflicts()
    assert conflict.field == "where_now"
    assert {conflict.kept_value, conflict.other_value} == {
        "Anne skrev dette i formularen.", "Bo skrev dette imens."}
    service.team.resolve_sync_conflict(conflict.id, use_other=True)
    assert service.citizens.citizen(citizen_id).where_now == "Bo skrev dette imens."


def test_the_same_value_written_on_both_sides_is_no_conflict(service: CaseService, citizen_id: int) -> None:
    shown = service.citizens.citizen(citizen_id)
    _underneath(service, citizen_id, phone="12345678")
    assert service.citizens.update_citizen(dataclasses.replace(shown, phone="12345678"), base=shown) == []
    assert service.team.sync_conflicts() == []


def test_without_a_base_the_whole_citizen_is_written_as_before(service: CaseService, citizen_id: int) -> None:
    shown = service.citizens.citizen(citizen_id)
    _underneath(service, citizen_id, where_now="Imens.")
    service.citizens.update_citizen(dataclasses.replace(shown, next_step="Næste."))
    assert service.citizens.citizen(citizen_id).where_now == shown.where_now
