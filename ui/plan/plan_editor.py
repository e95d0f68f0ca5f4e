"""The plan editor's logic: every change to the goal tree as an undoable command on the façade.

Not a widget: the Plan tab wires its buttons, keys, forms and the tree model's requests to the
methods here. Changes run on the UI thread (one small transaction each, a few milliseconds on a
40-goal plan); after each one the stored plan is read back into the model. A change the core
refuses (`check_move`, validation) never reaches the undo stack; its Danish reason goes out with
`refused`.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from caseapp.domain.enums import GoalLevel, GoalSource, GoalStatus, Phase
from caseapp.domain.models import Action, Goal, Rating
from caseapp.errors import CaseappError, InvalidInput
from caseapp.plans.tree import check_move, is_active_now, sibling_order
from caseapp.service import CaseService
from ui.common.messages import error_text
from ui.plan.plan_tree_model import ACTION, GOAL, Key, PlanTreeModel
from ui.plan.plan_undo import (
    ACTION_FIELDS,
    GOAL_FIELDS,
    AddAction,
    AddGoal,
    AddRating,
    EditAction,
    EditGoal,
    Handles,
    MoveGoal,
    PlanCommand,
    RemoveAction,
    RemoveGoal,
    RemoveRating,
    TickOff,
    fields_of,
)

log = logging.getLogger(__name__)

_CHILD_LEVEL = {GoalLevel.LONG_TERM: GoalLevel.EFFORT, GoalLevel.EFFORT: GoalLevel.SUB}


class PlanEditor(QObject):
    plan_changed = Signal(object)  # the key to select afterwards, or None
    refused = Signal(str)  # a change the rules or the core refused, in Danish
    informed = Signal(str)  # something the user should know about a change that was made
    ratings_changed = Signal(int)  # the goal id: a rating given or taken away

    def __init__(self, service: CaseService, model: PlanTreeModel, parent: QObject | None = None):
        super().__init__(parent)
        self.service = service
        self.model = model
        self.citizen_id = 0
        self.cap = 2
        self.handles = Handles()
        self.stack = QUndoStack(self)

    # -- loading -----------------------------------------------------------------------------

    def load(
        self, citizen_id: int, cap: int,
        goals: Sequence[Goal] | None = None, actions: Sequence[Action] | None = None,
    ) -> None:
        """Show a citizen's plan (read now unless given); the undo history belongs to one
        citizen and is cleared when another is shown."""
        if citizen_id != self.citizen_id:
            self.stack.clear()
            self.handles.clear()
        self.citizen_id = citizen_id
        self.cap = cap
        if goals is None or actions is None:
            self.reload()
        else:
            self.model.set_plan(goals, actions)

    def reload(self) -> None:
        self.model.set_plan(
            self.service.plans.goals(self.citizen_id), self.service.plans.actions(self.citizen_id)
        )

    def goals(self) -> list[Goal]:
        return self.model.goals

    def active_now(self) -> int:
        return sum(1 for g in self.model.goals if is_active_now(g))

    # -- what commands call back ---------------------------------------------------------------

    def command_done(self, focus: int | None) -> None:
        self.reload()
        self.plan_changed.emit(self.handles.key(focus))

    def command_failed(self, exc: BaseException) -> None:
        log.warning("undo/redo failed: %s", exc.__class__.__name__)
        self.reload()
        self.refused.emit(
            self.tr("{reason} Fortryd-historikken er ryddet, så planen og historikken passer "
                    "sammen.").format(reason=error_text(exc))
        )
        QTimer.singleShot(0, self.stack.clear)  # not from inside the stack's own undo()
        self.plan_changed.emit(None)

    def notify(self, code: str) -> None:
        if code == "archived":
            self.informed.emit(
                self.tr("Målet er arkiveret, fordi der er notater knyttet til det. Notaterne "
                        "beholder deres link og historik; Fortryd (Ctrl+Z) henter målet tilbage.")
            )

    def _push(self, command: PlanCommand) -> bool:
        try:
            command.perform()
        except CaseappError as exc:
            self.reload()
            self.refused.emit(exc.message)
            return False
        self.stack.push(command)  # its first redo is skipped: the change is already made
        self.command_done(command.focus)
        return True

    def _goal_handle(self, goal_id: int | None) -> int | None:
        return None if goal_id is None else self.handles.of(GOAL, goal_id)

    # -- adding --------------------------------------------------------------------------------

    def add_below(self, key: Key | None) -> bool:
        """Add a child of the right level: long-term goal at the top, then effort goal,
        sub-goal, action; on an action, another action for the same sub-goal."""
        if key is None:
            return self.add_goal(GoalLevel.LONG_TERM, None)
        kind, item_id = key
        if kind == ACTION:
            return self.add_action(self.service.plans.action(item_id).goal_id)
        goal = self.service.plans.goal(item_id)
        if goal.level == GoalLevel.SUB:
            return self.add_action(item_id)
        return self.add_goal(_CHILD_LEVEL[goal.level], item_id)

    def add_goal(self, level: GoalLevel, parent_id: int | None) -> bool:
        texts = {
            GoalLevel.LONG_TERM: self.tr("Nyt langsigtet mål"),
            GoalLevel.EFFORT: self.tr("Nyt indsatsmål"),
            GoalLevel.SUB: self.tr("Nyt delmål"),
        }
        goal = Goal(self.citizen_id, level, texts[level],
                    source=GoalSource.ORDER if level == GoalLevel.EFFORT else GoalSource.CITIZEN)
        active = self.active_now()
        later = level == GoalLevel.SUB and active >= self.cap
        if later:
            goal = dataclasses.replace(goal, phase=Phase.LATER)
        done = self._push(AddGoal(self, goal, self._goal_handle(parent_id),
                                  self.tr("Tilføj {level}").format(level=texts[level].lower())))
        if done and later:
            self.informed.emit(
                self.tr("Delmålet er sat til »Senere«, fordi der allerede er %n aktive delmål "
                        "nu (loftet er {cap}).", "", active).format(cap=self.cap)
            )
        return done

    def add_action(self, goal_id: int) -> bool:
        action = Action(goal_id, self.tr("Ny indsats"))
        return self._push(AddAction(self, action, self.handles.of(GOAL, goal_id),
                                    self.tr("Tilføj indsats")))

    # -- editing -------------------------------------------------------------------------------

    def save_goal(self, edited: Goal) -> bool:
        assert edited.id is not None
        try:
            current = self.service.plans.goal(edited.id)
        except CaseappError as exc:
            self.refused.emit(exc.message)
            return False
        before, after = fields_of(current, GOAL_FIELDS), fields_of(edited, GOAL_FIELDS)
        if before == after:
            return True
        return self._push(EditGoal(self, self.handles.of(GOAL, edited.id), before, after,
                                   self.tr("Ret mål")))

    def save_action(self, edited: Action) -> bool:
        assert edited.id is not None
        try:
            current = self.service.plans.action(edited.id)
        except CaseappError as exc:
            self.refused.emit(exc.message)
            return False
        before = (fields_of(current, ACTION_FIELDS), self.handles.of(GOAL, current.goal_id))
        after = (fields_of(edited, ACTION_FIELDS), self.handles.of(GOAL, edited.goal_id))
        if before == after:
            return True
        return self._push(EditAction(self, self.handles.of(ACTION, edited.id), before, after,
                                     self.tr("Ret indsats")))

    def edit_text(self, key: Key, text: str) -> None:
        """An inline edit in the tree (F2)."""
        kind, item_id = key
        if kind == GOAL:
            self.save_goal(dataclasses.replace(self.service.plans.goal(item_id), text=text))
        else:
            self.save_action(dataclasses.replace(self.service.plans.action(item_id), what=text))

    def tick_off(self, goal_id: int, on: bool = True) -> bool:
        previous = self.service.plans.goal(goal_id).status
        if previous == (GoalStatus.ACHIEVED if on else GoalStatus.ACTIVE):
            return True
        text = self.tr("Sæt flueben") if on else self.tr("Fjern flueben")
        return self._push(TickOff(self, self.handles.of(GOAL, goal_id), on, previous, text))

    def add_rating(self, rating: Rating) -> bool:
        """A progress rating; Ctrl+Z takes it away again."""
        if not self._push(AddRating(self, rating, self.handles.of(GOAL, rating.goal_id),
                                    self.tr("Vurdér fremskridt"))):
            return False
        self.ratings_changed.emit(rating.goal_id)
        return True

    def remove_rating(self, rating: Rating) -> bool:
        """Take away a rating given by mistake; Ctrl+Z gives it back."""
        if not self._push(RemoveRating(self, self.handles.of("rating", rating.id or 0),
                                       self.handles.of(GOAL, rating.goal_id),
                                       self.tr("Fjern vurdering"))):
            return False
        self.ratings_changed.emit(rating.goal_id)
        return True

    # -- removing ------------------------------------------------------------------------------

    def remove(self, key: Key) -> bool:
        kind, item_id = key
        if kind == ACTION:
            goal_id = self.service.plans.action(item_id).goal_id
            return self._push(RemoveAction(self, self.handles.of(ACTION, item_id),
                                           self.handles.of(GOAL, goal_id),
                                           self.tr("Slet indsats")))
        goal = self.service.plans.goal(item_id)
        return self._push(RemoveGoal(self, self.handles.of(GOAL, item_id),
                                     self._goal_handle(goal.parent_id), self.tr("Slet mål")))

    # -- moving --------------------------------------------------------------------------------

    def _siblings(self, parent_id: int | None) -> list[Goal]:
        return sorted((g for g in self.model.goals if g.parent_id == parent_id),
                      key=sibling_order)

    def move_goal(self, goal_id: int, new_parent_id: int | None, position: int) -> bool:
        """Move a goal under `new_parent_id` to `position` among the siblings it joins."""
        goal = self.model.goal(goal_id) or self.service.plans.goal(goal_id)
        siblings = self._siblings(goal.parent_id)
        index = next((i for i, g in enumerate(siblings) if g.id == goal_id), len(siblings))
        if new_parent_id == goal.parent_id and position == index:
            return False
        try:
            check_move(self.model.goals, goal_id, new_parent_id)
        except CaseappError as exc:
            self.refused.emit(exc.message)
            return False
        return self._push(MoveGoal(
            self, self.handles.of(GOAL, goal_id),
            (self._goal_handle(goal.parent_id), index),
            (self._goal_handle(new_parent_id), position),
            self.tr("Flyt mål"),
        ))

    def shift(self, key: Key, direction: str) -> bool:
        """Ctrl+arrow: "up"/"down" among siblings, "left" out a level, "right" in a level."""
        kind, item_id = key
        if kind == ACTION:
            self.refused.emit(self.tr(
                "Indsatser står efter deres frist. Ret fristen, eller træk indsatsen hen til "
                "et andet delmål."
            ))
            return False
        goal = self.model.goal(item_id)
        if goal is None:
            return False
        siblings = self._siblings(goal.parent_id)
        index = next(i for i, g in enumerate(siblings) if g.id == item_id)
        if direction == "up":
            return index > 0 and self.move_goal(item_id, goal.parent_id, index - 1)
        if direction == "down":
            return index < len(siblings) - 1 and self.move_goal(
                item_id, goal.parent_id, index + 1)
        if direction == "left":
            if goal.parent_id is None:
                self.refused.emit(self.tr("Målet står allerede øverst i planen."))
                return False
            parent = self.model.goal(goal.parent_id)
            assert parent is not None
            uncles = self._siblings(parent.parent_id)
            place = next(i for i, g in enumerate(uncles) if g.id == parent.id) + 1
            return self.move_goal(item_id, parent.parent_id, place)
        if direction == "right":
            if index == 0:
                self.refused.emit(self.tr(
                    "Der er intet mål lige over dette, som det kan rykkes ind under."))
                return False
            new_parent = siblings[index - 1]
            assert new_parent.id is not None
            return self.move_goal(item_id, new_parent.id, len(self._siblings(new_parent.id)))
        raise ValueError(direction)

    def drop(self, key: Any, target: Any, row: int) -> bool:
        """A drag-and-drop from the tree: `target` is the key dropped on or into (None for the
        top level) and `row` the row among its children (-1: onto the item itself)."""
        kind, item_id = key
        if kind == ACTION:
            return self._drop_action(item_id, target)
        if target is not None and target[0] == ACTION:
            self.refused.emit(self.tr("Et mål kan ikke stå under en indsats."))
            return False
        parent_id = target[1] if target is not None else None
        children = self._siblings(parent_id)
        position = len(children) if row < 0 else min(row, len(children))
        goal = self.model.goal(item_id)
        if goal is not None and goal.parent_id == parent_id:
            current = next(i for i, g in enumerate(children) if g.id == item_id)
            if position > current:
                position -= 1
        return self.move_goal(item_id, parent_id, position)

    def _drop_action(self, action_id: int, target: Key | None) -> bool:
        if target is None:
            self.refused.emit(InvalidInput("En indsats skal høre til et delmål.").message)
            return False
        goal_id = target[1] if target[0] == GOAL else self.service.plans.action(target[1]).goal_id
        current = self.service.plans.action(action_id)
        if current.goal_id == goal_id:
            return False
        return self.save_action(dataclasses.replace(current, goal_id=goal_id))
