"""Uge: the week's appointments, one column per day, with previous / next week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caseapp.service import CaseService
from ui.day_column import DayColumn
from ui.formatting import fmt_date, iso_week
from ui.week_data import by_day, expand, monday_of, week_bounds


class WeekView(QWidget):
    citizen_opened = Signal(int)

    def __init__(
        self,
        service: CaseService,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._today = today
        self._names: dict[int, str] = {}
        self.monday = monday_of(today())
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.previous_button = QPushButton(self.tr("‹ Forrige uge"))
        self.this_week_button = QPushButton(self.tr("Denne uge"))
        self.next_button = QPushButton(self.tr("Næste uge ›"))
        self.previous_button.clicked.connect(lambda: self.show_week(self.monday - dt.timedelta(7)))
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + dt.timedelta(7)))
        self.this_week_button.clicked.connect(lambda: self.show_week(monday_of(self._today())))
        self.days = [DayColumn() for _ in range(7)]
        for column in self.days:
            column.citizen_opened.connect(self.citizen_opened.emit)
        self._lay_out()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for button in (self.previous_button, self.this_week_button, self.next_button):
            top.addWidget(button)
        row = QHBoxLayout()
        row.setSpacing(6)
        for index, column in enumerate(self.days):
            row.addWidget(column, 2 if index < 5 else 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(top)
        layout.addLayout(row, 1)

    def set_names(self, names: dict[int, str]) -> None:
        self._names = dict(names)

    def show_week(self, monday: dt.date | None = None) -> None:
        self.monday = monday or self.monday
        start, end = week_bounds(self.monday)
        appointments = expand(self._service.appointments_between(start, end), start, end)
        self.heading.setText(
            self.tr("Uge {week} · {first}–{last}").format(
                week=iso_week(self.monday),
                first=fmt_date(self.monday),
                last=fmt_date(self.monday + dt.timedelta(days=6)),
            )
        )
        today = self._today()
        for offset, (column, items) in enumerate(zip(self.days, by_day(appointments, self.monday), strict=True)):
            column.show_day(self.monday + dt.timedelta(days=offset), items, self._names, today)
