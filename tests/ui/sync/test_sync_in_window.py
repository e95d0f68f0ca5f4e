"""Sync from the main window on a real PostgreSQL: Ctrl+Shift+S pulls the team's notes, the
status bar says how it went, and being offline or removed never opens a dialog."""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tests.ui.sync.conftest import ANNE, Team
from ui.common.worker import wait_for_all
from ui.diary.notes_list_model import AUTHOR, TEXT
from ui.shell.main_window import MainWindow

NOTE = "Karen lavede selv aftensmad og fortalte om sin søster."


def press_sync(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.team_sync.runner.status_changed, timeout=30_000):
        qtbot.keyClick(window, Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_for_all()


def no_dialog_open() -> bool:
    return not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, (QDialog, QMessageBox)) and w.isVisible()]


def dagbog_rows(window: MainWindow) -> list[tuple[str, str]]:
    model = window.citizen_page.notes.model
    return [(model.index(r, TEXT).data(), model.index(r, AUTHOR).data())
            for r in range(model.rowCount())]


def test_ctrl_shift_s_pulls_a_signed_note_into_the_dagbog_list(qtbot, team: Team, b_window, shown):
    b_window.open_citizen(team.b_citizen, "notes")
    assert dagbog_rows(b_window) == []
    team.a.ok("note", "add", "--citizen", str(team.a_citizen), "--text", NOTE, "--sign",
              "--author", ANNE)
    team.a.sync()

    press_sync(qtbot, b_window)

    rows = dagbog_rows(b_window)
    assert len(rows) == 1
    assert NOTE[:30] in rows[0][0]
    assert rows[0][1] == ANNE  # the author's name on the note
    status = b_window.team_sync.widget
    assert status.isVisible() and b_window.statusBar().isVisible()
    assert status.text().startswith("Synkroniseret kl. ")
    assert "venter" not in status.text()
    assert shown.boxes == [] and no_dialog_open()


def test_a_change_waiting_shows_in_the_status_bar_until_the_sync(qtbot, team: Team, b_window):
    with team.b.service() as service:
        service.citizens.update_citizen(
            dataclasses.replace(service.citizens.citizen(team.b_citizen), phone="40404040"))
    b_window.refresh()
    qtbot.waitUntil(lambda: "1 ændring venter" in b_window.team_sync.widget.text(), timeout=20_000)
    press_sync(qtbot, b_window)
    assert "venter" not in b_window.team_sync.widget.text()
    with team.a.service() as service:
        assert service.citizens.citizen(team.a_citizen).phone == "30303030"  # A has not synced yet
    team.a.sync()
    with team.a.service() as service:
        assert service.citizens.citizen(team.a_citizen).phone == "40404040"


def test_an_unreachable_server_says_offline_and_opens_no_dialog(qtbot, team: Team, b_window, shown):
    with team.b.service() as service:  # the server moved (or the network is gone)
        service._db.execute("UPDATE sync_state SET server = 'host=127.0.0.1 port=1 dbname=caseapp'")
    b_window.open_citizen(team.b_citizen, "notes")

    press_sync(qtbot, b_window)

    assert b_window.team_sync.widget.text().startswith(
        "Offline – dit arbejde gemmes og sendes senere")
    assert shown.boxes == [] and no_dialog_open()
    assert b_window.citizen_page.citizen.name == "Karen Vestergaard"  # work goes on


def test_a_removed_member_reads_why_in_the_status_bar(qtbot, team: Team, b_window, shown):
    team.a.ok("team", "remove", "--member", team.b.role)

    press_sync(qtbot, b_window)

    assert "fjernet fra teamet" in b_window.team_sync.widget.text()
    assert shown.boxes == [] and no_dialog_open()


def test_a_tampered_entry_is_refused_and_told_in_the_status_bar(qtbot, team: Team, b_window,
                                                               shown, pg):
    team.a.ok("note", "add", "--citizen", str(team.a_citizen), "--text", NOTE, "--sign")
    team.a.sync()
    with pg.admin() as conn:  # someone with access to the server flips one byte of the note
        conn.execute(
            "UPDATE caseapp.entries SET payload = set_byte(payload, 20, get_byte(payload, 20) # 1) "
            "WHERE team_id = %s AND device_id = %s AND device_seq = %s",
            [uuid.UUID(hex=team.a.state("team_id")), uuid.UUID(hex=team.a.state("device_id")),
             team.a.state("device_seq")])
    b_window.open_citizen(team.b_citizen, "notes")

    press_sync(qtbot, b_window)

    text = b_window.team_sync.widget.text()
    assert "holdes tilbage (underskriften passer ikke til afsenderen)" in text and NOTE not in text
    assert dagbog_rows(b_window) == []  # never applied
    assert shown.boxes == [] and no_dialog_open()


def test_the_timer_syncs_without_being_asked(qtbot, team: Team, b_window):
    team.a.ok("note", "add", "--citizen", str(team.a_citizen), "--text", NOTE, "--sign")
    team.a.sync()
    b_window.open_citizen(team.b_citizen, "notes")
    runner = b_window.team_sync.runner
    assert runner.timer.isActive() and runner.timer.interval() == 5 * 60 * 1000
    with qtbot.waitSignal(runner.synced, timeout=30_000):
        runner.timer.setInterval(10)
    runner.timer.setInterval(5 * 60 * 1000)
    wait_for_all()
    assert len(dagbog_rows(b_window)) == 1


def test_outside_a_team_the_status_bar_shows_nothing_about_sync(qtbot, window, shown):
    assert not window.team_sync.widget.isVisible()
    assert not window.statusBar().isVisible()  # no room taken from a solo caseworker's pages
    qtbot.keyClick(window, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "ikke med i et team" in window.statusBar().currentMessage()
    assert window.statusBar().isVisible()
    assert shown.boxes == [] and no_dialog_open()
