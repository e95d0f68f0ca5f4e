"""The citizen's goal tree as tree nodes: long-term goals > effort goals > sub-goals > actions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex

from caseapp.domain.enums import GoalLevel
from caseapp.domain.models import Action, Goal
from ui.common.formatting import enum_label, fmt_date
from ui.common.tree_model import ReadOnlyTreeModel, TreeNode


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: bare tr() and _tr() have context ""


def goal_tree_model(parent: Any = None) -> ReadOnlyTreeModel:
    return ReadOnlyTreeModel(
        [_tr("Mål og indsatser"), _tr("Status"), _tr("Ambition"), _tr("Frist"), _tr("Kilde")],
        parent,
    )


def _goal_node(goal: Goal) -> TreeNode:
    return TreeNode(
        [
            f"{enum_label(goal.level)}: {goal.text}",
            enum_label(goal.status)
            + (f" ({enum_label(goal.phase).lower()})" if goal.level == GoalLevel.SUB else ""),
            enum_label(goal.ambition) if goal.ambition else "",
            fmt_date(goal.deadline),
            enum_label(goal.source),
        ],
        payload=goal,
        bold=goal.level == GoalLevel.LONG_TERM,
    )


def _action_node(action: Action) -> TreeNode:
    done = _tr("udført {date}").format(date=fmt_date(action.done_on)) if action.done_on else ""
    return TreeNode(
        [
            _tr("Indsats: {what} ({who})").format(what=action.what, who=enum_label(action.who)),
            done,
            "",
            fmt_date(action.due),
            "",
        ],
        payload=action,
    )


def goal_nodes(goals: Sequence[Goal], actions: Sequence[Action]) -> list[TreeNode]:
    """Nodes in stored order; a goal whose parent is missing is shown at the top level."""
    nodes = {g.id: _goal_node(g) for g in goals}
    roots: list[TreeNode] = []
    for goal in sorted(goals, key=lambda g: (g.position, g.id or 0)):
        parent = nodes.get(goal.parent_id) if goal.parent_id is not None else None
        if parent is None:
            roots.append(nodes[goal.id])
        else:
            parent.add(nodes[goal.id])
    for action in actions:
        owner = nodes.get(action.goal_id)
        if owner is not None:
            owner.add(_action_node(action))
    return roots


def find_goal(model: ReadOnlyTreeModel, goal_id: int) -> QModelIndex:
    """The index of a goal in the model, or an invalid index."""
    stack = [(QModelIndex(), row) for row in range(model.rowCount())]
    while stack:
        parent, row = stack.pop()
        index = model.index(row, 0, parent)
        payload = model.node(index).payload
        if isinstance(payload, Goal) and payload.id == goal_id:
            return index
        stack.extend((index, r) for r in range(model.rowCount(index)))
    return QModelIndex()
