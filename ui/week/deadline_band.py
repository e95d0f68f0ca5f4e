"""Frister above the week: each day's effort and document deadlines over its column, small
buttons that open the citizen's Opfølgning tab. Initials only on the face (the grid's rule, fit
for a projector); the accessible name and tooltip say the rest. Hidden when the shown days have
no deadlines, so a quiet week looks as it always did."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import DeadlineKind
from caseapp.domain.followup import Deadline
from caseapp.service import CaseService
from ui.common.deadline_text import next_action_text
from ui.common.elided_button import ElidedButton
from ui.common.formatting import enum_label, fmt_date
from ui.common.text_size import scaled
from ui.common.worker import QueryOp
from ui.week.week_items import initials
from ui.week.week_layout import GUTTER, WEEKEND_WEIGHT

SHOWN_PER_DAY = 3  # then "+N", which shows the rest


class DeadlineBand(QWidget):
    citizen_opened = Signal(int, str)
    loaded = Signal()

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadlineBand")
        self._today = today
        self._run = 0
        self._days: list[dt.date] = []
        self.deadlines: list[Deadline] = []
        self.expanded = False
        self._scroll_area: QScrollArea | None = None
        self.buttons: list[QPushButton] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 4)
        self._row.setSpacing(0)
        self.hide()

    def load(self, service: CaseService, first_day: dt.date, day_count: int,
             on_error: Callable[[BaseException], None]) -> None:
        """Read the shown days' deadlines on a worker; only the newest reading is shown."""
        self._run += 1
        run = self._run
        days = [first_day + dt.timedelta(days=i) for i in range(day_count)]
        QueryOp(self, service, lambda s: s.deadlines_between(days[0], days[-1], self._today()),
                success=lambda found: self._loaded(run, days, found)).failure(
            on_error).run_in_background()

    def _loaded(self, run: int, days: list[dt.date], found: list[Deadline]) -> None:
        if run != self._run:
            return  # a newer week was asked for meanwhile
        if days != self._days:
            self.expanded = False
        self._days, self.deadlines = days, found
        self._rebuild()
        self._leave_room_for_scroll_bar()
        self.loaded.emit()

    def line_up_with(self, scroll_area: QScrollArea) -> None:
        """Leave room for the grid's scroll bar, so the columns line up with the days below."""
        self._scroll_area = scroll_area

    def _leave_room_for_scroll_bar(self) -> None:
        bar = self._scroll_area.verticalScrollBar() if self._scroll_area else None
        margins = self._row.contentsMargins()
        right = bar.width() if bar is not None and bar.isVisible() else 0
        self._row.setContentsMargins(margins.left(), margins.top(), right, margins.bottom())

    def _rebuild(self) -> None:
        while self._row.count():
            item = self._row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = []
        self.setVisible(bool(self.deadlines))
        if not self.deadlines:
            return
        title = QLabel(self.tr("Frister"))
        title.setObjectName("deadlineBandTitle")
        title.setFixedWidth(scaled(self, int(GUTTER)))  # as wide as the grid's hour labels
        title.ensurePolished()
        if title.sizeHint().width() > title.width():  # enlarged text: cut with "…", whole on hover
            title.setToolTip(title.text())
            title.setAccessibleName(title.text())
            title.setText(title.fontMetrics().elidedText(
                title.text(), Qt.TextElideMode.ElideRight,
                title.contentsRect().width() - 2))
        self._row.addWidget(title)
        weekdays = len(self._days) > 1
        for day in self._days:
            weight = WEEKEND_WEIGHT if weekdays and day.weekday() >= 5 else 1.0
            self._row.addWidget(self._column([d for d in self.deadlines if d.on == day]),
                                int(weight * 100))

    def _column(self, due: Sequence[Deadline]) -> QWidget:
        column = QWidget()
        column.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(2)
        shown = due if self.expanded else due[:SHOWN_PER_DAY]
        for deadline in shown:
            layout.addWidget(self._chip(deadline))
        if len(due) > len(shown):
            more = QPushButton(self.tr("+%n flere", "", len(due) - len(shown)))
            more.setObjectName("deadlineMore")
            more.setAccessibleName(self.tr("Vis alle %n frister", "", len(due)))
            more.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            more.clicked.connect(self._expand)
            layout.addWidget(more)
        layout.addStretch(1)
        return column

    def _chip(self, deadline: Deadline) -> QPushButton:
        who = initials(deadline.citizen_name) or "?"
        chip = ElidedButton(f"{self._short(deadline)} · {who}")
        # the column's share decides the width, not the text (cut with "…"; the tooltip and the
        # accessible name have it all)
        chip.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        overdue = deadline.overdue(self._today())
        chip.setObjectName("deadlineChipOverdue" if overdue else "deadlineChip")
        about = f"{deadline.title}: " if deadline.title else ""
        chip.setToolTip(f"{about}{next_action_text(deadline)}")
        chip.setAccessibleName(self.tr("Frist {date}{late}: {kind}, {name}. {about}{action}").format(
            date=fmt_date(deadline.on), late=self.tr(" (overskredet)") if overdue else "",
            kind=enum_label(deadline.kind), name=deadline.citizen_name, about=about,
            action=next_action_text(deadline)))
        chip.clicked.connect(lambda: self.citizen_opened.emit(deadline.citizen_id, "followup"))
        self.buttons.append(chip)
        return chip

    def _short(self, deadline: Deadline) -> str:
        """One word for a narrow column."""
        words = {
            DeadlineKind.EFFORT_ENDS: self.tr("Udløber"),
            DeadlineKind.EFFORT_UNDECIDED: self.tr("Afgørelse"),
            DeadlineKind.EFFORT_REVIEW: self.tr("Revurdering"),
            DeadlineKind.REPORT_DUE: self.tr("Rapport"),
            DeadlineKind.DOCUMENT_DUE: self.tr("Rykker"),
        }
        return words.get(deadline.kind, enum_label(deadline.kind))

    def _expand(self) -> None:
        self.expanded = True
        self._rebuild()
