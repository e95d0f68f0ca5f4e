"""The feature service for a citizen's plan (`CaseService.plans`): goals, sub-goals, actions
and ratings, with the rules that keep the goal hierarchy whole."""

from __future__ import annotations

import dataclasses
import datetime as dt

import sqlite_utils

from caseapp.domain.enums import GoalLevel, GoalStatus, Phase
from caseapp.domain.models import Action, Goal, Rating
from caseapp.domain.validation import MAX_GOAL_TEXT, MAX_LINE, optional_text, require_text
from caseapp.errors import InvalidInput
from caseapp.plans import copy_text, operations, subtree
from caseapp.plans import ratings as rating_ops
from caseapp.storage import changes, citizens
from caseapp.storage import goals as goal_store

# The level a goal's parent must have; a long-term goal has none.
_PARENT_LEVEL = {GoalLevel.EFFORT: GoalLevel.LONG_TERM, GoalLevel.SUB: GoalLevel.EFFORT}


class Plans:
    """The plans of one database (`CaseService.plans`)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    # -- goals ---------------------------------------------------------------------------------

    def goals(self, citizen_id: int, include_archived: bool = False) -> list[Goal]:
        return goal_store.for_citizen(self._db, citizen_id, include_archived)

    def goal(self, goal_id: int) -> Goal:
        return goal_store.get(self._db, goal_id)

    def add_goal(self, goal: Goal) -> int:
        clean = self._validate_goal(goal)
        with changes.change(self._db, "create", "goal") as touched:
            touched.append(goal_store.insert(self._db, clean))
        return touched[0]

    def update_goal(self, goal: Goal) -> None:
        clean = self._validate_goal(goal)
        with changes.change(self._db, "update", "goal") as touched:
            goal_store.update(self._db, clean)
            touched.append(clean.id or 0)

    def _validate_goal(self, goal: Goal) -> Goal:
        citizens.get(self._db, goal.citizen_id)
        expected_parent = _PARENT_LEVEL.get(goal.level)
        if goal.parent_id is not None:
            parent = self.goal(goal.parent_id)
            if parent.citizen_id != goal.citizen_id:
                raise InvalidInput("Et mål kan kun høre under et mål for samme borger.")
            if parent.level != expected_parent:
                raise InvalidInput("Målet står et forkert sted i målhierarkiet.")
        elif goal.level == GoalLevel.SUB:
            raise InvalidInput("Et delmål skal høre under et indsatsmål.")
        return dataclasses.replace(
            goal,
            text=require_text(goal.text, "Målets tekst", MAX_GOAL_TEXT),
            indicator=optional_text(goal.indicator, "Indikatoren", MAX_GOAL_TEXT),
            life_domain=optional_text(goal.life_domain, "Livsområdet", MAX_LINE),
        )

    def move_goal(self, goal_id: int, new_parent_id: int | None, new_position: int) -> None:
        operations.move_goal(self._db, goal_id, new_parent_id, new_position)

    def remove_goal(self, goal_id: int) -> operations.Removal:
        """Delete a goal, or archive it when notes, ratings or evaluations point to it."""
        return operations.remove_goal(self._db, goal_id)

    def restore_goal(self, goal_id: int) -> list[int]:
        return operations.restore_goal(self._db, goal_id)

    def take_subtree(self, goal_id: int) -> subtree.TakenSubtree:
        """Remove a goal with its sub-goals and actions (one transaction), keeping what an
        undo needs to put it back."""
        return subtree.take_subtree(self._db, goal_id)

    def put_back_subtree(
        self, taken: subtree.TakenSubtree, parent_id: int | None
    ) -> subtree.PutBack:
        """Undo `take_subtree` (one transaction); returns the goals' and actions' ids now."""
        return subtree.put_back_subtree(self._db, taken, parent_id)

    def set_goal_status(self, goal_id: int, status: GoalStatus) -> None:
        operations.set_goal_status(self._db, goal_id, status)

    def tick_off(self, goal_id: int, on: bool = True) -> None:
        operations.tick_off(self._db, goal_id, on)

    def set_goal_phase(self, goal_id: int, phase: Phase) -> None:
        operations.set_goal_phase(self._db, goal_id, phase)

    def plan_text(self, citizen_id: int) -> str:
        """The plan as plain text for pasting into the municipality's system."""
        return copy_text.plan_as_text(self._db, citizen_id)

    # -- actions -------------------------------------------------------------------------------

    def actions(self, citizen_id: int) -> list[Action]:
        return goal_store.actions_for_citizen(self._db, citizen_id)

    def action(self, action_id: int) -> Action:
        return operations.action(self._db, action_id)

    def add_action(self, action: Action) -> int:
        return operations.add_action(self._db, action)

    def update_action(self, action: Action) -> None:
        operations.update_action(self._db, action)

    def mark_action_done(self, action_id: int, done_on: dt.date | None) -> None:
        operations.mark_action_done(self._db, action_id, done_on)

    def remove_action(self, action_id: int) -> None:
        operations.remove_action(self._db, action_id)

    # -- ratings -------------------------------------------------------------------------------

    def ratings(self, goal_id: int) -> list[Rating]:
        return goal_store.ratings_for_goal(self._db, goal_id)

    def add_rating(self, rating: Rating) -> int:
        return rating_ops.add_rating(self._db, rating)

    def remove_rating(self, rating_id: int) -> Rating:
        """Delete a rating given by mistake; returns it, for `restore_rating` (undo)."""
        return rating_ops.remove_rating(self._db, rating_id)

    def restore_rating(self, rating: Rating) -> int:
        return rating_ops.restore_rating(self._db, rating)
