"""The caseload table: one row per CitizenSummary."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from caseapp.domain.cpr import mask_cpr
from caseapp.domain.models import CitizenSummary
from ui.common.formatting import enum_label, fmt_date
from ui.common.table_model import Column, RecordTableModel

NO_DATE_LAST = dt.date.max  # never-contacted citizens sort with the most overdue first


def is_contact_overdue(row: CitizenSummary, today: dt.date) -> bool:
    return row.next_contact_due is not None and row.next_contact_due < today


def is_status_overdue(row: CitizenSummary, today: dt.date) -> bool:
    return row.next_status_due is not None and row.next_status_due < today


def where_and_next(row: CitizenSummary) -> str:
    parts = [p.strip() for p in (row.where_now, row.next_step) if p.strip()]
    return " → ".join(parts)


@functools.cache
def shared_mark() -> QIcon:
    """A small filled circle in the accent colour: "shared with the team"."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#2f5d7c"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: bare tr() and _tr() have context ""


def _status_text(row: CitizenSummary) -> str:
    """A closed case says when it is to be deleted (the "Afsluttede" filter lists them)."""
    if row.deletion_date is None:
        return enum_label(row.status)
    return _tr("{status}, slettes {date}").format(status=enum_label(row.status), date=fmt_date(row.deletion_date))


def caseload_columns(today: Callable[[], dt.date]) -> list[Column[CitizenSummary]]:
    return [
        Column(_tr("Navn"), lambda r: r.name),
        Column(_tr("CPR"), lambda r: mask_cpr(r.cpr), sort_key=lambda r: r.cpr or ""),
        Column(_tr("Sagstype"), lambda r: r.case_type),
        Column(_tr("Status"), _status_text),
        Column(_tr("Sidste\nkontakt"), lambda r: fmt_date(r.last_contact),
               sort_key=lambda r: r.last_contact or dt.date.min),
        Column(_tr("Næste\nkontakt"), lambda r: fmt_date(r.next_contact_due) or _tr("ikke sat"),
               sort_key=lambda r: r.next_contact_due or dt.date.min,
               alert=lambda r: is_contact_overdue(r, today())),
        Column(_tr("Aktive\ndelmål"), lambda r: str(r.active_subgoals),
               sort_key=lambda r: r.active_subgoals, align_right=True),
        Column(_tr("Næste\nstatus"), lambda r: fmt_date(r.next_status_due),
               sort_key=lambda r: r.next_status_due or NO_DATE_LAST,
               alert=lambda r: is_status_overdue(r, today())),
        Column(_tr("Hvor nu /\nnæste skridt"), where_and_next),
    ]


class CaseloadModel(RecordTableModel[CitizenSummary]):
    NAME, CPR, CASE_TYPE, STATUS, LAST, NEXT_CONTACT, SUBGOALS, NEXT_STATUS, WHERE = range(9)

    def __init__(self, today: Callable[[], dt.date] = dt.date.today, parent: Any = None) -> None:
        super().__init__(caseload_columns(today), parent)
        self.today = today
        self.shared: set[int] = set()

    def set_shared(self, citizen_ids: set[int]) -> None:
        """The citizens shared with the team: their names carry a small mark (an icon, not text
        glued to the name), which the tooltip and a screen reader say in words."""
        if citizen_ids == self.shared:
            return
        self.shared = set(citizen_ids)
        if self._rows:
            self.dataChanged.emit(self.index(0, self.NAME), self.index(len(self._rows) - 1, self.NAME))

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if not (index.isValid() and index.column() == self.NAME and self.shared
                and self._rows[index.row()].id in self.shared):
            return value
        name = self._rows[index.row()].name
        if role == Qt.ItemDataRole.DecorationRole:
            return shared_mark()
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return _tr("{name}, delt med teamet").format(name=name)
        return value

    def row_for_citizen(self, citizen_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == citizen_id), None)
