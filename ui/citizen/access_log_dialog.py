"""Hvem har set …: the access log's rows about one citizen, newest first: when, who, what.
The log keeps no data itself; the hint says so, and how long rows are kept."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from caseapp.domain.models import AccessRow
from caseapp.service import CaseService
from ui.citizen.record_models import access_model
from ui.common.views import fit_columns, make_table
from ui.common.worker import QueryOp


class AccessLogDialog(QDialog):
    def __init__(self, service: CaseService, citizen_id: int, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hvem har set {name}").format(name=name))
        self.resize(760, 460)
        self.model = access_model(self)
        self.table = make_table(self.model)
        self.table.setAccessibleName(self.tr("Adgangslog for {name}").format(name=name))
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        QueryOp(self, service, lambda s: (s.records.access_log(citizen_id), s.records.access_log_months()),
                success=self._show).run_in_background()

    def _show(self, result: tuple[list[AccessRow], int]) -> None:
        rows, months = result
        self.model.set_rows(rows)
        fit_columns(self.table)
        self.hint.setText(self.tr(
            "Hvornår borgerens oplysninger er vist, søgt frem, udskrevet eller kopieret, og af "
            "hvem – aldrig selve oplysningerne. Rækkerne slettes efter %n måned(er).", "", months))
        if not rows:
            self.hint.setText(self.hint.text() + " " + self.tr("Ingen har set borgeren endnu."))
        self.table.setFocus()
