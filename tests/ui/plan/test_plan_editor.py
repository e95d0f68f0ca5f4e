"""The Plan tab as an editor: add, edit with wording hints, reorder (keys and drag-and-drop),
delete and archive, undo and redo, rate and chart, tick off, copy and print, the cap warning."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from caseapp.domain.enums import GoalLevel, GoalStatus, Phase, RatingScale
from caseapp.domain.models import Action, Goal, Rating
from caseapp.service import CaseService
from tests.ui import sample
from ui.plan.plan_tab import PlanTab
from ui.plan.plan_tree_model import ACTION, GOAL, PlanTreeModel
from ui.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def tab(qtbot, service: CaseService, ids: sample.Sample) -> PlanTab:
    tab = PlanTab(service, today=lambda: sample.TODAY)
    tab.errors = []  # type: ignore[attr-defined]
    tab.show_error = lambda _parent, exc: tab.errors.append(exc)  # type: ignore[attr-defined]
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    show(tab, service, ids.aase)
    return tab


def show(tab: PlanTab, service: CaseService, citizen_id: int, cap: int = 2) -> None:
    tab.show_plan(service.citizens.citizen(citizen_id), service.plans.goals(citizen_id),
                  service.plans.actions(citizen_id), cap)


def goal_id(service: CaseService, citizen_id: int, text: str) -> int:
    return next(g.id for g in service.plans.goals(citizen_id) if g.text.startswith(text))


def children(service: CaseService, citizen_id: int, parent_id: int) -> list[str]:
    kids = [g for g in service.plans.goals(citizen_id) if g.parent_id == parent_id]
    return [g.text for g in sorted(kids, key=lambda g: (g.position, g.id))]


def select(tab: PlanTab, key: tuple[str, int]) -> None:
    tab.tree.select_key(key)
    assert tab.tree.current_key() == key


def test_tree_model_passes_the_model_tester(
    qtmodeltester, service: CaseService, ids: sample.Sample
) -> None:
    model = PlanTreeModel()
    qtmodeltester.check(model)
    goals, actions = service.plans.goals(ids.aase), service.plans.actions(ids.aase)
    model.set_plan(goals, actions)
    qtmodeltester.check(model)
    long_term = model.index(0, 0)
    assert long_term.data().startswith("Langsigtet mål: Åse har et arbejde med dyr")
    effort = model.index(0, 0, long_term)
    assert model.rowCount(effort) == 2
    sub = model.index(0, 0, effort)
    assert model.key(sub) == (GOAL, ids.subgoal)
    assert model.index(0, 0, sub).data().startswith("Indsats: Kontaktpersonen følger Åse")
    assert model.index(0, 3, sub).data() == "Borgeren"  # who does it
    # a change of contents keeps the nodes (no reset), and the model still checks out
    edited = [dataclasses.replace(g, text="Åse spiser med hver tirsdag.")
              if g.id == ids.subgoal else g for g in goals]
    model.set_plan(edited, actions)
    assert model.index(0, 0, effort).data() == "Delmål: Åse spiser med hver tirsdag."
    qtmodeltester.check(model)


def test_add_a_subgoal_and_a_kan_hint_appears(
    qtbot, tab: PlanTab, service: CaseService, ids: sample.Sample
) -> None:
    effort = goal_id(service, ids.aase, "Åse deltager i et praktikforløb")
    select(tab, (GOAL, effort))
    assert tab.add_button.text() == "Tilføj delmål"
    before = len(service.plans.goals(ids.aase))
    # two sub-goals are active now already: the new one starts as "later", and we are told so
    qtbot.keyClick(tab.tree, Qt.Key.Key_Insert)
    goals = service.plans.goals(ids.aase)
    assert len(goals) == before + 1
    new = max(goals, key=lambda g: g.id)
    assert (new.level, new.parent_id, new.phase) == (GoalLevel.SUB, effort, Phase.LATER)
    assert "Senere" in tab.message.text()
    assert tab.tree.current_key() == (GOAL, new.id)
    form = tab.side.goal_form
    assert form.isVisible() and form.current_goal().id == new.id

    form.text.clear()
    qtbot.keyClicks(form.text, "Åse kan lave mad selv")
    assert "uses_kan" in form.hint_codes()
    kan = next(label for hint, label in zip(form.hints, form.hint_labels, strict=True)
               if hint.code == "uses_kan")
    assert kan.isVisible() and "kan" in kan.text()
    assert "Undgå at skrive kan" in kan.toolTip()  # the reason, from seed 003
    assert form.text.extraSelections()  # the word is highlighted
    assert form.save_button.isEnabled()  # hints never block saving
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert service.plans.goal(new.id).text == "Åse kan lave mad selv"

    form.text.clear()
    qtbot.keyClicks(form.text, "Åse laver selv aftensmad to gange om ugen")
    assert "uses_kan" not in form.hint_codes()


def test_empty_or_huge_text_cannot_be_saved(
    qtbot, tab: PlanTab, service: CaseService, ids: sample.Sample
) -> None:
    select(tab, (GOAL, ids.subgoal))
    form = tab.side.goal_form
    form.text.clear()
    assert not form.save_button.isEnabled()
    assert form.text_error.isVisible()
    form.text.setPlainText("Åse " * 1300)  # 5,200 characters
    assert not form.save_button.isEnabled()
    assert "højst 5.000 tegn" in form.text_error.text()
    form.revert()
    assert form.text.toPlainText() == service.plans.goal(ids.subgoal).text


def test_reorder_with_the_keyboard_and_refusals_in_danish(
    qtbot, tab: PlanTab, service: CaseService, ids: sample.Sample
) -> None:
    effort = goal_id(service, ids.aase, "Åse deltager i et praktikforløb")
    bus = goal_id(service, ids.aase, "Åse tager selv bussen")
    assert children(service, ids.aase, effort)[0].startswith("Åse deltager i fællesspisningen")
    select(tab, (GOAL, bus))
    qtbot.keyClick(tab.tree, Qt.Key.Key_Up, CTRL)
    assert children(service, ids.aase, effort)[0].startswith("Åse tager selv bussen")
    assert tab.tree.current_key() == (GOAL, bus)  # the moved goal stays selected
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down, CTRL)
    assert children(service, ids.aase, effort)[1].startswith("Åse tager selv bussen")

    # out a level would put a sub-goal under the long-term goal: refused, with the core's words
    qtbot.keyClick(tab.tree, Qt.Key.Key_Left, CTRL)
    assert tab.message.text() == "Et delmål kan kun flyttes ind under et indsatsmål."
    assert tab.message.property("alert") is True
    assert service.plans.goal(bus).parent_id == effort
    qtbot.keyClick(tab.tree, Qt.Key.Key_Right, CTRL)  # under the sub-goal above it: refused
    assert "indsatsmål" in tab.message.text()

    # and every move is undoable
    qtbot.keyClick(tab.tree, Qt.Key.Key_Up, CTRL)
    assert children(service, ids.aase, effort)[0].startswith("Åse tager selv bussen")
    qtbot.keyClick(tab.tree, Qt.Key.Key_Z, CTRL)
    assert children(service, ids.aase, effort)[1].startswith("Åse tager selv bussen")
    assert tab.errors == []


def test_drag_and_drop_through_the_model(
    tab: PlanTab, service: CaseService, ids: sample.Sample
) -> None:
    model = tab.model
    effort = goal_id(service, ids.aase, "Åse deltager i et praktikforløb")
    long_term = goal_id(service, ids.aase, "Åse har et arbejde")
    bus = goal_id(service, ids.aase, "Åse tager selv bussen")
    move = Qt.DropAction.MoveAction

    data = model.mimeData([model.index_of((GOAL, bus))])
    assert model.canDropMimeData(data, move, 0, 0, model.index_of((GOAL, effort)))
    assert model.dropMimeData(data, move, 0, 0, model.index_of((GOAL, effort)))
    assert children(service, ids.aase, effort)[0].startswith("Åse tager selv bussen")

    # a sub-goal dropped on the long-term goal: refused, nothing changes
    data = model.mimeData([model.index_of((GOAL, bus))])
    model.dropMimeData(data, move, -1, 0, model.index_of((GOAL, long_term)))
    assert tab.message.text() == "Et delmål kan kun flyttes ind under et indsatsmål."
    assert service.plans.goal(bus).parent_id == effort

    # a goal dropped under its own sub-goal would become its own ancestor: refused
    data = model.mimeData([model.index_of((GOAL, effort))])
    model.dropMimeData(data, move, -1, 0, model.index_of((GOAL, bus)))
    assert "sig selv" in tab.message.text()
    assert service.plans.goal(effort).parent_id == long_term

    # an action dragged onto another sub-goal moves there; undo moves it back
    action = service.plans.actions(ids.aase)[0]
    data = model.mimeData([model.index_of((ACTION, action.id))])
    model.dropMimeData(data, move, -1, 0, model.index_of((GOAL, bus)))
    assert service.plans.action(action.id).goal_id == bus
    tab.undo()
    assert service.plans.action(action.id).goal_id == ids.subgoal


def test_delete_a_goal_with_notes_archives_it_and_undo_restores(
    qtbot, tab: PlanTab, service: CaseService, ids: sample.Sample
) -> None:
    effort = goal_id(service, ids.aase, "Åse deltager i et praktikforløb")
    select(tab, (GOAL, ids.subgoal))
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert "Målet er arkiveret, fordi der er notater knyttet til det" in tab.message.text()
    assert ids.subgoal not in {g.id for g in service.plans.goals(ids.aase)}
    assert service.plans.goal(ids.subgoal).archived
    assert service.diary.note(ids.signed_note).goal_ids == (ids.subgoal,)  # the link is kept
    assert not tab.model.index_of((GOAL, ids.subgoal)).isValid()

    qtbot.keyClick(tab.tree, Qt.Key.Key_Z, CTRL)
    restored = service.plans.goal(ids.subgoal)
    assert not restored.archived
    assert children(service, ids.aase, effort)[0] == restored.text  # back in its place
    assert [a.goal_id for a in service.plans.actions(ids.aase)] == [ids.subgoal]
    assert tab.tree.current_key() == (GOAL, ids.subgoal)

    qtbot.keyClick(tab.tree, Qt.Key.Key_Z, CTRL_SHIFT)
    assert service.plans.goal(ids.subgoal).archived
    assert tab.errors == []


def test_delete_undo_recreates_a_deleted_goal_with_its_actions(
    qtbot, tab: PlanTab, service: CaseService, ids: sample.Sample
) -> None:
    effort = goal_id(service, ids.aase, "Åse deltager i et praktikforløb")
    bus = goal_id(service, ids.aase, "Åse tager selv bussen")
    select(tab, (GOAL, bus))
    qtbot.keyClick(tab.tree, Qt.Key.Key_Insert)  # an action for the bus goal
    action = max(service.plans.actions(ids.aase), key=lambda a: a.id)
    assert (action.goal_id, action.what) == (bus, "Ny indsats")
    select(tab, (GOAL, bus))
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    with pytest.raises(Exception):  # noqa: B017 - nothing pointed to it: really deleted
        service.plans.goal(bus)
    assert "arkiveret" not in tab.message.text()

    tab.undo()  # the goal and its action come back (new ids), in the same place
    again = goal_id(service, ids.aase, "Åse tager selv bussen")
    assert children(service, ids.aase, effort)[1].startswith("Åse tager selv bussen")
    assert [a.what for a in service.plans.actions(ids.aase) if a.goal_id == again] == ["Ny indsats"]
    tab.undo()  # older commands still find the goal under its new id
    assert [a for a in service.plans.actions(ids.aase) if a.goal_id == again] == []
    tab.redo()
    tab.redo()
    assert "Åse tager selv bussen." not in children(service, ids.aase, effort)
    tab.undo()
    tab.undo()
    tab.undo()
    assert tab.errors == []
    assert not tab.editor.stack.canUndo()


def test_edit_in_the_side_form_then_undo_and_redo(
    qtbot, tab: PlanTab, service: CaseService, ids: sample.Sample
) -> None:
    original = service.plans.goal(ids.subgoal)
    select(tab, (GOAL, ids.subgoal))
    form = tab.side.goal_form
    form.text.setPlainText("Åse spiser med i fællesskabet hver tirsdag.")
    form.ambition.setCurrentIndex(form.ambition.findData(None))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved = service.plans.goal(ids.subgoal)
    assert (saved.text, saved.ambition) == ("Åse spiser med i fællesskabet hver tirsdag.", None)
    assert "no_ambition" in form.hint_codes()
    assert tab.undo_button.isEnabled() and "Ret mål" in tab.undo_button.toolTip()

    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    assert service.plans.goal(ids.subgoal) == original
    assert form.text.toPlainText() == original.text  # the form shows the stored goal
    qtbot.mouseClick(tab.redo_button, Qt.MouseButton.LeftButton)
    assert service.plans.goal(ids.subgoal).text == "Åse spiser med i fællesskabet hver tirsdag."


def test_switching_rows_saves_what_was_typed(
    qtbot, tab: PlanTab, service: CaseService, ids: sample.Sample
) -> None:
    action = service.plans.actions(ids.aase)[0]
    select(tab, (ACTION, action.id))
    form = tab.side.action_form
    assert form.isVisible()
    form.what.setPlainText("Kontaktpersonen følger Åse den første gang.")
    form.done.set_date(sample.TODAY)
    form.done.check.setChecked(True)
    select(tab, (GOAL, ids.subgoal))
    stored = service.plans.action(action.id)
    assert stored.what == "Kontaktpersonen følger Åse den første gang."
    assert stored.done_on == sample.TODAY
    tab.undo()
    assert service.plans.action(action.id) == action


def test_rate_a_subgoal_and_the_chart_gets_a_point(
    qtbot, tab: PlanTab, service: CaseService, ids: sample.Sample
) -> None:
    class FakeRatingDialog:
        next_rating: Rating

        def __init__(self, goal_id: int, *_args: object) -> None:
            self.goal_id = goal_id

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

        def rating(self) -> Rating:
            return dataclasses.replace(FakeRatingDialog.next_rating, goal_id=self.goal_id)

    tab.rating_dialog = FakeRatingDialog
    select(tab, (GOAL, ids.subgoal))
    chart = tab.side.progress.chart
    assert chart.isVisible() and chart.point_count() == 0
    FakeRatingDialog.next_rating = Rating(0, RatingScale.SELF_1_10, 6, sample.TODAY, "borger")
    qtbot.mouseClick(tab.side.progress.rate_button, Qt.MouseButton.LeftButton)
    assert chart.point_count() == 1
    FakeRatingDialog.next_rating = Rating(0, RatingScale.FFB_0_4, 2, sample.TODAY, "Mette")
    qtbot.mouseClick(tab.side.progress.rate_button, Qt.MouseButton.LeftButton)
    assert chart.point_count() == 2
    assert [r.value for r in service.plans.ratings(ids.subgoal)] == [6, 2]
    assert any("FFB" in line and "0 er bedst" in line for line in chart.legend())
    assert "borgeren 6/10" in tab.side.progress.latest.text()
    chart.grab()  # paints without errors
    # a rating given by mistake: undo takes it away, redo gives it back
    tab.undo()
    assert [r.value for r in service.plans.ratings(ids.subgoal)] == [6]
    select(tab, (GOAL, ids.subgoal))
    assert chart.point_count() == 1
    tab.redo()
    assert [(r.value, r.rater) for r in service.plans.ratings(ids.subgoal)] == [(6, "borger"),
                                                                           (2, "Mette")]


def test_remove_the_newest_rating_and_undo_brings_it_back(
    qtbot, tab: PlanTab, service: CaseService, ids: sample.Sample
) -> None:
    service.plans.add_rating(Rating(ids.subgoal, RatingScale.SELF_1_10, 5, sample.TODAY, "borger"))
    service.plans.add_rating(Rating(ids.subgoal, RatingScale.GAS, 1, sample.TODAY, "Mette",
                              "Skulle have været på et andet delmål"))
    show(tab, service, ids.aase)
    select(tab, (GOAL, ids.subgoal))
    progress = tab.side.progress
    assert progress.unrate_button.isEnabled() and progress.chart.point_count() == 2
    qtbot.mouseClick(progress.unrate_button, Qt.MouseButton.LeftButton)
    assert [r.value for r in service.plans.ratings(ids.subgoal)] == [5]
    assert progress.chart.point_count() == 1
    assert "Fortryd" in tab.message.text()
    tab.undo()
    back = service.plans.ratings(ids.subgoal)
    assert [(r.scale, r.value, r.rater, r.comment) for r in back] == [
        (RatingScale.SELF_1_10, 5, "borger", ""),
        (RatingScale.GAS, 1, "Mette", "Skulle have været på et andet delmål")]
    tab.redo()  # and away again
    assert [r.value for r in service.plans.ratings(ids.subgoal)] == [5]
    qtbot.mouseClick(progress.unrate_button, Qt.MouseButton.LeftButton)
    assert service.plans.ratings(ids.subgoal) == [] and not progress.unrate_button.isEnabled()


def test_rating_dialog_builds_a_rating(qtbot) -> None:
    from ui.plan.rating_dialog import RatingDialog

    dialog = RatingDialog(7, "Åse deltager i fællesspisningen", sample.TODAY, "Mette")
    qtbot.addWidget(dialog)
    dialog.scale.setCurrentIndex(dialog.scale.findData(RatingScale.GAS))
    assert (dialog.value.minimum(), dialog.value.maximum()) == (-2, 2)
    dialog.value.setValue(1)
    dialog.comment.setPlainText("Kom alle fire tirsdage.")
    rating = dialog.rating()
    assert rating == Rating(7, RatingScale.GAS, 1, sample.TODAY, "Mette", "Kom alle fire tirsdage.")


def test_tick_off_a_subgoal(qtbot, tab: PlanTab, service: CaseService, ids: sample.Sample) -> None:
    select(tab, (GOAL, ids.subgoal))
    progress = tab.side.progress
    assert progress.tick_button.text() == "Sæt flueben"
    qtbot.mouseClick(progress.tick_button, Qt.MouseButton.LeftButton)
    assert service.plans.goal(ids.subgoal).status == GoalStatus.ACHIEVED
    assert progress.tick_button.text() == "Fjern flueben"
    assert tab.model.index_of((GOAL, ids.subgoal)).siblingAtColumn(1).data() == "Opnået"
    tab.undo()
    assert service.plans.goal(ids.subgoal).status == GoalStatus.ACTIVE


def test_copy_as_text_lands_on_the_clipboard(
    qtbot, tab: PlanTab, service: CaseService, ids: sample.Sample
) -> None:
    with qtbot.waitSignal(tab.text_copied, timeout=2_000):
        qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text == service.plans.plan_text(ids.aase)
    assert "Åse deltager i fællesspisningen hver tirsdag." in text
    assert "0101901234" not in text and "010190" not in text


def test_print_plan_writes_the_pdf_to_the_chosen_file(
    qtbot, tab: PlanTab, tmp_path: Path
) -> None:
    out = tmp_path / "plan for Åse"
    tab.choose_pdf_file = lambda _parent, suggested: str(out)
    with qtbot.waitSignal(tab.plan_exported, timeout=20_000) as blocker:
        qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    written = Path(blocker.args[0])
    assert written == tmp_path / "plan for Åse.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert "plan for Åse.pdf" in tab.message.text()
    tab.choose_pdf_file = lambda _parent, suggested: ""  # cancelled: nothing happens
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert tab.errors == []


def test_cap_warning_with_three_active_subgoals(
    qtbot, tab: PlanTab, service: CaseService, ids: sample.Sample
) -> None:
    assert not tab.cap_warning_shown()
    assert tab.cap_label.text() == "2 aktive delmål nu (loft: 2)"
    effort = goal_id(service, ids.aase, "Åse deltager i et praktikforløb")
    select(tab, (GOAL, effort))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)  # starts as "later"
    assert not tab.cap_warning_shown()
    form = tab.side.goal_form
    form.text.setPlainText("Åse går selv til tandlægen inden 1. marts.")
    form.phase.setCurrentIndex(form.phase.findData(Phase.NOW))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # a warning, never a block
    assert tab.cap_warning_shown()
    assert "3 aktive delmål nu – loftet er 2" in tab.cap_label.text()
    tab.undo()
    assert not tab.cap_warning_shown()


def test_cap_warning_on_opening_a_plan_over_the_cap(
    tab: PlanTab, service: CaseService, ids: sample.Sample
) -> None:
    effort = goal_id(service, ids.aase, "Åse deltager i et praktikforløb")
    service.plans.add_goal(Goal(ids.aase, GoalLevel.SUB, "Åse ringer selv til lægen.", effort,
                          deadline=sample.TODAY + dt.timedelta(days=30)))
    show(tab, service, ids.aase)
    assert tab.cap_warning_shown()
    show(tab, service, ids.aase, cap=3)
    assert not tab.cap_warning_shown()


def test_the_citizen_page_opens_the_editor(window: MainWindow, ids: sample.Sample) -> None:
    window.open_citizen(ids.aase, "plan")
    plan = window.citizen_page.plan
    assert plan.isVisible()
    assert plan.model.rowCount() == 1
    # the first sub-goal worked on now is shown in full beside the tree
    assert plan.tree.current_key() == (GOAL, ids.subgoal)
    assert plan.side.goal_form.text.toPlainText().startswith("Åse deltager i fællesspisningen")
    assert plan.side.progress.isVisible()
    window.open_citizen(ids.dorthe, "plan")
    assert plan.model.rowCount() == 0
    assert "ingen mål" in plan.cap_label.text()
    assert plan.add_button.text() == "Tilføj langsigtet mål"
    assert plan.tree.current_key() is None and not QModelIndex().isValid()


def test_add_a_whole_plan_from_nothing(
    qtbot, tab: PlanTab, service: CaseService, ids: sample.Sample
) -> None:
    show(tab, service, ids.dorthe)
    tab.tree.setFocus()
    for _level in range(4):  # long-term, effort, sub-goal, action: each under the last
        qtbot.keyClick(tab.tree, Qt.Key.Key_Insert)
    goals = service.plans.goals(ids.dorthe)
    assert [g.level for g in goals] == [GoalLevel.LONG_TERM, GoalLevel.EFFORT, GoalLevel.SUB]
    assert [a.what for a in service.plans.actions(ids.dorthe)] == ["Ny indsats"]
    assert isinstance(tab.model.node(tab.tree.currentIndex()).payload, Action)
    for _step in range(4):
        tab.undo()
    assert service.plans.goals(ids.dorthe) == [] and service.plans.actions(ids.dorthe) == []
    assert tab.errors == []


def test_inline_text_edit_in_the_tree_is_undoable(
    tab: PlanTab, service: CaseService, ids: sample.Sample
) -> None:
    index = tab.model.index_of((GOAL, ids.subgoal))
    assert index.data(Qt.ItemDataRole.EditRole) == "Åse deltager i fællesspisningen hver tirsdag."
    assert tab.model.setData(index, "Åse deltager i fællesspisningen hver uge.")
    assert service.plans.goal(ids.subgoal).text == "Åse deltager i fællesspisningen hver uge."
    assert tab.model.index_of((GOAL, ids.subgoal)).data() == (
        "Delmål: Åse deltager i fællesspisningen hver uge.")
    tab.undo()
    assert service.plans.goal(ids.subgoal).text == "Åse deltager i fællesspisningen hver tirsdag."
    assert tab.model.setData(index, "   ")  # an empty text is refused, in Danish
    assert "tekst" in tab.message.text() and tab.message.property("alert") is True
    assert service.plans.goal(ids.subgoal).text == "Åse deltager i fællesspisningen hver tirsdag."


def test_delete_an_effort_goal_archives_what_has_notes_and_deletes_the_rest(
    tab: PlanTab, service: CaseService, ids: sample.Sample
) -> None:
    long_term = goal_id(service, ids.aase, "Åse har et arbejde")
    effort = goal_id(service, ids.aase, "Åse deltager i et praktikforløb")
    bus = goal_id(service, ids.aase, "Åse tager selv bussen")
    second = service.plans.add_goal(Goal(ids.aase, GoalLevel.EFFORT, "Åse har en fast ugeplan.",
                                   long_term, position=1))
    show(tab, service, ids.aase)
    select(tab, (GOAL, effort))
    tab.remove_current()
    assert "arkiveret" in tab.message.text()
    assert service.plans.goal(effort).archived and service.plans.goal(ids.subgoal).archived
    with pytest.raises(Exception):  # noqa: B017 - the bus goal had nothing pointing to it
        service.plans.goal(bus)
    assert children(service, ids.aase, long_term) == ["Åse har en fast ugeplan."]

    tab.undo()
    assert children(service, ids.aase, long_term) == [
        "Åse deltager i et praktikforløb.", "Åse har en fast ugeplan."]
    assert children(service, ids.aase, effort) == [
        "Åse deltager i fællesspisningen hver tirsdag.", "Åse tager selv bussen til praktikstedet."]
    assert [a.goal_id for a in service.plans.actions(ids.aase)] == [ids.subgoal]
    tab.redo()
    tab.undo()
    assert len(service.plans.goals(ids.aase)) == 5 and service.plans.goal(second).parent_id == long_term
    assert tab.errors == []


def test_leaving_the_tab_keeps_what_was_typed(
    qtbot, tab: PlanTab, service: CaseService, ids: sample.Sample
) -> None:
    select(tab, (GOAL, ids.subgoal))
    tab.side.goal_form.text.setPlainText("Åse deltager i fællesspisningen hver anden tirsdag.")
    tab.hide()
    assert service.plans.goal(ids.subgoal).text == "Åse deltager i fællesspisningen hver anden tirsdag."


def test_an_undo_the_core_refuses_is_told_and_the_history_cleared(
    qtbot, tab: PlanTab, service: CaseService, ids: sample.Sample
) -> None:
    effort = service.plans.goal(ids.subgoal).parent_id
    swim = service.plans.add_goal(Goal(ids.aase, GoalLevel.SUB, "Åse går til svømning om tirsdagen.",
                                       parent_id=effort))
    service.plans.add_rating(Rating(swim, RatingScale.SELF_1_10, 4, sample.TODAY, "borger"))
    show(tab, service, ids.aase)
    select(tab, (GOAL, swim))
    qtbot.mouseClick(tab.side.progress.unrate_button, Qt.MouseButton.LeftButton)
    assert service.plans.ratings(swim) == []
    service.plans.take_subtree(swim)  # the sub-goal goes meanwhile (another window, a colleague)
    tab.undo()
    assert "Fortryd-historikken er ryddet" in tab.message.text()
    qtbot.waitUntil(lambda: not tab.editor.stack.canUndo())
    assert not tab.undo_button.isEnabled()
