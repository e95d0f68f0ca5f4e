"""Small factories for the read-only item views used across the app."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

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
    what a screen reader reads. Qt's headers cut without the "…" otherwise.

    Not for titles on two lines (the caseload's "Sidste\nkontakt"): Qt measures those as one
    line and cuts them even where they fit; fit_columns keeps such sections wide enough."""
    model = header.model()
    titles = [str(model.headerData(section, header.orientation()) or "")
              for section in range(header.count())] if model is not None else []
    if not any("\n" in title for title in titles):
        header.setTextElideMode(Qt.TextElideMode.ElideRight)


def fit_columns(table: QTableView, widest: int = 280) -> None:
    """Columns as wide as their contents but no wider than `widest` pixels (longer values end
    in "…"), and never narrower than their title. `widest` does not grow with enlarged text, so
    a list keeps its columns in view and cuts long values rather than pushing whole columns out
    of sight. The last column stretches to fill the rest, but never below its title."""
    header = table.horizontalHeader()
    header.ensurePolished()  # the stylesheet's bold title font, also in a tab not shown yet
    # Qt's size hint keeps room for the sort arrow on every section, and elides the title
    # into what is left even where no arrow is drawn: that room is needed
    titles = [header.sectionSizeHint(section) for section in range(header.count())]
    for column in range(header.count() - 1):
        contents = min(table.sizeHintForColumn(column), widest)
        header.resizeSection(column, max(titles[column], contents))
    last = header.count() - 1
    if last >= 0:
        # set even when the stretch makes it wider now: Qt shrinks a stretched last section to
        # the size last set on it when the table gets narrower (its 100 px default otherwise)
        header.resizeSection(last, last_title_width(header))


def last_title_width(header: QHeaderView) -> int:
    """What the last section's title needs, without the sort arrow's room unless it is the
    sorted one: the room Qt's size hint keeps on every section would push a stretched last
    column past the table's edge at the normal text size."""
    last = header.count() - 1
    if not header.isSortIndicatorShown() or header.sortIndicatorSection() == last:
        return header.sectionSizeHint(last)
    header.setSortIndicatorShown(False)
    try:
        return header.sectionSizeHint(last)
    finally:
        header.setSortIndicatorShown(True)
