"""Overblik: the editable citizen form, the network and consents, and Save / Undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.models import Citizen, Consent, NetworkContact
from caseapp.service import CaseService
from ui.citizen.citizen_form import CitizenForm
from ui.citizen.consent_dialog import ConsentDialog
from ui.citizen.consent_review_dialog import ConsentReviewDialog
from ui.citizen.contact_dialog import ContactDialog
from ui.citizen.network_panel import NetworkPanel
from ui.common import messages
from ui.common.worker import QueryOp


class OverviewTab(QWidget):
    citizen_saved = Signal(int)
    network_changed = Signal(int)

    def __init__(self, service: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._citizen_id: int | None = None
        self.contact_dialog = ContactDialog  # replaceable in tests
        self.consent_dialog = ConsentDialog
        self.run_review: Callable[[ConsentReviewDialog], bool] = lambda dialog: bool(dialog.exec())
        self.today: Callable[[], dt.date] = dt.date.today  # the shell hands in its clock
        self.form = CitizenForm()
        self.network = NetworkPanel()
        self.save_button = QPushButton(self.tr("Gem"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setShortcut("Ctrl+S")
        self.revert_button = QPushButton(self.tr("Fortryd ændringer"))
        self.state_label = QLabel()
        self.state_label.setObjectName("hint")
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.form.edited.connect(self._update_buttons)
        self.form.valid_changed.connect(self._update_buttons)
        self.network.contact_add_requested.connect(self.add_contact)
        self.network.consent_add_requested.connect(self.add_consent)
        self.network.consent_review_requested.connect(self.review_consents)
        self._lay_out()
        self._update_buttons()

    def _lay_out(self) -> None:
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 6, 0)
        self.form.set_side_panel(self.network)
        inner.addWidget(self.form, 1)
        self._scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the form's fields take the keys
        scroll.setWidget(body)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """One column where two would run past the page's right edge (large text)."""
        room = self._scroll.viewport().width() - self._scroll.widget().layout().contentsMargins().right()
        self.form.set_columns(2 if room >= self.form.two_column_width() else 1)

    def show_citizen(
        self, citizen: Citizen, contacts: Sequence[NetworkContact], consents: Sequence[Consent]
    ) -> None:
        self._citizen_id = citizen.id
        self.form.set_citizen(citizen)
        self.network.show_network(contacts, consents)
        self.state_label.clear()
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        """A closed case is read-only until it is reopened (the core refuses any change)."""
        self.form.set_read_only(read_only)
        self.network.set_read_only(read_only)
        self.state_label.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        if self.form.is_read_only():
            self.save_button.setEnabled(False)
            self.revert_button.setEnabled(False)
            self.state_label.setText(self.tr(
                "Sagen er afsluttet og kan kun læses. Vælg Genåbn øverst for at ændre i den."))
            return
        modified = self.form.is_modified()
        self.save_button.setEnabled(self.form.is_valid() and modified)
        self.revert_button.setEnabled(modified or not self.form.is_valid())
        if modified:
            self.state_label.setText(self.tr("Ikke gemte ændringer"))
        elif not self.form.is_valid():
            self.state_label.setText(self.tr("Ret de markerede felter for at kunne gemme"))

    def has_unsaved_changes(self) -> bool:
        return self.form.is_modified() or not self.form.is_valid()

    def revert(self) -> None:
        if self._citizen_id is not None:
            self.form.set_citizen(self._service.citizens.citizen(self._citizen_id))
            self.state_label.clear()
            self._update_buttons()

    def save(self) -> None:
        if not (self.form.is_valid() and self.form.is_modified()):
            return
        edited, base = self.form.citizen(), self.form.base()
        self.save_button.setEnabled(False)
        QueryOp(self, self._service, lambda s: s.citizens.update_citizen(edited, base),
                success=lambda kept: self._saved(edited, kept)).failure(self._save_failed).run_in_background()

    def _saved(self, edited: Citizen, kept: list[str]) -> None:
        assert edited.id is not None
        self.form.set_citizen(self._service.citizens.citizen(edited.id))
        if kept:
            self.state_label.setText(self.tr(
                "Gemt. %n felt(er) var ændret af en kollega imens; begge værdier ligger under "
                "Team → Konflikter.", "", len(kept)))
        else:
            self.state_label.setText(self.tr("Gemt"))
        self._update_buttons()
        self.citizen_saved.emit(edited.id)

    def show_latest(self, latest: Citizen) -> None:
        """The stored citizen changed while this tab is open: show it without touching what
        the user is typing (see CitizenForm.merge_underneath)."""
        if latest.id != self._citizen_id or latest == self.form.base():
            return  # another record, or this one unchanged: leave the cursor where it is
        if not self.has_unsaved_changes():
            self.form.set_citizen(latest)
            return
        if self.form.merge_underneath(latest):
            self.state_label.setText(self.tr(
                "Ikke gemte ændringer · en kollega har ændret et felt, du er ved at rette"))

    def _save_failed(self, exc: BaseException) -> None:
        self._update_buttons()
        messages.show_error(self, exc)

    def add_contact(self) -> None:
        if self._citizen_id is None:
            return
        dialog = self.contact_dialog(self._citizen_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            contact = dialog.contact()
            self._store(lambda s: s.citizens.add_contact(contact))

    def add_consent(self) -> None:
        if self._citizen_id is None:
            return
        dialog = self.consent_dialog(self._citizen_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            consent = dialog.consent()
            self._store(lambda s: s.citizens.add_consent(consent))

    def review_consents(self) -> None:
        """The user says whom each consent is for and what it covers, starting from the
        proposal read out of its text."""
        citizen_id = self._citizen_id
        if citizen_id is None:
            return
        dialog = ConsentReviewDialog(self._service.consent_scopes.with_proposals(citizen_id),
                                     self._service.citizens.contacts(citizen_id), self)
        if not self.run_review(dialog):
            return
        answers, on = dialog.answers(), self.today()

        def review_all(s: CaseService) -> None:
            for consent_id, contact_id, topics in answers:
                s.consent_scopes.review(consent_id, contact_id, topics, on)

        self._store(review_all)

    def _store(self, op: Callable[[CaseService], object]) -> None:
        citizen_id = self._citizen_id
        QueryOp(
            self, self._service, op, success=lambda _: self._network_stored(citizen_id)
        ).run_in_background()

    def _network_stored(self, citizen_id: int | None) -> None:
        if citizen_id is None or citizen_id != self._citizen_id:
            return
        self.network.show_network(
            self._service.citizens.contacts(citizen_id), self._service.citizens.consents(citizen_id)
        )
        self.network_changed.emit(citizen_id)
