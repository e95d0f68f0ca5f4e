"""The Dagbog filters: full-text search, sub-goal, kind, period, author, draft/signed, "not yet
in the official system", and the Tidslinje toggle. Builds a caseapp.notes.NoteFilter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import GoalLevel, GoalStatus, NoteKind, RecordState
from caseapp.domain.models import Goal
from caseapp.notes import NoteFilter
from ui.common.formatting import enum_label

SEARCH_DELAY_MS = 250
WITHOUT_GOAL = -1
TIMELINE_DEFAULT_DAYS = 90

# period keys
ALL, DAYS_30, MONTHS_3, LAST_MONTH, THIS_YEAR, CUSTOM = (
    "all", "30d", "3m", "last_month", "year", "custom")


class NotesFilterBar(QWidget):
    filter_changed = Signal()
    timeline_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today: Callable[[], dt.date] = dt.date.today  # replaceable in tests
        self._citizen_id: int | None = None
        self._quiet = False
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søg i notaterne …"))
        self.search.setClearButtonEnabled(True)
        self.timeline_button = QToolButton()
        self.timeline_button.setText(self.tr("Tidslinje"))
        self.timeline_button.setCheckable(True)
        self.timeline_button.setObjectName("toolButton")
        self.timeline_button.setToolTip(self.tr(
            "Notater, aftaler og vurderinger i én tidslinje – den røde tråd"
        ))
        self.goal = QComboBox()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Alle typer"), None)
        for kind in NoteKind:
            self.kind.addItem(enum_label(kind), kind.value)
        self.period = QComboBox()
        for key, text in ((ALL, self.tr("Hele perioden")), (DAYS_30, self.tr("Seneste 30 dage")),
                          (MONTHS_3, self.tr("Seneste 3 måneder")),
                          (LAST_MONTH, self.tr("Sidste måned")), (THIS_YEAR, self.tr("I år")),
                          (CUSTOM, self.tr("Vælg periode …"))):
            self.period.addItem(text, key)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.hide()
        self.dash = QLabel("–")
        self.dash.hide()
        self.author = QComboBox()
        self.state = QComboBox()
        self.state.addItem(self.tr("Kladder og underskrevne"), None)
        self.state.addItem(self.tr("Kun kladder"), RecordState.DRAFT.value)
        self.state.addItem(self.tr("Kun underskrevne"), RecordState.SIGNED.value)
        self.not_entered = QCheckBox(self.tr("Ikke ført i fagsystem"))
        self.not_entered.setToolTip(self.tr("Underskrevne notater, der endnu ikke er overført"))
        self._name_filters()
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self._lay_out()
        self._connect()
        self.set_citizen(None, [], [])

    def _name_filters(self) -> None:
        """What a screen reader says for each filter; a combo box's current text is its value."""
        for widget, name in ((self.search, self.tr("Søg i notaterne")),
                             (self.goal, self.tr("Delmål")), (self.kind, self.tr("Notattype")),
                             (self.period, self.tr("Periode")), (self.date_from, self.tr("Fra dato")),
                             (self.date_to, self.tr("Til dato")), (self.author, self.tr("Skrevet af")),
                             (self.state, self.tr("Kladder eller underskrevne"))):
            widget.setAccessibleName(name)

    def _lay_out(self) -> None:
        first = QHBoxLayout()
        first.addWidget(self.search, 1)
        # up here, where the search field gives way: the filter row has no room for it when
        # the text is enlarged
        first.addWidget(self.not_entered)
        first.addWidget(self.timeline_button)
        second = QHBoxLayout()
        for widget in (self.goal, self.kind, self.period, self.date_from, self.dash,
                       self.date_to, self.author, self.state):
            second.addWidget(widget)
        second.addStretch(1)
        self.goal.setMinimumContentsLength(18)
        self.goal.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(first)
        layout.addLayout(second)
        QWidget.setTabOrder(self.search, self.not_entered)  # as it now stands: after the search
        QWidget.setTabOrder(self.not_entered, self.timeline_button)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self.apply_now)
        self.search_timer.timeout.connect(self._emit)
        for combo in (self.goal, self.kind, self.author, self.state):
            combo.currentIndexChanged.connect(self._emit)
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.date_from.dateChanged.connect(self._emit)
        self.date_to.dateChanged.connect(self._emit)
        self.not_entered.toggled.connect(self._emit)
        self.timeline_button.toggled.connect(self.timeline_toggled.emit)

    # -- filling ---------------------------------------------------------------------------

    def set_citizen(self, citizen_id: int | None, goals: Sequence[Goal], authors: Sequence[str]) -> None:
        """Another citizen: fresh choices, every filter back to "all"."""
        self._quiet = True
        try:
            self._citizen_id = citizen_id
            self.search.clear()
            self.search_timer.stop()
            self.goal.clear()
            self.goal.addItem(self.tr("Alle delmål"), None)
            subgoals = [g for g in goals if g.level == GoalLevel.SUB and g.id is not None]
            subgoals.sort(key=lambda g: g.status != GoalStatus.ACTIVE or g.archived)
            for goal in subgoals:
                text = goal.text if len(goal.text) <= 60 else goal.text[:59] + "…"
                if goal.status != GoalStatus.ACTIVE or goal.archived:
                    text += " (" + enum_label(goal.status).lower() + ")"
                self.goal.addItem(text, goal.id)
                self.goal.setItemData(self.goal.count() - 1, goal.text,
                                      Qt.ItemDataRole.ToolTipRole)
            self.goal.addItem(self.tr("Uden delmål"), WITHOUT_GOAL)
            self.author.clear()
            self.author.addItem(self.tr("Alle forfattere"), None)
            for name in authors:
                self.author.addItem(name, name)
            self.author.setVisible(len(authors) > 1)
            for combo in (self.kind, self.period, self.state):
                combo.setCurrentIndex(0)
            self.not_entered.setChecked(False)
            self._show_dates(False)
        finally:
            self._quiet = False

    def select_goal(self, goal_id: int | None) -> None:
        self.goal.setCurrentIndex(max(0, self.goal.findData(goal_id)))

    def apply_now(self) -> None:
        self.search_timer.stop()
        self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.filter_changed.emit()

    def _period_chosen(self) -> None:
        custom = self.period.currentData() == CUSTOM
        if custom:
            self._quiet = True
            today = self.today()
            self.date_from.setDate(QDate(today - dt.timedelta(days=30)))
            self.date_to.setDate(QDate(today))
            self._quiet = False
        self._show_dates(custom)
        self._emit()

    def _show_dates(self, on: bool) -> None:
        for widget in (self.date_from, self.dash, self.date_to):
            widget.setVisible(on)

    # -- reading ---------------------------------------------------------------------------

    def period_bounds(self) -> tuple[dt.date | None, dt.date | None]:
        today = self.today()
        key = self.period.currentData()
        if key == DAYS_30:
            return today - dt.timedelta(days=30), today
        if key == MONTHS_3:
            return today - dt.timedelta(days=91), today
        if key == LAST_MONTH:
            first = today.replace(day=1)
            last_end = first - dt.timedelta(days=1)
            return last_end.replace(day=1), last_end
        if key == THIS_YEAR:
            return today.replace(month=1, day=1), today
        if key == CUSTOM:
            return self.date_from.date().toPython(), self.date_to.date().toPython()
        return None, None

    def timeline_bounds(self) -> tuple[dt.date, dt.date]:
        """The timeline's period: the chosen one, or the last 90 days when all is chosen."""
        start, end = self.period_bounds()
        today = self.today()
        return start or today - dt.timedelta(days=TIMELINE_DEFAULT_DAYS), end or today

    def note_filter(self) -> NoteFilter | None:
        if self._citizen_id is None:
            return None
        goal = self.goal.currentData()
        kind = self.kind.currentData()
        state = self.state.currentData()
        author = self.author.currentData()
        start, end = self.period_bounds()
        return NoteFilter(
            citizen_id=self._citizen_id,
            goal_id=goal if goal not in (None, WITHOUT_GOAL) else None,
            without_goal=goal == WITHOUT_GOAL,
            kinds=(NoteKind(kind),) if kind else (),
            date_from=start,
            date_to=end,
            author=author,
            state=RecordState(state) if state else None,
            only_not_entered=self.not_entered.isChecked(),
            text=self.search.text().strip(),
            hide_corrected=True,
        )

    def is_narrowed(self) -> bool:
        flt = self.note_filter()
        return flt is not None and flt != NoteFilter(citizen_id=self._citizen_id, hide_corrected=True)

