"""Dagbog: the citizen's diary notes. Filters and full-text search over a lazily fetched list,
the red-thread timeline, the selected note (read-only, with history and "Ret") or the note
editor, copy to the official system, and the monthly summary."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import AccessAction, RecordState
from caseapp.domain.models import DiaryNote, Goal
from caseapp.errors import CaseappError
from caseapp.notes import TimelineItem
from caseapp.service import CaseService
from ui.common.closed_banner import ClosedBanner
from ui.common.table_model import ROW_ROLE
from ui.diary.diary_tab_layout import lay_out_diary_tab
from ui.diary.diary_tables import notes_table, select_only_note, timeline_table
from ui.diary.month_summary_dialog import MonthSummaryDialog
from ui.diary.note_detail import NoteDetail
from ui.diary.note_editor import NoteEditor
from ui.diary.notes_filter_bar import NotesFilterBar
from ui.diary.notes_list_model import AUTHOR, NotesListModel
from ui.diary.official_copy import OfficialCopy
from ui.diary.timeline_detail import timeline_item_html
from ui.diary.timeline_model import timeline_model

log = logging.getLogger(__name__)


class DiaryTab(QWidget):
    notes_changed = Signal(int)  # the citizen's notes were saved, signed or marked

    def __init__(self, service: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._note_logged: int | None = None  # the note the access log last heard was opened
        self.now: Callable[[], dt.datetime] = dt.datetime.now  # replaceable in tests
        self.month_summary_dialog = MonthSummaryDialog
        self.month_dialog: MonthSummaryDialog | None = None
        self.citizen_id: int | None = None
        self._goals: dict[int, Goal] = {}
        self._pending_goals: Mapping[int, Goal] | None = None
        self._loaded = False
        self._quiet = False
        self._closed = False  # a closed case: notes are read, never written (set_closed)
        self._build()
        self._connect()
        self._lay_out()

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.filters = NotesFilterBar()
        self.filters.today = lambda: self.now().date()
        self.model = NotesListModel(self._service, parent=self)
        self.table = notes_table(self.model)
        self.timeline = timeline_model(lambda: self._goals, self)
        self.timeline_table = timeline_table(self.timeline, like=self.table)
        self.table.setAccessibleName(self.tr("Notater"))
        self.timeline_table.setAccessibleName(self.tr("Tidslinje"))
        self.lists = QStackedWidget()
        self.lists.addWidget(self.table)
        self.lists.addWidget(self.timeline_table)
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.new_button = QPushButton(self.tr("Nyt notat"))
        self.new_button.setObjectName("primaryButton")
        self.copy_button = QPushButton(self.tr("Kopiér til fagsystem"))
        self.copy_button.setToolTip(self.tr(
            "Kopiér de valgte notater som ren tekst til Nexus, Cura, Sensum … (Ctrl+Shift+C)"
        ))
        self.month_button = QPushButton(self.tr("Månedsopsamling …"))
        self.closed_banner = ClosedBanner()
        self.detail = NoteDetail()
        self.details = self.detail.browser
        self.editor = NoteEditor(self._service)
        self.editor.status.hide()
        self.right = QStackedWidget()
        self.right.addWidget(self.detail)
        self.right.addWidget(self.editor)
        self.status = QStatusBar()
        self.status.setSizeGripEnabled(False)
        self.official_copy = OfficialCopy(self._service, self, self.table, self.model, self.status)
        self.ask_mark_entered: Callable[[int], bool] = self.official_copy.ask_mark_entered

    def _connect(self) -> None:
        self.filters.filter_changed.connect(self.apply_filter)
        self.filters.timeline_toggled.connect(self.show_timeline)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.timeline_table.selectionModel().selectionChanged.connect(self._timeline_selected)
        self.new_button.clicked.connect(lambda: self.new_note())
        self.copy_button.clicked.connect(self.copy_to_official)
        self.month_button.clicked.connect(lambda: self.open_month_summary())
        self.detail.correction_requested.connect(self.correct_note)
        self.detail.draft_opened.connect(self.open_draft)
        self.editor.note_saved.connect(self._saved)
        self.editor.note_signed.connect(self._signed)
        self.editor.draft_discarded.connect(lambda _id: self._reload())
        self.editor.editor_closed.connect(self._editor_closed)
        self.editor.correction_requested.connect(self.correct_note)
        self.editor.status.messageChanged.connect(self._editor_message)
        copy = QShortcut(QKeySequence("Ctrl+Shift+C"), self)
        copy.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        copy.activated.connect(self.copy_to_official)
        self.official_copy.marked.connect(lambda: self.notes_changed.emit(self.citizen_id or 0))

    def _lay_out(self) -> None:
        self.splitter = lay_out_diary_tab(
            self, self.filters, self.count_label,
            [self.month_button, self.copy_button, self.new_button],
            self.lists, self.right, self.status)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.closed_banner)

    def set_closed(self, closed: bool) -> None:
        """A closed case (the core refuses every change): the banner says so; no new note,
        no monthly summary, no correction and no writing on in a draft. Reading, searching,
        copying out and marking notes as entered in the official system go on."""
        self._closed = closed
        self.closed_banner.set_closed(closed)
        for button in (self.new_button, self.month_button, self.detail.correct_button,
                       self.detail.continue_button):
            button.setEnabled(not closed)

    # -- the citizen -----------------------------------------------------------------------

    def set_citizen(self, citizen_id: int, goals: Mapping[int, Goal] | None = None) -> None:
        """Another citizen's diary, read when the tab is first shown (a diary of 30,000 notes
        is not read for a look at the citizen's plan). If the tab is visible, it is read once
        the event loop turns, unless another tab has been chosen by then."""
        self.editor.flush()
        self.right.setCurrentWidget(self.detail)
        self.citizen_id = citizen_id
        self._pending_goals = goals or {}
        self._loaded = False
        self.model.set_filter(None)
        self.count_label.clear()
        self.detail.show_nothing("")  # nothing of the previous citizen stays behind
        self._note_logged = None
        if self.isVisible():
            QTimer.singleShot(0, self._load_if_visible)

    def _load_if_visible(self) -> None:
        if self.isVisible():
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        """Read the citizen's diary if set_citizen has not been followed by a load yet."""
        if not self._loaded and self.citizen_id is not None:
            self.show_citizen(self.citizen_id, self._pending_goals)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.ensure_loaded()
        super().showEvent(event)

    def show_citizen(self, citizen_id: int, goals: Mapping[int, Goal] | None = None) -> None:
        """Show another citizen's diary (what is being written is stored first)."""
        self._loaded = True
        self.editor.flush()
        self.right.setCurrentWidget(self.detail)
        if self.filters.timeline_button.isChecked():
            self.filters.timeline_button.setChecked(False)
        self.citizen_id = citizen_id
        all_goals = self._service.plans.goals(citizen_id, include_archived=True)
        self._goals = {g.id: g for g in all_goals if g.id is not None}
        if goals:
            self._goals.update(goals)
        authors = self._service.diary.note_authors(citizen_id)
        self.filters.set_citizen(citizen_id, all_goals, authors)
        self._show_author_column(authors)
        self.status.clearMessage()
        self.apply_filter()

    def _show_author_column(self, authors: list[str]) -> None:
        """Who wrote each note, when more than one person writes (in a team, always); the
        detail names the author in any case."""
        several = len(authors) > 1 or self._service.team.sync_status().in_team
        self.table.setColumnHidden(AUTHOR, not several)

    def refresh(self) -> None:
        """Read the list again (a note was written elsewhere, e.g. in a quick-note window)."""
        if not self._loaded:
            return  # read when shown
        if self.citizen_id is not None:
            self._reload(self._selected_id())

    def apply_filter(self) -> None:
        try:
            self.model.set_filter(self.filters.note_filter(), self._goals)
        except CaseappError as exc:
            self.status.showMessage(exc.message)
            self.model.set_filter(None)
        self._update_count()
        if self.filters.timeline_button.isChecked():
            self._load_timeline()
        elif self.right.currentWidget() is self.detail:
            if self.model.rowCount():
                self.table.selectRow(0)
            else:
                self.detail.show_nothing(self._empty_text())

    def _empty_text(self) -> str:
        if self.filters.is_narrowed():
            return self.tr("Ingen notater passer til filtrene.")
        return self.tr("Ingen notater endnu. Skriv det første med »Nyt notat«.")

    def _update_count(self) -> None:
        total = self.model.total
        if self.filters.is_narrowed():
            text = self.tr("%Ln notat(er) passer", "", total)
        else:
            text = self.tr("%Ln notat(er)", "", total)
        self.count_label.setText(text)

    def _reload(self, select_id: int | None = None) -> None:
        self._quiet = True
        try:
            self.model.reload()
            self._update_count()
            if select_id is not None:
                self._select_row_of(select_id)
        finally:
            self._quiet = False
        if self.filters.timeline_button.isChecked():
            self._load_timeline()

    # -- selection and detail --------------------------------------------------------------

    def selected_notes(self) -> list[DiaryNote]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.note_at(r) for r in rows]

    def _selected_id(self) -> int | None:
        notes = self.selected_notes()
        return notes[0].id if notes else None

    def _select_row_of(self, note_id: int) -> bool:
        return select_only_note(self.table, self.model, note_id)

    def select_note(self, note_id: int) -> bool:
        """Show one note (from search): loaded down to it, filters cleared if they hide it."""
        self.ensure_loaded()
        self.show_timeline(False)
        note = self._service.diary.note(note_id)
        row = self.model.load_until(note)
        if row is None and self.filters.is_narrowed():
            self.filters.set_citizen(self.citizen_id, list(self._goals.values()),
                                     self._service.diary.note_authors(self.citizen_id or 0))
            self.apply_filter()
            row = self.model.load_until(note)
        self.right.setCurrentWidget(self.detail)
        if row is None:  # e.g. a note replaced by a correction: show it anyway
            self.table.clearSelection()
            self._show_detail(note)
            return True
        return self._select_row_of(note_id)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._quiet:
            return
        notes = self.selected_notes()
        if not notes:
            return
        if self.right.currentWidget() is self.editor:
            self.editor.flush()
            self.right.setCurrentWidget(self.detail)
        self._show_detail(notes[0])

    def _show_detail(self, note: DiaryNote) -> None:
        history: list[DiaryNote] = []
        if note.id is not None and (note.corrects_id is not None or note.state == RecordState.SIGNED):
            history = self._service.diary.note_history(note.id)
        query = self.model.note_filter.text if self.model.note_filter else ""
        self.detail.show_note(note, self._goals, query, history)
        if note.id is not None and note.id != self._note_logged:
            self._note_logged = note.id
            self._service.records.record_access(AccessAction.OPENED_NOTE, [note.citizen_id], f"notat {note.id}")

    # -- writing ---------------------------------------------------------------------------

    def new_note(self, appointment_id: int | None = None,
                 occurrence_date: dt.date | None = None) -> None:
        if self.citizen_id is None or self._closed:
            return
        self.editor.now = self.now
        self.editor.new_note(self.citizen_id, appointment_id, occurrence_date)
        self._show_editor()

    def open_draft(self, note_id: int) -> None:
        if self._closed:
            return
        self.editor.now = self.now
        self.editor.open_note(self._service.diary.note(note_id))
        self._show_editor()

    def correct_note(self, note_id: int) -> None:
        if self._closed:
            return
        self.editor.now = self.now
        self.editor.correct(self._service.diary.note(note_id))
        self._show_editor()

    def _show_editor(self) -> None:
        self.right.setCurrentWidget(self.editor)
        self.editor.text.setFocus()

    def _editor_message(self, text: str) -> None:
        if text:
            self.status.showMessage(text)

    def _saved(self, note_id: int) -> None:
        self._reload(note_id)
        self.notes_changed.emit(self.citizen_id or 0)

    def _signed(self, note_id: int) -> None:
        message = self.editor.status.currentMessage()
        self.right.setCurrentWidget(self.detail)
        self._reload(note_id)
        self._show_detail(self._service.diary.note(note_id))
        self.status.showMessage(message)
        self.notes_changed.emit(self.citizen_id or 0)

    def _editor_closed(self) -> None:
        note_id = self.editor.note_id
        self.right.setCurrentWidget(self.detail)
        self._reload(note_id)
        notes = self.selected_notes()
        if notes:
            self._show_detail(notes[0])
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.detail.show_nothing(self._empty_text())
        self.notes_changed.emit(self.citizen_id or 0)

    def open_target(self, target: str) -> None:
        """Targets from other views: "appointment:ID" (a note for it), "appointment:ID:DATE"
        (a note for that day's occurrence of a series), "draft:ID" (go on writing it),
        "note:ID" (show it), "unfiled" (the signed notes not yet entered in the official
        system) or "summary:YYYY-MM-DD" (that month's summary)."""
        self.ensure_loaded()
        kind, _, value = target.partition(":")
        try:
            if kind == "appointment":
                appointment_id, _, day = value.partition(":")
                self.new_note(int(appointment_id), dt.date.fromisoformat(day) if day else None)
            elif kind == "draft":
                self.open_draft(int(value))
            elif kind == "note":
                self.select_note(int(value))
            elif kind == "unfiled":
                self.filters.not_entered.setChecked(True)
            elif kind == "summary":
                self.open_month_summary(dt.date.fromisoformat(value))
        except ValueError:
            log.warning("unknown diary target %r", kind)
        except CaseappError as exc:  # e.g. the draft was signed or deleted meanwhile
            self.status.showMessage(exc.message)

    # -- into the official system ----------------------------------------------------------

    def copy_to_official(self) -> None:
        self.official_copy.copy(self.selected_notes(), self._goals, self.now().date(),
                                self.ask_mark_entered,
                                lambda: self._reload(self._selected_id()))

    # -- monthly summary -------------------------------------------------------------------

    def open_month_summary(self, month: dt.date | None = None) -> MonthSummaryDialog | None:
        if self.citizen_id is None or self._closed:
            return None
        if self.month_dialog is not None:
            self.month_dialog.close()
        dialog = self.month_summary_dialog(self._service, self.citizen_id, month,
                                           today=self.now().date(), parent=self)
        dialog.summary_saved.connect(lambda _citizen, _month: self._summary_saved())
        dialog.finished.connect(lambda _result: setattr(self, "month_dialog", None))
        self.month_dialog = dialog
        dialog.show()
        return dialog

    def _summary_saved(self) -> None:
        self._reload(self._selected_id())
        self.notes_changed.emit(self.citizen_id or 0)

    # -- timeline --------------------------------------------------------------------------

    def show_timeline(self, on: bool) -> None:
        if self.filters.timeline_button.isChecked() != on:
            self.filters.timeline_button.setChecked(on)  # comes back here through the signal
            return
        self.lists.setCurrentWidget(self.timeline_table if on else self.table)
        self.copy_button.setVisible(not on)
        if on:
            self._load_timeline()
        else:
            self._update_count()

    def _load_timeline(self) -> None:
        if self.citizen_id is None:
            return
        start, end = self.filters.timeline_bounds()
        try:
            items = self._service.diary.citizen_timeline(self.citizen_id, start, end)
        except CaseappError as exc:
            self.status.showMessage(exc.message)
            items = []
        self.timeline.set_rows(list(reversed(items)))
        self.count_label.setText(self.tr("Tidslinje: %n hændelse(r)", "", len(items)))
        self.count_label.setToolTip(self.tr("Fra {start} til {end}. Vælg en anden periode i "
                                            "filtrene.").format(start=start.strftime("%d.%m.%Y"),
                                                                end=end.strftime("%d.%m.%Y")))

    def _timeline_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.timeline_table.selectionModel().selectedRows()
        if not rows:
            return
        item: TimelineItem = rows[0].data(ROW_ROLE)
        self.right.setCurrentWidget(self.detail)
        if isinstance(item.item, DiaryNote):
            self._show_detail(item.item)
        else:
            self.detail.show_html(timeline_item_html(item, self._goals))
