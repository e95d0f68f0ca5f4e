"""A quick note from anywhere (Ctrl+N): pick the citizen, write, close. The note editor
autosaves, so closing (or the app locking) never loses a word; the draft is offered back."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QVBoxLayout, QWidget

from caseapp.domain.enums import CitizenStatus
from caseapp.domain.models import CitizenSummary, DiaryNote
from caseapp.service import CaseService
from ui.common.formatting import danish_key
from ui.diary.note_editor import NoteEditor

log = logging.getLogger(__name__)


class QuickNoteWindow(QDialog):
    note_changed = Signal(int)  # citizen id: a draft was stored or a note signed

    def __init__(
        self,
        service: CaseService,
        citizens: Sequence[CitizenSummary],
        now: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Hurtignotat"))
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.citizen = QComboBox()
        self.citizen.setEditable(True)
        self.citizen.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.citizen.lineEdit().setPlaceholderText(self.tr("Vælg borger …"))
        listed = [c for c in citizens if c.status != CitizenStatus.CLOSED] or list(citizens)
        for summary in sorted(listed, key=lambda c: danish_key(c.name)):
            self.citizen.addItem(summary.name, summary.id)
        self.citizen.setCurrentIndex(-1)
        self.editor = NoteEditor(service)
        self.editor.now = now
        self.editor.close_button.setText(self.tr("Luk"))
        form = QFormLayout()
        form.addRow(self.tr("Borger"), self.citizen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 6)
        layout.addLayout(form)
        layout.addWidget(self.editor, 1)
        QWidget.setTabOrder(self.citizen, self.editor.discard_button)  # the citizen comes first
        self.citizen.currentIndexChanged.connect(self._citizen_chosen)
        self.editor.editor_closed.connect(self.close)
        self.editor.correction_requested.connect(self._correct)
        for signal in (self.editor.note_saved, self.editor.note_signed, self.editor.draft_discarded):
            signal.connect(lambda _id: self.note_changed.emit(self.editor.citizen_id or 0))
        self._set_writable(False)
        self.resize(620, 620)

    # -- opening ---------------------------------------------------------------------------

    def start(self, citizen_id: int | None = None, appointment_id: int | None = None) -> None:
        if citizen_id is None:
            self.citizen.setFocus()
            return
        self._pick(citizen_id)
        self.editor.new_note(citizen_id, appointment_id)
        self._set_writable(True)
        self.editor.text.setFocus()

    def open_draft(self, note: DiaryNote) -> None:
        self._pick(note.citizen_id)
        self.editor.open_note(note)
        self._set_writable(True)
        self.editor.text.setFocus()

    def _pick(self, citizen_id: int) -> None:
        self.citizen.blockSignals(True)
        index = self.citizen.findData(citizen_id)
        if index < 0:
            self.citizen.addItem(self._service.citizens.citizen(citizen_id).name, citizen_id)
            index = self.citizen.count() - 1
        self.citizen.setCurrentIndex(index)
        self.citizen.blockSignals(False)

    def _citizen_chosen(self, index: int) -> None:
        citizen_id = self.citizen.itemData(index) if index >= 0 else None
        if citizen_id is None:
            return
        if self.editor.citizen_id is None:
            self.editor.new_note(citizen_id)
            self._set_writable(True)
            self.editor.text.setFocus()
        else:
            self.editor.change_citizen(citizen_id)

    def _correct(self, note_id: int) -> None:
        self.editor.correct(self._service.diary.note(note_id))

    def _set_writable(self, on: bool) -> None:
        self.editor.setEnabled(on)

    # -- closing ---------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self.editor.flush()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editor.flush()
        super().closeEvent(event)

