"""One sub-goal in the monthly summary: the month's notes beside a summary box and a rating."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
)

from caseapp.domain.enums import RATING_RANGES, RatingScale, RecordState
from caseapp.domain.validation import clean_text
from caseapp.notes import SubgoalMonth
from ui.common.formatting import enum_label
from ui.common.notes_text import one_line
from ui.common.text_size import scaled

SCALES = (RatingScale.SELF_1_10, RatingScale.FFB_0_4)
SHORT_SCALE = {RatingScale.SELF_1_10: "egen", RatingScale.FFB_0_4: "FFB", RatingScale.GAS: "GAS"}


class DiaryMonthGroup(QFrame):
    edited = Signal()

    def __init__(self, group: SubgoalMonth, parent: QFrame | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.group = group
        self._original = group.summary.text if group.summary else ""
        title = group.goal.text if group.goal else self.tr("Notater uden delmål")
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.notes = QTextBrowser()
        self.notes.setHtml(self._notes_html())
        self.notes.setMinimumHeight(scaled(self.notes, 110))
        self.summary = QPlainTextEdit(self._original)
        self.summary.setPlaceholderText(self.tr(
            "Kort resumé: hvad viser månedens observationer om udviklingen?"
        ))
        self.summary.setMinimumHeight(scaled(self.summary, 110))
        self.summary.setTabChangesFocus(True)  # Tab goes on to the rating, not into the text
        self.summary_state = QLabel(self._summary_state())
        self.summary_state.setObjectName("hint")
        self.scale = QComboBox()
        for scale in SCALES:
            self.scale.addItem(enum_label(scale), scale.value)
        self.value = QSpinBox()
        self.value.setSpecialValueText("–")
        self.value.setToolTip(self.tr("Ingen vurdering: lad feltet stå på »–«"))
        self.notes.setAccessibleName(self.tr("Månedens notater: {goal}").format(goal=title))
        self.summary.setAccessibleName(self.tr("Resumé: {goal}").format(goal=title))
        self.value.setAccessibleName(self.tr("Vurderingens værdi"))
        self.latest = QLabel(self._latest_text())
        self.latest.setObjectName("hint")
        self._set_range()
        self.scale.currentIndexChanged.connect(self._set_range)
        self.summary.textChanged.connect(self.edited.emit)
        self.value.valueChanged.connect(lambda _value: self.edited.emit())
        self._lay_out()

    def _lay_out(self) -> None:
        rating = QHBoxLayout()
        rating_label = QLabel(self.tr("Vurdering"))
        rating_label.setBuddy(self.scale)
        rating.addWidget(rating_label)
        rating.addWidget(self.scale)
        rating.addWidget(self.value)
        rating.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.summary, 1)
        right.addWidget(self.summary_state)
        if self.group.goal is not None:
            right.addLayout(rating)
            right.addWidget(self.latest)
        else:
            for widget in (self.scale, self.value, self.latest):
                widget.hide()
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.notes, 1, 0)
        grid.addLayout(right, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    def _notes_html(self) -> str:
        if not self.group.notes:
            return "<p style='color:#5f6b7a'>" + html.escape(
                self.tr("Ingen underskrevne notater i måneden.")) + "</p>"
        rows = []
        for note in self.group.notes:
            when = note.occurred_at.strftime("%d.%m %H.%M")
            rows.append(
                f"<p style='margin:0 0 6px 0'><span style='color:#5f6b7a'>{when} · "
                f"{html.escape(enum_label(note.kind))}</span><br>{html.escape(one_line(note.text))}</p>"
            )
        return "".join(rows)

    def _summary_state(self) -> str:
        current = self.group.summary
        if current is None:
            return self.tr("Gemmes som kladde til et opsamlingsnotat.")
        if current.state == RecordState.SIGNED:
            return self.tr("Underskrevet. En ændring gemmes som rettelse.")
        return self.tr("Kladde – underskriv den i Dagbogen.")

    def _latest_text(self) -> str:
        if not self.group.latest_ratings:
            return ""
        parts = [f"{r.value} ({SHORT_SCALE[r.scale]})" for r in self.group.latest_ratings]
        return self.tr("Seneste i måneden: {ratings}").format(ratings=", ".join(parts))

    def _set_range(self) -> None:
        low, high = RATING_RANGES[RatingScale(self.scale.currentData())]
        self.value.setRange(low - 1, high)
        self.value.setValue(low - 1)

    # -- reading ---------------------------------------------------------------------------

    @property
    def goal_id(self) -> int | None:
        return self.group.goal_id

    def changed_text(self) -> str | None:
        """The summary when it was written or changed here, else None."""
        text = clean_text(self.summary.toPlainText()).strip()
        if not text or text == clean_text(self._original).strip():
            return None
        return text

    def rating(self) -> tuple[RatingScale, int] | None:
        if self.group.goal is None or self.value.value() == self.value.minimum():
            return None
        return RatingScale(self.scale.currentData()), self.value.value()

    def is_dirty(self) -> bool:
        return self.changed_text() is not None or self.rating() is not None

    def set_rating(self, scale: RatingScale, value: int) -> None:
        self.scale.setCurrentIndex(self.scale.findData(scale.value))
        self.value.setValue(value)
