"""Team → Opret team …: the server's address and the team's name; on success the first invite
code, shown once (read-only, with "Kopiér"). A failure leaves the database out of any team and
says so in one sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caseapp.service import CaseService
from ui.sync.invite_code_box import InviteCodeBox
from ui.sync.team_dialog import TeamDialog

if TYPE_CHECKING:
    from caseapp.sync.membership import TeamCreated

INVITE_DAYS = 7  # what caseapp.sync.membership gives the first invite
SERVER_EXAMPLE = "host=pg.kommune.dk dbname=caseapp user=anne"


class CreateTeamDialog(TeamDialog):
    def __init__(self, service: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(service, self.tr("Opret team"), parent)
        self.setMinimumWidth(520)
        self.team_name = ""
        # the form
        intro = QLabel(self.tr(
            "Et team deler udvalgte borgere gennem en fælles server. Serverens adresse får du af "
            "den, der har sat serveren op; bagefter inviterer du dine kolleger."))
        intro.setWordWrap(True)
        self.server = QLineEdit()
        self.server.setPlaceholderText(SERVER_EXAMPLE)
        self.server.setAccessibleName(self.tr("Serveradresse"))
        self.server.setAccessibleDescription(self.tr("En PostgreSQL-forbindelsesstreng"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("fx Bostedet Lærkevej"))
        self.name.setAccessibleName(self.tr("Teamets navn"))
        form = QFormLayout()
        form.addRow(self.tr("&Serveradresse:"), self.server)
        form.addRow(self.tr("&Teamets navn:"), self.name)
        form_page = QWidget()
        column = QVBoxLayout(form_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(intro)
        column.addLayout(form)
        column.addStretch(1)
        # the result
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        self.done_text.setAccessibleName(self.tr("Teamet er oprettet"))
        self.invite = InviteCodeBox()
        done_page = QWidget()
        column = QVBoxLayout(done_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.done_text)
        column.addWidget(self.invite)
        column.addStretch(1)
        self.fields = (self.server, self.name)
        self.create_button = self.lay_out(
            form_page, done_page, self.tr("&Opret team"), self.tr("Opret team"))
        QWidget.setTabOrder(self.server, self.name)
        QWidget.setTabOrder(self.name, self.create_button)
        QWidget.setTabOrder(self.create_button, self.cancel_button)
        self.server.setFocus()

    def submit(self) -> None:
        if self.busy or self.showing_result:
            return
        server, name = self.server.text().strip(), self.name.text().strip()
        if not server:
            self.show_error_text(self.tr("Skriv serverens adresse."))
            self.server.setFocus()
            return
        if not name:
            self.show_error_text(self.tr("Skriv teamets navn."))
            self.name.setFocus()
            return
        self.team_name = name
        self.run(lambda s: s.team.create_team(server, name), self._created,
                 offline=self.tr("Serveren kan ikke nås lige nu; teamet er ikke oprettet, og "
                                 "databasen er ikke med i noget team."),
                 progress=self.tr("Opretter teamet på serveren …"))

    def _created(self, created: TeamCreated) -> None:
        code = created.invite_code
        self.done_text.setText(self.tr(
            "Teamet »{name}« er oprettet, og databasen er med i det. Giv koden herunder til den "
            "første kollega, som skal med; flere koder laver du under Team → Invitér.").format(
                name=self.team_name))
        self.invite.set_code(code, INVITE_DAYS)
        self.show_result()
        QWidget.setTabOrder(self.invite.code_view, self.invite.copy_button)
        QWidget.setTabOrder(self.invite.copy_button, self.close_button)
        self.invite.copy_button.setFocus()
        self.team_changed.emit()
