"""The citizen page's header: name, CPR (masked until clicked), case type, phone, responsible."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from caseapp.domain.cpr import format_cpr, mask_cpr
from caseapp.domain.models import Citizen
from ui.common.formatting import enum_label


class CitizenHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("citizenHeader")
        self._cpr: str | None = None
        self.name_label = QLabel()
        self.name_label.setObjectName("citizenName")
        self.cpr_button = QPushButton()
        self.cpr_button.setObjectName("cprButton")
        self.cpr_button.setFlat(True)
        self.cpr_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.cpr_button.clicked.connect(self._toggle_cpr)
        self.details = QLabel()
        self.details.setObjectName("citizenDetails")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QGridLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.name_label, 0, 0)
        layout.addWidget(self.cpr_button, 0, 1, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details, 1, 0, 1, 3)
        layout.setColumnStretch(2, 1)

    def show_citizen(self, citizen: Citizen) -> None:
        self.name_label.setText(citizen.name)
        self._cpr = citizen.cpr
        self._set_cpr_revealed(False)
        parts = [
            citizen.case_type or self.tr("Ingen sagstype"),
            enum_label(citizen.status),
            self.tr("Tlf. {phone}").format(phone=citizen.phone) if citizen.phone else "",
            self.tr("Ansvarlig: {who}").format(who=citizen.responsible) if citizen.responsible else "",
            self.tr("Barn") if citizen.is_child else "",
        ]
        self.details.setText("   ·   ".join(p for p in parts if p))

    def cpr_revealed(self) -> bool:
        return bool(self.cpr_button.property("revealed"))

    def _toggle_cpr(self) -> None:
        self._set_cpr_revealed(not self.cpr_revealed())

    def _set_cpr_revealed(self, revealed: bool) -> None:
        self.cpr_button.setProperty("revealed", revealed)
        self.cpr_button.setVisible(bool(self._cpr))
        if not self._cpr:
            return
        if revealed:
            self.cpr_button.setText(format_cpr(self._cpr))
            self.cpr_button.setToolTip(self.tr("Klik for at skjule CPR-nummeret"))
        else:
            self.cpr_button.setText(mask_cpr(self._cpr))
            self.cpr_button.setToolTip(self.tr("Klik for at vise hele CPR-nummeret"))
