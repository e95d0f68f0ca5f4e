"""Team → Invitér …: a new one-device invite code (any member may make one), optionally kept to
one colleague's login; shown once, with "Kopiér"."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caseapp.service import CaseService
from ui.sync.create_team_dialog import INVITE_DAYS
from ui.sync.invite_code_box import InviteCodeBox
from ui.sync.team_dialog import TeamDialog


class InviteDialog(TeamDialog):
    def __init__(self, service: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(service, self.tr("Invitér"), parent)
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(
            "Lav en invitationskode til en ny kollega eller til en ny maskine. Hver kode lukker "
            "én maskine ind i teamet."))
        intro.setWordWrap(True)
        self.for_role = QLineEdit()
        self.for_role.setPlaceholderText(self.tr("valgfrit: kollegaens brugernavn på serveren"))
        self.for_role.setAccessibleName(self.tr("Kun til brugeren"))
        self.for_role.setAccessibleDescription(self.tr(
            "Tom: koden kan bruges af enhver bruger på serveren"))
        form = QFormLayout()
        form.addRow(self.tr("Kun til &brugeren:"), self.for_role)
        form_page = QWidget()
        column = QVBoxLayout(form_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(intro)
        column.addLayout(form)
        column.addStretch(1)
        self.invite = InviteCodeBox()
        self.fields = (self.for_role,)
        self.make_button = self.lay_out(
            form_page, self.invite, self.tr("&Lav kode"), self.tr("Lav invitationskode"))
        QWidget.setTabOrder(self.for_role, self.make_button)
        QWidget.setTabOrder(self.make_button, self.cancel_button)
        self.for_role.setFocus()

    def submit(self) -> None:
        if self.busy or self.showing_result:
            return
        role = self.for_role.text().strip() or None
        self.run(lambda s: s.team.create_invite(role, INVITE_DAYS), self._made,
                 offline=self.tr("Serveren kan ikke nås lige nu; der er ikke lavet nogen kode."))

    def _made(self, code: str) -> None:
        self.invite.set_code(code, INVITE_DAYS)
        self.show_result()
        QWidget.setTabOrder(self.invite.code_view, self.invite.copy_button)
        QWidget.setTabOrder(self.invite.copy_button, self.close_button)
        self.invite.copy_button.setFocus()
