"""Monthly summary (opsamling): pick a month (default: the last one); each sub-goal's notes
beside a summary box and a rating. Saving creates summary notes (drafts) linked to those
sub-goals, through service.diary.save_month_summary.

Nothing typed is lost: closing the dialog (or the app locking) with unsaved text saves it as
drafts, which the Dagbog and I dag show until they are signed.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.errors import CaseappError
from caseapp.service import CaseService
from ui.common.notes_text import month_name
from ui.diary.diary_month_group import DiaryMonthGroup

log = logging.getLogger(__name__)

MONTHS_BACK = 12


def previous_month(day: dt.date) -> dt.date:
    return (day.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


def _months_offered(today: dt.date, wanted: dt.date) -> list[dt.date]:
    """This month and MONTHS_BACK before it, newest first, and the wanted month when older."""
    months = [today.replace(day=1)]
    while len(months) <= MONTHS_BACK:
        months.append(previous_month(months[-1]))
    if wanted not in months:
        months.append(wanted)
    return months


class MonthSummaryDialog(QDialog):
    summary_saved = Signal(int, object)  # citizen id, the month (first day)

    def __init__(
        self,
        service: CaseService,
        citizen_id: int,
        month: dt.date | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.citizen_id = citizen_id
        self._today = today or dt.date.today()
        self.month: dt.date | None = None
        self.groups: list[DiaryMonthGroup] = []
        self._dirty = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name = service.citizens.citizen(citizen_id).name
        self.setWindowTitle(self.tr("Månedsopsamling – {name}").format(name=name))
        self.heading = QLabel(self.tr("Månedsopsamling for {name}").format(name=name))
        self.heading.setObjectName("pageTitle")
        self.month_combo = QComboBox()
        self.month_combo.setAccessibleName(self.tr("Måned"))
        wanted = (month or previous_month(self._today)).replace(day=1)
        for m in _months_offered(self._today, wanted):
            self.month_combo.addItem(month_name(m), m.isoformat())
        self.intro = QLabel(self.tr(
            "Læs månedens notater for hvert delmål, skriv et kort resumé og giv en vurdering. "
            "Opsamlingen gemmes som kladder, som underskrives i Dagbogen."
        ))
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        self._make_body()
        self.status_label = QLabel()
        self.status_label.setObjectName("hint")
        self.status_label.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Luk"))
        self.save_button = QPushButton(self.tr("Gem opsamling"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setShortcut("Ctrl+S")
        self._lay_out()
        self.month_combo.currentIndexChanged.connect(self._month_chosen)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.select_month(wanted)
        if self.month is None:
            self.load_month(wanted)
        self.resize(980, 680)

    def _make_body(self) -> None:
        """The scrolling body that holds one group per sub-goal."""
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 6, 0)
        self.body_layout.setSpacing(10)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside take the keys
        self.scroll_area.setWidget(self.body)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(self.tr("Måned")))
        top.addWidget(self.month_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)

    # -- loading ---------------------------------------------------------------------------

    def select_month(self, month: dt.date) -> None:
        self.month_combo.setCurrentIndex(self.month_combo.findData(month.isoformat()))

    def _month_chosen(self) -> None:
        value = self.month_combo.currentData()
        month = dt.date.fromisoformat(value) if value else None
        if month is None or month == self.month:
            return
        if self.is_dirty() and not self.save():
            self.month_combo.blockSignals(True)
            if self.month is not None:
                self.select_month(self.month)
            self.month_combo.blockSignals(False)
            return
        self.load_month(month)

    def load_month(self, month: dt.date) -> None:
        try:
            overview = self._service.diary.month_overview(self.citizen_id, month)
        except CaseappError as exc:
            self.status_label.setText(exc.message)
            return
        self.month = month
        for group in self.groups:
            self.body_layout.removeWidget(group)
            group.deleteLater()
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.groups = []
        for part in overview:
            group = DiaryMonthGroup(part)
            group.edited.connect(self._edited)
            self.body_layout.addWidget(group)
            self.groups.append(group)
        if not self.groups:
            empty = QLabel(self.tr("Borgeren har ingen aktive delmål og ingen notater i {month}.")
                           .format(month=month_name(month).lower()))
            empty.setObjectName("hint")
            self.body_layout.addWidget(empty)
        self.body_layout.addStretch(1)
        if self.groups:  # the new fields come before the buttons below them, not after
            last = self.groups[-1]
            QWidget.setTabOrder(last.summary if last.value.isHidden() else last.value,
                                self.close_button)
            QWidget.setTabOrder(self.close_button, self.save_button)
        noted = sum(len(g.group.notes) for g in self.groups)
        if noted == 1:
            counted = self.tr("1 underskrevet notat i {month}.")
        else:
            counted = self.tr("{count} underskrevne notater i {month}.")
        self.status_label.setText(counted.format(count=noted, month=month_name(month).lower()))
        self._update_buttons()

    def _edited(self) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.is_dirty())

    def is_dirty(self) -> bool:
        return any(g.is_dirty() for g in self.groups)

    def group_for(self, goal_id: int | None) -> DiaryMonthGroup:
        return next(g for g in self.groups if g.goal_id == goal_id)

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> bool:
        if self.month is None:
            return False
        summaries = {g.goal_id: text for g in self.groups if (text := g.changed_text())}
        ratings = {g.goal_id: r for g in self.groups
                   if g.goal_id is not None and (r := g.rating()) is not None}
        if not summaries and not ratings:
            self.status_label.setText(self.tr("Der er ingen opsamling eller vurdering at gemme."))
            return True
        try:
            self._service.diary.save_month_summary(
                self.citizen_id, self.month, summaries, ratings,
                author=self._service.profile().name,
            )
        except CaseappError as exc:
            self.status_label.setText(exc.message)
            return False
        month = self.month
        self.load_month(month)
        self.status_label.setText(self.tr(
            "Opsamlingen for {month} er gemt som kladder – underskriv dem i Dagbogen."
        ).format(month=month_name(month).lower()))
        self.summary_saved.emit(self.citizen_id, month)
        return True

    def done(self, result: int) -> None:
        if self.is_dirty():
            self.save()  # never lose what was written, also when the app locks
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty():
            self.save()
        super().closeEvent(event)
