"""Which deadlines the Frister view shows: how many days ahead, one citizen or all, one kind or
all, and in a team the user's own citizens ("Mine") or the team's ("Teamets")."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from caseapp.domain.enums import DeadlineKind
from caseapp.domain.followup import Deadline
from ui.common.table_model import SORT_ROLE
from ui.followup.deadlines_model import DeadlinesModel


class DeadlinesFilter(QSortFilterProxyModel):
    def __init__(self, source: DeadlinesModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._days = 30
        self._citizen_id: int | None = None
        self._kind: DeadlineKind | None = None
        self._last: dt.date | None = None  # the last day shown, worked out once a filter pass
        self._own: frozenset[int] | None = None  # the user's own citizens; None: not in a team
        self._team = False  # show the team's citizens, not only the user's own
        self.setSourceModel(source)
        source.modelAboutToBeReset.connect(self._forget_last_day)
        self.setSortRole(SORT_ROLE)

    def set_days(self, days: int) -> None:
        self.beginFilterChange()
        self._days = days
        self._forget_last_day()
        self.endFilterChange()

    def _forget_last_day(self) -> None:
        self._last = None

    def set_citizen(self, citizen_id: int | None) -> None:
        self.beginFilterChange()
        self._citizen_id = citizen_id
        self.endFilterChange()

    def set_kind(self, kind: DeadlineKind | None) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange()

    def set_own(self, own: frozenset[int] | None) -> None:
        self.beginFilterChange()
        self._own = own
        self.endFilterChange()

    def set_team(self, team: bool) -> None:
        self.beginFilterChange()
        self._team = bool(team)
        self.endFilterChange()

    def accepts(self, row: Deadline, last_day: dt.date) -> bool:
        return (row.on <= last_day
                and (self._team or self._own is None or row.citizen_id in self._own)
                and (self._citizen_id is None or row.citizen_id == self._citizen_id)
                and (self._kind is None or row.kind == self._kind))

    def last_day(self) -> dt.date:
        if self._last is None:
            source = self.sourceModel()
            today = source.today() if isinstance(source, DeadlinesModel) else dt.date.min
            self._last = today + dt.timedelta(days=self._days)
        return self._last

    def shown(self) -> list[Deadline]:
        """The rows shown, read from the model's list (cheaper than asking the proxy row by row)."""
        source = self.sourceModel()
        if not isinstance(source, DeadlinesModel):
            return []
        last = self.last_day()
        return [row for row in source.rows() if self.accepts(row, last)]

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        source = self.sourceModel()
        if source_parent.isValid() or not isinstance(source, DeadlinesModel):
            return False
        return self.accepts(source.row_at(source_row), self.last_day())
