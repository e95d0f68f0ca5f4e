"""One day of the week view: the date and that day's appointments."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import AppointmentStatus
from caseapp.domain.models import Appointment
from ui.formatting import WEEKDAYS, enum_label, fmt_span

CITIZEN_ROLE = Qt.ItemDataRole.UserRole + 10


class DayColumn(QFrame):
    citizen_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayColumn")
        self.title = QLabel()
        self.title.setObjectName("dayTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.items = QListWidget()
        self.items.setObjectName("dayList")
        self.items.setWordWrap(True)
        self.items.setResizeMode(QListView.ResizeMode.Adjust)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.items, 1)

    def show_day(
        self, day: dt.date, appointments: list[Appointment], names: dict[int, str], today: dt.date
    ) -> None:
        weekday = self.tr(WEEKDAYS[day.weekday()]).capitalize()
        self.title.setText(f"{weekday} {day.day}.{day.month}.")
        self.setProperty("today", day == today)
        self.style().unpolish(self)
        self.style().polish(self)
        self.items.clear()
        for appointment in appointments:
            self.items.addItem(self._item(appointment, names))

    def _item(self, appointment: Appointment, names: dict[int, str]) -> QListWidgetItem:
        lines = [fmt_span(appointment.start, appointment.end),
                 appointment.title or enum_label(appointment.kind)]
        who = names.get(appointment.citizen_id or -1)
        if who and who not in lines[1]:
            lines.append(who)
        if appointment.status != AppointmentStatus.PLANNED:
            lines.append(enum_label(appointment.status))
        item = QListWidgetItem("\n".join(lines))
        item.setData(CITIZEN_ROLE, appointment.citizen_id)
        if appointment.status in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW):
            font = item.font()
            font.setStrikeOut(True)
            item.setFont(font)
        return item

    def texts(self) -> list[str]:
        return [self.items.item(i).text() for i in range(self.items.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        citizen_id = item.data(CITIZEN_ROLE)
        if citizen_id is not None:
            self.citizen_opened.emit(int(citizen_id))
