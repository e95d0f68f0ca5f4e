"""The Dagbog tab's two lists (the notes and the red-thread timeline): their table views with
column widths for the narrow columns, and selecting a note's row in the notes list."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from caseapp.domain.enums import NoteKind, RecordState
from ui.common.formatting import enum_label, tr
from ui.common.html_delegate import HtmlDelegate
from ui.common.text_size import scaled
from ui.common.views import make_table
from ui.diary.notes_list_model import AUTHOR, GOALS, KIND, STATE, TEXT, TIME, NotesListModel

# the widest text each narrow column shows, in the language shown; the note text takes the rest
_TIME_SAMPLE = "00.00.0000 00.00"


def _samples() -> dict[int, list[str]]:
    return {TIME: [_TIME_SAMPLE], KIND: [enum_label(kind) for kind in NoteKind],
            STATE: [tr("Ført {date}").format(date="00.00.00"), enum_label(RecordState.DRAFT)],
            AUTHOR: ["Mette Madsen"]}


GOALS_WIDTH = 130  # at the normal text size; grows with the text
_PADDING = 18


def notes_table(model: NotesListModel) -> QTableView:
    """The notes list: several rows may be chosen (to copy them), the text column is HTML."""
    table = make_table(model)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setItemDelegateForColumn(TEXT, HtmlDelegate(table))
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.ensurePolished()  # the stylesheet's fonts (enlarged text), before measuring
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    header.ensurePolished()
    widths = {column: max(metrics.horizontalAdvance(sample) for sample in samples) + _PADDING
              for column, samples in _samples().items()}
    widths[GOALS] = scaled(table, GOALS_WIDTH)
    for column, width in widths.items():
        table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))  # title whole
    return table


def timeline_table(model: QAbstractItemModel, like: QTableView) -> QTableView:
    """The timeline list, its time column as wide as the notes list's (`like`)."""
    table = make_table(model)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    like.ensurePolished()
    metrics = like.fontMetrics()
    table.setColumnWidth(0, metrics.horizontalAdvance(_TIME_SAMPLE) + _PADDING)
    table.setColumnWidth(1, metrics.horizontalAdvance("Aftale · Netværksmøde (Afholdt)") + _PADDING)
    return table


def select_only_note(table: QTableView, model: NotesListModel, note_id: int) -> bool:
    """Select the note's row alone, scrolled to the middle; False if it is not in the list."""
    row = model.row_of(note_id)
    if row is None:
        return False
    table.selectionModel().select(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.selectionModel().setCurrentIndex(  # not the view's: Ctrl may be held
        model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    table.scrollTo(model.index(row, 0), QTableView.ScrollHint.PositionAtCenter)
    return True


def add_notes_to_selection(table: QTableView, model: NotesListModel,
                           note_ids: Iterable[int]) -> None:
    """Select these notes' rows too (those in the list), keeping what is selected."""
    for note_id in note_ids:
        row = model.row_of(note_id)
        if row is not None:
            table.selectionModel().select(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
