"""Rate progress on a sub-goal: the citizen's own 1-10, the staff's FFB 0-4, or GAS -2..+2."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from caseapp.domain.enums import RATING_RANGES, RatingScale
from caseapp.domain.models import Rating
from ui.common.formatting import enum_label
from ui.common.text_size import scaled

SELF_RATER = "borger"  # as the demo data names the citizen's rating (in English: "citizen")


class RatingDialog(QDialog):
    def __init__(
        self, goal_id: int, goal_text: str, today: dt.date, staff_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vurdér fremskridt"))
        self.setMinimumWidth(420)
        self._goal_id = goal_id
        self._staff_name = staff_name
        self.goal_label = QLabel(goal_text)
        self.goal_label.setWordWrap(True)
        self.scale = QComboBox()
        for scale in RatingScale:
            self.scale.addItem(enum_label(scale), scale)
        self.value = QSpinBox()
        self.meaning = QLabel()
        self.meaning.setObjectName("hint")
        self.meaning.setWordWrap(True)
        self.rated_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.rated_on.setCalendarPopup(True)
        self.rated_on.setDisplayFormat("dd.MM.yyyy")
        self.rater = QLineEdit()
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Hvad bygger vurderingen på? (valgfrit)"))
        self.comment.setMaximumHeight(scaled(self.comment, 90))
        self.comment.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Gem vurdering"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.scale.currentIndexChanged.connect(self._scale_changed)
        form = QFormLayout(self)
        form.addRow(self.tr("Delmål"), self.goal_label)
        form.addRow(self.tr("Skala"), self.scale)
        form.addRow(self.tr("Vurdering"), self.value)
        form.addRow("", self.meaning)
        form.addRow(self.tr("Dato"), self.rated_on)
        form.addRow(self.tr("Vurderet af"), self.rater)
        form.addRow(self.tr("Kommentar"), self.comment)
        form.addRow(self.buttons)
        self._scale_changed()

    def _scale_changed(self) -> None:
        scale = self.scale.currentData()
        low, high = RATING_RANGES[scale]
        self.value.setRange(low, high)
        self.value.setValue((low + high) // 2)
        meanings = {
            RatingScale.SELF_1_10: self.tr("Borgerens egen vurdering: 1 er dårligst, 10 er bedst."),
            RatingScale.FFB_0_4: self.tr(
                "Funktionsniveau: 0 = ingen begrænsninger, 4 = totale begrænsninger."),
            RatingScale.GAS: self.tr(
                "Målopfyldelse: 0 = som forventet, +2 = meget bedre, −2 = meget dårligere."),
        }
        self.meaning.setText(meanings[scale])
        self.rater.setText(self.tr("borger") if scale == RatingScale.SELF_1_10 else self._staff_name)

    def rating(self) -> Rating:
        day = self.rated_on.date()
        return Rating(
            goal_id=self._goal_id,
            scale=self.scale.currentData(),
            value=self.value.value(),
            rated_on=dt.date(day.year(), day.month(), day.day()),
            rater=self.rater.text().strip(),
            comment=self.comment.toPlainText().strip(),
        )
