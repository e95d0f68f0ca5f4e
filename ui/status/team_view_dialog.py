"""Teamets sagsstamme: for the leader who is a member of the team, the citizens the team shares
with their responsible worker, what is overdue and due within the week per worker, and the
caseload sheet grouped by worker to print. It reads again when the data changes (a sync)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from caseapp.domain.models import CitizenSummary
from caseapp.domain.team_load import WorkerLoad
from caseapp.service import CaseService
from ui.common.button_box import tab_in_visual_order
from ui.common.table_model import ROW_ROLE
from ui.common.views import fit_columns, make_table
from ui.common.worker import QueryOp
from ui.status.team_models import team_caseload_model, worker_model


class TeamViewDialog(QDialog):
    citizen_opened = Signal(int)
    print_requested = Signal()

    def __init__(self, service: CaseService, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Teamets sagsstamme"))
        self.resize(900, 640)
        self._service = service
        self._today = today
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.workers = worker_model(self)
        self.worker_table = make_table(self.workers)
        self.worker_table.setAccessibleName(self.tr("Frister pr. medarbejder"))
        self.caseload = team_caseload_model(today, self)
        self.caseload_table = make_table(self.caseload)
        self.caseload_table.setAccessibleName(self.tr("Teamets delte borgere med ansvarlig"))
        self.caseload_table.activated.connect(self._activated)
        self.print_button = QPushButton(self.tr("&Udskriv pr. medarbejder …"))
        self.print_button.setToolTip(self.tr("Overblikket over sagsstammen, grupperet pr. ansvarlig"))
        self.print_button.clicked.connect(self.print_requested)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Pr. medarbejder")))
        layout.addWidget(self.worker_table, 1)
        layout.addWidget(QLabel(self.tr("Teamets borgere")))
        layout.addWidget(self.caseload_table, 2)
        layout.addWidget(buttons)
        tab_in_visual_order(buttons)

    def reload(self) -> None:
        """Read the team's caseload off the UI thread and show it."""
        today = self._today()
        QueryOp(self, self._service, lambda s: (s.team.sync_status().in_team, *s.team.team_caseload(today)),
                success=lambda found: self.show_loads(*found)).run_in_background()

    def show_loads(self, in_team: bool, rows: list[CitizenSummary], loads: list[WorkerLoad]) -> None:
        self.workers.set_rows(loads)
        self.caseload.set_rows(rows)
        for table in (self.worker_table, self.caseload_table):
            fit_columns(table)
        if not in_team:
            text = self.tr("Databasen er ikke med i et team; her ses teamets borgere, når den er.")
        else:
            late = sum(w.overdue for w in loads)
            text = self.tr("{citizens} delte borgere hos {workers} ansvarlige; {late} overskredne frister."
                           ).format(citizens=len(rows), workers=len(loads), late=late)
        self.summary.setText(text)
        self.print_button.setEnabled(bool(rows))

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, CitizenSummary):
            self.citizen_opened.emit(row.id)
            self.accept()
