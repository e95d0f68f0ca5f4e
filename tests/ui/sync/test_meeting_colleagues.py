"""Colleagues at a meeting in a team (two laptops, a real PostgreSQL): Bo ticks them off the
team's members, named as they write, and can still type someone from outside the team."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from caseapp.domain.enums import ParticipantKind
from tests.ui.sync.conftest import ANNE, Shown, Team
from ui.common.worker import wait_for_all
from ui.followup.meeting_dialog import MeetingDialog
from ui.shell.main_window import MainWindow

BO = "Bo Ærø"
TODAY = dt.datetime(2026, 12, 7, 9, 0)


def test_bo_picks_anne_from_the_team_and_types_a_colleague_from_elsewhere(
    qtbot, team: Team, shown: Shown
) -> None:
    team.a.sync()  # Anne's name travels with her changes
    with team.b.service() as b:
        b.save_profile(dataclasses.replace(b.profile(), name=BO))
    team.b.sync()
    service = team.b.service()
    assert service.team.colleague_names() == [ANNE, BO]
    window = MainWindow(service, now=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    try:
        window.open_citizen(team.b_citizen, "followup")
        panel = window.citizen_page.followup.meetings
        seen: dict = {}

        def plan(dialog: QDialog) -> bool:
            assert isinstance(dialog, MeetingDialog)
            members = dialog.team_list
            seen["members"] = [(members.item(i).text(), members.item(i).checkState() == Qt.CheckState.Checked)
                               for i in range(members.count())]
            seen["visible"] = not members.isHidden()
            members.item(0).setCheckState(Qt.CheckState.Checked)  # Anne
            dialog.colleagues_edit.setText("Lise fra Psykiatrien, anne kontaktperson")
            dialog.coordinator_box.setCurrentIndex(dialog.coordinator_box.findText(ANNE))
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            return dialog.result() == QDialog.DialogCode.Accepted

        panel.run_dialog = plan
        qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
        assert seen["members"] == [(ANNE, False), (BO, True)] and seen["visible"]
        [meeting] = service.meetings.of_citizen(team.b_citizen)
        colleagues = [p.name for p in meeting.participants if p.kind == ParticipantKind.COLLEAGUE]
        assert colleagues == [ANNE, BO, "Lise fra Psykiatrien"]  # Anne once, though typed again
        assert meeting.coordinator.name == ANNE
    finally:
        wait_for_all()
        window.close()
        service.close()
