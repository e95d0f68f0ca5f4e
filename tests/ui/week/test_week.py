"""Uge: the week planner. Dragging, resizing, the editor, undo, recurrence, timeliness, plan my
week, cancellations, iCalendar and printing through the File menu.

Dates are fixed: the sample's "now" is Monday 24 November 2025, 09.00 (ISO week 48).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from caseapp.domain.enums import AppointmentKind, AppointmentStatus, NoteKind, Place
from caseapp.domain.models import Appointment, Citizen, DiaryNote
from caseapp.planning.loading import timeliness_for
from caseapp.planning.recurrence import Occurrence
from caseapp.service import CaseService
from tests.ui import sample
from ui.common.worker import wait_for_all
from ui.shell import sidebar
from ui.shell.main_window import MainWindow
from ui.week.appointment_dialog import AppointmentDialog, EditorRequest
from ui.week.appointment_rules import Ending, Recurrence, Repeat, build_rrule, parse_rrule
from ui.week.plan_week_dialog import PlanWeekDialog
from ui.week.week_items import assign_lanes, initials, key_of
from ui.week.week_view import WeekView

MONDAY = sample.TODAY  # 24.11.2025
MON, TUE, WED, THU, FRI = range(5)


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(MONDAY + dt.timedelta(days=day), dt.time(hour, minute))


@pytest.fixture
def week(qtbot, window: MainWindow) -> Iterator[WeekView]:
    """The week page of the sample window; errors recorded, not shown."""
    view = window.week_view
    view.errors = []  # type: ignore[attr-defined]
    view.show_error = lambda _parent, exc: view.errors.append(exc)  # type: ignore[attr-defined]
    window.show_page(sidebar.WEEK)
    view.grid.setFocus()
    yield view
    wait_for_all()


def occurrences(service: CaseService, first: dt.date, days: int = 7) -> list[Occurrence]:
    start = dt.datetime.combine(first, dt.time())
    return service.calendar.occurrences_between(start, start + dt.timedelta(days=days))


def find(view: WeekView, **fields: object) -> Occurrence:
    matches = [
        i.occurrence for i in view.data.items
        if all(getattr(i.occurrence, k) == v for k, v in fields.items())
    ]
    assert len(matches) == 1, matches
    return matches[0]


def drag(qtbot, view: WeekView, start: QPoint, end: QPoint) -> None:
    grid = view.grid
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    qtbot.mouseMove(grid, middle)
    qtbot.mouseMove(grid, end)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=end)


class AcceptingEditor:
    """Stands in for the editor: saves what it was given (with changes), as OK would."""

    requests: list[EditorRequest] = []
    changes: dict[str, object] = {}
    scope = "series"

    def __init__(self, request: EditorRequest, parent: object = None) -> None:
        self.request = request
        AcceptingEditor.requests.append(request)

    def exec(self) -> int:
        edited = dataclasses.replace(self.request.appointment, **self.changes)
        self.request.save(edited, self.scope)  # type: ignore[arg-type]
        return QDialog.DialogCode.Accepted


@pytest.fixture
def editor(week: WeekView) -> type[AcceptingEditor]:
    AcceptingEditor.requests = []
    AcceptingEditor.changes = {}
    AcceptingEditor.scope = "series"
    week.appointment_dialog = AcceptingEditor
    return AcceptingEditor


# -- what the week shows -------------------------------------------------------------------


def test_week_shows_initials_kinds_and_notes_owed(week: WeekView, ids: sample.Sample) -> None:
    assert week.heading.text() == "Uge 48 · 24.–30. november 2025"
    assert [d.weekday() for d in week.data.days] == list(range(7))  # Monday first
    assert (week.data.first_hour, week.data.last_hour) == (7, 18)
    talk = next(i for i in week.data.items if i.occurrence.citizen_id == ids.aase)
    assert talk.who == "ÅN" and talk.kind_label == "Samtale"
    assert "Åse" not in week.grid.tooltip(talk)  # initials only, never the name or the title
    office = next(i for i in week.data.items if i.occurrence.kind == AppointmentKind.OFFICE_TIME)
    assert office.who == "Kontortid"
    week.go(-1)  # the week before: Dorthe's held conversation still owes a note
    owed = [i for i in week.data.items if i.note_owed]
    assert [i.occurrence.appointment_id for i in owed] == [ids.held_without_note]
    assert all(not i.note_owed for i in week.data.items if i.occurrence.citizen_id == ids.aase)


def test_week_marks_a_held_occurrence_of_a_series_until_its_note_is_written(
    week: WeekView, service: CaseService, ids: sample.Sample
) -> None:
    series = service.calendar.add_appointment(Appointment(
        AppointmentKind.CONVERSATION, at(-6, 13), at(-6, 14), citizen_id=ids.aase,
        rrule="FREQ=WEEKLY;COUNT=4"))  # fmt: skip
    week.go(-1)  # Tuesday 18 November held, no note
    owed = [i.occurrence for i in week.data.items if i.note_owed]
    assert [(o.appointment_id, o.start) for o in owed] == [
        (series, at(-6, 13)), (ids.held_without_note, at(-3, 9))]  # fmt: skip
    assert "Notat mangler" in week.grid.tooltip(
        next(i for i in week.data.items if i.occurrence.appointment_id == series))  # fmt: skip
    service.diary.save_draft(DiaryNote(ids.aase, NoteKind.CONVERSATION, at(-6, 13), "Holdt.",
                                 appointment_id=series, occurrence_date=at(-6, 0).date()))  # fmt: skip
    week.go(0)  # the same week read again
    assert [i.occurrence.appointment_id for i in week.data.items if i.note_owed] == [
        ids.held_without_note]  # fmt: skip


def test_holidays_are_shaded_and_named(week: WeekView) -> None:
    week.show_week(dt.date(2025, 12, 22))
    assert week.data.holidays == {
        dt.date(2025, 12, 24): "Juleaftensdag",
        dt.date(2025, 12, 25): "Juledag",
        dt.date(2025, 12, 26): "Anden juledag",
    }
    assert week.heading.text().startswith("Uge 52")


ALL_DAY_ICS = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n"
    b"BEGIN:VEVENT\r\nUID:kursus-1\r\nSUMMARY:Kursus i motivationssamtalen\r\n"
    b"DTSTART;VALUE=DATE:20251125\r\nDTEND;VALUE=DATE:20251127\r\n"
    b"X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_all_day_events_sit_in_a_strip_above_the_hours(
    qtbot, week: WeekView, service: CaseService, editor: type[AcceptingEditor]
) -> None:
    from caseapp.planning.ics import import_ics
    from ui.week.week_layout import HEADER
    from ui.week.week_paint import KIND_COLOURS

    hours_before = (week.data.first_hour, week.data.last_hour)
    blocks_before = len(week.data.items)
    import_ics(service._db, ALL_DAY_ICS)
    week.show_week()
    wait_for_all()
    [bar] = week.data.all_day
    assert (bar.who, bar.first, bar.last, bar.row) == ("Kursus i motivationssamtalen", TUE, WED, 0)
    # not a 24-hour block among the timed ones, and the hours shown stay 07-18
    assert len(week.data.items) == blocks_before
    assert (week.data.first_hour, week.data.last_hour) == hours_before
    grid = week.grid
    layout = grid.week_layout()
    rect = grid.block_rect(bar.key)
    assert HEADER <= rect.top() and rect.bottom() <= layout.body_top  # between header and 07.00
    assert rect.left() < layout.column(WED).left() < rect.right()  # across both days
    image = grid.grab().toImage()
    ratio = image.devicePixelRatio()
    edge = image.pixelColor(round((rect.left() + 2) * ratio), round(rect.center().y() * ratio))
    assert edge.name() == KIND_COLOURS[AppointmentKind.OTHER].name()  # really painted there
    assert grid.tooltip(bar).startswith("Hele dagen")

    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    chosen = grid.selected_occurrence()
    assert chosen is not None and chosen.all_day and chosen.title == bar.who
    # a click in the strip on an empty day creates nothing
    empty = QPoint(round(layout.column(FRI).center().x()), round(rect.center().y()))
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=empty)
    assert editor.requests == []
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    [request] = editor.requests
    assert request.appointment.all_day
    wait_for_all()
    [stored] = [o for o in occurrences(service, MONDAY) if o.all_day]
    assert (stored.start, stored.end) == (at(TUE, 0), at(THU, 0))  # saved still whole days


def test_overlaps_are_flagged_side_by_side(week: WeekView, service: CaseService) -> None:
    service.calendar.add_appointment(Appointment(AppointmentKind.PHONE, at(MON, 10, 30), at(MON, 11, 15)))
    service.calendar.add_appointment(Appointment(AppointmentKind.OTHER, at(MON, 12), at(MON, 13),
                                        status=AppointmentStatus.CANCELLED))
    service.calendar.add_appointment(Appointment(AppointmentKind.OTHER, at(MON, 12), at(MON, 12, 30)))
    week.show_week()
    monday = sorted((i for i in week.data.items if i.day == MON), key=lambda i: i.start_minute())
    assert [(i.lane, i.lanes, i.overlaps) for i in monday] == [
        (0, 2, True), (1, 2, True),  # 10-11 and 10.30-11.15 clash
        (0, 2, False), (1, 2, False),  # a cancelled appointment is no clash
    ]


def test_lanes_and_initials_helpers() -> None:
    assert initials("Åse Nørgaard") == "ÅN"
    assert initials("Bjørn  Knudsen Vestergaard") == "BKV"
    assert assign_lanes([]) == []


# -- dragging ------------------------------------------------------------------------------


def test_drag_on_empty_time_opens_the_editor_prefilled_and_creates(
    qtbot, week: WeekView, editor: type[AcceptingEditor], service: CaseService,
    ids: sample.Sample,
) -> None:
    editor.changes = {"citizen_id": ids.dorthe, "kind": AppointmentKind.HOME_VISIT}
    grid = week.grid
    drag(qtbot, week, grid.point_at(THU, 9 * 60 + 5), grid.point_at(THU, 10 * 60 + 20))
    request = editor.requests[-1]
    assert (request.appointment.start, request.appointment.end) == (at(THU, 9), at(THU, 10, 15))
    assert request.is_new
    created = [o for o in occurrences(service, MONDAY) if o.citizen_id == ids.dorthe]
    assert [(o.start, o.end, o.kind) for o in created] == [
        (at(THU, 9), at(THU, 10, 15), AppointmentKind.HOME_VISIT)
    ]
    item = week.grid.selected_item()
    assert item is not None and item.who == "DH"


def test_double_click_on_empty_time_creates_an_hour(
    qtbot, week: WeekView, editor: type[AcceptingEditor], service: CaseService
) -> None:
    qtbot.mouseDClick(week.grid, Qt.MouseButton.LeftButton, pos=week.grid.point_at(WED, 8 * 60 + 40))
    request = editor.requests[-1]
    assert (request.appointment.start, request.appointment.end) == (at(WED, 8, 30), at(WED, 9, 30))


def test_drag_moves_with_15_minute_snap(
    qtbot, week: WeekView, service: CaseService, ids: sample.Sample
) -> None:
    talk = find(week, citizen_id=ids.aase)
    block = week.grid.block_rect(key_of(talk))
    grab = block.center().toPoint()  # 10.30, half an hour into the block
    target = week.grid.point_at(WED, 13 * 60 + 52)  # 13.52 - 30 min = 13.22 -> 13.15
    drag(qtbot, week, QPoint(grab.x(), grab.y()), QPoint(target.x(), target.y()))
    moved = [o for o in occurrences(service, MONDAY) if o.citizen_id == ids.aase]
    assert [(o.start, o.end) for o in moved] == [(at(WED, 13, 15), at(WED, 14, 15))]
    assert week.undo_stack.undoText() == "Flyt aftale"
    week.undo_stack.undo()
    back = [o for o in occurrences(service, MONDAY) if o.citizen_id == ids.aase]
    assert [(o.start, o.end) for o in back] == [(at(MON, 10), at(MON, 11))]


def test_resize_by_the_bottom_edge(qtbot, week: WeekView, service: CaseService) -> None:
    office = find(week, kind=AppointmentKind.OFFICE_TIME)
    block = week.grid.block_rect(key_of(office))
    edge = QPoint(int(block.center().x()), int(block.bottom()) - 2)
    target = QPoint(edge.x(), week.grid.point_at(TUE, 15 * 60 + 38).y())  # -> 15.45
    drag(qtbot, week, edge, target)
    stored = [o for o in occurrences(service, MONDAY) if o.kind == AppointmentKind.OFFICE_TIME]
    assert [(o.start, o.end) for o in stored] == [(at(TUE, 13), at(TUE, 15, 45))]
    assert week.undo_stack.undoText() == "Ændr varighed"


def test_moving_one_occurrence_of_a_series_keeps_the_others(
    qtbot, week: WeekView, service: CaseService
) -> None:
    series = service.calendar.add_appointment(Appointment(
        AppointmentKind.FIXED_ACTIVITY, dt.datetime(2025, 11, 3, 12), dt.datetime(2025, 11, 3, 13),
        title="Fællesspisning", rrule="FREQ=WEEKLY"))
    week.show_week()
    lunch = find(week, series_id=series)
    week.reschedule(lunch, at(MON, 12, 30), at(MON, 13, 30), "Flyt aftale")
    this_week = [o for o in occurrences(service, MONDAY) if o.series_id == series]
    assert [(o.start, o.is_moved) for o in this_week] == [(at(MON, 12, 30), True)]
    next_week = [o for o in occurrences(service, MONDAY + dt.timedelta(7)) if o.series_id == series]
    assert [o.start for o in next_week] == [at(MON + 7, 12)]


# -- delete and undo -----------------------------------------------------------------------


def test_delete_an_occurrence_then_undo_and_redo(
    qtbot, week: WeekView, service: CaseService
) -> None:
    series = service.calendar.add_appointment(Appointment(
        AppointmentKind.TEAM_MEETING, dt.datetime(2025, 11, 4, 9), dt.datetime(2025, 11, 4, 10),
        title="Teammøde", rrule="FREQ=WEEKLY;COUNT=8"))
    week.show_week()
    meeting = find(week, series_id=series)
    week.grid.select(key_of(meeting))
    qtbot.keyClick(week.grid, Qt.Key.Key_Delete)
    assert not [o for o in occurrences(service, MONDAY) if o.series_id == series]
    assert [o.start for o in occurrences(service, MONDAY + dt.timedelta(7))
            if o.series_id == series] == [at(TUE + 7, 9)]
    qtbot.keyClick(week.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [o.start for o in occurrences(service, MONDAY) if o.series_id == series] == [at(TUE, 9)]
    assert week.grid.data.find(key_of(meeting)) is not None
    qtbot.keyClick(week.grid, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not [o for o in occurrences(service, MONDAY) if o.series_id == series]
    assert week.errors == []


def test_delete_a_single_appointment_then_undo(
    qtbot, week: WeekView, service: CaseService, ids: sample.Sample
) -> None:
    talk = find(week, citizen_id=ids.aase)
    week.grid.select(key_of(talk))
    qtbot.keyClick(week.grid, Qt.Key.Key_Delete)
    assert not [o for o in occurrences(service, MONDAY) if o.citizen_id == ids.aase]
    qtbot.keyClick(week.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = [o for o in occurrences(service, MONDAY) if o.citizen_id == ids.aase]
    assert [(o.appointment_id, o.start) for o in restored] == [(talk.appointment_id, at(MON, 10))]


def test_undo_a_created_appointment(
    qtbot, week: WeekView, editor: type[AcceptingEditor], service: CaseService
) -> None:
    before = len(occurrences(service, MONDAY))
    week.create_between(at(FRI, 9), at(FRI, 10))
    assert len(occurrences(service, MONDAY)) == before + 1
    week.undo_stack.undo()
    assert len(occurrences(service, MONDAY)) == before
    week.undo_stack.redo()
    assert len(occurrences(service, MONDAY)) == before + 1


# -- keyboard ------------------------------------------------------------------------------


def test_page_keys_today_and_day_view(qtbot, week: WeekView) -> None:
    qtbot.keyClick(week.grid, Qt.Key.Key_PageDown)
    assert week.monday == dt.date(2025, 12, 1)
    assert week.heading.text().startswith("Uge 49")
    qtbot.keyClick(week.grid, Qt.Key.Key_PageUp)
    qtbot.keyClick(week.grid, Qt.Key.Key_PageUp)
    assert week.monday == dt.date(2025, 11, 17)
    qtbot.keyClick(week.grid, Qt.Key.Key_T)
    assert week.monday == MONDAY
    qtbot.mouseClick(week.day_button, Qt.MouseButton.LeftButton)
    assert week.data.day_count == 1 and week.data.first_day == MONDAY
    assert week.heading.text() == "Mandag 24. november 2025 · uge 48"
    week.grid.setFocus()
    qtbot.keyClick(week.grid, Qt.Key.Key_PageDown)
    assert week.data.first_day == MONDAY + dt.timedelta(days=1)
    qtbot.mouseClick(week.week_button, Qt.MouseButton.LeftButton)
    assert week.data.day_count == 7 and week.monday == MONDAY


def test_arrows_move_the_selection_and_enter_edits(
    qtbot, week: WeekView, editor: type[AcceptingEditor], ids: sample.Sample
) -> None:
    grid = week.grid
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.selected_occurrence().citizen_id == ids.aase  # the first of the week
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.selected_occurrence().kind == AppointmentKind.OFFICE_TIME
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    assert grid.selected_occurrence().citizen_id == ids.aase
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert not editor.requests[-1].is_new
    assert editor.requests[-1].appointment.citizen_id == ids.aase


# -- the editor and recurrence -------------------------------------------------------------


def test_rrule_round_trip() -> None:
    weekly = Recurrence(Repeat.WEEKLY, ending=Ending.COUNT, count=3)
    assert build_rrule(weekly) == "FREQ=WEEKLY;COUNT=3"
    every = Recurrence(Repeat.EVERY_N_WEEKS, interval=3, ending=Ending.UNTIL,
                       until=dt.date(2026, 3, 1))
    assert build_rrule(every) == "FREQ=WEEKLY;INTERVAL=3;UNTIL=20260301T235959"
    monthly = Recurrence(Repeat.MONTHLY, ending=Ending.NEVER)
    assert build_rrule(monthly) == "FREQ=MONTHLY"
    for rule in (weekly, every, monthly):
        assert parse_rrule(build_rrule(rule)) == rule
    assert parse_rrule("FREQ=WEEKLY;BYDAY=MO,WE").repeat == Repeat.OTHER
    assert build_rrule(parse_rrule("FREQ=WEEKLY;BYDAY=MO,WE")) == "FREQ=WEEKLY;BYDAY=MO,WE"


def _real_editor(set_fields: object) -> type:
    """The real dialog, filled in by `set_fields(dialog)` and saved as if OK was pressed."""

    class FilledEditor(AppointmentDialog):
        last: AppointmentDialog | None = None

        def exec(self) -> int:
            FilledEditor.last = self
            set_fields(self)  # type: ignore[operator]
            self.accept()
            return self.result()

    return FilledEditor


def test_weekly_recurrence_with_a_count(
    qtbot, week: WeekView, service: CaseService, ids: sample.Sample
) -> None:
    def weekly_three_times(dialog: AppointmentDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(AppointmentKind.FIXED_ACTIVITY.value))
        dialog.title_edit.setText("Gåtur")
        dialog.repeat.setCurrentIndex(dialog.repeat.findData(Repeat.WEEKLY.value))
        dialog.ending.setCurrentIndex(dialog.ending.findData(Ending.COUNT.value))
        dialog.count.setValue(3)

    week.appointment_dialog = _real_editor(weekly_three_times)
    week.create_between(at(WED, 14), at(WED, 15))
    starts = [o.start for o in occurrences(service, MONDAY, 35) if o.title == "Gåtur"]
    assert starts == [at(WED, 14), at(WED + 7, 14), at(WED + 14, 14)]
    qtbot.keyClick(week.grid, Qt.Key.Key_PageDown)
    walk = find(week, title="Gåtur")
    assert walk.start == at(WED + 7, 14)

    def only_this_later(dialog: AppointmentDialog) -> None:
        assert dialog.scope_row.isVisibleTo(dialog)
        dialog.only_this.setChecked(True)
        assert not dialog.repeat.isEnabled()
        dialog.start.setTime(dialog.start.time().addSecs(3600))
        dialog.end.setTime(dialog.end.time().addSecs(3600))

    week.appointment_dialog = _real_editor(only_this_later)
    week.edit(walk)
    starts = [o.start for o in occurrences(service, MONDAY, 35) if o.title == "Gåtur"]
    assert starts == [at(WED, 14), at(WED + 7, 15), at(WED + 14, 14)]

    def series_twice(dialog: AppointmentDialog) -> None:
        dialog.whole_series.setChecked(True)
        dialog.count.setValue(2)

    week.appointment_dialog = _real_editor(series_twice)
    week.show_week(MONDAY)
    week.edit(find(week, title="Gåtur"))
    starts = [o.start for o in occurrences(service, MONDAY, 35) if o.title == "Gåtur"]
    assert starts == [at(WED, 14), at(WED + 7, 15)]  # the moved one stays where it was put
    assert week.errors == []


def test_editor_shows_core_errors_and_keeps_the_input(qtbot, ids: sample.Sample) -> None:
    from caseapp.errors import InvalidInput

    def refuse(appointment: Appointment, scope: str) -> None:
        raise InvalidInput("Aftalen: slut skal ligge efter start.")

    draft = Appointment(AppointmentKind.CONVERSATION, at(MON, 10), at(MON, 11))
    dialog = AppointmentDialog(EditorRequest(draft, [(ids.aase, "Åse Nørgaard")], refuse))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Opfølgning")
    dialog.accept()
    assert dialog.error.text() == "Aftalen: slut skal ligge efter start."
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.title_edit.text() == "Opfølgning"
    assert not dialog.scope_row.isVisibleTo(dialog)  # not a series: no "this one only"


def test_the_editor_keeps_a_whole_day_event_whole_days(qtbot, ids: sample.Sample) -> None:
    saved: list[Appointment] = []
    course = Appointment(AppointmentKind.OTHER, at(TUE, 0), at(THU, 0), title="Kursus",
                         all_day=True)
    dialog = AppointmentDialog(EditorRequest(course, [], lambda a, _s: saved.append(a)))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Kursus i MI")
    dialog.accept()
    assert [(a.title, a.start, a.end, a.all_day) for a in saved] == [
        ("Kursus i MI", at(TUE, 0), at(THU, 0), True)
    ]


def test_end_before_start_is_refused_by_the_core_in_the_editor(
    qtbot, week: WeekView, service: CaseService
) -> None:
    def backwards(dialog: AppointmentDialog) -> None:
        dialog.end.setTime(dialog.start.time().addSecs(-1800))

    week.appointment_dialog = _real_editor(backwards)
    before = len(occurrences(service, MONDAY))
    week.create_between(at(THU, 10), at(THU, 11))
    dialog = week.appointment_dialog.last  # type: ignore[attr-defined]
    assert "slut skal ligge efter start" in dialog.error.text()
    assert len(occurrences(service, MONDAY)) == before
    assert week.undo_stack.count() == 0


# -- cancellations and no-shows ------------------------------------------------------------


class NoShowDialog:
    """Stands in for the cancellation dialog: waits for the free time, then books it."""

    last: NoShowDialog | None = None

    def __init__(self, summary: str, status: AppointmentStatus, parent: object = None) -> None:
        self.summary, self.status, self.slot = summary, status, None
        NoShowDialog.last = self

    def set_slot(self, slot: Appointment | None) -> None:
        self.slot = slot

    def set_slot_failed(self, message: str) -> None:
        raise AssertionError(message)

    def exec(self) -> int:
        wait_for_all()
        return QDialog.DialogCode.Accepted

    def choice(self) -> tuple[AppointmentStatus, str, Appointment | None]:
        return AppointmentStatus.NO_SHOW, "Mødte ikke op.", self.slot


def test_no_show_marks_the_reason_and_books_the_next_free_time(
    qtbot, week: WeekView, service: CaseService, ids: sample.Sample
) -> None:
    week.cancel_dialog = NoShowDialog
    talk = find(week, citizen_id=ids.aase)
    week.cancel_or_no_show(talk, AppointmentStatus.NO_SHOW)
    slot = NoShowDialog.last.slot
    assert slot is not None and slot.citizen_id == ids.aase
    assert slot.start >= talk.end and slot.end - slot.start == dt.timedelta(hours=1)
    assert dt.time(8) <= slot.start.time() and slot.end.time() <= dt.time(16)
    rows = sorted(service.calendar.citizen_appointments(ids.aase), key=lambda a: a.start)
    missed = next(a for a in rows if a.id == talk.appointment_id)
    assert (missed.status, missed.status_reason) == (AppointmentStatus.NO_SHOW, "Mødte ikke op.")
    assert any(a.start == slot.start and a.status == AppointmentStatus.PLANNED for a in rows)
    assert week.undo_stack.undoText() == "Udeblivelse"


# -- timeliness and plan my week -----------------------------------------------------------


@pytest.fixture
def due_citizens(service: CaseService, ids: sample.Sample) -> tuple[int, int]:
    """One citizen never contacted (due now) and one 16 days past a 14-day contact."""
    erik = service.citizens.add_citizen(Citizen(name="Erik Eriksen", contact_cadence_days=14))
    frida = service.citizens.add_citizen(Citizen(name="Frida Frost", contact_cadence_days=14,
                                        preferred_place=Place.HOME))
    talk = service.diary.save_draft(DiaryNote(frida, NoteKind.CONVERSATION, at(MON - 30, 10), "Samtale."))
    service.diary.sign_note(talk, at(MON - 30, 11))
    return erik, frida


def test_timeliness_panel_numbers(
    qtbot, window: MainWindow, week: WeekView, service: CaseService,
    due_citizens: tuple[int, int],
) -> None:
    erik, frida = due_citizens
    expected = timeliness_for(service._db, MONDAY)
    with qtbot.waitSignal(window.caseload_loaded, timeout=10_000):
        window.refresh()  # new citizens: names for the panel
    with qtbot.waitSignal(week.timeliness_loaded, timeout=10_000):
        week.show_week()
    panel = week.panel
    assert [e.citizen_id for e in expected.overdue] == [frida]
    assert erik in [e.citizen_id for e in expected.due_this_week]
    assert panel.count.text() == str(expected.to_book_count) == "2"
    assert panel.title.text() == "Rettidighed · uge 48"
    assert panel.overdue.texts() == ["Frida Frost – 16 dage over"]
    assert "Erik Eriksen – senest mandag 24.11." in panel.due.texts()
    qtbot.mouseClick(week.panel_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()  # a projector-safe week: initials only


def test_plan_my_week_accept_creates_appointments(
    qtbot, week: WeekView, service: CaseService, due_citizens: tuple[int, int]
) -> None:
    erik, frida = due_citizens

    class ConversationsOnly(PlanWeekDialog):
        def exec(self) -> int:
            qtbot.waitUntil(lambda: self.plan is not None, timeout=10_000)
            for row in range(self.proposals.count()):
                item = self.proposals.item(row)
                if item.data(Qt.ItemDataRole.UserRole + 20).citizen_id is None:
                    item.setCheckState(Qt.CheckState.Unchecked)  # no office blocks this time
            return QDialog.DialogCode.Accepted

    week.plan_week_dialog = ConversationsOnly
    week.plan_week()
    wait_for_all()
    booked = {o.citizen_id: o for o in occurrences(service, MONDAY) if o.citizen_id in (erik, frida)}
    assert set(booked) == {erik, frida}
    assert booked[frida].kind == AppointmentKind.HOME_VISIT and booked[frida].place == Place.HOME
    assert all(o.start >= sample.NOW for o in booked.values())
    assert not [o for o in occurrences(service, MONDAY)
                if o.kind == AppointmentKind.OFFICE_TIME and o.start.date() != at(TUE, 0).date()]
    assert week.undo_stack.undoText() == "Planlæg min uge"


def test_plan_dialog_lists_reasons_and_who_could_not_be_placed(
    qtbot, window: MainWindow, service: CaseService, due_citizens: tuple[int, int]
) -> None:
    erik, _ = due_citizens
    for day in range(5):  # a full week: nothing fits
        service.calendar.add_appointment(Appointment(AppointmentKind.OFFICE_TIME, at(day, 7), at(day, 17)))
    dialog = PlanWeekDialog(service, MONDAY, sample.NOW, {erik: "Erik Eriksen"}, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.plan_loaded, timeout=10_000):
        pass
    assert dialog.proposals.count() == 0 and not dialog.ok_button.isEnabled()
    texts = [dialog.unplaced.item(i).text() for i in range(dialog.unplaced.count())]
    assert "Erik Eriksen: Der er ingen ledig tid i arbejdstiden i ugen." in texts


# -- the File menu: iCalendar and printing -------------------------------------------------


def test_ics_export_and_import_through_the_file_menu(
    qtbot, window: MainWindow, week: WeekView, service: CaseService, tmp_path: Path
) -> None:
    menu = window.calendar_menu
    infos: list[str] = []
    errors: list[BaseException] = []
    menu.show_info = lambda _parent, text: infos.append(text)
    menu.show_error = lambda _parent, exc: errors.append(exc)
    out = tmp_path / "uge48.ics"
    menu.ask_export_range = lambda first, last: (first, first + dt.timedelta(days=6), False)
    menu.save_file_name = lambda *args, **kwargs: (str(out), "")
    with qtbot.waitSignal(menu.calendar_exported, timeout=10_000):
        menu.export_action.trigger()
    text = out.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 2 and "Europe/Copenhagen" in text
    assert "Åse" not in text and "Nørgaard" not in text  # no names by default

    incoming = tmp_path / "outlook.ics"
    incoming.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//DA\r\n"
        "BEGIN:VEVENT\r\nUID:netvaerk-1@example\r\nDTSTAMP:20251120T120000Z\r\n"
        "DTSTART;TZID=Europe/Copenhagen:20251127T090000\r\n"
        "DTEND;TZID=Europe/Copenhagen:20251127T103000\r\n"
        "SUMMARY:Netværksmøde\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    menu.open_file_name = lambda *args, **kwargs: (str(incoming), "")
    with qtbot.waitSignal(menu.calendar_imported, timeout=10_000):
        menu.import_action.trigger()
    imported = find(week, start=at(THU, 9))
    assert imported.end == at(THU, 10, 30)
    assert errors == [] and len(infos) == 2
    assert infos[1] == "Kalenderen er indlæst: 1 ny aftale, 0 opdateret, 0 uændret."
    assert imported.title == "Netværksmøde"  # an outside event keeps its title
    with qtbot.waitSignal(menu.calendar_imported, timeout=10_000):
        menu.import_action.trigger()  # the same file again: updated by UID, not duplicated
    assert infos[2] == "Kalenderen er indlæst: 0 nye aftaler, 0 opdateret, 1 uændret."
    assert len([o for o in week.data.items if o.occurrence.start == at(THU, 9)]) == 1
    gone = incoming.read_text(encoding="utf-8").replace(
        "UID:netvaerk-1@example", "UID:netvaerk-2@example")
    incoming.write_text(gone, encoding="utf-8")
    with qtbot.waitSignal(menu.calendar_imported, timeout=10_000):
        menu.import_action.trigger()
    assert infos[3].endswith("1 aftale fra samme kalender findes ikke længere i filen "
                             "og er beholdt.")

    broken = tmp_path / "broken.ics"
    broken.write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n")
    menu.open_file_name = lambda *args, **kwargs: (str(broken), "")
    before = len(occurrences(service, MONDAY))
    menu.import_action.trigger()
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=10_000)
    assert len(occurrences(service, MONDAY)) == before


def test_print_the_week_to_pdf(
    qtbot, window: MainWindow, week: WeekView, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    menu = window.calendar_menu
    out = tmp_path / "uge.pdf"
    menu.save_file_name = lambda *args, **kwargs: (str(out), "")
    with qtbot.waitSignal(menu.week_printed, timeout=10_000):
        menu.pdf_action.trigger()
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    page_text = " ".join(reader.pages[0].extract_text().split())
    assert "Uge 48 · 24.–30. november 2025" in page_text and "10.00–11.00 ÅN" in page_text
    assert "Udskrevet 24.11.2025 09.00" in page_text
    assert "Åse Nørgaard" not in page_text


def test_an_undo_the_core_refuses_is_told_and_the_week_read_again(
    qtbot, week: WeekView, editor: type[AcceptingEditor], service: CaseService,
    ids: sample.Sample,
) -> None:
    editor.changes = {"citizen_id": ids.aase, "title": "Samtale om bussen"}
    week.create_between(at(FRI, 9), at(FRI, 10))
    created = find(week, title="Samtale om bussen")
    service.diary.save_draft(DiaryNote(ids.aase, NoteKind.CONVERSATION, at(FRI, 9),
                                       "Åse tog selv bussen.",
                                       appointment_id=created.appointment_id))
    week.undo_stack.undo()  # would delete the appointment a note now points to: refused
    assert [exc.message for exc in week.errors] == [
        "Aftalen har et dagbogsnotat knyttet til sig og kan ikke slettes; markér den som aflyst i "
        "stedet."]
    assert week.grid.data.find(key_of(created)) is not None
    assert [o.title for o in occurrences(service, MONDAY) if o.start == at(FRI, 9)] == [
        "Samtale om bussen"]
