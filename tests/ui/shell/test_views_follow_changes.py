"""Every open view follows a write made elsewhere (a second connection, as a sync or the command
line writes), without being navigated to again, and keeps what the user is doing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caseapp.domain.enums import AccessAction, AppointmentKind, GoalLevel
from caseapp.domain.models import Appointment, Goal, StatusDescription
from caseapp.service import CaseService
from tests.ui import sample
from tests.ui.helpers import model_texts
from ui.common.worker import wait_for_all
from ui.plan.plan_tree_model import GOAL
from ui.shell import sidebar
from ui.shell.main_window import MainWindow

NEW_GOAL = "Delmål: Åse går selv til tandlægen."


@pytest.fixture
def elsewhere(service: CaseService) -> Iterator[CaseService]:
    """A second connection to the same file: what a sync, or the command line, writes with."""
    other = service.clone()
    yield other
    other.close()


def _effort(service: CaseService, citizen_id: int) -> int:
    return next(g.id for g in service.plans.goals(citizen_id) if g.level == GoalLevel.EFFORT)


def _plan_texts(window: MainWindow) -> list[str]:
    return model_texts(window.citizen_page.plan.model)


def _open_plan(qtbot, window: MainWindow, citizen_id: int) -> None:
    window.open_citizen(citizen_id, "plan")
    qtbot.waitUntil(lambda: window.citizen_page.plan.isVisible())


def test_a_goal_written_elsewhere_appears_in_the_open_plan(
    qtbot, window: MainWindow, ids: sample.Sample, elsewhere: CaseService
) -> None:
    _open_plan(qtbot, window, ids.aase)
    plan = window.citizen_page.plan
    plan.select_goal(ids.subgoal)
    assert NEW_GOAL not in _plan_texts(window)

    elsewhere.plans.add_goal(Goal(ids.aase, GoalLevel.SUB, NEW_GOAL.removeprefix("Delmål: "), parent_id=_effort(elsewhere, ids.aase)))

    qtbot.waitUntil(lambda: NEW_GOAL in _plan_texts(window), timeout=5_000)
    assert plan.tree.current_key() == (GOAL, ids.subgoal)  # the selection stayed
    assert window.current_page() == sidebar.CITIZEN


def test_a_goal_being_edited_keeps_its_typing_when_the_plan_changes_underneath(
    qtbot, window: MainWindow, ids: sample.Sample, elsewhere: CaseService
) -> None:
    _open_plan(qtbot, window, ids.aase)
    plan = window.citizen_page.plan
    plan.select_goal(ids.subgoal)
    text = plan.side.goal_form.text
    text.setFocus()
    text.moveCursor(text.textCursor().MoveOperation.End)
    qtbot.keyClicks(text, " Også om torsdagen.")
    typed = text.toPlainText()

    elsewhere.plans.add_goal(Goal(ids.aase, GoalLevel.SUB, NEW_GOAL.removeprefix("Delmål: "), parent_id=_effort(elsewhere, ids.aase)))
    qtbot.waitUntil(lambda: NEW_GOAL in _plan_texts(window), timeout=5_000)

    assert text.toPlainText() == typed  # the open edit is not lost
    assert plan.side.goal_form.is_modified()
    assert plan.tree.current_key() == (GOAL, ids.subgoal)
    plan.tree.select_key((GOAL, next(g.id for g in window.service.plans.goals(ids.aase) if NEW_GOAL.endswith(g.text))))
    assert window.service.plans.goal(ids.subgoal).text == typed  # leaving the goal saves it, as always


def test_an_appointment_written_elsewhere_appears_in_the_open_week(
    qtbot, window: MainWindow, ids: sample.Sample, elsewhere: CaseService
) -> None:
    window.show_page(sidebar.WEEK)
    week = window.week_view
    titles = lambda: [item.occurrence.title for item in week.data.items]  # noqa: E731
    assert "Netværksmøde hos Dorthe" not in titles()
    start = dt.datetime.combine(sample.TODAY + dt.timedelta(days=2), dt.time(9))
    elsewhere.calendar.add_appointment(Appointment(AppointmentKind.CONVERSATION, start, start + dt.timedelta(hours=1),
                                          title="Netværksmøde hos Dorthe", citizen_id=ids.dorthe))

    qtbot.waitUntil(lambda: "Netværksmøde hos Dorthe" in titles(), timeout=5_000)
    assert week.monday == sample.TODAY  # still the week that was shown


def test_a_status_written_elsewhere_appears_in_the_open_status_tab_and_the_draft_being_typed_stays(
    qtbot, window: MainWindow, ids: sample.Sample, elsewhere: CaseService
) -> None:
    window.open_citizen(ids.aase, "status")
    statuses = window.citizen_page.statuses
    qtbot.waitUntil(lambda: statuses.model.rowCount() == 1)
    qtbot.waitUntil(statuses.editor.has_record)
    overall = statuses.editor.overall
    overall.setFocus()
    qtbot.keyClicks(overall, " Hun kommer nu hver uge.")
    typed = overall.toPlainText()
    elsewhere.statuses.save_status_draft(StatusDescription(ids.aase, sample.TODAY - dt.timedelta(days=30),
                                                  sample.TODAY, overall="Skrevet et andet sted."))
    qtbot.waitUntil(lambda: statuses.model.rowCount() == 2, timeout=5_000)
    assert overall.toPlainText() == typed  # the draft being written is left alone
    assert statuses.has_unsaved_changes()


def test_reading_alone_makes_no_view_read_again(
    qtbot, window: MainWindow, ids: sample.Sample, elsewhere: CaseService
) -> None:
    seen: list[object] = []
    window.changes.changed.connect(seen.append)
    elsewhere.records.record_access(AccessAction.OPENED_CITIZEN, [ids.aase])
    window.changes.check()
    assert seen == []
    elsewhere.plans.add_goal(Goal(ids.dorthe, GoalLevel.LONG_TERM, "Dorthe er i job."))
    window.changes.check()
    [change] = seen
    assert change.kinds == {"goals"} and change.citizens == {ids.dorthe}
    wait_for_all()


def test_a_sync_names_the_citizens_it_changed(
    qtbot, window: MainWindow, ids: sample.Sample, elsewhere: CaseService
) -> None:
    seen: list[object] = []
    window.changes.changed.connect(seen.append)
    with elsewhere._db.atomic():  # what receive.py leaves after applying a colleague's entries
        elsewhere._db.execute("UPDATE citizens SET next_step = 'Ring til Bo' WHERE id = ?", [ids.dorthe])
        elsewhere.records.record_access(AccessAction.SYNCED, [ids.dorthe], "hentet fra teamet")
    window.changes.check()
    [change] = seen
    assert change.citizens == {ids.dorthe} and "citizens" in change.kinds
    assert not change.touches("goals", ids.aase)
    wait_for_all()
    qtbot.waitUntil(lambda: any(c.next_step == "Ring til Bo" for c in window.caseload), timeout=5_000)


def test_a_text_being_edited_in_the_tree_is_finished_before_the_plan_reads_again(
    qtbot, window: MainWindow, ids: sample.Sample, elsewhere: CaseService
) -> None:
    _open_plan(qtbot, window, ids.aase)
    plan = window.citizen_page.plan
    plan.select_goal(ids.subgoal)
    plan.tree.setFocus()
    qtbot.keyClick(plan.tree, Qt.Key.Key_F2)
    assert plan.tree.is_editing()
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Åse spiser med i fællesspisningen hver tirsdag.")

    elsewhere.plans.add_goal(Goal(ids.aase, GoalLevel.SUB, NEW_GOAL.removeprefix("Delmål: "),
                            parent_id=_effort(elsewhere, ids.aase)))
    window.changes.check()
    assert plan.tree.is_editing() and NEW_GOAL not in _plan_texts(window)  # the typing goes on

    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: NEW_GOAL in _plan_texts(window), timeout=5_000)
    assert window.service.plans.goal(ids.subgoal).text == "Åse spiser med i fællesspisningen hver tirsdag."
    assert plan.tree.current_key() == (GOAL, ids.subgoal)
