"""Konflikter: fields two people changed in two places. Both values, who and when; the user keeps
the value in force or takes the other one (the core writes it back and it reaches the team at the
next sync). Not modal: work goes on beside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.service import CaseService
from caseapp.sync.team_state import Conflict
from ui.common import messages
from ui.common.worker import QueryOp
from ui.sync.conflict_model import KEPT, OTHER, ConflictModel


class ConflictDialog(QDialog):
    resolved = Signal()

    def __init__(self, service: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        # replaceable in tests
        self.show_error: Callable[[QWidget | None, BaseException], None] = messages.show_error
        self.setWindowTitle(self.tr("Konflikter"))
        self.setModal(False)
        self.resize(980, 420)
        self.intro = QLabel(self.tr(
            "Her er felter, som er ændret to steder, før ændringerne nåede hinanden. Den seneste "
            "ændring gælder nu; vælg, om den skal blive, eller om den anden værdi skal bruges."))
        self.intro.setWordWrap(True)
        self.model = ConflictModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the buttons
        self.table.setAccessibleName(self.tr("Konflikter"))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (KEPT, OTHER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.detail = QLabel()  # the chosen conflict's two values, whole
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("Den valgte konflikts to værdier"))
        self.empty = QLabel(self.tr("Der er ingen konflikter."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keep_button = QPushButton(self.tr("Behold gældende værdi"))
        self.other_button = QPushButton(self.tr("Brug den anden værdi"))
        self.keep_button.clicked.connect(lambda: self.resolve_selected(use_other=False))
        self.other_button.clicked.connect(lambda: self.resolve_selected(use_other=True))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Luk"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def open_list(self) -> None:
        """Show the dialog (or raise it) and read the conflicts again."""
        self.reload()
        self.show()
        self.raise_()
        self.activateWindow()

    def reload(self) -> None:
        QueryOp(self, self._service, lambda s: s.team.sync_conflicts(),
                success=self.show_conflicts).failure(
            lambda exc: self.show_error(self, exc)).run_in_background()

    def show_conflicts(self, conflicts: list[Conflict]) -> None:
        self.model.set_conflicts(conflicts)
        self.table.setVisible(bool(conflicts))
        self.empty.setVisible(not conflicts)
        if conflicts:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> Conflict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.conflict_at(rows[0].row()) if rows else None

    def resolve_selected(self, use_other: bool) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        self.keep_button.setEnabled(False)
        self.other_button.setEnabled(False)
        QueryOp(self, self._service,
                lambda s: s.team.resolve_sync_conflict(conflict.id, use_other),
                success=lambda _none: self._resolved()).failure(
            self._failed).run_in_background()

    def _resolved(self) -> None:
        self.resolved.emit()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.show_error(self, exc)
        self.reload()

    def _update_buttons(self) -> None:
        conflict = self.selected()
        self.keep_button.setEnabled(conflict is not None)
        self.other_button.setEnabled(conflict is not None)
        self.detail.setVisible(conflict is not None)
        if conflict is not None:
            self.detail.setText(self.tr(
                "Gældende værdi ({kept_by}): {kept}\nDen anden værdi ({other_by}): {other}"
            ).format(kept_by=conflict.kept_by, kept=_whole(conflict.kept_value),
                     other_by=conflict.other_by, other=_whole(conflict.other_value)))


def _whole(value: object) -> str:
    return "–" if value in (None, "") else str(value)
