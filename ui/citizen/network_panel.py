"""The citizen's network and consents, each a small table with an Add button."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from caseapp.domain.models import Consent, NetworkContact
from ui.citizen.record_models import consents_model, contacts_model
from ui.common.views import fit_columns, make_table


class NetworkPanel(QWidget):
    contact_add_requested = Signal()
    consent_add_requested = Signal()
    consent_review_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contacts = contacts_model(self)
        self.consents = consents_model(self)
        self.contacts_table = make_table(self.contacts)
        self.consents_table = make_table(self.consents)
        self.add_contact_button = QPushButton(self.tr("Tilføj person …"))
        self.add_contact_button.clicked.connect(self.contact_add_requested.emit)
        self.add_consent_button = QPushButton(self.tr("Tilføj samtykke …"))
        self.add_consent_button.clicked.connect(self.consent_add_requested.emit)
        self.review_consents_button = QPushButton(self.tr("&Gennemgå …"))
        self.review_consents_button.setAccessibleName(self.tr("Gennemgå samtykker"))
        self.review_consents_button.clicked.connect(self.consent_review_requested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            self._group(self.tr("Netværk"), self.contacts_table, self.add_contact_button), 1
        )
        layout.addWidget(self._group(self.tr("Samtykker"), self.consents_table,
                                     self.review_consents_button, self.add_consent_button), 1)

    def _group(self, title: str, table: QWidget, *buttons: QPushButton) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
        return box

    def show_network(self, contacts: Sequence[NetworkContact], consents: Sequence[Consent]) -> None:
        self.contacts.set_rows(contacts)
        self.consents.set_rows(consents)
        self.review_consents_button.setEnabled(bool(consents) and self.add_consent_button.isEnabled())
        for table in (self.contacts_table, self.consents_table):
            fit_columns(table, widest=110)

    def set_read_only(self, read_only: bool) -> None:
        """A closed case: the lists stay, nothing can be added."""
        for button in (self.add_contact_button, self.add_consent_button, self.review_consents_button):
            button.setEnabled(not read_only)
