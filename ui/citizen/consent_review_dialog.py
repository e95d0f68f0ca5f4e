"""Reviewing the citizen's consents: for each, the network contact it is for and the topics it
covers, pre-filled from its free text. Until reviewed, a consent lets nothing be shared (minutes
of meetings go to the citizen alone)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import ConsentTopic
from caseapp.domain.models import Consent, NetworkContact
from ui.common.formatting import enum_label, fmt_date


class ConsentReviewDialog(QDialog):
    def __init__(self, consents: Sequence[Consent], contacts: Sequence[NetworkContact],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gennemgå samtykker"))
        self._consents = list(consents)
        self.contact_boxes: dict[int, QComboBox] = {}
        self.topic_checks: dict[int, dict[ConsentTopic, QCheckBox]] = {}
        intro = QLabel(self.tr("Vælg, hvem hvert samtykke gælder, og hvad det dækker. Forslagene er læst ud "
                               "af samtykkets tekst; et samtykke deler intet, før det er gennemgået."))
        intro.setWordWrap(True)
        body = QWidget()
        rows = QVBoxLayout(body)
        for consent in self._consents:
            rows.addWidget(self._consent_box(consent, contacts))
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Samtykker"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the choices inside take the keys
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Godkend"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 520)

    def _consent_box(self, consent: Consent, contacts: Sequence[NetworkContact]) -> QGroupBox:
        assert consent.id is not None
        state = (self.tr("gennemgået {date}").format(date=fmt_date(consent.reviewed_on)) if consent.reviewed_on
                 else self.tr("forslag, ikke gennemgået"))
        box = QGroupBox(f"{consent.party} ({state})")
        form = QFormLayout(box)
        scope = QLabel(consent.scope)
        scope.setWordWrap(True)
        form.addRow(self.tr("Ordlyd"), scope)
        contact_box = QComboBox()
        contact_box.setAccessibleName(self.tr("Gælder for {party}").format(party=consent.party))
        contact_box.addItem(self.tr("Ingen i netværket"), None)
        for contact in contacts:
            contact_box.addItem(f"{contact.name} ({contact.role})" if contact.role else contact.name, contact.id)
        contact_box.setCurrentIndex(max(contact_box.findData(consent.contact_id), 0))
        form.addRow(self.tr("Gælder"), contact_box)
        topics = QGridLayout()
        topics.setContentsMargins(0, 0, 0, 0)
        checks: dict[ConsentTopic, QCheckBox] = {}
        for number, topic in enumerate(ConsentTopic):
            check = QCheckBox(enum_label(topic))
            check.setChecked(topic in consent.topics)
            topics.addWidget(check, number // 2, number % 2)
            checks[topic] = check
        topics_widget = QWidget()
        topics_widget.setLayout(topics)
        form.addRow(self.tr("Dækker"), topics_widget)
        self.contact_boxes[consent.id] = contact_box
        self.topic_checks[consent.id] = checks
        return box

    def answers(self) -> list[tuple[int, int | None, tuple[ConsentTopic, ...]]]:
        """(consent id, contact id, topics) for every consent shown."""
        return [
            (consent_id, box.currentData(),
             tuple(t for t, check in self.topic_checks[consent_id].items() if check.isChecked()))
            for consent_id, box in self.contact_boxes.items()
        ]
