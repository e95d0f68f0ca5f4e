"""Rettidighed beside the week: how many conversations to book this week to stay on time, who is
overdue and who is due this week (from caseapp.planning.loading.timeliness_for)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from caseapp.planning.timeliness import ContactDue, Timeliness
from ui.common.formatting import WEEKDAYS, display_language, iso_week, tr
from ui.common.today_section import TodaySection
from ui.week.week_layout import NORMAL_LINE

WIDTH, MAX_WIDTH = 268, 440  # at the normal text size; the most enlarged text may take


class TimelinessPanel(QFrame):
    citizen_opened = Signal(int, str)
    plan_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinessPanel")
        self.ensurePolished()  # the stylesheet's font: enlarged text widens the panel with it
        scale = max(1.0, QFontMetricsF(self.font()).height() / NORMAL_LINE)
        self.setFixedWidth(min(int(WIDTH * scale), MAX_WIDTH))
        self.title = QLabel(self.tr("Rettidighed"))
        self.title.setObjectName("cardTitle")
        self.count = QLabel("–")
        self.count.setObjectName("timelinessCount")
        self.count_text = QLabel(self.tr("samtaler skal bookes denne uge"))
        self.count_text.setWordWrap(True)
        self.average = QLabel()
        self.average.setObjectName("hint")
        self.average.setWordWrap(True)
        self.overdue = TodaySection(self.tr("Overskredet"), self.tr("Ingen er overskredet."))
        self.due = TodaySection(self.tr("Forfalder denne uge"), self.tr("Ingen forfalder."))
        self.plan_button = QPushButton(self.tr("Planlæg min uge …"))
        self.plan_button.setObjectName("primaryButton")
        self.plan_button.clicked.connect(self.plan_requested.emit)
        for section in (self.overdue, self.due):
            section.citizen_opened.connect(self.citizen_opened.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.count)
        layout.addWidget(self.count_text)
        layout.addWidget(self.average)
        layout.addWidget(self.plan_button)
        layout.addWidget(self.overdue, 1)
        layout.addWidget(self.due, 1)
        self.timeliness: Timeliness | None = None

    def show_timeliness(self, timeliness: Timeliness, names: Mapping[int, str]) -> None:
        self.timeliness = timeliness
        self.title.setText(self.tr("Rettidighed · uge {week}").format(
            week=iso_week(timeliness.week_start)))
        count = timeliness.to_book_count
        self.count.setText(str(count))
        self.count_text.setText(
            self.tr("samtale skal bookes denne uge for at holde fristerne") if count == 1
            else self.tr("samtaler skal bookes denne uge for at holde fristerne")
        )
        self.average.setText(self.tr("Kontaktrytmerne giver i snit {n} samtaler om ugen.").format(
            n=_decimal(timeliness.weekly_average)))
        self.overdue.set_entries(
            [(self._overdue_text(e, names), e.citizen_id, "overview") for e in timeliness.overdue]
        )
        self.due.set_entries(
            [(self._due_text(e, names), e.citizen_id, "overview") for e in timeliness.due_this_week]
        )

    def _name(self, entry: ContactDue, names: Mapping[int, str]) -> str:
        return names.get(entry.citizen_id, self.tr("Borger {id}").format(id=entry.citizen_id))

    def _booked(self, entry: ContactDue) -> str:
        if entry.booked_on is None:
            return ""
        return self.tr(" · booket {day}.{month}.").format(
            day=entry.booked_on.day, month=entry.booked_on.month)

    def _overdue_text(self, entry: ContactDue, names: Mapping[int, str]) -> str:
        if entry.never_contacted:
            text = self.tr("{name} – ingen kontakt endnu").format(name=self._name(entry, names))
        else:
            text = self.tr("{name} – %n dag(e) over", "", entry.days_overdue).format(
                name=self._name(entry, names))
        return text + self._booked(entry)

    def _due_text(self, entry: ContactDue, names: Mapping[int, str]) -> str:
        weekday = tr(WEEKDAYS[entry.due.weekday()])
        return self.tr("{name} – senest {weekday} {day}.{month}.").format(
            name=self._name(entry, names), weekday=weekday, day=entry.due.day,
            month=entry.due.month) + self._booked(entry)


def _decimal(value: float) -> str:
    """One decimal, with the decimal comma in Danish and the point in English."""
    text = f"{value:.1f}"
    return text.replace(".", ",") if display_language() == "da" else text
