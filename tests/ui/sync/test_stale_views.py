"""Views that never go stale: a colleague's change reaches an open form without undoing it or
being undone by it (two laptops, a real PostgreSQL)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from tests.ui.sync.conftest import Shown, Team, open_window
from ui.common.worker import wait_for_all
from ui.shell.main_window import MainWindow

BO_WHERE = "Bo: Karen er flyttet i egen lejlighed på Åløkken."
ANNE_NEXT = "Anne: møde med jobcentret i næste uge."


def _bo_writes(team: Team, **fields: str) -> None:
    """Bo edits Karen on his laptop and syncs."""
    with team.b.service() as service:
        citizen = service.citizens.citizen(team.b_citizen)
        service.citizens.update_citizen(dataclasses.replace(citizen, **fields))
    team.b.sync()


def _anne_syncs(qtbot, window) -> None:
    with qtbot.waitSignal(window.team_sync.runner.status_changed, timeout=30_000):
        qtbot.keyClick(window, Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_for_all()


def _anne_saves(qtbot, window) -> None:
    qtbot.mouseClick(window.citizen_page.overview.save_button, Qt.MouseButton.LeftButton)
    wait_for_all()


@pytest.fixture
def anne(qtbot, team: Team, shown: Shown) -> Iterator[MainWindow]:
    """Anne's window on laptop A with Karen's Overblik open."""
    service = team.a.service()
    window = open_window(qtbot, service, shown)
    window.open_citizen(team.a_citizen)
    yield window
    wait_for_all()
    window.close()
    service.close()


def test_a_colleagues_change_reaches_the_open_form_and_a_save_does_not_undo_it(
    qtbot, team: Team, anne: MainWindow
) -> None:
    form = anne.citizen_page.overview.form
    _bo_writes(team, where_now=BO_WHERE)
    _anne_syncs(qtbot, anne)
    qtbot.waitUntil(lambda: form.where_now.toPlainText() == BO_WHERE, timeout=20_000)

    form.next_step.setFocus()
    qtbot.keyClicks(form.next_step, ANNE_NEXT)
    _anne_saves(qtbot, anne)
    stored = anne.service.citizens.citizen(team.a_citizen)
    assert (stored.where_now, stored.next_step) == (BO_WHERE, ANNE_NEXT)
    assert anne.service.team.sync_conflicts() == []
    team.a.sync()
    team.b.sync()
    with team.b.service() as b:
        assert (b.citizens.citizen(team.b_citizen).where_now, b.citizens.citizen(team.b_citizen).next_step) == (BO_WHERE, ANNE_NEXT)
        assert b.team.sync_conflicts() == []


def test_a_field_being_typed_keeps_the_typing_is_marked_and_both_values_are_kept(
    qtbot, team: Team, anne: MainWindow
) -> None:
    service = anne.service
    form, overview = anne.citizen_page.overview.form, anne.citizen_page.overview
    form.where_now.setFocus()
    qtbot.keyClicks(form.where_now, "Anne skriver stadig")
    _bo_writes(team, where_now=BO_WHERE, phone="44444444")
    _anne_syncs(qtbot, anne)
    qtbot.waitUntil(lambda: form.phone.text() == "44444444", timeout=20_000)  # untouched: updated
    assert form.where_now.toPlainText() == "Anne skriver stadig"  # typed: untouched
    assert form.where_now.property("changedUnderneath") is True
    assert BO_WHERE in form.where_now.accessibleDescription()
    assert form.phone.property("changedUnderneath") is False
    assert "en kollega har ændret et felt" in overview.state_label.text()

    _anne_saves(qtbot, anne)
    assert service.citizens.citizen(team.a_citizen).where_now == "Anne skriver stadig"
    assert service.citizens.citizen(team.a_citizen).phone == "44444444"
    [conflict] = service.team.sync_conflicts()
    assert {conflict.kept_value, conflict.other_value} == {"Anne skriver stadig", BO_WHERE}
    assert "begge værdier ligger under Team → Konflikter" in overview.state_label.text()
    assert form.where_now.property("changedUnderneath") is False


def test_the_caseload_follows_a_change_made_elsewhere_without_being_asked(
    qtbot, team: Team, anne: MainWindow
) -> None:
    with team.a.service() as elsewhere:  # the command line, or a second window
        citizen = elsewhere.citizens.citizen(team.a_citizen)
        elsewhere.citizens.update_citizen(dataclasses.replace(citizen, name="Karen V. Vestergaard"))
    qtbot.waitUntil(lambda: [c.name for c in anne.caseload] == ["Karen V. Vestergaard"], timeout=20_000)
    assert anne.caseload_view.model.rowCount() == 1
    assert anne.citizen_page.header.name_label.text() == "Karen V. Vestergaard"  # the open page too
