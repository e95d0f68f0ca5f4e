"""Uge: the self-planned week (or today alone), with the timeliness panel beside it.

Drag, resize, create, edit, delete, cancel; every change goes through the façade as reversible
steps (ui.calendar_ops) on an undo stack (Ctrl+Z / Ctrl+Shift+Z). Keys: PgUp/PgDn weeks (days
in the day view), T today, arrows move the selection, Delete, Enter edits, R opens a meeting's
minutes, the Menu key (Shift+F10) the selected appointment's menu.
The dialogs are attributes, so tests can replace them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import AppointmentKind, AppointmentStatus, CitizenStatus
from caseapp.domain.models import Appointment
from caseapp.errors import CaseappError
from caseapp.planning.recurrence import Occurrence
from caseapp.planning.timeliness import Timeliness
from caseapp.planning.week_planner import Proposal
from caseapp.service import CaseService
from ui.common import messages
from ui.common.formatting import (
    MONTHS,
    WEEKDAYS,
    danish_key,
    enum_label,
    fmt_span,
    iso_week,
    ordinal_dot,
    tr,
)
from ui.common.worker import QueryOp
from ui.week.appointment_cancel_dialog import CancelDialog
from ui.week.appointment_dialog import AppointmentDialog, EditorRequest
from ui.week.appointment_rebook import next_free_slot
from ui.week.calendar_ops import (
    Change,
    Scope,
    Step,
    apply_steps,
    create_change,
    delete_change,
    edit_change,
    in_series,
    reschedule_change,
    row_of,
    selection_after,
    status_change,
)
from ui.week.deadline_band import DeadlineBand
from ui.week.plan_week_dialog import PlanWeekDialog
from ui.week.timeliness_panel import TimelinessPanel
from ui.week.week_commands import CalendarCommand
from ui.week.week_grid import WeekGrid
from ui.week.week_items import ItemKey, WeekData, load_week

log = logging.getLogger(__name__)


_MEETING_KINDS = frozenset({AppointmentKind.NETWORK_MEETING, AppointmentKind.STATUS_MEETING})


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


class WeekView(QWidget):
    citizen_opened = Signal(int, str)
    minutes_requested = Signal(int)  # a meeting's id: the shell opens its minutes
    appointments_changed = Signal()
    week_shown = Signal(object)  # the first day shown
    timeliness_loaded = Signal(object)

    def __init__(
        self,
        service: CaseService,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
        now: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._today = today
        self.now = now or (lambda: dt.datetime.combine(today(), dt.datetime.now().time()))
        self._names: dict[int, str] = {}
        self._timeliness_run = 0
        # replaceable in tests
        self.appointment_dialog = AppointmentDialog
        self.cancel_dialog = CancelDialog
        self.plan_week_dialog = PlanWeekDialog
        self.show_error: Callable[[QWidget | None, BaseException], None] = messages.show_error
        self.day_mode = False
        self.first_day = monday_of(today())
        self.undo_stack = QUndoStack(self)
        self.grid = WeekGrid()
        self.panel = TimelinessPanel()
        self.deadline_band = DeadlineBand(today)
        self._build()
        self._connect()
        self._shortcuts()

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self._make_navigation()
        self._make_undo()
        self.plan_button = self.panel.plan_button
        self._lay_out()

    def _make_navigation(self) -> None:
        """The heading, the week/day steps, the week/day mode and the panel's switch."""
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.previous_button = QPushButton(self.tr("‹"))
        self.previous_button.setToolTip(self.tr("Forrige (PgUp)"))
        self.this_week_button = QPushButton(self.tr("I dag"))
        self.this_week_button.setToolTip(self.tr("Gå til i dag (T)"))
        self.next_button = QPushButton(self.tr("›"))
        self.next_button.setToolTip(self.tr("Næste (PgDn)"))
        self.week_button = QPushButton(self.tr("Uge"))
        self.day_button = QPushButton(self.tr("Dag"))
        for button in (self.week_button, self.day_button):
            button.setCheckable(True)
            button.setObjectName("modeButton")
        self.week_button.setChecked(True)
        self.panel_button = QPushButton(self.tr("Rettidighed"))
        self.panel_button.setObjectName("modeButton")
        self.panel_button.setCheckable(True)
        self.panel_button.setChecked(True)
        self.panel_button.setToolTip(self.tr("Vis eller skjul panelet med navne (fx ved projektor)"))

    def _make_undo(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Fortryd"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Gentag"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_button = QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button = QToolButton()
        self.redo_button.setDefaultAction(self.redo_action)
        for button in (self.undo_button, self.redo_button):
            button.setObjectName("toolButton")  # styled like the push buttons beside them

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.undo_button)
        top.addWidget(self.redo_button)
        top.addSpacing(12)
        top.addWidget(self.previous_button)
        top.addWidget(self.this_week_button)
        top.addWidget(self.next_button)
        top.addSpacing(12)
        top.addWidget(self.week_button)
        top.addWidget(self.day_button)
        top.addSpacing(12)
        top.addWidget(self.panel_button)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.grid)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setObjectName("weekScroll")
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the grid inside takes the keys
        self.grid.setAccessibleName(self.tr("Ugens aftaler"))
        days = QVBoxLayout()
        days.setSpacing(0)
        days.addWidget(self.deadline_band)
        self.deadline_band.line_up_with(self.scroll_area)
        days.addWidget(self.scroll_area, 1)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addLayout(days, 1)
        body.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    def _connect(self) -> None:
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.this_week_button.clicked.connect(self.go_today)
        self.week_button.clicked.connect(lambda: self.set_day_mode(False))
        self.day_button.clicked.connect(lambda: self.set_day_mode(True))
        self.panel.plan_requested.connect(self.plan_week)
        self.panel_button.toggled.connect(self.panel.setVisible)
        self.panel.citizen_opened.connect(self.citizen_opened.emit)
        self.deadline_band.citizen_opened.connect(self.citizen_opened.emit)
        self.grid.range_selected.connect(self.create_between)
        self.grid.occurrence_moved.connect(
            lambda o, s, e: self.reschedule(o, s, e, self.tr("Flyt aftale")))
        self.grid.occurrence_resized.connect(
            lambda o, s, e: self.reschedule(o, s, e, self.tr("Ændr varighed")))
        self.grid.occurrence_activated.connect(self.edit)
        self.grid.deletion_requested.connect(self.delete)
        self.grid.context_menu_requested.connect(self._context_menu)

    def _shortcuts(self) -> None:
        def bind(keys: QKeySequence | str, slot: Callable[[], None]) -> None:
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        bind(QKeySequence(Qt.Key.Key_PageUp), lambda: self.go(-1))
        bind(QKeySequence(Qt.Key.Key_PageDown), lambda: self.go(1))
        bind(QKeySequence(Qt.Key.Key_T), self.go_today)
        bind(QKeySequence(Qt.Key.Key_R), self._selected_minutes)

    # -- what is shown ---------------------------------------------------------------------

    @property
    def monday(self) -> dt.date:
        return monday_of(self.first_day)

    @property
    def data(self) -> WeekData:
        return self.grid.data

    def set_names(self, names: Mapping[int, str]) -> None:
        self._names = dict(names)

    def names(self) -> dict[int, str]:
        return dict(self._names)

    def show_week(self, first_day: dt.date | None = None, select: ItemKey | None = None) -> None:
        """Show the week holding `first_day` (or that day alone in the day view)."""
        if first_day is not None:
            self.first_day = first_day if self.day_mode else monday_of(first_day)
        self.grid.set_data(
            load_week(self._service, self.first_day, 1 if self.day_mode else 7, self.now(),
                      self._names),
            select,
        )
        self.heading.setText(self._heading())
        self.day_button.setChecked(self.day_mode)
        self.week_button.setChecked(not self.day_mode)
        self._load_timeliness()
        self.deadline_band.load(self._service, self.first_day, 1 if self.day_mode else 7,
                                lambda exc: self.show_error(self, exc))
        self.week_shown.emit(self.first_day)

    def _heading(self) -> str:
        first = self.first_day
        if self.day_mode:
            return self.tr("{weekday} {day}. {month} {year} · uge {week}").format(
                weekday=tr(WEEKDAYS[first.weekday()]).capitalize(), day=first.day,
                month=tr(MONTHS[first.month - 1]), year=first.year, week=iso_week(first))
        last = first + dt.timedelta(days=6)
        dot = ordinal_dot()
        if first.month == last.month:
            span = f"{first.day}{dot}–{last.day}{dot} {tr(MONTHS[last.month - 1])} {last.year}"
        elif first.year == last.year:
            span = (f"{first.day}{dot} {tr(MONTHS[first.month - 1])} – "
                    f"{last.day}{dot} {tr(MONTHS[last.month - 1])} {last.year}")
        else:
            span = (f"{first.day}{dot} {tr(MONTHS[first.month - 1])} {first.year} – "
                    f"{last.day}{dot} {tr(MONTHS[last.month - 1])} {last.year}")
        return self.tr("Uge {week} · {span}").format(week=iso_week(first), span=span)

    def go(self, steps: int) -> None:
        """PgUp/PgDn: a week back or on (a day in the day view)."""
        self.show_week(self.first_day + dt.timedelta(days=steps * (1 if self.day_mode else 7)))

    def go_today(self) -> None:
        self.show_week(self._today())

    def set_day_mode(self, on: bool) -> None:
        """The day view shows today (or the shown week's Monday when today is elsewhere)."""
        self.day_mode = on
        today = self._today()
        if on:
            in_week = self.monday <= today < self.monday + dt.timedelta(days=7)
            self.show_week(today if in_week else self.monday)
        else:
            self.show_week(self.first_day)

    def _load_timeliness(self) -> None:
        today = self._today()
        on = max(today, self.monday)
        self._timeliness_run += 1
        run = self._timeliness_run
        QueryOp(self, self._service, lambda s: s.calendar.timeliness_for(on),
                success=lambda t: self._timeliness_done(run, t)).failure(
            lambda exc: self.show_error(self, exc)).run_in_background()

    def _timeliness_done(self, run: int, timeliness: Timeliness) -> None:
        if run != self._timeliness_run:
            return  # a newer week was asked for meanwhile
        self.panel.show_timeliness(timeliness, self._names)
        self.timeliness_loaded.emit(timeliness)

    # -- changes ---------------------------------------------------------------------------

    def apply(self, change: Change) -> bool:
        """Carry out a change and put it on the undo stack; False (and a message) if refused."""
        try:
            done = apply_steps(self._service, change.steps)
        except CaseappError as exc:
            self.show_error(self, exc)
            self.show_week()
            return False
        self._push(change.text, done, selection_after(change, done))
        return True

    def _push(self, text: str, done: tuple[Step, ...], select: ItemKey | None) -> None:
        command = CalendarCommand(text, self._service, done, select, self._changed,
                                  lambda exc: self.show_error(self, exc))
        self.undo_stack.push(command)
        self._changed(select)

    def _changed(self, select: ItemKey | None) -> None:
        self.show_week(select=select)
        self.appointments_changed.emit()

    def reschedule(self, occurrence: Occurrence, start: dt.datetime, end: dt.datetime,
                   text: str) -> None:
        try:
            change = reschedule_change(self._service, occurrence, start, end, text)
        except CaseappError as exc:
            self.show_error(self, exc)
            self.show_week()
            return
        self.apply(change)

    def delete(self, occurrence: Occurrence) -> None:
        try:
            change = delete_change(self._service, occurrence)
        except CaseappError as exc:
            self.show_error(self, exc)
            return
        self.apply(change)

    def set_status(self, occurrence: Occurrence, status: AppointmentStatus, reason: str = "",
                   rebook: Appointment | None = None) -> None:
        try:
            change = status_change(self._service, occurrence, status, reason, rebook)
        except CaseappError as exc:
            self.show_error(self, exc)
            return
        self.apply(change)

    # -- the editor ------------------------------------------------------------------------

    def _citizens(self, keep: int | None) -> list[tuple[int, str]]:
        rows = [
            (c.id, c.name) for c in self._service.citizens.caseload()
            if c.status != CitizenStatus.CLOSED or c.id == keep
        ]
        return sorted(rows, key=lambda r: danish_key(r[1]))

    def create_between(self, start: dt.datetime, end: dt.datetime) -> None:
        """A new appointment drawn on the grid: the editor opens prefilled."""
        draft = Appointment(AppointmentKind.CONVERSATION, start, end)

        def save(appointment: Appointment, _scope: Scope) -> None:
            change = create_change(appointment)
            done = apply_steps(self._service, change.steps)
            self._push(change.text, done, selection_after(change, done))

        request = EditorRequest(draft, self._citizens(None), save)
        self.appointment_dialog(request, self).exec()

    def edit(self, occurrence: Occurrence) -> None:
        try:
            row = row_of(self._service, occurrence)
        except CaseappError as exc:
            self.show_error(self, exc)
            self.show_week()
            return
        shown = Appointment(
            kind=occurrence.kind, start=occurrence.start, end=occurrence.end,
            title=occurrence.title, citizen_id=occurrence.citizen_id, place=occurrence.place,
            preparation_minutes=occurrence.preparation_minutes, rrule=row.rrule,
            status=occurrence.status, status_reason=row.status_reason, id=row.id,
            all_day=occurrence.all_day,
        )

        def save(appointment: Appointment, scope: Scope) -> None:
            change = edit_change(self._service, occurrence, appointment, scope)
            done = apply_steps(self._service, change.steps)
            self._push(change.text, done, selection_after(change, done))

        request = EditorRequest(shown, self._citizens(occurrence.citizen_id), save,
                                in_series=in_series(occurrence), is_new=False)
        self.appointment_dialog(request, self).exec()

    # -- cancellations and no-shows --------------------------------------------------------

    def cancel_or_no_show(
        self, occurrence: Occurrence, status: AppointmentStatus = AppointmentStatus.CANCELLED
    ) -> None:
        """Mark it cancelled or missed with a reason, and offer the next free suitable time."""
        summary = self.tr("{span} · {kind}").format(
            span=fmt_span(occurrence.start, occurrence.end), kind=enum_label(occurrence.kind))
        dialog = self.cancel_dialog(summary, status, self)
        if occurrence.citizen_id is None:
            dialog.set_slot_failed(self.tr("Aftalen har ingen borger; der bookes ingen ny tid."))
        else:
            now = self.now()
            QueryOp(self, self._service, lambda s: next_free_slot(s, occurrence, now),
                    success=dialog.set_slot).failure(
                lambda exc: dialog.set_slot_failed(messages.error_text(exc))).run_in_background()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new_status, reason, rebook = dialog.choice()
        self.set_status(occurrence, new_status, reason, rebook)

    # -- plan my week ----------------------------------------------------------------------

    def plan_week(self) -> None:
        dialog = self.plan_week_dialog(self._service, self.monday, self.now(), self._names, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.accept_plan(dialog.chosen())

    def accept_plan(self, proposals: list[Proposal]) -> None:
        """Store the chosen proposals (one transaction, off the UI thread); undoable as one."""
        if not proposals:
            return
        rows = [p.to_appointment() for p in proposals]

        def stored(ids: list[int]) -> None:
            done = tuple(Step("insert", dataclasses.replace(row, id=new_id))
                         for row, new_id in zip(rows, ids, strict=True))
            self._push(self.tr("Planlæg min uge"), done, None)

        QueryOp(self, self._service, lambda s: s.calendar.accept_proposals(proposals),
                success=stored).failure(lambda exc: self.show_error(self, exc)).run_in_background()

    # -- meetings --------------------------------------------------------------------------

    def meeting_of(self, occurrence: Occurrence | None) -> int | None:
        """The meeting (netværksmøde, åben dialog, statusmøde) an appointment stands for."""
        if occurrence is None or occurrence.appointment_id is None or occurrence.kind not in _MEETING_KINDS:
            return None
        meeting = self._service.meetings.of_appointment(occurrence.appointment_id)
        return meeting.id if meeting is not None else None

    def _selected_minutes(self) -> None:
        meeting_id = self.meeting_of(self.grid.selected_occurrence())
        if meeting_id is not None:
            self.minutes_requested.emit(meeting_id)

    # -- context menu ----------------------------------------------------------------------

    def _context_menu(self, occurrence: Occurrence | None, where: QPoint,
                      moment: dt.datetime | None) -> None:
        menu = self.menu_for(occurrence, moment)
        if menu is not None:
            menu.exec(where)
            menu.deleteLater()

    def menu_for(self, occurrence: Occurrence | None, moment: dt.datetime | None) -> QMenu | None:
        """What can be done to the appointment (or, on an empty slot, there)."""
        menu = QMenu(self)
        if occurrence is None:
            if moment is None:
                return None
            menu.addAction(self.tr("Ny aftale her …"),
                           lambda: self.create_between(moment, moment + dt.timedelta(hours=1)))
        else:
            menu.addAction(self.tr("Redigér …"), lambda: self.edit(occurrence))
            meeting_id = self.meeting_of(occurrence)
            if meeting_id is not None:
                menu.addAction(self.tr("Referat …"), lambda: self.minutes_requested.emit(meeting_id))
            if occurrence.citizen_id is not None:
                menu.addAction(self.tr("Åbn borger"),
                               lambda: self.citizen_opened.emit(occurrence.citizen_id, ""))
            menu.addSeparator()
            menu.addAction(self.tr("Markér som afholdt"),
                           lambda: self.set_status(occurrence, AppointmentStatus.HELD))
            menu.addAction(self.tr("Afbud …"), lambda: self.cancel_or_no_show(occurrence))
            menu.addAction(self.tr("Udeblevet …"), lambda: self.cancel_or_no_show(
                occurrence, AppointmentStatus.NO_SHOW))
            menu.addSeparator()
            menu.addAction(self.tr("Slet"), lambda: self.delete(occurrence))
        return menu
