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
from caseapp.errors import InvalidInput
from ui.common.formatting import enum_label
from ui.common.text_size import scaled

PHONE = re.compile(r"^[0-9+()\- ]{0,40}$")

# The citizen's fields the form edits, in the order they are shown.
FIELDS = (
    "own_words", "where_now", "next_step", "barriers", "name", "cpr", "case_type", "legal_basis",
    "status", "is_child", "phone", "responsible", "contact_cadence_days", "status_cadence_months",
    "preferred_place", "preferred_time", "max_activities_per_day",
)


class CitizenForm(QWidget):
    edited = Signal()
    valid_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._citizen: Citizen | None = None
        self._loading = False
        self._valid = True
        self._read_only = False
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
        edit.setMinimumHeight(scaled(edit, 48))
        edit.setMaximumHeight(scaled(edit, 84))
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
        box.setProperty("field", field)  # the row's label names the field, not the box
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
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None and field.widget() is not None:
                inner = field.widget().property("field")
                if isinstance(inner, QWidget) and isinstance(label.widget(), QLabel):
                    label.widget().setBuddy(inner)
                    # Qt names a field after a buddy label only when both share a parent
                    inner.setAccessibleName(label.widget().text())
        preferences = QGroupBox(self.tr("Præferencer"))
        prefs = QFormLayout(preferences)
        prefs.addRow(self.tr("Kontaktrytme"), self.cadence)
        prefs.addRow(self.tr("Statusrytme"), self.status_months)
        prefs.addRow(self.tr("Foretrukket sted"), self.place)
        prefs.addRow(self.tr("Foretrukket tid"), self.time_of_day)
        prefs.addRow(self.tr("Aktiviteter pr. dag"), self.per_day)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._blocks: list[QWidget] = [words, facts, preferences]
        self._columns = 0
        self.set_columns(2)

    def set_side_panel(self, panel: QWidget) -> None:
        """Place another widget (the network) under the citizen's own words, beside the
        preferences (last, when the blocks stand in one column)."""
        self._blocks.append(panel)
        self._columns = 0
        self.set_columns(2)

    def set_columns(self, count: int) -> None:
        """The blocks in two columns, or one under the other in reading order where the page
        has no room for two (enlarged text on a small screen), so that nothing is cut off or
        must be scrolled to sideways."""
        if count == self._columns:
            return
        self._columns = count
        for block in self._blocks:
            self._grid.removeWidget(block)
        places = ((0, 0), (0, 1), (1, 1), (1, 0)) if count == 2 else ((0, 0), (1, 0), (2, 0), (3, 0))
        for block, (row, column) in zip(self._blocks, places, strict=False):
            self._grid.addWidget(block, row, column)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(1, 2 if count == 2 else 0)

    def columns(self) -> int:
        return self._columns

    def two_column_width(self) -> int:
        """The narrowest the form can be with its blocks side by side."""
        left = max(b.minimumSizeHint().width() for b in self._blocks[0::3])
        right = max(b.minimumSizeHint().width() for b in self._blocks[1:3])
        return left + right + self._grid.horizontalSpacing()

    def set_read_only(self, read_only: bool) -> None:
        """A closed case: every field can be read, selected and copied, none changed."""
        self._read_only = read_only
        for field, widget in self._widgets().items():
            if isinstance(widget, (QPlainTextEdit, QLineEdit, QSpinBox)) and field != "cpr":
                widget.setReadOnly(read_only)
            elif isinstance(widget, (QComboBox, QCheckBox)):
                widget.setEnabled(not read_only)
        self.cpr_reveal.setEnabled(not read_only)
        if self._citizen is not None and read_only:
            self._hide_cpr()

    def is_read_only(self) -> bool:
        return self._read_only

    # -- values --------------------------------------------------------------------------------

    def set_citizen(self, citizen: Citizen) -> None:
        self._loading = True
        self._citizen = citizen
        for field in FIELDS:
            self._show(field, getattr(citizen, field))
        self._hide_cpr()
        self._mark_changed_underneath({}, citizen)
        self._loading = False
        self._validate()

    def _show(self, field: str, value: object) -> None:
        widget = self._widgets()[field]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value or ""))
        elif isinstance(widget, QLineEdit) and field != "cpr":
            widget.setText(str(value or ""))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value or 0))

    def _widgets(self) -> dict[str, QWidget]:
        return {
            "own_words": self.own_words, "where_now": self.where_now, "next_step": self.next_step,
            "barriers": self.barriers, "name": self.name, "cpr": self.cpr,
            "case_type": self.case_type, "legal_basis": self.legal_basis, "status": self.status,
            "is_child": self.is_child, "phone": self.phone, "responsible": self.responsible,
            "contact_cadence_days": self.cadence, "status_cadence_months": self.status_months,
            "preferred_place": self.place, "preferred_time": self.time_of_day,
            "max_activities_per_day": self.per_day,
        }

    def merge_underneath(self, latest: Citizen) -> list[str]:
        """The stored citizen changed while the form is open (a sync, another window). Fields
        the user has not touched show the new value; touched ones keep what the user typed,
        and keep the value they began from, so a save still sees what moved. Returns (and
        marks) the touched fields whose stored value moved away from the user's."""
        base, edited = self._citizen, self._as_edited()
        assert base is not None
        touched = [f for f in FIELDS if getattr(edited, f) != getattr(base, f)]
        moved = {f: getattr(latest, f) for f in touched
                 if getattr(latest, f) not in (getattr(base, f), getattr(edited, f))}
        self._loading = True
        for field in FIELDS:
            if field not in touched and field != "cpr" and getattr(latest, field) != getattr(base, field):
                self._show(field, getattr(latest, field))
        self._citizen = dataclasses.replace(latest, **{f: getattr(base, f) for f in touched})
        if "cpr" not in touched and not self.cpr_revealed():
            self._hide_cpr()
        self._mark_changed_underneath(moved, latest)
        self._loading = False
        self._validate()
        self.edited.emit()
        return sorted(moved)

    def base(self) -> Citizen:
        """The version the form's save is checked against (see merge_underneath)."""
        assert self._citizen is not None
        return self._citizen

    def _as_edited(self) -> Citizen:
        """The form's values; a CPR being typed that is not yet a number counts as unchanged."""
        try:
            return self.citizen()
        except InvalidInput:
            assert self._citizen is not None
            return dataclasses.replace(self.citizen_without_cpr(), cpr=self._citizen.cpr)

    def _mark_changed_underneath(self, moved: dict[str, object], latest: Citizen) -> None:
        for field, widget in self._widgets().items():
            changed = field in moved
            widget.setProperty("changedUnderneath", changed)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            note = ""
            if changed:
                shown = "••••••-••••" if field == "cpr" else str(moved[field] or "")
                note = self.tr(
                    "En kollega har ændret feltet, mens du skrev, til: {value}. Gemmer du, "
                    "bevares begge værdier under Team → Konflikter."
                ).format(value=shown)
            widget.setToolTip(note)
            widget.setAccessibleDescription(note)

    def citizen(self) -> Citizen:
        """The citizen as edited. Call only while `is_valid()`."""
        return dataclasses.replace(self.citizen_without_cpr(), cpr=self._cpr_value())

    def citizen_without_cpr(self) -> Citizen:
        """The citizen as edited, the CPR number as loaded."""
        assert self._citizen is not None
        return dataclasses.replace(
            self._citizen,
            name=self.name.text().strip(),
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
        self.cpr.setReadOnly(bool(self._citizen.cpr) or self._read_only)
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


