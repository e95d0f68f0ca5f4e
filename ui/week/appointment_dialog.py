"""Aftale: the editor for one appointment, a series, or one occurrence of a series.

The dialog saves through the `save` callback it is given; when the core refuses (end before
start, a recurrence that ends before it begins ...) the Danish sentence is shown in the dialog
and everything typed stays, so nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from caseapp.domain.enums import AppointmentKind, AppointmentStatus, Place
from caseapp.domain.models import Appointment
from caseapp.errors import CaseappError
from ui.common.formatting import enum_label
from ui.week.appointment_rules import Ending, Recurrence, Repeat, build_rrule, parse_rrule
from ui.week.calendar_ops import Scope

log = logging.getLogger(__name__)

REASON_STATUSES = (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)


@dataclass(frozen=True)
class EditorRequest:
    """What the editor shows, and how it saves (`save` raises CaseappError to stay open)."""

    appointment: Appointment  # prefilled values; for an occurrence: its own times
    citizens: Sequence[tuple[int, str]]  # (id, name) to choose from
    save: Callable[[Appointment, Scope], None]
    in_series: bool = False  # offer "only this time" / "the whole series"
    is_new: bool = True


class AppointmentDialog(QDialog):
    def __init__(self, request: EditorRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.setWindowTitle(self.tr("Ny aftale") if request.is_new else self.tr("Redigér aftale"))
        self.setMinimumWidth(480)
        a = request.appointment
        self.kind = self._combo(AppointmentKind, a.kind)
        self.title_edit = QLineEdit(a.title)
        self.title_edit.setPlaceholderText(self.tr("Valgfri; vises kun i ugen uden borger"))
        self.citizen = QComboBox()
        self.citizen.addItem(self.tr("(ingen borger)"), None)
        for citizen_id, name in request.citizens:
            self.citizen.addItem(name, citizen_id)
        self.citizen.setCurrentIndex(max(self.citizen.findData(a.citizen_id), 0))
        self.place = self._combo(Place, a.place)
        self.date = QDateEdit(QDate(a.start.year, a.start.month, a.start.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.start = self._time(a.start.time())
        self.end = self._time(a.end.time())
        self.preparation = QSpinBox()
        self.preparation.setRange(0, 480)
        self.preparation.setSingleStep(5)
        self.preparation.setSuffix(self.tr(" min."))
        self.preparation.setValue(a.preparation_minutes)
        self._build_recurrence(parse_rrule(a.rrule), a.start.date())
        self.status = self._combo(AppointmentStatus, a.status)
        self.reason = QLineEdit(a.status_reason)
        self.reason.setPlaceholderText(self.tr("Årsag til afbud eller udeblivelse"))
        self.only_this = QRadioButton(self.tr("Kun denne gang"))
        self.whole_series = QRadioButton(self.tr("Hele serien"))
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.only_this)
        self.scope_group.addButton(self.whole_series)
        self.only_this.setChecked(True)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Gem"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.status.currentIndexChanged.connect(self._update_enabled)
        self.scope_group.buttonToggled.connect(lambda *_: self._update_enabled())
        self._lay_out()
        self._update_enabled()

    # -- construction ----------------------------------------------------------------------

    def _combo(self, kind: type[StrEnum], current: StrEnum) -> QComboBox:
        combo = QComboBox()
        for value in kind:
            combo.addItem(enum_label(value), value.value)
        combo.setCurrentIndex(max(combo.findData(current.value), 0))
        return combo

    def _time(self, value: dt.time) -> QTimeEdit:
        edit = QTimeEdit(QTime(value.hour, value.minute))
        edit.setDisplayFormat("HH.mm")
        return edit

    def _build_recurrence(self, rule: Recurrence, first_day: dt.date) -> None:
        self.repeat = QComboBox()
        for repeat, text in (
            (Repeat.NONE, self.tr("Gentages ikke")),
            (Repeat.WEEKLY, self.tr("Hver uge")),
            (Repeat.EVERY_N_WEEKS, self.tr("Hver N. uge")),
            (Repeat.MONTHLY, self.tr("Hver måned")),
        ):
            self.repeat.addItem(text, repeat.value)
        if rule.repeat == Repeat.OTHER:
            self.repeat.addItem(self.tr("Som importeret ({rule})").format(rule=rule.raw),
                                Repeat.OTHER.value)
        self._raw_rule = rule.raw
        self.repeat.setCurrentIndex(max(self.repeat.findData(rule.repeat.value), 0))
        self.interval = QSpinBox()
        self.interval.setRange(2, 52)
        self.interval.setPrefix(self.tr("hver "))
        self.interval.setSuffix(self.tr(". uge"))
        self.interval.setValue(rule.interval)
        self.ending = QComboBox()
        for ending, text in (
            (Ending.COUNT, self.tr("efter et antal gange")),
            (Ending.UNTIL, self.tr("på en dato")),
            (Ending.NEVER, self.tr("aldrig")),
        ):
            self.ending.addItem(text, ending.value)
        self.ending.setCurrentIndex(max(self.ending.findData(rule.ending.value), 0))
        self.count = QSpinBox()
        self.count.setRange(1, 500)
        self.count.setSuffix(self.tr(" gange"))
        self.count.setValue(rule.count)
        until = rule.until or first_day + dt.timedelta(days=90)
        self.until = QDateEdit(QDate(until.year, until.month, until.day))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("dd.MM.yyyy")
        self.repeat.currentIndexChanged.connect(self._update_enabled)
        self.ending.currentIndexChanged.connect(self._update_enabled)

    def _name_fields(self) -> None:
        """Fields that share a form row get their own names (a row label names one field)."""
        for widget, name in ((self.date, self.tr("Dato")), (self.start, self.tr("Starttid")),
                             (self.end, self.tr("Sluttid")), (self.repeat, self.tr("Gentagelse")),
                             (self.interval, self.tr("Antal uger imellem")),
                             (self.ending, self.tr("Slutter")), (self.count, self.tr("Antal gange")),
                             (self.until, self.tr("Slutdato")), (self.status, self.tr("Status")),
                             (self.reason, self.tr("Begrundelse"))):
            widget.setAccessibleName(name)

    def _lay_out(self) -> None:
        self._name_fields()
        times = QHBoxLayout()
        times.addWidget(self.date)
        times.addWidget(QLabel(self.tr("kl.")))
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("til")))
        times.addWidget(self.end)
        times.addStretch(1)
        repeat = QHBoxLayout()
        repeat.addWidget(self.repeat, 1)
        repeat.addWidget(self.interval)
        ends = QHBoxLayout()
        ends.addWidget(self.ending, 1)
        ends.addWidget(self.count)
        ends.addWidget(self.until)
        status = QHBoxLayout()
        status.addWidget(self.status)
        status.addWidget(self.reason, 1)
        scope = QHBoxLayout()
        scope.addWidget(self.only_this)
        scope.addWidget(self.whole_series)
        scope.addStretch(1)
        self.scope_row = QWidget()
        self.scope_row.setLayout(scope)
        form = QFormLayout(self)
        form.addRow(self.tr("Ændr"), self.scope_row)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Titel"), self.title_edit)
        form.addRow(self.tr("Borger"), self.citizen)
        form.addRow(self.tr("Sted"), self.place)
        form.addRow(self.tr("Tid"), times)
        form.addRow(self.tr("Forberedelse"), self.preparation)
        form.addRow(self.tr("Gentagelse"), repeat)
        form.addRow(self.tr("Slutter"), ends)
        form.addRow(self.tr("Status"), status)
        form.addRow(self.error)
        form.addRow(self.buttons)
        form.setRowVisible(self.scope_row, self.request.in_series)

    def _update_enabled(self) -> None:
        series_fields = not (self.request.in_series and self.only_this.isChecked())
        repeat = Repeat(self.repeat.currentData())
        self.repeat.setEnabled(series_fields)
        self.interval.setVisible(repeat == Repeat.EVERY_N_WEEKS)
        repeats = series_fields and repeat not in (Repeat.NONE, Repeat.OTHER)
        self.ending.setEnabled(repeats)
        ending = Ending(self.ending.currentData())
        self.count.setVisible(ending == Ending.COUNT)
        self.until.setVisible(ending == Ending.UNTIL)
        self.count.setEnabled(repeats)
        self.until.setEnabled(repeats)
        status = AppointmentStatus(self.status.currentData())
        self.reason.setEnabled(status in REASON_STATUSES)

    # -- result ----------------------------------------------------------------------------

    def scope(self) -> Scope:
        if self.request.in_series and self.only_this.isChecked():
            return "one"
        return "series"

    def recurrence(self) -> Recurrence:
        until = self.until.date()
        return Recurrence(
            repeat=Repeat(self.repeat.currentData()),
            interval=self.interval.value(),
            ending=Ending(self.ending.currentData()),
            until=dt.date(until.year(), until.month(), until.day()),
            count=self.count.value(),
            raw=self._raw_rule,
        )

    def appointment(self) -> Appointment:
        """The appointment as the fields say (times on the chosen date)."""
        day = self.date.date()
        date = dt.date(day.year(), day.month(), day.day())
        start, end = self.start.time(), self.end.time()
        status = AppointmentStatus(self.status.currentData())
        rrule = "" if self.scope() == "one" else build_rrule(self.recurrence())
        begins = dt.datetime.combine(date, dt.time(start.hour(), start.minute()))
        ends = dt.datetime.combine(date, dt.time(end.hour(), end.minute()))
        shown = self.request.appointment
        all_day = shown.all_day and begins.time() == ends.time() == dt.time()
        if all_day:  # a whole-day event stays whole days unless given hours
            ends = begins + (shown.end - shown.start)
        return Appointment(
            kind=AppointmentKind(self.kind.currentData()),
            start=begins,
            end=ends,
            all_day=all_day,
            title=self.title_edit.text().strip(),
            citizen_id=self.citizen.currentData(),
            place=Place(self.place.currentData()),
            preparation_minutes=self.preparation.value(),
            rrule=rrule,
            status=status,
            status_reason=self.reason.text().strip() if status in REASON_STATUSES else "",
            id=self.request.appointment.id,
        )

    def accept(self) -> None:
        try:
            self.request.save(self.appointment(), self.scope())
        except CaseappError as exc:
            self.error.setText(exc.message)
            return
        super().accept()
