"""A new meeting with several people: the kind (its agenda template), when and where, who comes
from the citizen's network and the team, and who is tovholder. The citizen is always there.
In a team the colleagues are ticked off the team's members (others can still be typed);
outside a team they are typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from caseapp.domain.enums import MeetingKind, ParticipantKind
from caseapp.domain.meetings import Meeting, Participant
from caseapp.domain.models import NetworkContact
from ui.common.formatting import enum_label
from ui.common.text_size import scaled
from ui.followup.saving_dialog import SavingDialog, date_edit, day_of

_CITIZEN = "citizen"


class MeetingDialog(SavingDialog):
    def __init__(self, citizen_id: int, citizen_name: str, today: dt.date, me: str,
                 contacts: Sequence[NetworkContact], parent: QWidget | None = None,
                 team: Sequence[str] = ()) -> None:
        super().__init__(self.tr("Nyt møde"), parent)
        self._citizen_id = citizen_id
        self._citizen_name = citizen_name
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Slags møde"))
        for kind in MeetingKind:
            self.kind_box.addItem(enum_label(kind), kind)
        self.day_edit = date_edit(today + dt.timedelta(days=7), self.tr("Dato"))
        self.time_edit = QTimeEdit(QTime(10, 0))
        self.time_edit.setDisplayFormat("HH.mm")
        self.time_edit.setAccessibleName(self.tr("Klokken"))
        self.length_box = QSpinBox()
        self.length_box.setRange(15, 480)
        self.length_box.setSingleStep(15)
        self.length_box.setValue(60)
        self.length_box.setSuffix(self.tr(" min."))
        self.length_box.setAccessibleName(self.tr("Varighed i minutter"))
        self.place_edit = QLineEdit()
        self.place_edit.setAccessibleName(self.tr("Sted"))
        self.place_edit.setPlaceholderText(self.tr("fx Mødelokale 2, hjemme hos borgeren"))
        self.network_list = QListWidget()
        self.network_list.setAccessibleName(self.tr("Deltagere fra netværket"))
        for contact in contacts:
            item = QListWidgetItem(f"{contact.name} ({contact.role})" if contact.role else contact.name)
            item.setData(Qt.ItemDataRole.UserRole, contact)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.network_list.addItem(item)
        self.network_list.setMaximumHeight(scaled(self.network_list, 110))
        self.team_list = self._team_list(team, me)
        self.colleagues_edit = QLineEdit("" if team else me)
        self.colleagues_edit.setAccessibleName(
            self.tr("Andre kolleger, adskilt med komma") if team else self.tr("Kolleger, adskilt med komma"))
        self.coordinator_box = QComboBox()
        self.coordinator_box.setAccessibleName(self.tr("Tovholder"))
        self.network_list.itemChanged.connect(lambda _item: self._fill_coordinators())
        self.colleagues_edit.textChanged.connect(lambda _text: self._fill_coordinators())
        self.team_list.itemChanged.connect(lambda _item: self._fill_coordinators())
        self.form.addRow(self.tr("&Slags"), self.kind_box)
        self.form.addRow(self.tr("&Dato"), self.day_edit)
        self.form.addRow(self.tr("&Klokken"), self.time_edit)
        self.form.addRow(self.tr("&Varighed"), self.length_box)
        self.form.addRow(self.tr("S&ted"), self.place_edit)
        self.form.addRow(self.tr("&Netværk"), self.network_list)
        if team:
            self.form.addRow(self.tr("K&olleger"), self.team_list)
            self.form.addRow(self.tr("&Andre"), self.colleagues_edit)
        else:
            self.form.addRow(self.tr("K&olleger"), self.colleagues_edit)
        self.form.addRow(self.tr("&Tovholder"), self.coordinator_box)
        self.finish_form()
        self._fill_coordinators()

    def _team_list(self, team: Sequence[str], me: str) -> QListWidget:
        """The team's members to tick; the user is ticked to begin with."""
        members = QListWidget()  # outside a team never laid out, so never shown nor ticked
        members.setAccessibleName(self.tr("Kolleger fra teamet"))
        for name in team:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name.casefold() == me.casefold() else Qt.CheckState.Unchecked)
            members.addItem(item)
        members.setMaximumHeight(scaled(members, 110))
        return members

    def _chosen_contacts(self) -> list[NetworkContact]:
        items = (self.network_list.item(i) for i in range(self.network_list.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _colleagues(self) -> list[str]:
        """The ticked members, then those typed, each once."""
        items = (self.team_list.item(i) for i in range(self.team_list.count()))
        names = [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]
        names += [name.strip() for name in self.colleagues_edit.text().split(",") if name.strip()]
        seen: set[str] = set()
        return [n for n in names if not (n.casefold() in seen or seen.add(n.casefold()))]

    def _fill_coordinators(self) -> None:
        """The tovholder is one of those at the table; the choice is kept while it still is."""
        kept = self.coordinator_box.currentData()
        self.coordinator_box.clear()
        for name in self._colleagues():
            self.coordinator_box.addItem(name, ("colleague", name))
        for contact in self._chosen_contacts():
            self.coordinator_box.addItem(contact.name, ("network", contact.id))
        self.coordinator_box.addItem(self._citizen_name, (_CITIZEN, None))
        found = self.coordinator_box.findData(kept)
        self.coordinator_box.setCurrentIndex(max(found, 0))

    def meeting(self) -> Meeting:
        lead = self.coordinator_box.currentData()
        start = dt.datetime.combine(day_of(self.day_edit), self.time_edit.time().toPython())
        people = [Participant(ParticipantKind.CITIZEN, coordinator=lead == (_CITIZEN, None))]
        people += [Participant(ParticipantKind.NETWORK, contact_id=c.id, coordinator=lead == ("network", c.id))
                   for c in self._chosen_contacts()]
        people += [Participant(ParticipantKind.COLLEAGUE, name=name, coordinator=lead == ("colleague", name))
                   for name in self._colleagues()]
        return Meeting(citizen_id=self._citizen_id, kind=self.kind_box.currentData(), starts_at=start,
                       ends_at=start + dt.timedelta(minutes=self.length_box.value()),
                       place=self.place_edit.text(), participants=tuple(people))
