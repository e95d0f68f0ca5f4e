"""The status description as a form: the period, one box per effort goal and sub-goal with its
evaluation, the overall assessment, the citizen's own view, next steps, and when it was gone
through with the citizen. A final one is shown locked (read-only).

`edited` tells the Status tab that something changed, `valid_changed` when the form can or
cannot be saved (a period that ends before it starts)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import StatusState
from caseapp.domain.models import GoalEvaluation, StatusDescription
from caseapp.reports.status_data import GoalSection, StatusReportData
from caseapp.statuses import StatusOutline
from ui.common.text_size import scaled_points
from ui.status.growing_text_edit import GrowingTextEdit
from ui.status.status_goal_box import StatusGoalBox

DATE_FORMAT = "dd.MM.yyyy"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class StatusEditor(QWidget):
    edited = Signal()
    valid_changed = Signal(bool)
    period_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outline: StatusOutline | None = None
        self.status_id: int | None = None
        self._locked = False
        self._loading = False
        self._valid = True
        self._baseline: StatusDescription | None = None
        self.today = dt.date.today  # replaced by the Status tab (and tests)
        self.goal_boxes: list[StatusGoalBox] = []
        self.period_start = self._date_edit()
        self.period_end = self._date_edit()
        for edit in (self.period_start, self.period_end):
            edit.dateChanged.connect(self._period_edited)
        self.period_error = QLabel()
        self.period_error.setObjectName("fieldError")
        self.period_error.hide()
        self.long_term = QLabel()
        self.long_term.setWordWrap(True)
        self.long_term.setObjectName("statusQuote")
        self.long_term.setStyleSheet(
            "background: #eef3f8; border-left: 3px solid #2f5d8a; padding: 6px 10px;"
            "font-style: italic;"
        )
        self.goals_area = QVBoxLayout()
        self.goals_area.setSpacing(10)
        self.overall = self._text_edit(self.tr("Hvordan er perioden gået samlet set?"))
        self.citizen_view = self._text_edit(
            self.tr("Med borgerens egne ord: hvordan synes borgeren, det er gået?")
        )
        self.next_steps = self._text_edit(self.tr("Hvad skal der ske nu, og hvem gør hvad?"))
        self.gone_through = QCheckBox(self.tr("Gennemgået med borgeren den"))
        self.gone_through.toggled.connect(self._gone_through_toggled)
        self.gone_through_on = self._date_edit()
        self.gone_through_on.setEnabled(False)
        self.gone_through_on.setAccessibleName(self.gone_through.text())
        self.period_start.setAccessibleName(self.tr("Periode fra"))
        self.period_end.setAccessibleName(self.tr("Periode til"))
        self.empty_label = QLabel()
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(
            'QPlainTextEdit[readOnly="true"] { background: #f7f9fb; border-color: #e3e7ec; }'
        )
        self._lay_out()
        self.clear(self.tr("Vælg en statusbeskrivelse, eller lav en ny."))

    # -- building --------------------------------------------------------------------------

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.dateChanged.connect(self._changed)
        return edit

    def _text_edit(self, placeholder: str) -> GrowingTextEdit:
        edit = GrowingTextEdit(min_lines=3, max_lines=12)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._changed)
        return edit

    def _card(self, title: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame()
        card.setObjectName("card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(14, 10, 14, 12)
        inner.setSpacing(4)
        if title:
            heading = QLabel(title)
            heading.setObjectName("cardTitle")
            inner.addWidget(heading)
        return card, inner

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: 600; color: #5f6b7a; padding: 6px 0 0 0;")
        label.setIndent(0)
        return label

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet(scaled_points(  # pt in a widget's own stylesheet: scaled by hand
            "font-size: 12pt; font-weight: 600; color: #2f5d8a; padding: 6px 0 0 2px;"))
        return label

    def _lay_out(self) -> None:
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Periode fra")))
        period.addWidget(self.period_start)
        period.addWidget(QLabel(self.tr("til")))
        period.addWidget(self.period_end)
        period.addWidget(self.period_error, 1)
        period.addStretch()

        head, head_inner = self._card(self.tr("Borgerens langsigtede mål"))
        head_inner.addWidget(self.long_term)

        closing, closing_inner = self._card("")
        for caption, edit in ((self.tr("Samlet vurdering"), self.overall),
                              (self.tr("Borgerens egen vurdering"), self.citizen_view),
                              (self.tr("Næste skridt"), self.next_steps)):
            label = self._caption(caption)
            label.setBuddy(edit)
            closing_inner.addWidget(label)
            closing_inner.addWidget(edit)
        gone = QHBoxLayout()
        gone.setContentsMargins(0, 8, 0, 0)
        gone.addWidget(self.gone_through)
        gone.addWidget(self.gone_through_on)
        gone.addStretch()
        closing_inner.addLayout(gone)

        body = QWidget()
        self.body = body
        column = QVBoxLayout(body)
        column.setContentsMargins(2, 2, 10, 12)
        column.setSpacing(10)
        column.addLayout(period)
        column.addWidget(head)
        column.addWidget(self._section(self.tr("Indsatsmål og delmål")))
        column.addLayout(self.goals_area)
        column.addWidget(self._section(self.tr("Samlet vurdering og næste skridt")))
        column.addWidget(closing)
        column.addStretch()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside take the keys
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.scroll_area, 1)

    # -- loading ---------------------------------------------------------------------------

    def clear(self, message: str) -> None:
        self.outline = None
        self.status_id = None
        self._baseline = None
        self.empty_label.setText(message)
        self.empty_label.show()
        self.scroll_area.hide()

    def set_outline(self, outline: StatusOutline, locked: bool | None = None) -> None:
        """Show a stored status description or an unsaved draft (outline.source.id is None)."""
        source, data = outline.source, outline.data
        self._loading = True
        try:
            self.outline = outline
            self.status_id = source.id
            self.period_start.setDate(_qdate(source.period_start))
            self.period_end.setDate(_qdate(source.period_end))
            goals = data.long_term_goals or ((data.citizen_words,) if data.citizen_words else ())
            self.long_term.setText("<br>".join(html.escape(g) for g in goals)
                                   or self.tr("Der er ikke skrevet et langsigtet mål endnu."))
            self._show_goals(data.efforts, outline)
            self.overall.setPlainText(source.overall)
            self.citizen_view.setPlainText(source.citizen_view)
            self.next_steps.setPlainText(source.next_steps)
            self.gone_through.setChecked(source.gone_through_on is not None)
            today = self.today()
            latest = max(today, source.gone_through_on or today)
            self.gone_through_on.setMaximumDate(_qdate(latest))  # not a day in the future
            self.gone_through_on.setDate(_qdate(source.gone_through_on or today))
            self.gone_through_on.setEnabled(source.gone_through_on is not None)
        finally:
            self._loading = False
        self.set_locked(source.state == StatusState.FINAL if locked is None else locked)
        self._baseline = self.status() if source.id is not None else None
        self.empty_label.hide()
        self.scroll_area.show()
        self.scroll_area.verticalScrollBar().setValue(0)
        self._validate()

    def _show_goals(self, efforts: tuple[GoalSection, ...], outline: StatusOutline) -> None:
        while self.goals_area.count():
            item = self.goals_area.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.goal_boxes = []
        if not efforts:
            card, inner = self._card("")
            note = QLabel(self.tr("Der er endnu ikke formuleret indsatsmål eller delmål for "
                                  "borgeren, så der er ingen mål at evaluere i perioden."))
            note.setObjectName("hint")
            note.setWordWrap(True)
            inner.addWidget(note)
            self.goals_area.addWidget(card)
            return
        for effort in efforts:
            card, inner = self._card("")
            for goal in (effort, *effort.sub_goals):
                box = StatusGoalBox(goal, outline.summaries.get(goal.goal_id or 0, ()))
                box.edited.connect(self._changed)
                inner.addWidget(box)
                self.goal_boxes.append(box)
            self.goals_area.addWidget(card)

    # -- state -----------------------------------------------------------------------------

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        for edit in (self.overall, self.citizen_view, self.next_steps):
            edit.setReadOnly(locked)
        for box in self.goal_boxes:
            box.set_read_only(locked)
        for edit in (self.overall, self.citizen_view, self.next_steps,
                     *(box.evaluation for box in self.goal_boxes)):
            edit.style().unpolish(edit)
            edit.style().polish(edit)
        for widget in (self.period_start, self.period_end, self.gone_through):
            widget.setEnabled(not locked)
        self.gone_through_on.setEnabled(not locked and self.gone_through.isChecked())

    def is_locked(self) -> bool:
        return self._locked

    def has_record(self) -> bool:
        return self.outline is not None

    def is_valid(self) -> bool:
        return self._valid

    def is_modified(self) -> bool:
        if self.outline is None or self._locked:
            return False
        return self._baseline is None or self.status() != self._baseline

    def mark_saved(self, status_id: int) -> None:
        self.status_id = status_id
        self._baseline = self.status()

    def _period_edited(self) -> None:
        if not self._loading:
            self.period_changed.emit()

    def prefill_untouched(self) -> bool:
        """An unsaved draft from the plan whose goal evaluations nobody has written in yet."""
        return (
            self.outline is not None and self.status_id is None and self.outline.data.from_plan
            and all(box.is_prefill_untouched() or not box.text() for box in self.goal_boxes)
        )

    def _gone_through_toggled(self, on: bool) -> None:
        self.gone_through_on.setEnabled(on and not self._locked)
        self._changed()

    def _changed(self) -> None:
        if self._loading:
            return
        self._validate()
        self.edited.emit()

    def _validate(self) -> None:
        start, end = self.period_start.date(), self.period_end.date()
        valid = end >= start
        self.period_error.setText(
            "" if valid else self.tr("Perioden slutter før den begynder; ret datoerne.")
        )
        self.period_error.setVisible(not valid)
        for edit in (self.period_start, self.period_end):
            edit.setProperty("invalid", not valid)
            edit.style().unpolish(edit)
            edit.style().polish(edit)
        if valid != self._valid:
            self._valid = valid
            self.valid_changed.emit(valid)

    # -- the result ------------------------------------------------------------------------

    def shows(self, stored: StatusDescription) -> bool:
        """Whether the form holds exactly this stored record's texts and dates."""
        def key(s: StatusDescription) -> tuple:
            return (s.period_start, s.period_end, s.overall.strip(), s.citizen_view.strip(),
                    s.next_steps.strip(), s.gone_through_on, s.state,
                    sorted((e.goal_id, e.evaluation.strip()) for e in s.evaluations if e.evaluation.strip()))
        return self.has_record() and key(stored) == key(self.status())

    def status(self) -> StatusDescription:
        """The record as it would be saved now."""
        assert self.outline is not None
        evaluations = tuple(
            GoalEvaluation(box.goal.goal_id, box.text())
            for box in self.goal_boxes
            if box.goal.goal_id is not None and box.text()
        )
        gone = _pydate(self.gone_through_on.date()) if self.gone_through.isChecked() else None
        return dataclasses.replace(
            self.outline.source,
            id=self.status_id,
            period_start=_pydate(self.period_start.date()),
            period_end=_pydate(self.period_end.date()),
            overall=self.overall.toPlainText().strip(),
            citizen_view=self.citizen_view.toPlainText().strip(),
            next_steps=self.next_steps.toPlainText().strip(),
            gone_through_on=gone,
            evaluations=evaluations,
        )

    def report_data(self, today: dt.date) -> StatusReportData:
        """The document as the form shows it now (for the preview, saved or not)."""
        assert self.outline is not None
        status, data = self.status(), self.outline.data
        texts = {box.goal.goal_id: box for box in self.goal_boxes}

        def section(goal: GoalSection) -> GoalSection:
            box = texts.get(goal.goal_id)
            if box is None:
                return goal
            origin = goal.evaluation_origin if box.is_prefill_untouched() else ""
            subs = tuple(section(sub) for sub in goal.sub_goals)
            return dataclasses.replace(goal, evaluation=box.text(), evaluation_origin=origin,
                                       sub_goals=subs)

        return dataclasses.replace(
            data,
            period_start=status.period_start,
            period_end=status.period_end,
            printed_on=today,
            overall=status.overall,
            citizen_view=status.citizen_view,
            next_steps=status.next_steps,
            gone_through_on=status.gone_through_on,
            efforts=tuple(section(e) for e in data.efforts),
            from_plan=data.from_plan and self.status_id is None,
            status_id=self.status_id,
        )
