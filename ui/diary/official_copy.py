"""Copy to the official system (Nexus, Cura, Sensum …): the Dagbog tab's selected notes go to
the clipboard as plain text, and the signed ones may be marked as entered there today."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QStatusBar, QTableView, QWidget

from caseapp.domain.enums import AccessAction, RecordState
from caseapp.domain.models import DiaryNote, Goal
from caseapp.domain.plural import count_of
from caseapp.errors import CaseappError
from caseapp.notes import notes_as_text
from caseapp.service import CaseService
from ui.common import messages
from ui.diary.diary_tables import add_notes_to_selection
from ui.diary.notes_list_model import NotesListModel


class OfficialCopy(QObject):
    """The tab's "Kopiér til fagsystem" (and Ctrl+Shift+C); `marked` when notes were marked."""

    marked = Signal()

    def __init__(self, service: CaseService, tab: QWidget, table: QTableView,
                 model: NotesListModel, status: QStatusBar) -> None:
        super().__init__(tab)
        self._service = service
        self._tab = tab
        self._table = table
        self._model = model
        self._status = status

    def copy(self, notes: list[DiaryNote], goals: Mapping[int, Goal], today: dt.date,
             ask_mark_entered: Callable[[int], bool], reload: Callable[[], None]) -> None:
        if not notes:
            self._status.showMessage(self.tr("Vælg et eller flere notater i listen først."))
            return
        QGuiApplication.clipboard().setText(notes_as_text(notes, goals))
        self._service.records.record_access(AccessAction.COPIED_OUT, sorted({n.citizen_id for n in notes}),
                                    count_of(len(notes), "notat", "notater"))  # the log is Danish
        signed = [n.id for n in notes if n.state == RecordState.SIGNED and n.id is not None]
        copied = self.tr("%n notat(er) er kopieret som tekst.", "", len(notes))
        if not signed:
            self._status.showMessage(copied + " " + self.tr(
                "Kladder markeres ikke som ført – underskriv dem først."))
            return
        if not ask_mark_entered(len(signed)):
            self._status.showMessage(copied)
            return
        try:
            self._service.diary.mark_entered_official(signed, today)
        except CaseappError as exc:
            messages.show_error(self._tab, exc)
            return
        reload()
        add_notes_to_selection(self._table, self._model, signed)
        self._status.showMessage(copied + " " + self.tr(
            "{count} markeret som ført i fagsystem i dag.").format(count=len(signed)))
        self.marked.emit()

    def ask_mark_entered(self, count: int) -> bool:
        answer = QMessageBox.question(
            self._tab, self.tr("Kopieret"),
            self.tr("Teksten er kopieret. Markér %n notat(er) som ført i fagsystem i dag?", "",
                    count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes
