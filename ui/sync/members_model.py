"""Medlemmer: a thin table model over the core's MemberListing (caseapp.sync.membership): the
member's login, whether she founded the team (or was removed), and her machines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.common.table_model import Column, RecordTableModel

if TYPE_CHECKING:
    from caseapp.sync.membership import MemberListing

_T = "MembersModel"
HEADERS = (
    QT_TRANSLATE_NOOP("MembersModel", "Medlem"),
    QT_TRANSLATE_NOOP("MembersModel", "Rolle i teamet"),
    QT_TRANSLATE_NOOP("MembersModel", "Maskiner"),
)
# The marks the core puts after a device's short id, in the desktop's language.
DEVICE_MARKS = {
    " (ikke godkendt endnu)": QT_TRANSLATE_NOOP("MembersModel", "ikke godkendt endnu"),
    " (spærret)": QT_TRANSLATE_NOOP("MembersModel", "spærret"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_T, text)


def device_text(label: str) -> str:
    for mark, words in DEVICE_MARKS.items():
        if label.endswith(mark):
            return f"{label[: -len(mark)]} ({_t(words)})"
    return label


def standing(member: MemberListing) -> str:
    if member.removed:
        return QCoreApplication.translate("MembersModel", "Fjernet")
    if member.is_creator:
        return QCoreApplication.translate("MembersModel", "Opretter")
    return QCoreApplication.translate("MembersModel", "Medlem")


class MembersModel(RecordTableModel["MemberListing"]):
    def __init__(self, parent: Any = None) -> None:
        self.own_role = ""
        member, role, devices = (_t(h) for h in HEADERS)
        super().__init__([
            Column(member, self._who),
            Column(role, standing),
            Column(devices, lambda m: ", ".join(device_text(d) for d in m.devices)
                   or QCoreApplication.translate("MembersModel", "ingen maskiner")),
        ], parent)

    def _who(self, member: MemberListing) -> str:
        if member.role != self.own_role:
            return member.role
        return QCoreApplication.translate("MembersModel", "{role} (dig)").format(role=member.role)

    def set_members(self, members: Sequence[MemberListing], own_role: str) -> None:
        self.own_role = own_role
        self.set_rows(members)

    def member_at(self, row: int) -> MemberListing:
        return self.row_at(row)
