"""Undoable plan changes: each command calls the façade forward, and its inverse on undo.

Commands name goals and actions by *handles*, not database ids: a goal that is deleted and
brought back by an undo gets a new id, and every older command on the stack must still find it.
`Handles` keeps the handle -> current id binding; a deleted row is unbound (so a new row that
happens to reuse its id gets a handle of its own) and bound again when an undo re-creates it.

Each command is a `ServiceCommand` (ui/common/undo_command.py), as the week's are: the editor
runs `perform()` itself before pushing, so a change the core refuses never reaches the stack, and
the stack's first `redo` is skipped. Later undos and redos report failures to the editor, which
shows them and clears the stack (the plan then no longer matches it).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from caseapp.domain.enums import GoalStatus
from caseapp.domain.models import Action, Goal, Rating
from caseapp.errors import NotFound
from caseapp.plans.operations import Removal
from caseapp.plans.subtree import TakenSubtree
from caseapp.service import CaseService
from ui.common.undo_command import ServiceCommand

log = logging.getLogger(__name__)

GOAL_FIELDS = (
    "text", "source", "ambition", "life_domain", "indicator", "deadline", "status", "phase",
)
ACTION_FIELDS = ("what", "who", "due", "done_on")


class Handles:
    """Stable names for goals and actions across deletions and re-creations."""

    def __init__(self) -> None:
        self._next = 1
        self._id: dict[int, tuple[str, int] | None] = {}
        self._handle: dict[tuple[str, int], int] = {}

    def of(self, kind: str, db_id: int) -> int:
        handle = self._handle.get((kind, db_id))
        if handle is None:
            handle = self._next
            self._next += 1
            self.bind(handle, kind, db_id)
        return handle

    def id(self, handle: int) -> int:
        bound = self._id.get(handle)
        if bound is None:
            raise NotFound("Målet eller indsatsen findes ikke længere.")
        return bound[1]

    def key(self, handle: int | None) -> tuple[str, int] | None:
        return self._id.get(handle) if handle is not None else None

    def bind(self, handle: int, kind: str, db_id: int) -> None:
        self._id[handle] = (kind, db_id)
        self._handle[(kind, db_id)] = handle

    def unbind(self, kind: str, db_id: int) -> None:
        handle = self._handle.pop((kind, db_id), None)
        if handle is not None:
            self._id[handle] = None

    def clear(self) -> None:
        self._id.clear()
        self._handle.clear()


class PlanContext(Protocol):
    """What a command needs from the editor."""

    service: CaseService
    handles: Handles
    citizen_id: int

    def command_done(self, focus: int | None) -> None: ...
    def command_failed(self, exc: BaseException) -> None: ...
    def notify(self, code: str) -> None: ...


class PlanCommand(ServiceCommand):
    # anything a later undo or redo raises is reported by the editor, which then clears the stack
    caught = (Exception,)

    def __init__(self, ctx: PlanContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.focus: int | None = None  # the handle to select afterwards

    def finished(self, error: BaseException | None, *, undone: bool) -> None:
        if error is not None:
            self.ctx.command_failed(error)
        else:
            self.ctx.command_done(self.focus)

    # helpers
    @property
    def service(self) -> CaseService:
        return self.ctx.service

    def goal_id(self, handle: int | None) -> int | None:
        return None if handle is None else self.ctx.handles.id(handle)


# -- taking a subtree out and putting it back ------------------------------------------------


@dataclass
class _Snapshot:
    taken: TakenSubtree  # what the core took out, enough to put it back (one transaction)
    handles: dict[int, int]  # goal id at removal -> handle
    action_handles: dict[int, int]  # action id at removal -> handle
    parent: int | None  # handle of the top goal's parent


class Subtree:
    """Removes a goal with everything below it, and brings it back exactly as it was: each
    one transaction in the core (`take_subtree`, `put_back_subtree`)."""

    def __init__(self, ctx: PlanContext, handle: int) -> None:
        self.ctx = ctx
        self.handle = handle
        self.snapshot: _Snapshot | None = None

    def remove(self) -> Removal:
        s, handles = self.ctx.service, self.ctx.handles
        top = s.plans.goal(handles.id(self.handle))
        taken = s.plans.take_subtree(top.id or 0)
        self.snapshot = _Snapshot(
            taken=taken,
            handles={g.id: handles.of("goal", g.id) for g in taken.goals if g.id is not None},
            action_handles={a.id: handles.of("action", a.id) for a in taken.actions
                            if a.id is not None},
            parent=handles.of("goal", top.parent_id) if top.parent_id is not None else None,
        )
        for gone in taken.removal.deleted:
            handles.unbind("goal", gone)
        for gone in taken.removal.deleted_actions:
            handles.unbind("action", gone)
        return taken.removal

    def restore(self) -> None:
        snap = self.snapshot
        assert snap is not None
        handles = self.ctx.handles
        parent_id = handles.id(snap.parent) if snap.parent is not None else None
        back = self.ctx.service.plans.put_back_subtree(snap.taken, parent_id)
        for old, now in back.goals.items():
            handles.bind(snap.handles[old], "goal", now)
        for old, now in back.actions.items():
            handles.bind(snap.action_handles[old], "action", now)


# -- goals -------------------------------------------------------------------------------------


class AddGoal(PlanCommand):
    """A new goal last under `parent` (a handle, or None for the top)."""

    def __init__(self, ctx: PlanContext, goal: Goal, parent: int | None, text: str) -> None:
        super().__init__(ctx, text)
        self.goal = goal
        self.parent = parent
        self.subtree: Subtree | None = None

    def forward(self) -> None:
        if self.subtree is not None:  # a redo: bring back what the undo took out
            self.subtree.restore()
            return
        parent_id = self.goal_id(self.parent)
        siblings = [g for g in self.service.plans.goals(self.ctx.citizen_id) if g.parent_id == parent_id]
        goal = dataclasses.replace(self.goal, parent_id=parent_id, position=len(siblings))
        new_id = self.service.plans.add_goal(goal)
        self.focus = self.ctx.handles.of("goal", new_id)
        self.subtree = Subtree(self.ctx, self.focus)

    def backward(self) -> None:
        assert self.subtree is not None
        self.subtree.remove()


class RemoveGoal(PlanCommand):
    """Delete a goal with everything below it; the core archives what notes point to."""

    def __init__(self, ctx: PlanContext, handle: int, parent: int | None, text: str) -> None:
        super().__init__(ctx, text)
        self.subtree = Subtree(ctx, handle)
        self.parent = parent

    def forward(self) -> None:
        removal = self.subtree.remove()
        self.focus = self.parent
        if self.subtree.snapshot and self.subtree.snapshot.taken.top.id in removal.archived:
            self.ctx.notify("archived")

    def backward(self) -> None:
        self.subtree.restore()
        self.focus = self.subtree.handle


class EditGoal(PlanCommand):
    def __init__(
        self, ctx: PlanContext, handle: int, before: dict[str, Any], after: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(ctx, text)
        self.focus = handle
        self.before, self.after = before, after

    def _apply(self, values: dict[str, Any]) -> None:
        current = self.service.plans.goal(self.ctx.handles.id(self.focus or 0))
        self.service.plans.update_goal(dataclasses.replace(current, **values))

    def forward(self) -> None:
        self._apply(self.after)

    def backward(self) -> None:
        self._apply(self.before)


class MoveGoal(PlanCommand):
    def __init__(
        self, ctx: PlanContext, handle: int, origin: tuple[int | None, int],
        target: tuple[int | None, int], text: str,
    ) -> None:
        super().__init__(ctx, text)
        self.focus = handle
        self.origin, self.target = origin, target

    def _move(self, place: tuple[int | None, int]) -> None:
        parent, position = place
        self.service.plans.move_goal(self.ctx.handles.id(self.focus or 0), self.goal_id(parent),
                               position)

    def forward(self) -> None:
        self._move(self.target)

    def backward(self) -> None:
        self._move(self.origin)


class TickOff(PlanCommand):
    def __init__(
        self, ctx: PlanContext, handle: int, on: bool, previous: GoalStatus, text: str
    ) -> None:
        super().__init__(ctx, text)
        self.focus = handle
        self.on, self.previous = on, previous

    def forward(self) -> None:
        self.service.plans.tick_off(self.ctx.handles.id(self.focus or 0), self.on)

    def backward(self) -> None:
        self.service.plans.set_goal_status(self.ctx.handles.id(self.focus or 0), self.previous)


# -- actions -----------------------------------------------------------------------------------


class AddAction(PlanCommand):
    """A new action under a sub-goal (`goal` is the sub-goal's handle)."""

    def __init__(self, ctx: PlanContext, action: Action, goal: int, text: str) -> None:
        super().__init__(ctx, text)
        self.action = action
        self.goal = goal

    def forward(self) -> None:
        action = dataclasses.replace(self.action, id=None, goal_id=self.ctx.handles.id(self.goal))
        new_id = self.service.plans.add_action(action)
        if self.focus is None:
            self.focus = self.ctx.handles.of("action", new_id)
        else:
            self.ctx.handles.bind(self.focus, "action", new_id)

    def backward(self) -> None:
        assert self.focus is not None
        action_id = self.ctx.handles.id(self.focus)
        self.action = self.service.plans.action(action_id)
        self.service.plans.remove_action(action_id)
        self.ctx.handles.unbind("action", action_id)


class RemoveAction(PlanCommand):
    def __init__(self, ctx: PlanContext, handle: int, goal: int, text: str) -> None:
        super().__init__(ctx, text)
        self.handle, self.goal = handle, goal
        self.focus = goal

    def forward(self) -> None:
        action_id = self.ctx.handles.id(self.handle)
        self.action = self.service.plans.action(action_id)
        self.service.plans.remove_action(action_id)
        self.ctx.handles.unbind("action", action_id)
        self.focus = self.goal

    def backward(self) -> None:
        action = dataclasses.replace(self.action, id=None, goal_id=self.ctx.handles.id(self.goal))
        self.ctx.handles.bind(self.handle, "action", self.service.plans.add_action(action))
        self.focus = self.handle


class EditAction(PlanCommand):
    """What, who, due, done, and the sub-goal it belongs to (a drag to another sub-goal)."""

    def __init__(
        self, ctx: PlanContext, handle: int, before: tuple[dict[str, Any], int],
        after: tuple[dict[str, Any], int], text: str,
    ) -> None:
        super().__init__(ctx, text)
        self.focus = handle
        self.before, self.after = before, after

    def _apply(self, values: tuple[dict[str, Any], int]) -> None:
        fields, goal = values
        current = self.service.plans.action(self.ctx.handles.id(self.focus or 0))
        self.service.plans.update_action(
            dataclasses.replace(current, goal_id=self.ctx.handles.id(goal), **fields)
        )

    def forward(self) -> None:
        self._apply(self.after)

    def backward(self) -> None:
        self._apply(self.before)


# -- ratings -----------------------------------------------------------------------------------


class AddRating(PlanCommand):
    """A progress rating; undo removes it again, redo gives it back."""

    def __init__(self, ctx: PlanContext, rating: Rating, goal: int, text: str) -> None:
        super().__init__(ctx, text)
        self.rating, self.goal = rating, goal
        self.handle: int | None = None
        self.focus = goal

    def forward(self) -> None:
        rating = dataclasses.replace(self.rating, id=None, goal_id=self.ctx.handles.id(self.goal))
        new_id = self.service.plans.restore_rating(rating) if self.handle else self.service.plans.add_rating(
            rating)
        if self.handle is None:
            self.handle = self.ctx.handles.of("rating", new_id)
        else:
            self.ctx.handles.bind(self.handle, "rating", new_id)

    def backward(self) -> None:
        assert self.handle is not None
        rating_id = self.ctx.handles.id(self.handle)
        self.rating = self.service.plans.remove_rating(rating_id)
        self.ctx.handles.unbind("rating", rating_id)


class RemoveRating(PlanCommand):
    """A rating given by mistake taken away; undo puts it back as it was."""

    def __init__(self, ctx: PlanContext, handle: int, goal: int, text: str) -> None:
        super().__init__(ctx, text)
        self.handle, self.goal = handle, goal
        self.focus = goal
        self.rating: Rating | None = None

    def forward(self) -> None:
        rating_id = self.ctx.handles.id(self.handle)
        self.rating = self.service.plans.remove_rating(rating_id)
        self.ctx.handles.unbind("rating", rating_id)

    def backward(self) -> None:
        assert self.rating is not None
        rating = dataclasses.replace(self.rating, goal_id=self.ctx.handles.id(self.goal))
        self.ctx.handles.bind(self.handle, "rating", self.service.plans.restore_rating(rating))


def fields_of(item: Goal | Action, names: Iterable[str]) -> dict[str, Any]:
    return {name: getattr(item, name) for name in names}
