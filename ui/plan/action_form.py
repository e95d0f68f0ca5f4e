"""Edit one action in the side panel: what, who, due and done."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import ActionOwner
from caseapp.domain.models import Action
from caseapp.plans.operations import MAX_ACTION_TEXT
from ui.common.formatting import enum_label
from ui.common.text_size import scaled
from ui.plan.plan_date_field import OptionalDateField

_FIELDS = ("what", "who", "due", "done_on")


class ActionForm(QWidget):
    action_saved = Signal(object)  # the edited Action
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action: Action | None = None
        self._today = dt.date.today()
        self._loading = False
        self.title = QLabel(self.tr("Indsats – hvem gør hvad hvornår"))
        self.title.setObjectName("cardTitle")
        self.what = QPlainTextEdit()
        self.what.setPlaceholderText(self.tr("Hvad skal der gøres? fx »Ringe til boligselskabet«"))
        self.what.setTabChangesFocus(True)
        self.what.setAccessibleName(self.tr("Hvad skal der gøres"))
        self.what.setMinimumHeight(scaled(self.what, 60))
        self.what.setMaximumHeight(scaled(self.what, 120))
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.who = QComboBox()
        for owner in ActionOwner:
            self.who.addItem(enum_label(owner), owner)
        self.due = OptionalDateField(self.tr("Har frist"), dt.date.today())
        self.done = OptionalDateField(self.tr("Udført"), dt.date.today())
        self.save_button = QPushButton(self.tr("Gem"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(self.tr("Gem ændringerne (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Fortryd ændringer"))
        self.what.textChanged.connect(self._changed)
        self.who.currentIndexChanged.connect(self._changed)
        self.due.changed.connect(self._changed)
        self.done.changed.connect(self._changed)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Hvem"), self.who)
        form.addRow(self.tr("Frist"), self.due)
        form.addRow(self.tr("Udført"), self.done)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.what)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._update()

    def set_action(self, action: Action, today: dt.date) -> None:
        self._loading = True
        self._action = action
        self._today = today
        self.due.set_default(today)
        self.done.set_default(today)
        self.what.setPlainText(action.what)
        self.who.setCurrentIndex(max(self.who.findData(action.who), 0))
        self.due.set_date(action.due)
        self.done.set_date(action.done_on)
        self._loading = False
        self._update()

    def current_action(self) -> Action | None:
        return self._action

    def action(self) -> Action:
        assert self._action is not None
        return dataclasses.replace(
            self._action,
            what=self.what.toPlainText().strip(),
            who=self.who.currentData(),
            due=self.due.date(),
            done_on=self.done.date(),
        )

    def is_modified(self) -> bool:
        if self._action is None:
            return False
        edited = self.action()
        return any(getattr(edited, f) != getattr(self._action, f) for f in _FIELDS)

    def problem(self) -> str:
        text = self.what.toPlainText().strip()
        if not text:
            return self.tr("Skriv, hvad indsatsen går ud på, før den gemmes.")
        if len(text) > MAX_ACTION_TEXT:
            return self.tr("Teksten er for lang: højst {limit} tegn.").format(
                limit=f"{MAX_ACTION_TEXT:,}".replace(",", "."))
        return ""

    def is_valid(self) -> bool:
        return not self.problem()

    def _changed(self) -> None:
        if self._loading:
            return
        self._update()
        self.edited.emit()

    def _update(self) -> None:
        problem = self.problem() if self._action is not None else ""
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        modified = self.is_modified()
        self.save_button.setEnabled(modified and not problem)
        self.revert_button.setEnabled(modified)

    def save(self) -> None:
        if self._action is not None and self.is_valid() and self.is_modified():
            self.action_saved.emit(self.action())

    def revert(self) -> None:
        if self._action is not None:
            self.set_action(self._action, self._today)

    def focus_text(self) -> None:
        self.what.setFocus(Qt.FocusReason.OtherFocusReason)
        self.what.selectAll()
