"""Team → Forlad team …: the confirmation, and leaving. The user's own citizens stay; those
colleagues created go from this machine (with a receipt each), but one with a signed note
written here that is not yet filed (sync/team_leave.py); `outcome` says which, for the status
bar. The team's keys, the waiting changes and the shares go."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from caseapp.service import CaseService
from ui.sync.team_dialog import TeamDialog


class LeaveTeamDialog(TeamDialog):
    def __init__(self, service: CaseService, team_name: str, parent: QWidget | None = None) -> None:
        super().__init__(service, self.tr("Forlad team"), parent)
        self.setMinimumWidth(480)
        question = (self.tr("Vil du forlade teamet »{name}«?").format(name=team_name)
                    if team_name else self.tr("Vil du forlade teamet?"))
        self.question = QLabel(f"<b>{_escape(question)}</b>")
        self.question.setAccessibleName(question)
        self.text = QLabel(self.tr(
            "Databasen holder op med at sende og hente ændringer. Dine egne borgere bliver her. "
            "De borgere, kolleger har oprettet og delt med dig, slettes fra denne maskine (med en "
            "kvittering), undtagen en borger med underskrevne notater herfra, som ikke er ført i "
            "fagsystemet. Vil du med igen senere, skal du have en ny invitationskode."))
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Hvad der sker"))
        self.leave_button = QPushButton(self.tr("&Forlad teamet"))
        self.leave_button.setAccessibleName(self.tr("Forlad teamet"))
        self.leave_button.setDefault(True)
        self.leave_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Annuller"))
        self.cancel_button.setAccessibleName(self.tr("Annuller"))
        self.cancel_button.clicked.connect(self.reject)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.leave_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.leave_button, self.cancel_button)
        self.leave_button.setFocus()
        self.outcome = ""  # after leaving: what was deleted here and what stayed ("" for nothing)

    def submit(self) -> None:
        if self.busy:
            return
        self.run(lambda s: s.team.leave_team(), self._left,
                 offline=self.tr("Serveren kan ikke nås lige nu; databasen er stadig med i "
                                 "teamet, så prøv igen senere."))

    def _left(self, outcome: str) -> None:
        self.outcome = outcome
        self.team_changed.emit()
        self.accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
