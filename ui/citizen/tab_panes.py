"""What the citizen page asks of the Plan, Dagbog, Status and Opfølgning tabs it holds. The tabs
live in their own features (ui.plan, ui.diary, ui.status, ui.followup); the shell builds them and
hands them to the page, so ui.citizen never imports another feature."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from caseapp.domain.models import Action, Citizen, Goal, StatusDescription


class PlanPane(Protocol):
    def show_plan(
        self, citizen: Citizen, goals: Sequence[Goal], actions: Sequence[Action], cap: int
    ) -> None: ...

    def select_goal(self, goal_id: int) -> None: ...

    def refresh_plan(self, goals: Sequence[Goal], actions: Sequence[Action]) -> None: ...

    def set_closed(self, closed: bool) -> None: ...  # a closed case: read-only, and says so


class NotesPane(Protocol):
    notes_changed: SignalInstance  # citizen id

    def set_citizen(self, citizen_id: int, goals: Mapping[int, Goal] | None = None) -> None: ...

    def open_target(self, target: str) -> None: ...

    def select_note(self, note_id: int) -> bool: ...

    def refresh(self) -> None: ...

    def set_closed(self, closed: bool) -> None: ...


class StatusPane(Protocol):
    def show_citizen(self, citizen_id: int, statuses: list[StatusDescription]) -> None: ...

    def refresh(self, statuses: list[StatusDescription]) -> None: ...

    def has_unsaved_changes(self) -> bool: ...

    def set_closed(self, closed: bool) -> None: ...


class FollowUpPane(Protocol):
    def set_citizen(self, citizen_id: int, goals: Mapping[int, Goal] | None = None) -> None: ...

    def refresh(self) -> None: ...

    def set_closed(self, closed: bool) -> None: ...


def as_widget(pane: PlanPane | NotesPane | StatusPane | FollowUpPane) -> QWidget:
    """The pane as the tab widget it is (every pane is a QWidget)."""
    assert isinstance(pane, QWidget)
    return pane
