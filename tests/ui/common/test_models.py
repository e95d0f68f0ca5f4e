"""Every item model passes qtmodeltester, empty and filled."""

from __future__ import annotations

import datetime as dt

from caseapp.service import CaseService
from tests.ui import sample
from ui.caseload.caseload_filter import CaseloadFilter, CaseloadView
from ui.caseload.caseload_model import CaseloadModel
from ui.citizen.record_models import (
    appointments_model,
    consents_model,
    contacts_model,
    notes_model,
    status_model,
)
from ui.common.table_model import ROW_ROLE, SORT_ROLE
from ui.plan.goal_tree import goal_nodes, goal_tree_model
from ui.shell.search_results import result_nodes, search_model


def test_caseload_model_and_filter(qtmodeltester, service: CaseService, ids: sample.Sample) -> None:
    model = CaseloadModel(lambda: sample.TODAY)
    qtmodeltester.check(model)
    model.set_rows(service.citizens.caseload())
    qtmodeltester.check(model)
    proxy = CaseloadFilter(model)
    proxy.set_view(CaseloadView.ALL)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 4
    proxy.set_text("nørg")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_overdue_contact_is_red_and_dates_sort_as_dates(
    service: CaseService, ids: sample.Sample
) -> None:
    later = lambda: sample.TODAY + dt.timedelta(days=30)  # noqa: E731
    model = CaseloadModel(later)
    model.set_rows(service.citizens.caseload())
    row = model.row_for_citizen(ids.aase)
    assert row is not None
    due = model.index(row, CaseloadModel.NEXT_CONTACT)
    assert due.data() == "01.12.2025"
    assert due.data(SORT_ROLE) == "2025-12-01"
    from PySide6.QtCore import Qt

    assert due.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(row, CaseloadModel.CPR).data() == "010190-xxxx"
    assert model.index(row, 0).data(ROW_ROLE).id == ids.aase


def test_record_models(qtmodeltester, service: CaseService, ids: sample.Sample) -> None:
    filled = [
        (notes_model(), service.diary.notes(ids.aase)),
        (appointments_model(), service.calendar.citizen_appointments(ids.aase)),
        (status_model(), service.statuses.status_descriptions(ids.aase)),
        (contacts_model(), service.citizens.contacts(ids.aase)),
        (consents_model(), service.citizens.consents(ids.aase)),
    ]
    for model, rows in filled:
        qtmodeltester.check(model)
        assert rows
        model.set_rows(rows)
        qtmodeltester.check(model)


def test_goal_tree_model(qtmodeltester, service: CaseService, ids: sample.Sample) -> None:
    model = goal_tree_model()
    qtmodeltester.check(model)
    model.set_roots(goal_nodes(service.plans.goals(ids.aase), service.plans.actions(ids.aase)))
    qtmodeltester.check(model)
    long_term = model.index(0, 0)
    assert "Åse har et arbejde med dyr" in long_term.data()
    effort = model.index(0, 0, long_term)
    assert model.rowCount(effort) == 2
    first_sub = model.index(0, 0, effort)
    assert model.rowCount(first_sub) == 1  # the action
    assert model.parent(first_sub) == effort


def test_search_results_model(qtmodeltester, service: CaseService, ids: sample.Sample) -> None:
    model = search_model()
    qtmodeltester.check(model)
    hits = service.search("Åse")
    model.set_roots(result_nodes(hits))
    qtmodeltester.check(model)
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert groups[0].startswith("Borgere")
    assert any(g.startswith("Notater") for g in groups)
