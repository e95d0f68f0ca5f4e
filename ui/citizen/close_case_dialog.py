"""Afslut sagen: the reason and the closing date, and what follows from them (when the citizen
will be deleted, and that signed notes must be in the fagsystem first)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.common.formatting import fmt_date


class CloseCaseDialog(QDialog):
    def __init__(self, name: str, retention_days: int, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Afslut sagen for {name}").format(name=name))
        self._retention_days = retention_days
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("fx flyttet til anden kommune, mål nået"))
        self.reason.setAccessibleName(self.tr("Begrundelse for at afslutte sagen"))
        self.closed_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.closed_on.setDisplayFormat("dd.MM.yyyy")
        self.closed_on.setCalendarPopup(True)
        self.closed_on.setAccessibleName(self.tr("Afslutningsdato"))
        self.consequence = QLabel()
        self.consequence.setObjectName("hint")
        self.consequence.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Afslut sagen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Begrundelse:"), self.reason)
        form.addRow(self.tr("&Afsluttet den:"), self.closed_on)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.consequence)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self.closed_on.dateChanged.connect(self._update)
        self._update()

    def chosen_date(self) -> dt.date:
        return self.closed_on.date().toPython()  # type: ignore[no-any-return]

    def _update(self) -> None:
        deletion = self.chosen_date() + dt.timedelta(days=self._retention_days)
        self.consequence.setText(self.tr(
            "Borgeren forlader sagsstammen og slettes fra denne computer {date} ({days} dage efter). "
            "Underskrevne notater skal være markeret som ført i fagsystemet, før det kan ske."
        ).format(date=fmt_date(deletion), days=self._retention_days))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason.text().strip()))
