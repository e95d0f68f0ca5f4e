"""The note editor's "Aftale" choice: the citizen's appointments a note may be about, "(ingen
aftale)" first; an occurrence of a series carries its date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from caseapp.domain.enums import AppointmentStatus
from caseapp.domain.models import Appointment
from ui.common.formatting import enum_label, fmt_datetime
from ui.diary.note_choices import occurrence_choices

OCCURRENCE_ROLE = Qt.ItemDataRole.UserRole + 1  # ISO date of a series' occurrence, or None


class NoteAppointmentBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(20)

    def fill(self, appointments: Sequence[Appointment], selected: int | None,
             day: dt.date | None, now: dt.datetime) -> None:
        """Offer the appointments; choose `selected` (its occurrence on `day`, for a series)."""
        self.clear()
        self.addItem(self.tr("(ingen aftale)"), None)
        exact = same_id = 0
        for a in occurrence_choices(appointments, selected, day, now):
            label = f"{fmt_datetime(a.start)} · {a.title or enum_label(a.kind)}"
            if a.status != AppointmentStatus.PLANNED:
                label += f" ({enum_label(a.status)})"
            on = a.start.date().isoformat() if a.is_series_slot else None
            self.addItem(label, a.appointment_id)
            row = self.count() - 1
            self.setItemData(row, on, OCCURRENCE_ROLE)
            if a.appointment_id == selected:
                same_id = same_id or row
                if on is None or (day is not None and on == day.isoformat()):
                    exact = exact or row
        self.setCurrentIndex(exact or same_id)

    def chosen_occurrence_date(self) -> dt.date | None:
        day = self.currentData(OCCURRENCE_ROLE)
        return dt.date.fromisoformat(day) if day else None
