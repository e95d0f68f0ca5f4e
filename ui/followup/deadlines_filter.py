"""Which deadlines the Frister view shows: how many days ahead, one citizen or all, one kind or all."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from caseapp.domain.enums import DeadlineKind
from caseapp.domain.followup import Deadline
from ui.common.table_model import ROW_ROLE, SORT_ROLE
from ui.followup.deadlines_model import DeadlinesModel


class DeadlinesFilter(QSortFilterProxyModel):
    def __init__(self, source: DeadlinesModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._days = 30
        self._citizen_id: int | None = None
        self._kind: DeadlineKind | None = None
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)

    def set_days(self, days: int) -> None:
        self.beginFilterChange()
        self._days = days
        self.endFilterChange()

    def set_citizen(self, citizen_id: int | None) -> None:
        self.beginFilterChange()
        self._citizen_id = citizen_id
        self.endFilterChange()

    def set_kind(self, kind: DeadlineKind | None) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        source = self.sourceModel()
        row: Deadline | None = source.data(source.index(source_row, 0, source_parent), ROW_ROLE)
        if row is None:
            return False
        today: dt.date = source.today() if isinstance(source, DeadlinesModel) else dt.date.min
        return (row.on <= today + dt.timedelta(days=self._days)
                and (self._citizen_id is None or row.citizen_id == self._citizen_id)
                and (self._kind is None or row.kind == self._kind))
