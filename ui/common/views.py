"""Small factories for the read-only item views used across the app."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.common.text_size import scaled

FIT_PRECISION_ROWS = 60
ROW_HEIGHT = 26  # px at the normal text size


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
    table.ensurePolished()  # the stylesheet's font (enlarged text), before measuring
    # a line of text and some air: 26 px at the normal size, taller for enlarged text
    table.verticalHeader().setDefaultSectionSize(max(ROW_HEIGHT, table.fontMetrics().height() + 11))
    header = table.horizontalHeader()
    elide_sections(header)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    header.setHighlightSections(False)
    # Column widths are measured on the first rows only: a citizen with ten years of
    # appointments must open as fast as a new one (DESIGN.md section 8: under 50 ms).
    header.setResizeContentsPrecision(FIT_PRECISION_ROWS)
    return table


def elide_sections(header: QHeaderView) -> None:
    """A section made narrower than its title (by the user, or a window too small for enlarged
    text) shows it cut with "…"; the whole title is its tooltip (the models' ToolTipRole) and
    what a screen reader reads. Qt's headers cut without the "…" otherwise."""
    header.setTextElideMode(Qt.TextElideMode.ElideRight)


def fit_columns(table: QTableView, widest: int = 280) -> None:
    """Columns as wide as their header and contents; contents no wider than `widest` pixels at
    the normal text size (more for enlarged text), a header title always whole. The last column
    stretches to fill the rest, but never below its title's width."""
    header = table.horizontalHeader()
    header.ensurePolished()  # the stylesheet's bold title font, also in a tab not shown yet
    widest = scaled(table, widest)
    for column in range(header.count() - 1):
        table.resizeColumnToContents(column)
        cap = max(widest, header.sectionSizeHint(column))
        if header.sectionSize(column) > cap:
            header.resizeSection(column, cap)
    last = header.count() - 1
    if last >= 0:
        # set even when the stretch makes it wider now: Qt shrinks a stretched last section to
        # the size last set on it when the table gets narrower (its 100 px default otherwise)
        header.resizeSection(last, header.sectionSizeHint(last))
