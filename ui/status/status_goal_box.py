"""One effort goal or sub-goal in the status editor: the goal, its progress in the period, the
monthly summaries to write from, and the editable evaluation."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from caseapp.domain.enums import Ambition, GoalLevel, GoalStatus
from caseapp.reports.status_data import GoalSection
from caseapp.statuses import Summary, trend
from ui.common.formatting import fmt_date, relabel
from ui.common.text_size import scaled_points
from ui.status.growing_text_edit import GrowingTextEdit

SUMMARIES_SHOWN = 2
SUMMARY_CHARS = 360


class StatusGoalBox(QWidget):
    edited = Signal()

    def __init__(
        self, goal: GoalSection, summaries: tuple[Summary, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.goal = goal
        self._prefilled = goal.evaluation
        is_effort = goal.level == GoalLevel.EFFORT
        kind = self.tr("Indsatsmål") if is_effort else self.tr("Delmål")
        self.heading = QLabel(
            f'<span style="color:#2f5d8a;">{kind} {html.escape(goal.number)}</span>&nbsp; '
            f"{html.escape(goal.text)}"
        )
        self.heading.setObjectName("goalHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(scaled_points(
            "font-weight: 600;" + ("font-size: 11pt;" if is_effort else "")))
        self.facts = self._muted(self._facts_text())
        self.progress = self._muted(self._progress_html())
        self.progress.setVisible(bool(self.progress.text()))
        self.summaries = self._muted(self._summaries_html(summaries))
        self.summaries.setVisible(bool(self.summaries.text()))
        self.summaries.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        caption = self.tr("Vurdering af indsatsmålet") if is_effort else self.tr("Evaluering")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("font-weight: 600; color: #5f6b7a; padding: 4px 0 0 0;")
        self.caption.setIndent(0)
        self.evaluation = GrowingTextEdit(min_lines=2, max_lines=12)
        self.evaluation.setPlainText(goal.evaluation)
        self.evaluation.setAccessibleName(f"{caption}: {kind} {goal.number}")
        self.evaluation.setPlaceholderText(
            self.tr("Hvad er nået, hvad ikke, og hvorfor? Beskriv det, I har set.")
        )
        self.evaluation.textChanged.connect(self._changed)
        self.origin = self._muted("")
        self.origin.setStyleSheet("color: #8a6d1f; font-style: italic;")
        self._show_origin()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0 if is_effort else 22, 4, 0, 6)
        layout.setSpacing(3)
        for widget in (self.heading, self.facts, self.progress, self.summaries, self.caption,
                       self.evaluation, self.origin):
            layout.addWidget(widget)

    # -- reading and writing ---------------------------------------------------------------

    def text(self) -> str:
        return self.evaluation.toPlainText().strip()

    def is_prefill_untouched(self) -> bool:
        return bool(self.goal.evaluation_origin) and self.evaluation.toPlainText() == self._prefilled

    def set_read_only(self, locked: bool) -> None:
        self.evaluation.setReadOnly(locked)
        self._show_origin()

    def _changed(self) -> None:
        self._show_origin()
        self.edited.emit()

    def _show_origin(self) -> None:
        untouched = self.is_prefill_untouched() and not self.evaluation.isReadOnly()
        if untouched:
            self.origin.setText(self.tr("Forslag hentet fra opsamlingen; ret det til sammen med "
                                        "borgeren før statusmødet."))
        self.origin.setVisible(untouched)

    # -- the texts -------------------------------------------------------------------------

    def _muted(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("hint")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def _facts_text(self) -> str:
        goal = self.goal
        parts = [self.tr("Status: {status}").format(status=relabel(GoalStatus, goal.status))]
        if goal.ambition:
            parts.append(self.tr("Ambition: {ambition}").format(
                ambition=relabel(Ambition, goal.ambition).lower()))
        deadline = fmt_date(goal.deadline) or self.tr("ingen")
        parts.append(self.tr("Frist: {date}").format(date=deadline))
        return html.escape("  ·  ".join(parts))

    def _progress_html(self) -> str:
        lines = []
        for label, points, lower_is_better in (
            (self.tr("Borgerens egen vurdering (1-10)"), self.goal.self_ratings, False),
            (self.tr("Personalets vurdering (FFB 0-4, 0 er bedst)"), self.goal.staff_ratings, True),
        ):
            values, direction = trend(points, lower_is_better)
            if not values:
                continue
            word = {1: self.tr("fremgang"), -1: self.tr("tilbagegang"), 0: self.tr("uændret")}
            colour = {1: "#2e6b3a", -1: "#b3261e", 0: "#5f6b7a"}[direction]
            arrow = {1: "▲", -1: "▼", 0: "▬"}[direction]
            lines.append(
                f"{html.escape(label)}: {html.escape(values)} "
                f'<span style="color:{colour};">{arrow} {word[direction]}</span>'
            )
        return "<br>".join(lines)

    def _summaries_html(self, summaries: tuple[Summary, ...]) -> str:
        if not summaries:
            return ""
        title = self.tr("Opsamlinger i perioden ({count}):").format(count=len(summaries))
        rows = []
        for summary in summaries[:SUMMARIES_SHOWN]:
            text = summary.text.strip()
            if len(text) > SUMMARY_CHARS:
                text = text[: SUMMARY_CHARS - 1] + "…"
            rows.append(f"<b>{fmt_date(summary.on)}</b> {html.escape(text)}")
        more = len(summaries) - SUMMARIES_SHOWN
        if more > 0:
            rows.append(self.tr("og {count} ældre").format(count=more))
        return f"<i>{html.escape(title)}</i><br>" + "<br>".join(rows)
