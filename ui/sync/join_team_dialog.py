"""Team → Deltag i team …: the server's address and the invite code a colleague gave; after
joining, what happens next (the team's data arrives once the inviting colleague has synced)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caseapp.service import CaseService
from ui.sync.create_team_dialog import SERVER_EXAMPLE
from ui.sync.team_dialog import TeamDialog


class JoinTeamDialog(TeamDialog):
    def __init__(self, service: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(service, self.tr("Deltag i team"), parent)
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(
            "Skriv serverens adresse, og indsæt den invitationskode, en kollega i teamet har lavet "
            "til dig. En kode gælder for én maskine."))
        intro.setWordWrap(True)
        self.server = QLineEdit()
        self.server.setPlaceholderText(SERVER_EXAMPLE)
        self.server.setAccessibleName(self.tr("Serveradresse"))
        self.server.setAccessibleDescription(self.tr("En PostgreSQL-forbindelsesstreng"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Indsæt koden her"))
        self.code.setAccessibleName(self.tr("Invitationskode"))
        form = QFormLayout()
        form.addRow(self.tr("&Serveradresse:"), self.server)
        form.addRow(self.tr("&Invitationskode:"), self.code)
        form_page = QWidget()
        column = QVBoxLayout(form_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(intro)
        column.addLayout(form)
        column.addStretch(1)
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        self.done_text.setAccessibleName(self.tr("Du er med i teamet"))
        done_page = QWidget()
        column = QVBoxLayout(done_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.done_text)
        column.addStretch(1)
        self.fields = (self.server, self.code)
        self.join_button = self.lay_out(
            form_page, done_page, self.tr("&Deltag"), self.tr("Deltag i teamet"))
        QWidget.setTabOrder(self.server, self.code)
        QWidget.setTabOrder(self.code, self.join_button)
        QWidget.setTabOrder(self.join_button, self.cancel_button)
        self.server.setFocus()

    def submit(self) -> None:
        if self.busy or self.showing_result:
            return
        server, code = self.server.text().strip(), self.code.text().strip()
        if not server:
            self.show_error_text(self.tr("Skriv serverens adresse."))
            self.server.setFocus()
            return
        if not code:
            self.show_error_text(self.tr("Indsæt invitationskoden."))
            self.code.setFocus()
            return
        self.run(lambda s: s.team.join_team(server, code), self._joined,
                 offline=self.tr("Serveren kan ikke nås lige nu; databasen er ikke kommet med i "
                                 "teamet, så prøv igen senere."),
                 progress=self.tr("Melder databasen ind i teamet …"))

    def _joined(self, role: str) -> None:
        self.code.clear()  # the code is used up; it should not linger on screen
        self.done_text.setText(self.tr(
            "Databasen er nu med i teamet (som {role}). Teamets data kommer, når den kollega, der "
            "inviterede dig, har synkroniseret; derefter henter caseapp dem selv ved næste "
            "synkronisering (eller med Ctrl+Shift+S).").format(role=role))
        self.show_result()
        self.close_button.setFocus()
        self.team_changed.emit()
