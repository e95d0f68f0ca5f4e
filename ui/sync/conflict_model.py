"""The Konflikter list: a thin table model over the core's Conflict dataclass (caseapp.sync)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from caseapp.sync.team_state import Conflict
from ui.common.formatting import fmt_datetime
from ui.common.table_model import Column, Index, RecordTableModel

KEPT, OTHER = 2, 5  # the two value columns, whose tooltip shows the whole value

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


def _full_value(value: object) -> str | None:
    return str(value)[:600] if value not in (None, "") else None


HEADERS = (
    QT_TRANSLATE_NOOP("ConflictModel", "Borger"),
    QT_TRANSLATE_NOOP("ConflictModel", "Felt"),
    QT_TRANSLATE_NOOP("ConflictModel", "Gældende værdi"),
    QT_TRANSLATE_NOOP("ConflictModel", "Skrevet af"),
    QT_TRANSLATE_NOOP("ConflictModel", "Tidspunkt"),
    QT_TRANSLATE_NOOP("ConflictModel", "Anden værdi"),
)


def _columns() -> list[Column[Conflict]]:
    citizen, field, kept, by, at, other = (QCoreApplication.translate(_T, h) for h in HEADERS)
    return [
        Column(citizen, lambda c: c.citizen_name or "–"),
        Column(field, lambda c: f"{_label(KINDS, c.kind)}: {_label(FIELDS, c.field)}"),
        Column(kept, lambda c: value_text(c.kept_value)),
        Column(by, lambda c: c.kept_by),
        Column(at, lambda c: fmt_datetime(c.kept_at), lambda c: c.kept_at),
        Column(other, lambda c: value_text(c.other_value)),
        Column(by, lambda c: c.other_by),
        Column(at, lambda c: fmt_datetime(c.other_at), lambda c: c.other_at),
    ]


class ConflictModel(RecordTableModel[Conflict]):
    """Both values of each conflict, who wrote them and when (the table model base does the
    rest); a value column's tooltip shows the whole value, not the cut one."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_columns(), parent)

    def set_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        self.set_rows(conflicts)

    def conflict_at(self, row: int) -> Conflict:
        return self.row_at(row)

    def conflicts(self) -> list[Conflict]:
        return self.rows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and index.isValid()
                and index.column() in (KEPT, OTHER) and 0 <= index.row() < len(self._rows)):
            conflict = self._rows[index.row()]
            return _full_value(conflict.kept_value if index.column() == KEPT
                               else conflict.other_value)
        return super().data(index, role)
