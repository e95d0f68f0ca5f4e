"""Indstillinger: the profile is edited in a dialog and saved through the worker."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from caseapp.service import CaseService
from ui.shell.main_window import MainWindow
from ui.shell.settings_dialog import SettingsDialog
from ui.shell.unlock import check_unlock_password


def test_settings_dialog_edits_every_field(qtbot, service: CaseService) -> None:
    dialog = SettingsDialog(service.profile())
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no name yet
    qtbot.keyClicks(dialog.name, "Åse Sagsbehandler")
    assert ok.isEnabled()
    dialog.role.setCurrentIndex(dialog.role.findData("leader"))
    qtbot.keyClicks(dialog.unit, "Team Øst")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.lock_minutes.setValue(12)
    dialog.cadence.setValue(30)
    dialog.cap.setValue(3)
    dialog.work_start.setTime(QTime(7, 30))
    dialog.work_end.setTime(QTime(7, 0))
    assert not ok.isEnabled() and "slutte efter" in dialog.error.text()
    dialog.work_end.setTime(QTime(15, 30))
    qtbot.keyClicks(dialog.new_password, "ny-kode-1")
    assert not ok.isEnabled()  # not repeated yet
    qtbot.keyClicks(dialog.repeat_password, "ny-kode-1")
    assert ok.isEnabled()
    profile = dialog.profile()
    assert (profile.name, profile.role, profile.unit, profile.language) == (
        "Åse Sagsbehandler", "leader", "Team Øst", "en")
    assert (profile.lock_minutes, profile.default_cadence_days, profile.max_active_subgoals) == (
        12, 30, 3)
    assert (profile.work_start, profile.work_end) == ("07:30", "15:30")
    assert check_unlock_password(profile, "ny-kode-1")


def test_window_saves_settings_and_applies_lock_minutes(
    qtbot, window: MainWindow, service: CaseService
) -> None:
    class Accepting(SettingsDialog):
        def exec(self) -> int:
            self.name.setText("Mette")
            self.lock_minutes.setValue(9)
            return QDialog.DialogCode.Accepted

    window.settings_dialog = Accepting
    window.open_settings()
    qtbot.waitUntil(lambda: window.profile.name == "Mette", timeout=5_000)
    assert service.profile().lock_minutes == 9
    assert window.idle._limit == 9 * 60


def test_the_retention_periods_are_set_in_the_settings_dialog(
    qtbot, window: MainWindow, service: CaseService
) -> None:
    shown: list[SettingsDialog] = []

    class Accepting(SettingsDialog):
        def exec(self) -> int:
            shown.append(self)
            self.retention_days.setValue(30)
            self.log_months.setValue(12)
            return QDialog.DialogCode.Accepted

    window.settings_dialog = Accepting
    window.open_settings()
    qtbot.waitUntil(lambda: service.records.retention_days() == 30, timeout=5_000)
    assert service.records.access_log_months() == 12
    assert shown[0].retention_days.accessibleName() == "Dage fra en sag afsluttes, til borgeren slettes"
    assert shown[0].log_months.maximum() == 60


def test_the_days_own_team_changes_are_kept_are_set_in_the_settings_dialog(
    qtbot, window: MainWindow, service: CaseService
) -> None:
    """`caseapp settings --own-log-days` in the desktop: shown as stored, typed, saved."""
    service.records.set_own_log_days(45)
    shown: list[SettingsDialog] = []

    class Typing(SettingsDialog):
        def exec(self) -> int:
            shown.append(self)
            self.show()
            assert self.own_log_days.value() == 45  # what the database holds
            self.own_log_days.setFocus()
            self.own_log_days.selectAll()
            qtbot.keyClicks(self.own_log_days, "90")
            return QDialog.DialogCode.Accepted

    window.settings_dialog = Typing
    window.open_settings()
    qtbot.waitUntil(lambda: service.records.own_log_days() == 90, timeout=5_000)
    dialog = shown[0]
    assert dialog.own_log_days.accessibleName() == "Dage egne sendte teamændringer gemmes"
    assert (dialog.own_log_days.minimum(), dialog.own_log_days.maximum()) == (1, 3650)
    assert service.records.retention_settings().own_log_days == 90


def test_the_teams_retention_period_is_shown_in_a_team(
    qtbot, window: MainWindow, service: CaseService
) -> None:
    """The creator's period for shared citizens, as `caseapp settings` says it; outside a team
    (or before the creator has set one) there is no such line."""
    shown: list[SettingsDialog] = []

    class Looking(SettingsDialog):
        def exec(self) -> int:
            shown.append(self)
            return QDialog.DialogCode.Rejected

    window.settings_dialog = Looking
    window.open_settings()
    assert shown[0].team_retention is None
    service._db.execute("UPDATE sync_state SET team_retention_days = 45 WHERE id = 1")  # as a creator's entry sets it
    window.open_settings()
    note = shown[1].team_retention
    assert note is not None
    assert note.text() == ("Borgere delt med teamet slettes 45 dage efter afslutningen: teamets "
                           "opbevaringstid, som den, der oprettede teamet, sætter.")


def test_the_wrapped_notes_are_shown_whole(qtbot, service: CaseService) -> None:
    """The language note and the team's period wrap onto more lines; the dialog opens tall
    enough for every line of both."""
    dialog = SettingsDialog(service.profile(), team_retention_days=45)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    notes = [dialog.team_retention, *(label for label in dialog.findChildren(QLabel)
                                      if label.text().startswith("Sproget skifter"))]
    assert len(notes) == 2
    for note in notes:
        assert note.height() >= note.heightForWidth(note.width()), note.text()
