"""Planlæg min uge: the planner's proposals for the week, each with its reason, to accept or
reject one by one; and the citizens it could not fit, with why.

The proposals are computed off the UI thread (caseapp.planning.loading.plan_week_for through
the worker); the caller stores the ones chosen (accept_proposals).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.planning.week_planner import Proposal, WeekPlan
from caseapp.service import CaseService
from ui.common import messages
from ui.common.button_box import tab_in_visual_order
from ui.common.formatting import WEEKDAYS, display_language, enum_label, fmt_span, iso_week, tr
from ui.common.text_size import scaled
from ui.common.worker import QueryOp

log = logging.getLogger(__name__)

PROPOSAL_ROLE = Qt.ItemDataRole.UserRole + 20


class PlanWeekDialog(QDialog):
    plan_loaded = Signal()

    def __init__(
        self,
        service: CaseService,
        monday: dt.date,
        now: dt.datetime,
        names: Mapping[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Planlæg min uge"))
        self.resize(720, 560)
        self._names = dict(names)
        self.plan: WeekPlan | None = None
        self.intro = QLabel(self.tr("Beregner forslag til uge {week} …").format(
            week=iso_week(monday)))
        self.intro.setWordWrap(True)
        self.proposals = QListWidget()
        self.proposals.setObjectName("proposalList")
        self.proposals.setAccessibleName(self.tr("Forslag"))
        self.proposals.setWordWrap(True)
        self.proposals.setAlternatingRowColors(True)
        self.unplaced_title = QLabel(self.tr("Kunne ikke placeres"))
        self.unplaced_title.setObjectName("cardTitle")
        self.unplaced = QListWidget()
        self.unplaced.setWordWrap(True)
        self.unplaced.setMaximumHeight(scaled(self.unplaced, 110))
        self.office = QLabel()
        self.office.setObjectName("hint")
        self.office.setWordWrap(True)
        self.all_button = QPushButton(self.tr("Vælg alle"))
        self.none_button = QPushButton(self.tr("Fravælg alle"))
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Book de valgte"))
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        self.buttons.addButton(self.all_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.none_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.proposals.itemChanged.connect(lambda _item: self._update_ok())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.proposals, 1)
        layout.addWidget(self.office)
        layout.addWidget(self.unplaced_title)
        layout.addWidget(self.unplaced)
        layout.addWidget(self.buttons)
        tab_in_visual_order(self.buttons)
        self.unplaced_title.hide()
        self.unplaced.hide()
        language = display_language()  # the titles it proposes are in the language shown
        QueryOp(self, service, lambda s: s.calendar.plan_week_for(monday, now=now, language=language),
                success=self.show_plan).failure(self._failed).run_in_background()

    def show_plan(self, plan: WeekPlan) -> None:
        self.plan = plan
        self.proposals.clear()
        for proposal in plan.proposals:
            item = QListWidgetItem(self._proposal_text(proposal))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(PROPOSAL_ROLE, proposal)
            self.proposals.addItem(item)
        self.intro.setText(self._intro(plan))
        self.office.setText(self.tr(
            "Kontortid: mål {target}, booket {booked}, foreslået {proposed}."
        ).format(target=_hours(plan.office_target_minutes),
                 booked=_hours(plan.office_minutes_booked),
                 proposed=_hours(plan.office_minutes_proposed)))
        self.unplaced.clear()
        for unplaced in plan.unplaced:
            name = self._names.get(unplaced.citizen_id, str(unplaced.citizen_id))
            self.unplaced.addItem(f"{name}: {unplaced.message_in(display_language())}")
        self.unplaced_title.setVisible(bool(plan.unplaced))
        self.unplaced.setVisible(bool(plan.unplaced))
        self._update_ok()
        self.plan_loaded.emit()

    def _intro(self, plan: WeekPlan) -> str:
        parts = [self.tr("%n forslag til uge {week}. Fjern fluebenet ved dem, du ikke vil have.",
                         "", len(plan.proposals)).format(week=iso_week(plan.week_start))]
        if plan.closed_days:
            days = ", ".join(f"{name} ({d.day}.{d.month}.)" for d, name in plan.closed_days)
            parts.append(self.tr("Lukket: {days}.").format(days=days))
        if plan.already_booked:
            parts.append(self.tr("%n borger(e) har allerede en tid i ugen.", "",
                                 len(plan.already_booked)))
        return " ".join(parts)

    def _proposal_text(self, proposal: Proposal) -> str:
        weekday = tr(WEEKDAYS[proposal.start.weekday()]).capitalize()
        when = f"{weekday} {proposal.start.day}.{proposal.start.month}. " \
               f"{fmt_span(proposal.start, proposal.end)}"
        what = enum_label(proposal.kind)
        if proposal.citizen_id is not None:
            what += f" · {self._names.get(proposal.citizen_id, str(proposal.citizen_id))}"
        what += f" · {enum_label(proposal.place)}"
        if proposal.title:  # a call to a provider, the reminders: what the block is for
            what += f" · {proposal.title}"
        if proposal.preparation_minutes:
            what += self.tr(" · {n} min. forberedelse").format(n=proposal.preparation_minutes)
        return f"{when}  {what}\n{proposal.reason_in(display_language())}"

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.proposals.count()):
            self.proposals.item(row).setCheckState(state)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.chosen()))

    def chosen(self) -> list[Proposal]:
        """The proposals with a tick, in the order shown."""
        return [
            self.proposals.item(row).data(PROPOSAL_ROLE)
            for row in range(self.proposals.count())
            if self.proposals.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _failed(self, exc: BaseException) -> None:
        self.intro.setText(messages.error_text(exc))


def _hours(minutes: int) -> str:
    text = f"{minutes / 60:.1f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{text} t"
