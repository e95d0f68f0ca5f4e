"""Søg (Ctrl+F): one box over citizens, goals and notes; hits grouped by kind, matched words
highlighted; Enter jumps to the chosen hit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import AccessAction
from caseapp.domain.models import SearchHit
from caseapp.service import CaseService
from ui.common import messages
from ui.common.html_delegate import HtmlDelegate
from ui.common.table_model import ROW_ROLE
from ui.common.text_size import scaled
from ui.shell.search_results import result_nodes, search_model

DEBOUNCE_MS = 150


class SearchDialog(QDialog):
    hit_chosen = Signal(object)  # SearchHit

    def __init__(self, service: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Søg"))
        self.resize(760, 520)
        self._service = service
        self.model = search_model(self)
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Søg i borgere, mål og notater …"))
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(self.tr("Søg"))
        self.box.installEventFilter(self)
        self.results = QTreeView()
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Søgeresultater"))
        self.results.setItemDelegateForColumn(0, HtmlDelegate(self.results))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setUniformRowHeights(True)
        self.results.header().setStretchLastSection(False)
        self.results.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.header().resizeSection(1, scaled(self.results, 170))
        # the date column as wide as a date and time ("07.12.2026 00.00") in the font shown
        self.results.header().resizeSection(
            2, self.results.fontMetrics().horizontalAdvance("00.00.0000 00.00") + 28)
        self.results.activated.connect(self._activated)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _: self._timer.start())
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)

    def open_search(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.box.setFocus()
        self.box.selectAll()

    def run_search(self) -> None:
        self._timer.stop()
        text = self.box.text().strip()
        try:
            hits = self._service.search(text) if text else []
        except Exception as exc:  # noqa: BLE001 - shown as one sentence
            messages.show_error(self, exc)
            return
        self.model.set_roots(result_nodes(hits))
        self.results.expandAll()
        if text and not hits:
            self.status.setText(self.tr("Ingen fund."))
        else:
            self.status.setText(self.tr("%n fund", "", len(hits)) if text else "")
        first = self._first_hit()
        if first.isValid():
            self.results.setCurrentIndex(first)

    def clear(self) -> None:
        self.box.clear()
        self.model.set_roots([])
        self.status.clear()

    def _first_hit(self) -> QModelIndex:
        group = self.model.index(0, 0)
        return self.model.index(0, 0, group) if group.isValid() else QModelIndex()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.box
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self.run_search()
                self._activated(self.results.currentIndex())
                return True
            if key == Qt.Key.Key_Down:
                self.results.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        hit = index.sibling(index.row(), 0).data(ROW_ROLE) if index.isValid() else None
        if isinstance(hit, SearchHit):
            self._service.records.record_access(AccessAction.SEARCHED, [hit.citizen_id], self.box.text().strip())
            self.hit_chosen.emit(hit)
            self.hide()
