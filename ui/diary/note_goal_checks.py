"""The sub-goals a note is about: one checkbox per active sub-goal (any number may be ticked,
so one observation never has to be split into several notes, seed 003 l.1418-1433)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from caseapp.domain.enums import GoalStatus
from caseapp.domain.models import Goal
from ui.common.formatting import enum_label
from ui.diary.elided_check_box import ElidedCheckBox


class NoteGoalChecks(QWidget):
    goals_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[int, ElidedCheckBox] = {}
        self.empty_label = QLabel(self.tr("Borgeren har ingen aktive delmål."))
        self.empty_label.setObjectName("hint")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 2, 0, 2)
        self._layout.setSpacing(3)
        self._layout.addWidget(self.empty_label)

    def set_goals(self, goals: Sequence[Goal], checked: Iterable[int] = ()) -> None:
        ticked = set(checked)
        for box in self.boxes.values():
            self._layout.removeWidget(box)
            box.deleteLater()
        self.boxes = {}
        for goal in goals:
            if goal.id is None:
                continue
            text = goal.text
            if goal.status != GoalStatus.ACTIVE or goal.archived:
                text += " (" + enum_label(goal.status).lower() + ")"
            box = ElidedCheckBox(text)  # a long goal ends in "…"; the tooltip has it whole
            box.setChecked(goal.id in ticked)
            box.toggled.connect(lambda _on: self.goals_changed.emit())
            self._layout.addWidget(box)
            self.boxes[goal.id] = box
        self.empty_label.setVisible(not self.boxes)

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(goal_id for goal_id, box in self.boxes.items() if box.isChecked())

    def set_checked(self, goal_id: int, on: bool = True) -> None:
        self.boxes[goal_id].setChecked(on)
