"""The citizen's own words, where now / next step / barriers, master data and preferences,
editable with inline validation. `valid_changed` tells the Save button when to be enabled."""

from __future__ import annotations

import dataclasses
import re
from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.cpr import format_cpr, is_valid_cpr, mask_cpr, normalise_cpr
from caseapp.domain.enums import CitizenStatus, Place, TimeOfDay
from caseapp.domain.models import Citizen
from ui.common.formatting import enum_label

PHONE = re.compile(r"^[0-9+()\- ]{0,40}$")


class CitizenForm(QWidget):
    edited = Signal()
    valid_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._citizen: Citizen | None = None
        self._loading = False
        self._valid = True
        self.own_words = self._text_edit(self.tr("Med borgerens egne ord: hvad vil borgeren?"))
        self.where_now = self._text_edit(self.tr("Hvor står borgeren nu?"))
        self.next_step = self._text_edit(self.tr("Hvad er næste skridt?"))
        self.barriers = self._text_edit(self.tr("Hvad står i vejen?"))
        self.name = self._line_edit()
        self.cpr = self._line_edit()
        self.cpr.setPlaceholderText(self.tr("DDMMÅÅ-NNNN"))
        self.cpr_reveal = QPushButton(self.tr("Vis og ret"))
        self.cpr_reveal.clicked.connect(self.reveal_cpr)
        self.case_type = self._line_edit()
        self.legal_basis = self._line_edit()
        self.status = self._combo(CitizenStatus)
        self.is_child = QCheckBox(self.tr("Borgeren er et barn (status to gange om året)"))
        self.is_child.toggled.connect(self._changed)
        self.phone = self._line_edit()
        self.responsible = self._line_edit()
        self.cadence = self._spin(1, 366, "")
        self.cadence.valueChanged.connect(self._days_suffix)
        self._days_suffix(self.cadence.value())
        self.status_months = self._spin(0, 24, self.tr(" mdr."))
        self.status_months.setSpecialValueText(self.tr("Standard"))
        self.place = self._combo(Place)
        self.time_of_day = self._combo(TimeOfDay)
        self.per_day = self._spin(1, 10, "")
        self.errors = {field: self._error_label() for field in ("name", "cpr", "phone")}
        self._lay_out()

    # -- building ------------------------------------------------------------------------------

    def _text_edit(self, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(48)
        edit.setMaximumHeight(84)
        edit.textChanged.connect(self._changed)
        return edit

    def _line_edit(self) -> QLineEdit:
        edit = QLineEdit()
        edit.textEdited.connect(self._changed)
        return edit

    def _combo(self, values: type[StrEnum]) -> QComboBox:
        combo = QComboBox()
        for value in values:
            combo.addItem(enum_label(value), value)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _days_suffix(self, days: int) -> None:
        """The suffix: " dag" after 1, " dage" after any other number."""
        self.cadence.setSuffix(self.tr(" dag(e)", "", days))

    def _spin(self, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.valueChanged.connect(self._changed)
        return spin

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.hide()
        return label

    def _with_error(self, field: QWidget, error: QLabel, extra: QWidget | None = None) -> QWidget:
        box = QWidget()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        if extra is not None:
            row.addWidget(extra)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(error)
        return box

    def _lay_out(self) -> None:
        words = QGroupBox(self.tr("Borgeren"))
        texts = QFormLayout(words)
        texts.addRow(self.tr("Egne ord"), self.own_words)
        texts.addRow(self.tr("Hvor er vi nu"), self.where_now)
        texts.addRow(self.tr("Næste skridt"), self.next_step)
        texts.addRow(self.tr("Barrierer"), self.barriers)
        facts = QGroupBox(self.tr("Stamdata"))
        form = QFormLayout(facts)
        form.addRow(self.tr("Navn"), self._with_error(self.name, self.errors["name"]))
        form.addRow(self.tr("CPR-nummer"),
                    self._with_error(self.cpr, self.errors["cpr"], self.cpr_reveal))
        form.addRow(self.tr("Sagstype"), self.case_type)
        form.addRow(self.tr("Lovgrundlag"), self.legal_basis)
        form.addRow(self.tr("Status"), self.status)
        form.addRow("", self.is_child)
        form.addRow(self.tr("Telefon"), self._with_error(self.phone, self.errors["phone"]))
        form.addRow(self.tr("Ansvarlig"), self.responsible)
        preferences = QGroupBox(self.tr("Præferencer"))
        prefs = QFormLayout(preferences)
        prefs.addRow(self.tr("Kontaktrytme"), self.cadence)
        prefs.addRow(self.tr("Statusrytme"), self.status_months)
        prefs.addRow(self.tr("Foretrukket sted"), self.place)
        prefs.addRow(self.tr("Foretrukket tid"), self.time_of_day)
        prefs.addRow(self.tr("Aktiviteter pr. dag"), self.per_day)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.addWidget(words, 0, 0)
        self._grid.addWidget(facts, 0, 1)
        self._grid.addWidget(preferences, 1, 1)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(1, 2)

    def set_side_panel(self, panel: QWidget) -> None:
        """Place another widget (the network) under the citizen's own words, beside the
        preferences."""
        self._grid.addWidget(panel, 1, 0)

    # -- values --------------------------------------------------------------------------------

    def set_citizen(self, citizen: Citizen) -> None:
        self._loading = True
        self._citizen = citizen
        for edit, text in ((self.own_words, citizen.own_words), (self.where_now, citizen.where_now),
                           (self.next_step, citizen.next_step), (self.barriers, citizen.barriers)):
            edit.setPlainText(text)
        for line, text in ((self.name, citizen.name), (self.case_type, citizen.case_type),
                           (self.legal_basis, citizen.legal_basis), (self.phone, citizen.phone),
                           (self.responsible, citizen.responsible)):
            line.setText(text)
        self._hide_cpr()
        self.status.setCurrentIndex(self.status.findData(citizen.status))
        self.is_child.setChecked(citizen.is_child)
        self.cadence.setValue(citizen.contact_cadence_days)
        self.status_months.setValue(citizen.status_cadence_months or 0)
        self.place.setCurrentIndex(self.place.findData(citizen.preferred_place))
        self.time_of_day.setCurrentIndex(self.time_of_day.findData(citizen.preferred_time))
        self.per_day.setValue(citizen.max_activities_per_day)
        self._loading = False
        self._validate()

    def citizen(self) -> Citizen:
        """The citizen as edited. Call only while `is_valid()`."""
        assert self._citizen is not None
        return dataclasses.replace(
            self._citizen,
            name=self.name.text().strip(),
            cpr=self._cpr_value(),
            case_type=self.case_type.text(),
            legal_basis=self.legal_basis.text(),
            status=self.status.currentData(),
            is_child=self.is_child.isChecked(),
            phone=self.phone.text().strip(),
            responsible=self.responsible.text(),
            contact_cadence_days=self.cadence.value(),
            status_cadence_months=self.status_months.value() or None,
            preferred_place=self.place.currentData(),
            preferred_time=self.time_of_day.currentData(),
            max_activities_per_day=self.per_day.value(),
            own_words=self.own_words.toPlainText(),
            where_now=self.where_now.toPlainText(),
            next_step=self.next_step.toPlainText(),
            barriers=self.barriers.toPlainText(),
        )

    def is_valid(self) -> bool:
        return self._valid

    def is_modified(self) -> bool:
        return self._citizen is not None and self._valid and self.citizen() != self._citizen

    # -- CPR: masked until the user asks ------------------------------------------------------

    def cpr_revealed(self) -> bool:
        return not self.cpr.isReadOnly()

    def reveal_cpr(self) -> None:
        assert self._citizen is not None
        self.cpr.setReadOnly(False)
        self.cpr.setText(format_cpr(self._citizen.cpr))
        self.cpr_reveal.hide()
        self.cpr.setFocus()

    def _hide_cpr(self) -> None:
        assert self._citizen is not None
        self.cpr.setReadOnly(bool(self._citizen.cpr))
        self.cpr.setText(mask_cpr(self._citizen.cpr))
        self.cpr_reveal.setVisible(bool(self._citizen.cpr))

    def _cpr_value(self) -> str | None:
        assert self._citizen is not None
        if not self.cpr_revealed():
            return self._citizen.cpr
        text = self.cpr.text().strip()
        return normalise_cpr(text) if text else None

    # -- validation ----------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._validate()
        self.edited.emit()

    def _problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.name.text().strip():
            problems["name"] = self.tr("Navnet må ikke være tomt.")
        cpr = self.cpr.text().strip()
        if self.cpr_revealed() and cpr and not is_valid_cpr(cpr):
            problems["cpr"] = self.tr("Ikke et gyldigt CPR-nummer (10 cifre, første seks en dato).")
        if not PHONE.match(self.phone.text().strip()):
            problems["phone"] = self.tr("Kun cifre, mellemrum, + og bindestreg.")
        return problems

    def _validate(self) -> None:
        problems = self._problems()
        fields: dict[str, QWidget] = {"name": self.name, "cpr": self.cpr, "phone": self.phone}
        for key, label in self.errors.items():
            _mark(fields[key], label, problems.get(key, ""))
        valid = not problems
        if valid != self._valid:
            self._valid = valid
            self.valid_changed.emit(valid)


def _mark(field: QWidget, label: QLabel, problem: str) -> None:
    field.setProperty("invalid", bool(problem))
    field.style().unpolish(field)
    field.style().polish(field)
    label.setText(problem)
    label.setVisible(bool(problem))


