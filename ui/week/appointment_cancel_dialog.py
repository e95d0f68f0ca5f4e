"""Afbud eller udeblivelse: mark an appointment cancelled or missed, with a reason, and book the
next free suitable time in the same go (the time is found by the caller, off the UI thread)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from caseapp.domain.enums import AppointmentStatus
from caseapp.domain.models import Appointment
from ui.common.formatting import WEEKDAYS, fmt_span, tr

log = logging.getLogger(__name__)


class CancelDialog(QDialog):
    def __init__(
        self, summary: str, status: AppointmentStatus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Afbud eller udeblivelse"))
        self.setMinimumWidth(440)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.cancelled = QRadioButton(self.tr("Afbud (aflyst)"))
        self.no_show = QRadioButton(self.tr("Udeblevet"))
        group = QButtonGroup(self)
        group.addButton(self.cancelled)
        group.addButton(self.no_show)
        (self.no_show if status == AppointmentStatus.NO_SHOW else self.cancelled).setChecked(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Fx: Borgeren meldte afbud pga. sygdom."))
        self.slot_label = QLabel(self.tr("Finder næste ledige tid …"))
        self.slot_label.setWordWrap(True)
        self.book = QCheckBox(self.tr("Book den nye tid"))
        self.book.setEnabled(False)
        self.slot: Appointment | None = None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Gem"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        choice = QHBoxLayout()
        choice.addWidget(self.cancelled)
        choice.addWidget(self.no_show)
        choice.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.summary)
        form.addRow(self.tr("Hvad skete der"), choice)
        form.addRow(self.tr("Årsag"), self.reason)
        form.addRow(self.tr("Ny tid"), self.slot_label)
        form.addRow("", self.book)
        form.addRow(self.buttons)

    def set_slot(self, slot: Appointment | None) -> None:
        """Show the next free time the caller found (None: none in the next weeks)."""
        self.slot = slot
        if slot is None:
            self.slot_label.setText(self.tr("Der er ingen ledig tid de næste fire uger."))
            self.book.setChecked(False)
            self.book.setEnabled(False)
            return
        weekday = tr(WEEKDAYS[slot.start.weekday()])
        self.slot_label.setText(self.tr("{weekday} {day}.{month}. kl. {span}").format(
            weekday=weekday.capitalize(), day=slot.start.day, month=slot.start.month,
            span=fmt_span(slot.start, slot.end)))
        self.book.setEnabled(True)
        self.book.setChecked(True)

    def set_slot_failed(self, message: str) -> None:
        self.slot_label.setText(message)

    def choice(self) -> tuple[AppointmentStatus, str, Appointment | None]:
        """The status, the reason and the new appointment to book (or None)."""
        status = AppointmentStatus.NO_SHOW if self.no_show.isChecked() else AppointmentStatus.CANCELLED
        rebook = self.slot if self.book.isChecked() else None
        return status, self.reason.text().strip(), rebook
