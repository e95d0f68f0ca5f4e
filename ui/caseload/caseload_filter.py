"""Filtering and sorting of the caseload: free text plus one of a few fixed views."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from caseapp.domain.enums import CitizenStatus
from caseapp.domain.models import CitizenSummary
from ui.caseload.caseload_model import CaseloadModel, is_contact_overdue
from ui.common.table_model import ROW_ROLE, SORT_ROLE


class CaseloadView(Enum):
    OPEN = "open"  # active and waiting
    OVERDUE = "overdue"  # open, contact overdue or never registered
    WAITING = "waiting"
    CLOSED = "closed"
    ALL = "all"


def matches_view(row: CitizenSummary, view: CaseloadView, today: Any) -> bool:
    if view is CaseloadView.ALL:
        return True
    if view is CaseloadView.CLOSED:
        return row.status == CitizenStatus.CLOSED
    if view is CaseloadView.WAITING:
        return row.status == CitizenStatus.WAITING
    if row.status == CitizenStatus.CLOSED:
        return False
    if view is CaseloadView.OVERDUE:
        return row.next_contact_due is None or is_contact_overdue(row, today)
    return True


def matches_text(row: CitizenSummary, words: list[str]) -> bool:
    haystack = " ".join(
        (row.name, row.case_type, row.legal_basis, row.where_now, row.next_step, row.barriers)
    ).casefold()
    return all(word in haystack for word in words)


class CaseloadFilter(QSortFilterProxyModel):
    def __init__(self, source: CaseloadModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._view = CaseloadView.OPEN
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def set_view(self, view: CaseloadView) -> None:
        self.beginFilterChange()
        self._view = view
        self.endFilterChange()

    def view(self) -> CaseloadView:
        return self._view

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        source = self.sourceModel()
        row: CitizenSummary = source.data(source.index(source_row, 0, source_parent), ROW_ROLE)
        if row is None:
            return False
        today = source.today() if isinstance(source, CaseloadModel) else None
        return matches_view(row, self._view, today) and matches_text(row, self._words)
