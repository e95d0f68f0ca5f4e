"""Add a person to the citizen's network."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from caseapp.domain.models import NetworkContact


class ContactDialog(QDialog):
    def __init__(self, citizen_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tilføj person i netværket"))
        self._citizen_id = citizen_id
        self.name = QLineEdit()
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("fx mor, mentor, læge"))
        self.organisation = QLineEdit()
        self.phone = QLineEdit()
        self.verified = QCheckBox(self.tr("Nummeret er bekræftet"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update_ok)
        form = QFormLayout(self)
        form.addRow(self.tr("Navn"), self.name)
        form.addRow(self.tr("Rolle"), self.role)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Telefon"), self.phone)
        form.addRow("", self.verified)
        form.addRow(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def contact(self) -> NetworkContact:
        return NetworkContact(
            citizen_id=self._citizen_id,
            name=self.name.text().strip(),
            role=self.role.text().strip(),
            organisation=self.organisation.text().strip(),
            phone=self.phone.text().strip(),
            phone_verified=self.verified.isChecked(),
        )
