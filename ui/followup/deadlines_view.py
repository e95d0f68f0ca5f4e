"""Frister: everything due across the caseload in date order, overdue first, with the next
thing to do about each. Enter or double-click opens the citizen's Opfølgning tab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import DeadlineKind
from caseapp.domain.followup import Deadline
from ui.common.formatting import danish_key, enum_label
from ui.common.table_model import ROW_ROLE
from ui.common.views import fit_columns, make_table
from ui.followup.deadlines_filter import DeadlinesFilter
from ui.followup.deadlines_model import DeadlinesModel

MAX_DAYS = 365
DEFAULT_DAYS = 30  # how far ahead the list looks until the user says otherwise


class DeadlinesView(QWidget):
    citizen_opened = Signal(int)
    days_changed = Signal(int)  # more days ahead than loaded: the shell reads the list again

    def __init__(self, today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DeadlinesModel(today, self)
        self.proxy = DeadlinesFilter(self.model, self)
        self.heading = QLabel(self.tr("Frister"))
        self.heading.setObjectName("pageTitle")
        self.citizen_box = QComboBox()
        self.citizen_box.setAccessibleName(self.tr("Borger"))
        self.citizen_box.currentIndexChanged.connect(
            lambda _i: self._filter_changed(self.proxy.set_citizen, self.citizen_box.currentData()))
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Slags frist"))
        self.kind_box.addItem(self.tr("Alle slags"), None)
        for kind in DeadlineKind:
            self.kind_box.addItem(enum_label(kind), kind)
        self.kind_box.currentIndexChanged.connect(
            lambda _i: self._filter_changed(self.proxy.set_kind, self.kind_box.currentData()))
        self.whose_box = QComboBox()  # shown in a team only
        self.whose_box.setAccessibleName(self.tr("Hvis borgere"))
        self.whose_box.addItem(self.tr("Mine"), False)
        self.whose_box.addItem(self.tr("Teamets"), True)
        self.whose_box.currentIndexChanged.connect(
            lambda _i: self._filter_changed(self.proxy.set_team, self.whose_box.currentData()))
        self.days_box = QSpinBox()
        self.days_box.setRange(0, MAX_DAYS)
        self.days_box.setValue(DEFAULT_DAYS)
        self.days_box.setSuffix(self.tr(" dage frem"))
        self.days_box.setAccessibleName(self.tr("Antal dage frem"))
        self.days_box.valueChanged.connect(self._days_changed)
        self.loaded_days = 0
        self.count_label = QLabel()
        self.table = self._make_table()
        self._set_citizens([])
        self._lay_out()

    def _make_table(self) -> QTableView:
        table = make_table(self.proxy)
        table.setAccessibleName(self.tr("Frister"))
        # The core gives the rows in date order; the proxy keeps that order until a header is
        # clicked (sorting 3,000 rows through Python on every reload costs 100 ms).
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.activated.connect(self._activated)
        return table

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        for label, box in ((self.tr("&Hvis:"), self.whose_box), (self.tr("&Borger:"), self.citizen_box),
                           (self.tr("&Slags:"), self.kind_box), (self.tr("&Vis:"), self.days_box)):
            caption = QLabel(label)
            caption.setBuddy(box)
            bar.addWidget(caption)
            bar.addWidget(box)
            if box is self.whose_box:
                self.whose_caption = caption
        self._show_whose(False)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def set_rows(self, rows: Sequence[Deadline], days: int,
                 own: frozenset[int] | None = None) -> None:
        """The deadlines up to `days` ahead (and all overdue), in date order; in a team the
        team's, of which `own` are the user's own citizens (shown unless "Teamets" is chosen)."""
        self.loaded_days = days
        self.proxy.set_own(own)
        self._show_whose(own is not None)
        first = self.model.rowCount() == 0
        self.model.set_rows(rows)
        self._set_citizens(rows)
        if first and rows:
            fit_columns(self.table, widest=260)
        self._update_count()

    def _set_citizens(self, rows: Sequence[Deadline]) -> None:
        """The citizen choice lists those with a deadline; the one chosen stays chosen."""
        chosen = self.citizen_box.currentData()
        names = sorted({(r.citizen_name, r.citizen_id) for r in rows}, key=lambda p: danish_key(p[0]))
        self.citizen_box.blockSignals(True)
        self.citizen_box.clear()
        self.citizen_box.addItem(self.tr("Alle borgere"), None)
        for name, citizen_id in names:
            self.citizen_box.addItem(name, citizen_id)
        self.citizen_box.setCurrentIndex(max(0, self.citizen_box.findData(chosen)))
        self.citizen_box.blockSignals(False)
        if self.citizen_box.currentData() != chosen:  # the citizen has no deadline any more
            self.proxy.set_citizen(self.citizen_box.currentData())

    def _show_whose(self, in_team: bool) -> None:
        self.whose_caption.setVisible(in_team)
        self.whose_box.setVisible(in_team)

    def days(self) -> int:
        return self.days_box.value()

    def _days_changed(self, days: int) -> None:
        self._filter_changed(self.proxy.set_days, days)
        if days > self.loaded_days:
            self.days_changed.emit(days)

    def _filter_changed(self, apply: Callable[[object], None], value: object) -> None:
        apply(value)
        self._update_count()

    def _update_count(self) -> None:
        today = self.model.today()
        shown = self.proxy.shown()
        overdue = sum(1 for d in shown if d.overdue(today))
        self.count_label.setText(
            self.tr("%n frist(er)", "", len(shown)) + " · " + self.tr("%n overskredet", "", overdue))
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        row: Deadline | None = index.sibling(index.row(), 0).data(ROW_ROLE)
        if row is not None:
            self.citizen_opened.emit(row.citizen_id)

    def focus_table(self) -> None:
        self.table.setFocus()
