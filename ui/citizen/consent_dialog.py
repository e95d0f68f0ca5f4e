"""Record a consent the citizen has given (who may share what, in which form, since when)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from caseapp.domain.enums import ConsentForm
from caseapp.domain.models import Consent
from ui.common.formatting import enum_label
from ui.common.text_size import scaled


class ConsentDialog(QDialog):
    def __init__(self, citizen_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tilføj samtykke"))
        self._citizen_id = citizen_id
        self.party = QLineEdit()
        self.party.setPlaceholderText(self.tr("fx jobcentret, egen læge"))
        self.scope = QPlainTextEdit()
        self.scope.setPlaceholderText(self.tr("Hvilke oplysninger, til hvad"))
        self.scope.setFixedHeight(scaled(self.scope, 70))
        self.scope.setTabChangesFocus(True)  # Tab goes on to Form, as in every other field
        self.form = QComboBox()
        for value in ConsentForm:
            self.form.addItem(enum_label(value), value)
        self.form.setCurrentIndex(self.form.findData(ConsentForm.WRITTEN))
        self.given_on = QDateEdit(QDate.currentDate())
        self.given_on.setDisplayFormat("dd.MM.yyyy")
        self.given_on.setCalendarPopup(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.party.textChanged.connect(self._update_ok)
        self.scope.textChanged.connect(self._update_ok)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Part"), self.party)
        layout.addRow(self.tr("Omfang"), self.scope)
        layout.addRow(self.tr("Form"), self.form)
        layout.addRow(self.tr("Givet den"), self.given_on)
        layout.addRow(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.party.text().strip() and self.scope.toPlainText().strip()))

    def consent(self) -> Consent:
        given: dt.date = self.given_on.date().toPython()  # type: ignore[assignment]
        return Consent(
            citizen_id=self._citizen_id,
            party=self.party.text().strip(),
            scope=self.scope.toPlainText().strip(),
            form=self.form.currentData(),
            given_on=given,
        )
