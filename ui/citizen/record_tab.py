"""A table of one kind of record with the selected record's full text beneath it
(the citizen's notes, appointments and status descriptions)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from ui.common.table_model import ROW_ROLE, SORT_ROLE, RecordTableModel
from ui.common.views import fit_columns, make_table


class RecordTab(QWidget):
    def __init__(
        self,
        model: RecordTableModel[Any],
        detail: Callable[[Any], str] | None,
        empty_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.model.setParent(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self._detail = detail
        self.table = make_table(self.proxy)
        self.table.setSortingEnabled(True)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setObjectName("hint")
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.empty_label)
        if detail is None:
            self.details.hide()
            layout.addWidget(self.table, 1)
        else:
            split = QSplitter(Qt.Orientation.Vertical)
            split.addWidget(self.table)
            split.addWidget(self.details)
            split.setSizes([320, 200])
            layout.addWidget(split, 1)

    def set_rows(self, rows: Sequence[Any], sort_column: int = 0) -> None:
        self.model.set_rows(rows)
        self.table.sortByColumn(sort_column, Qt.SortOrder.DescendingOrder)
        fit_columns(self.table)
        self.empty_label.setVisible(not rows)
        self.details.clear()
        if rows:
            self.table.selectRow(0)

    def select(self, predicate: Callable[[Any], bool]) -> bool:
        """Select the first row whose record satisfies `predicate`."""
        for row in range(self.proxy.rowCount()):
            if predicate(self.proxy.index(row, 0).data(ROW_ROLE)):
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return True
        return False

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._detail is None:
            return
        rows = self.table.selectionModel().selectedRows()
        record = rows[0].data(ROW_ROLE) if rows else None
        self.details.setHtml(self._detail(record) if record is not None else "")
