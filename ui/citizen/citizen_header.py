"""The citizen page's header: name, CPR (masked until clicked), case type, phone, responsible;
in a team also the "Del med teamet" switch and the "Delt med teamet" badge of a shared citizen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from caseapp.domain.cpr import format_cpr, mask_cpr
from caseapp.domain.models import CaseClosing, Citizen
from caseapp.sync.handover import Handover
from ui.common.formatting import enum_label, fmt_date


class CitizenHeader(QFrame):
    share_requested = Signal()
    access_log_requested = Signal()
    insight_requested = Signal()
    close_requested = Signal()
    reopen_requested = Signal()
    purge_requested = Signal()
    handover_requested = Signal()
    accept_handover_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("citizenHeader")
        self._cpr: str | None = None
        self._make_identity()
        self._make_actions()
        self._lay_out()
        self.show_sharing(in_team=False, shared=False)
        self.show_handover(None, "")

    def _make_identity(self) -> None:
        """Name, CPR, the details line and the team's badge and switch."""
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
        self.details.setWordWrap(True)  # with enlarged text it wraps rather than push the buttons off
        self.shared_badge = QLabel(self.tr("Delt med teamet"))
        self.shared_badge.setAccessibleName(self.tr("Borgeren er delt med teamet"))
        self.shared_badge.setObjectName("sharedBadge")
        self.shared_badge.setToolTip(self.tr("Borgeren deles med teamet"))
        self.share_switch = QCheckBox(self.tr("Del med teamet"))
        self.share_switch.setObjectName("shareSwitch")
        self.share_switch.toggled.connect(self._switch_toggled)

    def _make_actions(self) -> None:
        """The buttons for the access log, insight, handover and the case's closing."""
        self.access_button = self._flat(
            self.tr("Hvem har set …"), self.tr("Hvem har set borgeren"), self.access_log_requested,
            self.tr("Adgangsloggen: hvem har vist, søgt, udskrevet eller kopieret borgerens "
                    "oplysninger, og hvornår"))
        self.insight_button = self._flat(
            self.tr("Indsigt …"), self.tr("Indsigt: alt om borgeren som PDF"), self.insight_requested,
            self.tr("Alt, hvad caseapp gemmer om borgeren, som PDF og maskinlæsbar JSON – til en "
                    "anmodning om indsigt"))
        self.handover_button = self._flat(
            self.tr("Overdrag …"), self.tr("Overdrag borgeren til en kollega"), self.handover_requested,
            self.tr("Overdragelsen: borgerens egne ord, målene og hvordan det gik, netværket og de "
                    "åbne frister – til kollegaen, der overtager borgeren"))
        self.handover_state = QLabel()
        self.handover_state.setObjectName("hint")
        self.accept_button = self._flat(self.tr("Modtag borgeren"), self.tr("Modtag overdragelsen af borgeren"),
                                        self.accept_handover_requested)
        self.case_state = QLabel()
        self.case_state.setObjectName("hint")
        self.close_button = self._flat(self.tr("Afslut sag …"), self.tr("Afslut borgerens sag"),
                                       self.close_requested)
        self.reopen_button = self._flat(self.tr("Genåbn"), self.tr("Genåbn borgerens sag"),
                                        self.reopen_requested)
        self.purge_button = self._flat(self.tr("Slet nu …"), self.tr("Slet borgeren for altid"),
                                       self.purge_requested)

    def _lay_out(self) -> None:
        layout = QGridLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.name_label, 0, 0)
        layout.addWidget(self.cpr_button, 0, 1, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.shared_badge, 0, 2, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.share_switch, 0, 4, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.details, 1, 0, 1, 4)
        actions = QHBoxLayout()
        for button in (self.access_button, self.insight_button, self.handover_button, self.close_button):
            actions.addWidget(button)
        layout.addLayout(actions, 1, 4, Qt.AlignmentFlag.AlignRight)
        case_row = QHBoxLayout()  # only while the case is closed
        case_row.addWidget(self.case_state)
        case_row.addStretch(1)
        for button in (self.reopen_button, self.purge_button):
            case_row.addWidget(button)
        layout.addLayout(case_row, 2, 0, 1, 5)
        handover_row = QHBoxLayout()  # only while a handover waits to be accepted
        handover_row.addWidget(self.handover_state)
        handover_row.addStretch(1)
        handover_row.addWidget(self.accept_button)
        layout.addLayout(handover_row, 3, 0, 1, 5)
        layout.setColumnStretch(3, 1)

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

    def _flat(self, text: str, name: str, signal: SignalInstance, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setFlat(True)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.clicked.connect(signal)
        return button

    def show_closing(self, closing: CaseClosing | None) -> None:
        """An open case offers "Afslut sag …"; a closed one says when it closed and will be
        deleted, and offers "Genåbn" and "Slet nu …"."""
        closed = closing is not None
        self.close_button.setVisible(not closed)
        self.reopen_button.setVisible(closed)
        self.purge_button.setVisible(closed)
        self.case_state.setVisible(closed)
        if closing is not None:
            self.case_state.setText(self.tr("Sagen er afsluttet {closed} ({reason}) og kan kun læses, "
                                            "til den genåbnes · borgeren slettes {deletion}")
                                    .format(closed=fmt_date(closing.closed_on), reason=closing.reason,
                                            deletion=fmt_date(closing.deletion_date)))

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

    # -- team sharing ------------------------------------------------------------------------

    def show_sharing(self, in_team: bool, shared: bool) -> None:
        """The switch only in a team; once shared it stays on (sharing cannot be undone)."""
        self.share_switch.blockSignals(True)
        self.share_switch.setChecked(shared)
        self.share_switch.blockSignals(False)
        self.share_switch.setVisible(in_team)
        self.share_switch.setEnabled(not shared)
        self.share_switch.setToolTip(
            self.tr("Borgeren deles med teamet; delingen kan ikke trækkes tilbage.") if shared
            else self.tr("Del borgerens oplysninger, mål og underskrevne notater med teamet"))
        self.shared_badge.setVisible(shared)

    def show_handover(self, state: Handover | None, me: str) -> None:
        """"Overdrag …" for a shared citizen; while a handover waits, who it goes to, and for
        the receiver "Modtag borgeren"."""
        self.handover_button.setVisible(state is not None and self.is_shared())
        pending = state is not None and state.pending
        self.handover_state.setVisible(pending)
        self.accept_button.setVisible(pending and state is not None and state.to_role == me)
        if state is not None and pending:
            self.handover_state.setText(self.tr("Overdraget til {to} af {by} den {date} – venter på at blive "
                                                "modtaget").format(to=state.to_role, by=state.from_role,
                                                                   date=fmt_date(state.on)))

    def is_shared(self) -> bool:
        return self.shared_badge.isVisibleTo(self)

    def _switch_toggled(self, on: bool) -> None:
        if on:
            self.share_switch.setEnabled(False)  # until the page says it is done
            self.share_requested.emit()
