"""The Dagbog list: a citizen's notes through a NoteFilter, fetched a page at a time.

Qt asks `canFetchMore`/`fetchMore` when the view scrolls near the end, so a citizen with 30,000
notes opens as fast as one with 30: only the first page is read, newest first. Each later page
starts after the last note shown (keyset paging, `find_notes_after`), so a note written
meanwhile neither repeats a row nor hides one, and the last page costs what the second does.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from caseapp.domain.enums import RecordState
from caseapp.domain.models import DiaryNote, Goal
from caseapp.notes import NoteFilter
from caseapp.service import CaseService
from ui.common.formatting import enum_label, fmt_date, fmt_datetime, tr
from ui.common.notes_text import goal_names, snippet
from ui.common.table_model import HEADER_ROLES, ROW_ROLE
from ui.common.tree_model import HTML_ROLE

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
BIG_PAGE = 10_000  # the most the core returns at once (caseapp.notes.queries.MAX_PAGE)
MUTED = QColor("#5f6b7a")
DRAFT = QColor("#b3261e")

TIME, KIND, GOALS, STATE, AUTHOR, TEXT = range(6)


class NotesListModel(QAbstractTableModel):
    def __init__(self, service: CaseService, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = service
        self.page_size = page_size
        self._filter: NoteFilter | None = None
        self._rows: list[DiaryNote] = []
        self._total = 0
        self._goals: Mapping[int, Goal] = {}
        self._snippets: dict[int, tuple[str, str]] = {}
        self._headers = [tr("Tidspunkt"), tr("Type"), tr("Delmål"), tr("Status"),
                         tr("Skrevet af"), tr("Notat")]

    # -- loading ---------------------------------------------------------------------------

    def set_filter(self, flt: NoteFilter | None, goals: Mapping[int, Goal] | None = None) -> None:
        """Show the notes the filter lets through (None: nothing). Reads the first page."""
        if goals is not None:
            self._goals = goals
        self.beginResetModel()
        self._filter = flt
        self._rows, self._total, self._snippets = [], 0, {}
        if flt is not None:
            page = self._service.diary.find_note_page(flt, self.page_size, 0)
            self._rows, self._total = list(page.notes), page.total
        self.endResetModel()

    def reload(self) -> None:
        """Read again (after a save), keeping at least as many rows as were loaded."""
        loaded = len(self._rows)
        self.set_filter(self._filter)
        while self.canFetchMore(QModelIndex()) and len(self._rows) < loaded:
            self._fetch(min(BIG_PAGE, loaded - len(self._rows), self._total - len(self._rows)))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._filter is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._filter is None:
            return
        self._fetch(min(self.page_size, self._total - len(self._rows)))

    def _fetch(self, count: int) -> None:
        assert self._filter is not None
        # The total is known from the first page; later pages read only their rows, from the
        # last note shown on (keyset paging: page 150 costs what page 2 does).
        if self._rows:
            notes = self._service.diary.find_notes_after(self._filter, self._rows[-1], count)
        else:
            notes = self._service.diary.find_notes(self._filter, count, 0)
        if not notes:
            self._total = len(self._rows)  # notes went away meanwhile
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(notes) - 1)
        self._rows.extend(notes)
        self.endInsertRows()

    def load_until(self, note: DiaryNote) -> int | None:
        """Load rows down to `note` (if the filter shows it) and return its row."""
        row = self.row_of(note.id or 0)
        if row is not None or self._filter is None:
            return row
        newer = self._service.diary.count_notes(
            NoteFilter(**{**_fields(self._filter), "date_from": note.occurred_at})
        )
        while self.canFetchMore() and len(self._rows) <= newer + 1:
            self._fetch(min(BIG_PAGE, self._total - len(self._rows), newer + 2 - len(self._rows)))
        return self.row_of(note.id or 0)

    # -- reading ---------------------------------------------------------------------------

    @property
    def note_filter(self) -> NoteFilter | None:
        return self._filter

    @property
    def total(self) -> int:
        return self._total

    def note_at(self, row: int) -> DiaryNote:
        return self._rows[row]

    def notes(self) -> list[DiaryNote]:
        return list(self._rows)

    def row_of(self, note_id: int) -> int | None:
        return next((i for i, n in enumerate(self._rows) if n.id == note_id), None)

    # -- the model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (role in HEADER_ROLES and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        note, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(note, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == GOALS:
                return "\n".join(goal_names(note, self._goals)) or None
            if column == TEXT:
                return note.text[:600] + ("…" if len(note.text) > 600 else "")
            if column == STATE:
                return self._state_tip(note)
            if column == AUTHOR:
                return note.author or None
            return None
        if role == HTML_ROLE and column == TEXT:
            return self._snippet(note)[1] or None
        if role == ROW_ROLE:
            return note
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == STATE and note.state == RecordState.DRAFT:
                return QBrush(DRAFT)
            if column in (GOALS, STATE, AUTHOR):
                return QBrush(MUTED)
        return None

    def _text(self, note: DiaryNote, column: int) -> str:
        if column == TIME:
            return fmt_datetime(note.occurred_at)
        if column == KIND:
            return enum_label(note.kind)
        if column == STATE:
            if note.state == RecordState.DRAFT:
                return enum_label(note.state)
            if note.entered_official_on:
                return tr("Ført {date}").format(date=note.entered_official_on.strftime("%d.%m.%y"))
            return tr("Rettelse") if note.corrects_id is not None else ""
        if column == GOALS:
            names = goal_names(note, self._goals)
            if not names:
                return "–"
            first = names[0] if len(names[0]) <= 34 else names[0][:33] + "…"
            return first + (f" +{len(names) - 1}" if len(names) > 1 else "")
        if column == AUTHOR:
            return note.author or "–"
        return self._snippet(note)[0]

    def _state_tip(self, note: DiaryNote) -> str:
        parts = [enum_label(note.state)]
        if note.corrects_id is not None:
            parts.append(tr("rettelse af et tidligere notat"))
        if note.entered_official_on:
            parts.append(tr("ført i fagsystem {date}").format(date=fmt_date(note.entered_official_on)))
        elif note.state == RecordState.SIGNED:
            parts.append(tr("ikke ført i fagsystem"))
        return ", ".join(parts)

    def _snippet(self, note: DiaryNote) -> tuple[str, str]:
        key = note.id or 0
        if key not in self._snippets:
            query = self._filter.text if self._filter is not None else ""
            self._snippets[key] = snippet(note.text, query)
        return self._snippets[key]


def _fields(flt: NoteFilter) -> dict[str, Any]:
    return {name: getattr(flt, name) for name in NoteFilter.__dataclass_fields__}
