"""The effort form picks any number of sub-goals, from the keyboard, and the tab shows them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from caseapp.service import CaseService
from tests.ui import sample
from tests.ui.helpers import model_texts
from ui.followup.effort_dialog import EffortDialog
from ui.shell.main_window import MainWindow

TODAY = sample.TODAY


def test_the_effort_form_picks_two_sub_goals_with_the_keyboard(
    qtbot, service: CaseService, ids: sample.Sample, window: MainWindow
) -> None:
    window.open_citizen(ids.aase, "followup")
    tab = window.citizen_page.followup
    rows: list[str] = []

    def pick_both(dialog: EffortDialog) -> bool:
        dialog.title_edit.setText("Virksomhedspraktik")
        dialog.end_edit.setDate(TODAY + dt.timedelta(days=60))
        goals = dialog.goal_list
        assert goals.accessibleName() == "Delmål indsatsen tjener"
        rows.extend(goals.item(r).text() for r in range(goals.count()))
        goals.setFocus()
        for row in range(goals.count()):
            goals.setCurrentRow(row)
            qtbot.keyClick(goals, Qt.Key.Key_Space)  # ticks the sub-goal
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result() == dialog.DialogCode.Accepted

    tab.run_dialog = pick_both
    qtbot.mouseClick(tab.new_effort_button, Qt.MouseButton.LeftButton)
    assert rows == ["Åse deltager i fællesspisningen hver tirsdag.",
                    "Åse tager selv bussen til praktikstedet."]
    [effort] = service.efforts.of_citizen(ids.aase)
    assert effort.goal_texts == tuple(rows)
    assert "; ".join(rows) in model_texts(tab.efforts_model)
