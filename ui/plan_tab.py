"""Plan: the citizen's goal tree, read-only for now (editing comes with the plan issue)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from caseapp.domain.enums import GoalLevel, GoalStatus, Phase
from caseapp.domain.models import Action, Goal
from ui.goal_tree import find_goal, goal_nodes, goal_tree_model


class PlanTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = goal_tree_model(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 110), (3, 90), (4, 160)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def show_goals(self, goals: Sequence[Goal], actions: Sequence[Action], cap: int) -> None:
        self.model.set_roots(goal_nodes(goals, actions))
        self.tree.expandAll()
        active = sum(
            1 for g in goals
            if g.level == GoalLevel.SUB and g.status == GoalStatus.ACTIVE and g.phase == Phase.NOW
        )
        if not goals:
            self.summary.setText(self.tr("Borgeren har endnu ingen mål."))
        else:
            self.summary.setText(
                self.tr("{active} aktive delmål nu (loft: {cap})").format(active=active, cap=cap)
            )
        self.summary.setProperty("alert", active > cap)

    def select_goal(self, goal_id: int) -> None:
        index = find_goal(self.model, goal_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
