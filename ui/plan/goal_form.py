"""Edit one goal in the side panel: text, source, ambition, life domain, indicator, deadline,
status and phase, with gentle wording hints under the text (they never block Save)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import Ambition, GoalLevel, GoalSource, GoalStatus, Phase
from caseapp.domain.goal_wording import Hint, goal_hints
from caseapp.domain.models import Goal
from caseapp.domain.validation import MAX_GOAL_TEXT
from ui.common.formatting import display_language, enum_label
from ui.common.text_size import scaled_points
from ui.plan.plan_date_field import OptionalDateField

_HIGHLIGHT = QColor("#fde9a9")
_HINT_STYLE = """
QLabel#goalHint {
    color: #3f4a56; border-style: solid; border-width: 0 0 0 3px; border-color: #e0b04a;
    padding: 1px 0 1px 8px;
}
QLabel#hintCaption { color: #5f6b7a; font-size: 9pt; }
"""
_FIELDS = ("text", "source", "ambition", "life_domain", "indicator", "deadline", "status", "phase")


class GoalForm(QWidget):
    goal_saved = Signal(object)  # the edited Goal
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._goal: Goal | None = None
        self._first_name = ""
        self._today = dt.date.today()
        self._loading = False
        self.hints: list[Hint] = []
        self.hint_labels: list[QLabel] = []
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr(
            "Skriv målet i nutid, som situationen er, når det er nået – "
            "fx »Søren deltager i fællesspisningen«."))
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Målets tekst"))
        self.text.document().documentLayout().documentSizeChanged.connect(self._fit_text)
        self.text_error = QLabel()
        self.text_error.setObjectName("fieldError")
        self.text_error.setWordWrap(True)
        self.text_error.hide()
        self.hint_box = QWidget()
        self.hint_box.setStyleSheet(scaled_points(_HINT_STYLE))
        self.hint_caption = QLabel(self.tr("Forslag til formuleringen – du kan altid gemme:"))
        self.hint_caption.setObjectName("hintCaption")
        self._hint_layout = QVBoxLayout(self.hint_box)
        self._hint_layout.setContentsMargins(0, 2, 0, 4)
        self._hint_layout.setSpacing(4)
        self._hint_layout.addWidget(self.hint_caption)
        self.source = self._combo(GoalSource)
        self.ambition = self._combo(Ambition, self.tr("Ikke valgt"))
        self.life_domain = QLineEdit()
        self.life_domain.setPlaceholderText(self.tr("fx bolig, arbejde, helbred, netværk"))
        self.indicator = QPlainTextEdit()
        self.indicator.setPlaceholderText(self.tr("Hvad ser vi efter? Hvornår er målet nået?"))
        self.indicator.setTabChangesFocus(True)
        self.indicator.setFixedHeight(self.indicator.fontMetrics().lineSpacing() * 2 + 16)
        self.deadline = OptionalDateField(self.tr("Har deadline"), dt.date.today())
        self.status = self._combo(GoalStatus)
        self.phase = self._combo(Phase)
        self.save_button = QPushButton(self.tr("Gem"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(self.tr("Gem ændringerne (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Fortryd ændringer"))
        self.text.textChanged.connect(self._changed)
        self.life_domain.textEdited.connect(self._changed)
        self.indicator.textChanged.connect(self._changed)
        self.deadline.changed.connect(self._changed)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self._lay_out()
        self._update()

    def _combo(self, values: type[StrEnum], empty: str | None = None) -> QComboBox:
        combo = QComboBox()
        if empty is not None:
            combo.addItem(empty, None)
        for value in values:
            combo.addItem(enum_label(value), value)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Kilde"), self.source)
        form.addRow(self.tr("Ambition"), self.ambition)
        form.addRow(self.tr("Livsområde"), self.life_domain)
        form.addRow(self.tr("Indikator"), self.indicator)
        form.addRow(self.tr("Deadline"), self.deadline)
        state = QHBoxLayout()
        state.setContentsMargins(0, 0, 0, 0)
        state.addWidget(self.status, 1)
        self.phase_label = QLabel(self.tr("Fase"))
        self.phase_label.setBuddy(self.phase)
        self.status.setAccessibleName(self.tr("Status"))
        state.addSpacing(8)
        state.addWidget(self.phase_label)
        state.addWidget(self.phase, 1)
        form.addRow(self.tr("Status"), state)
        self._form = form
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.text_error)
        layout.addWidget(self.hint_box)
        layout.addLayout(form)
        layout.addLayout(buttons)

    # -- loading and reading -------------------------------------------------------------------

    def set_goal(self, goal: Goal, citizen_first_name: str, today: dt.date) -> None:
        self._loading = True
        self._goal = goal
        self._first_name = citizen_first_name
        self._today = today
        self.deadline.set_default(today)
        self.title.setText(enum_label(goal.level))
        self.text.setPlainText(goal.text)
        self._select(self.source, goal.source)
        self._select(self.ambition, goal.ambition)
        self.life_domain.setText(goal.life_domain)
        self.indicator.setPlainText(goal.indicator)
        self.deadline.set_date(goal.deadline)
        self._select(self.status, goal.status)
        self._select(self.phase, goal.phase)
        self.phase.setVisible(goal.level == GoalLevel.SUB)
        self.phase_label.setVisible(goal.level == GoalLevel.SUB)
        self._loading = False
        self._update()

    def _fit_text(self, *_args: object) -> None:
        """The text field grows with the text, from two to seven lines; then it scrolls."""
        lines = int(self.text.document().documentLayout().documentSize().height())
        shown = min(max(lines, 2), 7)
        margins = self.text.contentsMargins()
        chrome = margins.top() + margins.bottom() + 2 * int(self.text.document().documentMargin())
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * shown + chrome + 8)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def current_goal(self) -> Goal | None:
        return self._goal

    def goal(self) -> Goal:
        assert self._goal is not None
        return dataclasses.replace(
            self._goal,
            text=self.text.toPlainText().strip(),
            source=self.source.currentData(),
            ambition=self.ambition.currentData(),
            life_domain=self.life_domain.text().strip(),
            indicator=self.indicator.toPlainText().strip(),
            deadline=self.deadline.date(),
            status=self.status.currentData(),
            phase=self.phase.currentData(),
        )

    def is_modified(self) -> bool:
        if self._goal is None:
            return False
        edited = self.goal()
        return any(getattr(edited, f) != getattr(self._goal, f) for f in _FIELDS)

    def problem(self) -> str:
        """Why the goal cannot be saved as it stands, or ""."""
        text = self.text.toPlainText().strip()
        if not text:
            return self.tr("Skriv målet, før det gemmes.")
        if len(text) > MAX_GOAL_TEXT:
            return self.tr("Teksten er for lang: højst {limit} tegn (nu {count}).").format(
                limit=f"{MAX_GOAL_TEXT:,}".replace(",", "."), count=len(text))
        return ""

    def is_valid(self) -> bool:
        return not self.problem()

    # -- reacting ------------------------------------------------------------------------------

    def _changed(self) -> None:
        if self._loading:
            return
        self._update()
        self.edited.emit()

    def _update(self) -> None:
        problem = self.problem() if self._goal is not None else ""
        self.text_error.setText(problem)
        self.text_error.setVisible(bool(problem))
        self.text.setProperty("invalid", bool(problem))
        self.text.style().unpolish(self.text)
        self.text.style().polish(self.text)
        modified = self.is_modified()
        self.save_button.setEnabled(modified and not problem)
        self.revert_button.setEnabled(modified)
        self.refresh_hints()

    def refresh_hints(self) -> None:
        """The wording hints for the text as it stands, each with its reason as tooltip."""
        text = self.text.toPlainText()
        ambition = self.ambition.currentData()
        self.hints = [] if self._goal is None else goal_hints(
            text,
            citizen_first_name=self._first_name or None,
            deadline=self.deadline.date(),
            ambition=str(ambition) if ambition else None,
            today=self._today,
        )
        for label in self.hint_labels:
            self._hint_layout.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.hint_labels = []
        for hint in self.hints:
            message, reason = hint.in_language(display_language())
            label = QLabel(message)
            label.setObjectName("goalHint")
            label.setWordWrap(True)
            label.setToolTip(reason)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self._hint_layout.addWidget(label)
            self.hint_labels.append(label)
        self.hint_box.setVisible(bool(self.hints))
        for label in self.hint_labels:
            label.setVisible(True)
        self._highlight(text)

    def _highlight(self, text: str) -> None:
        selections = []
        for hint in self.hints:
            if hint.span is None or hint.span[1] > len(text):
                continue
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(_HIGHLIGHT)
            fmt.setToolTip(hint.in_language(display_language())[0])
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(hint.span[0])
            cursor.setPosition(hint.span[1], QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
        self.text.setExtraSelections(selections)

    def hint_codes(self) -> list[str]:
        return [h.code for h in self.hints]

    def save(self) -> None:
        if self._goal is not None and self.is_valid() and self.is_modified():
            self.goal_saved.emit(self.goal())

    def revert(self) -> None:
        if self._goal is not None:
            self.set_goal(self._goal, self._first_name, self._today)

    def focus_text(self) -> None:
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        self.text.selectAll()
