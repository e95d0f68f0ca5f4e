"""The line above the plan: how many sub-goals are worked on now, and a calm, visible note when
that is more than the cap (seed 003 l.1397-1405: many services allow two at a time)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QWidget

from caseapp.domain.models import Goal
from caseapp.plans.tree import active_now_subgoals, over_cap

# advice, never an error: amber, not red
_STYLE = """
QLabel#capNote { color: #5f6b7a; padding: 2px 0; }
QLabel#capNote[alert="true"] {
    color: #5c4300; background: #fff4d6; border-style: solid; border-width: 1px;
    border-color: #e7c66b; border-radius: 6px; padding: 6px 10px;
}
"""


class PlanCapNote(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capNote")
        self.setStyleSheet(_STYLE)
        self.setWordWrap(True)
        self.setToolTip(self.tr(
            "„Mange sociale tilbud har vedtaget, at hver enkelt borger kun må have to delmål "
            "samtidigt.“ Loftet ændres under Indstillinger."))

    def show_plan(self, goals: Sequence[Goal], cap: int) -> None:
        active = len(active_now_subgoals(goals))
        over = over_cap(goals, cap)
        if not goals:
            text = self.tr("Borgeren har endnu ingen mål. Begynd med borgerens eget langsigtede "
                           "mål – med borgerens egne ord.")
        elif over:
            text = self.tr(
                "{active} aktive delmål nu – loftet er {cap}. Mange tilbud arbejder med højst "
                "{cap} ad gangen, så hverken borgeren eller I mister overblikket. Sæt et delmål "
                "til »Senere« eller på pause."
            ).format(active=active, cap=cap)
        else:
            text = self.tr("%n aktive delmål nu (loft: {cap})", "", active).format(cap=cap)
        self.setText(text)
        self.setProperty("alert", over)
        self.style().unpolish(self)
        self.style().polish(self)

    def warning_shown(self) -> bool:
        return bool(self.property("alert"))
