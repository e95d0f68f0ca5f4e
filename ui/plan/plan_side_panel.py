"""The right-hand side of the Plan tab: the selected goal or action in full, editable, and a
sub-goal's progress. Long texts wrap here, whatever the tree has room for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from caseapp.domain.enums import GoalLevel
from caseapp.domain.models import Action, Goal, Rating
from ui.plan.action_form import ActionForm
from ui.plan.goal_form import GoalForm
from ui.plan.plan_progress import PlanProgress


class PlanSidePanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the forms' fields take the keys
        # as needed, not off: with enlarged text the forms may be wider than the panel
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.empty = QLabel(self.tr(
            "Vælg et mål eller en indsats i planen for at se det hele og rette i det.\n\n"
            "Tilføj med knapperne ovenfor eller tasten Insert."))
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.goal_form = GoalForm()
        self.progress = PlanProgress()
        self.action_form = ActionForm()
        body = QWidget()
        body.setObjectName("card")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(10)
        for widget in (self.empty, self.goal_form, self.progress, self.action_form):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_empty()

    def _only(self, *visible: QWidget) -> None:
        for widget in (self.empty, self.goal_form, self.progress, self.action_form):
            widget.setVisible(widget in visible)

    def show_empty(self) -> None:
        self._only(self.empty)

    def show_goal(
        self, goal: Goal, first_name: str, today: dt.date, ratings: Sequence[Rating] = ()
    ) -> None:
        self.goal_form.set_goal(goal, first_name, today)
        if goal.level == GoalLevel.SUB:
            self.progress.show_goal(goal, ratings)
            self._only(self.goal_form, self.progress)
        else:
            self._only(self.goal_form)

    def show_action(self, action: Action, today: dt.date) -> None:
        self.action_form.set_action(action, today)
        self._only(self.action_form)

    def has_unsaved_changes(self) -> bool:
        return (self.goal_form.isVisibleTo(self) and self.goal_form.is_modified()) or (
            self.action_form.isVisibleTo(self) and self.action_form.is_modified()
        )
