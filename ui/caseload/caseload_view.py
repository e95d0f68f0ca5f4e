"""Sagsstamme: the caseload as a sortable, filterable table. Enter or double-click opens."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.models import CitizenSummary
from ui.caseload.caseload_filter import CaseloadFilter
from ui.caseload.caseload_filter import CaseloadView as Shown
from ui.caseload.caseload_model import CaseloadModel
from ui.common.table_model import ROW_ROLE
from ui.common.views import fit_columns, make_table


class CaseloadView(QWidget):
    citizen_opened = Signal(int)

    def __init__(
        self, today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = CaseloadModel(today, self)
        self.proxy = CaseloadFilter(self.model, self)
        self.heading = QLabel(self.tr("Sagsstamme"))
        self.heading.setObjectName("pageTitle")
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filtrér på navn, sagstype, næste skridt …"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filtrér sagsstammen"))
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.returnPressed.connect(self._open_first)
        self.shown = QComboBox()
        for text, value in (
            (self.tr("Åbne sager"), Shown.OPEN),
            (self.tr("Kontakt overskredet"), Shown.OVERDUE),
            (self.tr("Venter"), Shown.WAITING),
            (self.tr("Afsluttede"), Shown.CLOSED),
            (self.tr("Alle"), Shown.ALL),
        ):
            self.shown.addItem(text, value)
        self.shown.currentIndexChanged.connect(self._shown_changed)
        self.count_label = QLabel()
        self.table = self._make_table()
        self._lay_out()

    def _make_table(self) -> QTableView:
        table = make_table(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(CaseloadModel.NAME, Qt.SortOrder.AscendingOrder)
        table.activated.connect(self._activated)
        table.setAccessibleName(self.tr("Sagsstamme"))
        return table

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        shown_label = QLabel(self.tr("&Vis:"))
        shown_label.setBuddy(self.shown)
        bar.addWidget(shown_label)
        bar.addWidget(self.shown)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def set_shared(self, citizen_ids: set[int]) -> None:
        self.model.set_shared(citizen_ids)

    def set_rows(self, rows: Sequence[CitizenSummary]) -> None:
        """The caseload as read now; the selected citizen stays selected and the table stays
        where it was scrolled to (it is read again after every change)."""
        first = self.model.rowCount() == 0
        chosen = self._selected_id()
        scroll = self.table.verticalScrollBar().value()
        self.model.set_rows(rows)
        if first:
            fit_columns(self.table, widest=165)
        if chosen is not None:
            self._select_id(chosen)
        self.table.verticalScrollBar().setValue(scroll)
        self._update_count()

    def _selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE).id if index.isValid() else None

    def _select_id(self, citizen_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).id == citizen_id:
                self.table.setCurrentIndex(index)
                self.table.selectRow(row)
                return

    def set_shown(self, shown: Shown) -> None:
        self.shown.setCurrentIndex(self.shown.findData(shown))

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _shown_changed(self, _index: int) -> None:
        self.proxy.set_view(self.shown.currentData())
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} af %n borger(e)", "", self.model.rowCount()).format(
                shown=self.proxy.rowCount()
            )
        )
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _open_first(self) -> None:
        current = self.table.currentIndex()
        if not current.isValid() and self.proxy.rowCount():
            current = self.proxy.index(0, 0)
        if current.isValid():
            self._activated(current)

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        row: CitizenSummary | None = index.sibling(index.row(), 0).data(ROW_ROLE)
        if row is not None:
            self.citizen_opened.emit(row.id)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()
