"""The Konflikter list: a thin table model over the core's Conflict dataclass (caseapp.sync)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from caseapp.sync import Conflict
from ui.common.formatting import fmt_datetime
from ui.common.table_model import ROW_ROLE

Index = QModelIndex | QPersistentModelIndex

CITIZEN, WHAT, KEPT, KEPT_BY, KEPT_AT, OTHER, OTHER_BY, OTHER_AT = range(8)

# What kind of record the field belongs to (the core's table names), in the user's words.
KINDS = {
    "citizens": QT_TRANSLATE_NOOP("ConflictModel", "Borger"),
    "network_contacts": QT_TRANSLATE_NOOP("ConflictModel", "Netværk"),
    "consents": QT_TRANSLATE_NOOP("ConflictModel", "Samtykke"),
    "goals": QT_TRANSLATE_NOOP("ConflictModel", "Mål"),
    "actions": QT_TRANSLATE_NOOP("ConflictModel", "Handling"),
    "ratings": QT_TRANSLATE_NOOP("ConflictModel", "Vurdering"),
    "appointments": QT_TRANSLATE_NOOP("ConflictModel", "Aftale"),
    "notes": QT_TRANSLATE_NOOP("ConflictModel", "Notat"),
    "status_descriptions": QT_TRANSLATE_NOOP("ConflictModel", "Statusbeskrivelse"),
}

_T = "ConflictModel"
# The fields people edit most, in the words of the forms; others show their column name.
FIELDS = {
    "name": QT_TRANSLATE_NOOP("ConflictModel", "Navn"),
    "cpr": QT_TRANSLATE_NOOP("ConflictModel", "CPR-nummer"),
    "case_type": QT_TRANSLATE_NOOP("ConflictModel", "Sagstype"),
    "legal_basis": QT_TRANSLATE_NOOP("ConflictModel", "Lovgrundlag"),
    "status": QT_TRANSLATE_NOOP("ConflictModel", "Status"),
    "phone": QT_TRANSLATE_NOOP("ConflictModel", "Telefon"),
    "responsible": QT_TRANSLATE_NOOP("ConflictModel", "Ansvarlig"),
    "own_words": QT_TRANSLATE_NOOP("ConflictModel", "Egne ord"),
    "where_now": QT_TRANSLATE_NOOP("ConflictModel", "Hvor er vi nu"),
    "next_step": QT_TRANSLATE_NOOP("ConflictModel", "Næste skridt"),
    "barriers": QT_TRANSLATE_NOOP("ConflictModel", "Barrierer"),
    "text": QT_TRANSLATE_NOOP("ConflictModel", "Tekst"),
    "what": QT_TRANSLATE_NOOP("ConflictModel", "Hvad"),
    "deadline": QT_TRANSLATE_NOOP("ConflictModel", "Frist"),
    "title": QT_TRANSLATE_NOOP("ConflictModel", "Titel"),
    "start": QT_TRANSLATE_NOOP("ConflictModel", "Start"),
    "end": QT_TRANSLATE_NOOP("ConflictModel", "Slut"),
    "overall": QT_TRANSLATE_NOOP("ConflictModel", "Samlet vurdering"),
    "next_steps": QT_TRANSLATE_NOOP("ConflictModel", "Næste skridt"),
}


def _label(table: dict[str, str], key: str) -> str:
    known = table.get(key)
    return QCoreApplication.translate(_T, known) if known else key


def value_text(value: object) -> str:
    """A field's value as the list shows it: empty values say so, long ones are cut."""
    if value is None or value == "":
        return QCoreApplication.translate("ConflictModel", "(tom)")
    text = str(value).replace("\n", " ")
    return text if len(text) <= 120 else text[:119] + "…"


class ConflictModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Conflict] = []
        self._headers = [
            self.tr("Borger"), self.tr("Felt"), self.tr("Gældende værdi"), self.tr("Skrevet af"), self.tr("Tidspunkt"),
            self.tr("Anden værdi"), self.tr("Skrevet af"), self.tr("Tidspunkt"),
        ]

    def set_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        self.beginResetModel()
        self._rows = list(conflicts)
        self.endResetModel()

    def conflict_at(self, row: int) -> Conflict:
        return self._rows[row]

    def conflicts(self) -> list[Conflict]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        conflict = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(conflict, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (KEPT, OTHER):
            value = conflict.kept_value if index.column() == KEPT else conflict.other_value
            return str(value)[:600] if value not in (None, "") else None
        if role == ROW_ROLE:
            return conflict
        return None

    def text(self, conflict: Conflict, column: int) -> str:
        if column == CITIZEN:
            return conflict.citizen_name or "–"
        if column == WHAT:
            return f"{_label(KINDS, conflict.kind)}: {_label(FIELDS, conflict.field)}"
        if column == KEPT:
            return value_text(conflict.kept_value)
        if column == KEPT_BY:
            return conflict.kept_by
        if column == KEPT_AT:
            return fmt_datetime(conflict.kept_at)
        if column == OTHER:
            return value_text(conflict.other_value)
        if column == OTHER_BY:
            return conflict.other_by
        if column == OTHER_AT:
            return fmt_datetime(conflict.other_at)
        return ""
