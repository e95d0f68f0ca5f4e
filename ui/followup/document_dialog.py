"""A document requested from someone else, with the date it is due."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QWidget

from caseapp.domain.followup import DocumentRequest
from ui.followup.saving_dialog import SavingDialog, date_edit, day_of


class DocumentDialog(SavingDialog):
    def __init__(self, citizen_id: int, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Bestil dokument"), parent)
        self._citizen_id = citizen_id
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Dokument"))
        self.title_edit.setPlaceholderText(self.tr("fx Lægeattest, Udtalelse fra psykiatrien"))
        self.from_edit = QLineEdit()
        self.from_edit.setAccessibleName(self.tr("Bestilt hos"))
        self.requested_edit = date_edit(today, self.tr("Bestilt den"))
        self.due_edit = date_edit(today + dt.timedelta(days=14), self.tr("Frist"))
        self.form.addRow(self.tr("&Dokument"), self.title_edit)
        self.form.addRow(self.tr("Bestilt &hos"), self.from_edit)
        self.form.addRow(self.tr("Bestilt &den"), self.requested_edit)
        self.form.addRow(self.tr("&Frist"), self.due_edit)
        self.finish_form()

    def request(self) -> DocumentRequest:
        return DocumentRequest(self._citizen_id, self.title_edit.text(), self.from_edit.text(),
                               day_of(self.requested_edit), day_of(self.due_edit))
