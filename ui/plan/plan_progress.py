"""A sub-goal's progress in the side panel: the chart, the latest ratings, rate, tick off."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caseapp.domain.enums import GoalStatus, RatingScale
from caseapp.domain.models import Goal, Rating
from ui.common.formatting import fmt_date
from ui.plan.progress_chart import ProgressChart


class PlanProgress(QGroupBox):
    rating_requested = Signal()
    rating_removal_requested = Signal(object)  # the Rating to take away (the newest)
    tick_toggled = Signal(bool)  # True: ticked off as achieved; False: the tick taken away

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Fremskridt"))
        self._achieved = False
        self.chart = ProgressChart()
        self.latest = QLabel()
        self.latest.setObjectName("hint")
        self.latest.setWordWrap(True)
        self.rate_button = QPushButton(self.tr("Vurdér fremskridt …"))
        self.rate_button.setToolTip(self.tr(
            "Borgerens egen vurdering (1-10), funktionsniveau (FFB 0-4) eller målopfyldelse (GAS)"))
        self.unrate_button = QPushButton(self.tr("Fjern seneste"))
        self.unrate_button.setToolTip(self.tr(
            "Fjern den seneste vurdering, hvis den er givet ved en fejl (Fortryd henter den)"))
        self.unrate_button.setEnabled(False)
        self._newest: Rating | None = None
        self.tick_button = QPushButton(self.tr("Sæt flueben"))
        self.rate_button.clicked.connect(self.rating_requested.emit)
        self.unrate_button.clicked.connect(self._remove_newest)
        self.tick_button.clicked.connect(lambda: self.tick_toggled.emit(not self._achieved))
        buttons = QHBoxLayout()
        buttons.addWidget(self.rate_button)
        buttons.addWidget(self.unrate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.tick_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self.chart)
        layout.addWidget(self.latest)
        layout.addLayout(buttons)

    def show_goal(self, goal: Goal, ratings: Sequence[Rating]) -> None:
        self._achieved = goal.status == GoalStatus.ACHIEVED
        self.tick_button.setText(
            self.tr("Fjern flueben") if self._achieved else self.tr("Sæt flueben"))
        self.tick_button.setToolTip(
            self.tr("Delmålet er ikke nået alligevel: gør det aktivt igen") if self._achieved
            else self.tr("Markér delmålet som opnået"))
        self.chart.set_ratings(ratings)
        self.latest.setText(self._latest(ratings))
        self._newest = max(ratings, key=lambda r: (r.rated_on, r.id or 0), default=None)
        self.unrate_button.setEnabled(self._newest is not None)

    def _remove_newest(self) -> None:
        if self._newest is not None:
            self.rating_removal_requested.emit(self._newest)

    def _latest(self, ratings: Sequence[Rating]) -> str:
        names = {
            RatingScale.SELF_1_10: self.tr("borgeren {value}/10"),
            RatingScale.FFB_0_4: self.tr("FFB {value}"),
            RatingScale.GAS: self.tr("GAS {value}"),
        }
        last: dict[RatingScale, Rating] = {}
        for rating in sorted(ratings, key=lambda r: (r.rated_on, r.id or 0)):
            last[RatingScale(rating.scale)] = rating
        if not last:
            return ""
        parts = [
            names[scale].format(value=f"{r.value:+d}" if scale == RatingScale.GAS else r.value)
            + f" ({fmt_date(r.rated_on)})"
            for scale, r in last.items()
        ]
        return self.tr("Seneste: {parts}").format(parts=" · ".join(parts))
