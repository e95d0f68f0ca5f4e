"""Overdragelse: the handover summary as a page to read, and either handing the citizen to a
colleague in the team (who, and the PDF too) or, for the colleague it was handed to, taking the
citizen over."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caseapp.reports.handover_data import HandoverSummary
from caseapp.sync.handover import Handover
from ui.citizen.handover_html import handover_html
from ui.common.button_box import tab_in_visual_order
from ui.common.formatting import fmt_date

GIVE, RECEIVE, READ = "give", "receive", "read"


class HandoverDialog(QDialog):
    def __init__(self, summary: HandoverSummary, state: Handover, members: list[str], me: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Overdragelse af {name}").format(name=summary.name))
        self.resize(720, 760)
        self.mode = RECEIVE if state.pending and state.to_role == me else (
            GIVE if members and not state.pending else READ)
        self.page = QTextBrowser()
        self.page.setAccessibleName(self.tr("Overdragelsen"))
        self.page.setHtml(handover_html(summary))
        self.situation = QLabel(self._situation(state, members))
        self.situation.setWordWrap(True)
        self.situation.setObjectName("hint")
        self.member = QComboBox()
        self.member.addItems(members)
        self.member.setAccessibleName(self.tr("Kollega, borgeren overdrages til"))
        self.with_pdf = QCheckBox(self.tr("Gem også overdragelsen som &PDF"))
        self.with_pdf.setChecked(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.situation)
        layout.addWidget(self.page, 1)
        if self.mode == GIVE:
            form = QFormLayout()
            form.addRow(self.tr("&Overdrag til:"), self.member)
            form.addRow("", self.with_pdf)
            layout.addLayout(form)
            self._action_button(self.tr("&Overdrag"))
        elif self.mode == RECEIVE:
            self._action_button(self.tr("&Modtag borgeren"))
        layout.addWidget(self.buttons)
        tab_in_visual_order(self.buttons)

    def _action_button(self, text: str) -> None:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setDefault(True)
        self.buttons.accepted.connect(self.accept)

    def _situation(self, state: Handover, members: list[str]) -> str:
        if state.pending:
            return self.tr("{by} har overdraget borgeren til {to} den {date}; {to} bliver ansvarlig, "
                           "når overdragelsen er modtaget.").format(
                by=state.from_role, to=state.to_role, date=fmt_date(state.on))
        if not members:
            return self.tr("Der er ingen kollegaer i teamet at overdrage til endnu (synkronisér, når en "
                           "kollega er kommet med).")
        return self.tr("Læs overdragelsen igennem, og vælg kollegaen, der overtager borgeren. Borgeren "
                       "skal ikke fortælle sin historie igen.")

    def chosen_member(self) -> str:
        return self.member.currentText()

    def wants_pdf(self) -> bool:
        return self.with_pdf.isChecked()
