"""The Konflikter list and the "Del med teamet" switch, on a real PostgreSQL."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from caseapp.domain.models import Citizen
from tests.ui.helpers import model_texts
from tests.ui.sync.conftest import ANNE, NAME, Shown, Team, open_window
from ui.common.worker import wait_for_all
from ui.sync.conflict_model import ConflictModel


def _same_field_edited_on_both(team: Team) -> None:
    """A and B change the phone offline; A syncs first, so B's later value wins on B."""
    for machine, citizen_id, phone in ((team.a, team.a_citizen, "11111111"),
                                       (team.b, team.b_citizen, "22222222")):
        with machine.service() as service:
            service.citizens.update_citizen(dataclasses.replace(service.citizens.citizen(citizen_id), phone=phone))
    team.a.sync()
    team.b.sync()


def test_a_same_field_conflict_is_listed_with_both_values_and_resolving_removes_it(
    qtbot, team: Team, shown: Shown
) -> None:
    _same_field_edited_on_both(team)
    service = team.b.service()
    try:
        window = open_window(qtbot, service, shown)
        status = window.team_sync.widget
        assert status.conflicts_button.isVisible()
        assert status.conflicts_button.text() == "Konflikter (1)"
        assert window.team_sync.conflicts_action.text() == "&Konflikter (1) …"

        status.conflicts_button.click()
        dialog = window.team_sync.dialog
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=20_000)
        texts = model_texts(dialog.model)
        assert "Borger: Telefon" in texts and NAME in texts  # what, and whose
        assert "22222222" in texts and "11111111" in texts  # both values
        assert ANNE in texts and service.team.author_name() in texts  # who, by name
        assert "denne maskine" not in texts
        assert dialog.isVisible() and not dialog.isModal()

        dialog.other_button.click()  # take A's value
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=20_000)
        wait_for_all()
        assert dialog.empty.isVisible()
        assert service.team.sync_conflicts() == []
        assert service.citizens.citizen(team.b_citizen).phone == "11111111"
        qtbot.waitUntil(lambda: not status.conflicts_button.isVisible(), timeout=20_000)
        assert "1 ændring venter" in status.text()  # the choice goes to the team next time
        assert shown.boxes == []
        window.close()
    finally:
        wait_for_all()
        service.close()


def test_the_conflict_list_works_by_keyboard_and_shows_whole_values(
    qtbot, team: Team, shown: Shown
) -> None:
    _same_field_edited_on_both(team)
    service = team.b.service()
    try:
        window = open_window(qtbot, service, shown)
        window.team_sync.open_conflicts()
        dialog = window.team_sync.dialog
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=20_000)
        assert "22222222" in dialog.detail.text() and "11111111" in dialog.detail.text()
        assert f"({ANNE})" in dialog.detail.text()
        dialog.table.setFocus()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.keep_button
        qtbot.keyClick(dialog.keep_button, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.other_button
        qtbot.keyClick(dialog.other_button, Qt.Key.Key_Space)  # takes A's value
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=20_000)
        wait_for_all()
        assert service.citizens.citizen(team.b_citizen).phone == "11111111"
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
        assert all(w.accessibleName() for w in (dialog.table, dialog.detail))
        window.close()
    finally:
        wait_for_all()
        service.close()


def test_the_conflict_model_passes_qt_model_tester(qtbot, qtmodeltester, team: Team) -> None:
    _same_field_edited_on_both(team)
    with team.b.service() as service:
        conflicts = service.team.sync_conflicts()
    model = ConflictModel()
    model.set_conflicts(conflicts)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 1


def test_the_share_switch_shares_the_citizen_and_the_badge_appears(
    qtbot, team: Team, shown: Shown
) -> None:
    with team.a.service() as service:
        own = service.citizens.add_citizen(Citizen(name="Ole Brandt", cpr="050570-1113"))
    service = team.a.service()
    try:
        window = open_window(qtbot, service, shown)
        header = window.citizen_page.header
        window.open_citizen(team.a_citizen)
        assert header.share_switch.isVisible() and header.share_switch.isChecked()
        assert not header.share_switch.isEnabled()  # shared for good
        assert header.shared_badge.isVisible() and header.shared_badge.text() == "Delt med teamet"

        window.open_citizen(own)
        assert header.share_switch.isVisible() and header.share_switch.isEnabled()
        assert not header.share_switch.isChecked()
        assert not header.shared_badge.isVisible()
        assert own not in service.team.shared_citizens()

        header.share_switch.click()
        qtbot.waitUntil(header.shared_badge.isVisible, timeout=20_000)
        wait_for_all()
        assert own in service.team.shared_citizens()  # the core's shared flag
        assert header.share_switch.isChecked() and not header.share_switch.isEnabled()
        assert "1 ændring venter" in window.team_sync.widget.text()  # the citizen, queued
        with qtbot.waitSignal(window.caseload_loaded, timeout=20_000):
            window.refresh()
        model = window.caseload_view.model
        names = model_texts(model)
        assert "Ole Brandt" in names and NAME in names  # the name alone, the mark beside it
        for name in ("Ole Brandt", NAME):
            index = model.index(next(r for r in range(model.rowCount())
                                     if model.index(r, model.NAME).data() == name), model.NAME)
            assert index.data(Qt.ItemDataRole.AccessibleTextRole) == f"{name}, delt med teamet"
            assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
        assert shown.boxes == []
        window.close()
    finally:
        wait_for_all()
        service.close()
    team.a.sync()
    team.b.sync()
    assert "Ole Brandt" in team.b.names()
    assert NAME in team.b.names()


def test_outside_a_team_there_is_no_share_switch(qtbot, window) -> None:
    model = window.caseload_view.model
    assert all(model.index(r, model.NAME).data(Qt.ItemDataRole.DecorationRole) is None
               for r in range(model.rowCount()))
    window.open_citizen(window.caseload[0].id)
    header = window.citizen_page.header
    assert not header.share_switch.isVisible()
    assert not header.shared_badge.isVisible()
