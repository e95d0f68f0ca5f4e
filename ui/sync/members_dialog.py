"""Team → Medlemmer …: who is in the team, who founded it, and their machines, read from the
server. The creator may remove a selected member, after a confirmation that says the team's key
is changed (what the member already has cannot be taken back)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.service import CaseService
from ui.sync.members_model import MembersModel
from ui.sync.team_dialog import TeamDialog

if TYPE_CHECKING:
    from caseapp.sync.membership import MemberListing


class MembersDialog(TeamDialog):
    def __init__(self, service: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(service, self.tr("Medlemmer"), parent)
        self.setMinimumSize(600, 320)
        # replaceable in tests: asks before a member is removed
        self.confirm_remove: Callable[[str], bool] = self._ask_remove
        self.is_creator = False
        self.last_change = ""  # what the last removal did, said above the list
        self.intro = QLabel(self.tr("Henter teamets medlemmer fra serveren …"))
        self.intro.setWordWrap(True)
        self.intro.setAccessibleName(self.tr("Om listen"))
        self.model = MembersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Teamets medlemmer"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.remove_button = QPushButton(self.tr("&Fjern medlem …"))
        self.remove_button.setAccessibleName(self.tr("Fjern det valgte medlem"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.close_button = QPushButton(self.tr("&Luk"))
        self.close_button.setAccessibleName(self.tr("Luk"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.table, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.close_button)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- reading the list ------------------------------------------------------------------

    def reload(self) -> None:
        self.run(lambda s: (s.team.team_members(), s.team.team_member_role()), self._show,
                 offline=self.tr("Serveren kan ikke nås lige nu; medlemslisten kan ikke hentes."))

    def _show(self, result: tuple[list[MemberListing], str]) -> None:
        members, own_role = result
        self.model.set_members(members, own_role)
        self.is_creator = any(m.role == own_role and m.is_creator for m in members)
        about = (self.tr("Du er teamets opretter: vælg et medlem for at fjerne det.")
                 if self.is_creator else self.tr("Kun teamets opretter kan fjerne medlemmer."))
        self.intro.setText(f"{self.last_change} {about}" if self.last_change else about)
        if members:
            self.table.selectRow(0)
        self.table.setFocus()
        self._update_buttons()

    def selected(self) -> MemberListing | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.member_at(rows[0].row()) if rows else None

    # -- removing --------------------------------------------------------------------------

    def remove_selected(self) -> None:
        member = self.selected()
        if member is None or not self._removable(member) or self.busy:
            return
        if not self.confirm_remove(member.role):
            return
        role = member.role
        self.run(lambda s: s.team.remove_team_member(role), lambda _none: self._removed(role),
                 offline=self.tr("Serveren kan ikke nås lige nu; ingen er fjernet fra teamet."),
                 progress=self.tr("Fjerner medlemmet og skifter teamets nøgle …"))

    def _removed(self, role: str) -> None:
        self.last_change = self.tr("{role} er fjernet, og teamets nøgle er skiftet.").format(
            role=role)
        self.reload()

    def _ask_remove(self, role: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Fjern medlem"), self.tr(
            "Fjern {role} fra teamet? Teamets nøgle skiftes, så {role} ikke kan læse det, der "
            "skrives herefter; det, der allerede er hentet, bliver på medlemmets maskine.").format(
                role=role), QMessageBox.StandardButton.NoButton, self)
        remove = box.addButton(self.tr("Fjern {role}").format(role=role),
                               QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Annuller"), QMessageBox.ButtonRole.RejectRole)
        remove.setAccessibleName(self.tr("Fjern medlemmet"))
        cancel.setAccessibleName(self.tr("Annuller"))
        box.setDefaultButton(remove)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is remove

    def _removable(self, member: MemberListing) -> bool:
        return self.is_creator and not member.removed and member.role != self.model.own_role

    def _update_buttons(self) -> None:
        member = self.selected()
        self.remove_button.setVisible(self.is_creator)
        self.remove_button.setEnabled(
            not self.busy and member is not None and self._removable(member))

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self._update_buttons()
