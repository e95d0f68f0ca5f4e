"""Small factories for the read-only item views used across the app."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

FIT_PRECISION_ROWS = 60


def make_table(model: QAbstractItemModel, stretch_last: bool = True) -> QTableView:
    """A read-only, row-selecting table without row numbers."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    header.setHighlightSections(False)
    # Column widths are measured on the first rows only: a citizen with ten years of
    # appointments must open as fast as a new one (DESIGN.md section 8: under 50 ms).
    header.setResizeContentsPrecision(FIT_PRECISION_ROWS)
    return table


def fit_columns(table: QTableView, widest: int = 280) -> None:
    """Columns as wide as their header and contents, none wider than `widest` pixels
    (the last column stretches to fill the rest)."""
    header = table.horizontalHeader()
    for column in range(header.count() - 1):
        table.resizeColumnToContents(column)
        if header.sectionSize(column) > widest:
            header.resizeSection(column, widest)
