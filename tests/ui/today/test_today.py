"""I dag and Uge: what is due, computed from the façade, shown as lists."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from caseapp.domain.enums import AppointmentKind, NoteKind
from caseapp.domain.models import Appointment, DiaryNote
from caseapp.service import CaseService
from tests.ui import sample
from ui.shell import sidebar
from ui.shell.main_window import MainWindow
from ui.today.today_data import build_today


def test_digest(service: CaseService, ids: sample.Sample) -> None:
    digest = build_today(service, sample.NOW)
    assert [a.citizen_id for a in digest.appointments] == [ids.aase]
    assert [a.appointment_id for a in digest.held_without_note] == [ids.held_without_note]
    assert {n.id for n in digest.draft_notes} >= {ids.draft_note}
    assert [s.citizen_id for s in digest.draft_statuses] == [ids.aase]
    later = build_today(service, sample.NOW + dt.timedelta(days=20))
    assert [c.name for c in later.contact_due][:1] == ["Åse Nørgaard"]
    assert all(c.status != "closed" for c in later.contact_due)


def test_today_lists_an_imported_whole_day_event_with_its_own_place(
    qtbot, window: MainWindow, service: CaseService
) -> None:
    from caseapp.planning.ics import import_ics
    from ui.common.worker import wait_for_all

    import_ics(service._db, (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\nBEGIN:VEVENT\r\nUID:temadag\r\n"
        "SUMMARY:Temadag\r\nLOCATION:Rådhuset\\, sal B\r\nDTSTART;VALUE=DATE:20251124\r\n"
        "DTEND;VALUE=DATE:20251125\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode())
    window.refresh()
    wait_for_all()
    assert "Hele dagen · Temadag · Rådhuset, sal B" in window.today_view.appointments.texts()


def test_today_view_lists_and_opens(qtbot, window: MainWindow, ids: sample.Sample) -> None:
    view = window.today_view
    assert view.heading.text() == "I dag, mandag 24. november 2025"
    assert view.appointments.texts() == ["10.00–11.00 · Samtale med Åse · Åse Nørgaard · Jobcenter"]
    assert any("Dorthe Hansen" in t for t in view.unnoted.texts())
    assert any("Bjørn ringede" in t for t in view.drafts.texts())
    items = view.unnoted.items
    items.setCurrentRow(0)
    qtbot.keyClick(items, Qt.Key.Key_Return)
    assert window.current_page() == sidebar.CITIZEN
    assert window.citizen_page.citizen.id == ids.dorthe
    assert window.citizen_page.tabs.currentWidget() is window.citizen_page.notes


def test_today_owes_a_note_for_each_held_occurrence_of_a_series(
    qtbot, window: MainWindow, service: CaseService, ids: sample.Sample
) -> None:
    start = dt.datetime(2025, 11, 4, 13, 0)  # Tuesdays; the 4th, 11th and 18th have been held
    series = service.calendar.add_appointment(Appointment(
        AppointmentKind.CONVERSATION, start, start + dt.timedelta(hours=1), citizen_id=ids.aase,
        rrule="FREQ=WEEKLY;COUNT=6", title="Ugentlig samtale"))  # fmt: skip
    with qtbot.waitSignal(window.caseload_loaded, timeout=10_000):
        window.refresh()
    view = window.today_view
    assert [t for t in view.unnoted.texts() if "Åse" in t] == [
        "04.11.2025 13.00 · Samtale · Åse Nørgaard",
        "11.11.2025 13.00 · Samtale · Åse Nørgaard",
        "18.11.2025 13.00 · Samtale · Åse Nørgaard",
    ]
    view.unnoted.items.setCurrentRow(view.unnoted.texts().index(
        "18.11.2025 13.00 · Samtale · Åse Nørgaard"))  # fmt: skip
    qtbot.keyClick(view.unnoted.items, Qt.Key.Key_Return)
    editor = window.citizen_page.notes.editor
    assert editor.appointment.currentText() == "18.11.2025 13.00 · Ugentlig samtale"
    assert editor.occurred.dateTime().toPython() == dt.datetime(2025, 11, 18, 13, 0)
    editor.text.setPlainText("Vi talte om praktikken.")
    assert editor.save()
    note = service.diary.note(editor.note_id)
    assert (note.appointment_id, note.occurrence_date) == (series, dt.date(2025, 11, 18))
    with qtbot.waitSignal(window.caseload_loaded, timeout=10_000):
        window.refresh()
    assert [t for t in view.unnoted.texts() if "Åse" in t] == [
        "04.11.2025 13.00 · Samtale · Åse Nørgaard",
        "11.11.2025 13.00 · Samtale · Åse Nørgaard",
    ]


def test_a_draft_about_an_occurrence_opens_with_that_occurrence_chosen(
    qtbot, window: MainWindow, service: CaseService, ids: sample.Sample
) -> None:
    from caseapp.domain.enums import NoteKind
    from caseapp.domain.models import DiaryNote

    start = dt.datetime(2025, 11, 4, 13, 0)
    series = service.calendar.add_appointment(Appointment(
        AppointmentKind.CONVERSATION, start, start + dt.timedelta(hours=1), citizen_id=ids.aase,
        rrule="FREQ=WEEKLY;COUNT=6", title="Ugentlig samtale"))  # fmt: skip
    draft = service.diary.save_draft(DiaryNote(
        ids.aase, NoteKind.CONVERSATION, dt.datetime(2025, 11, 12, 8, 0), "Skrevet dagen efter.",
        appointment_id=series, occurrence_date=dt.date(2025, 11, 11)))  # fmt: skip
    window.open_citizen(ids.aase, f"notes:draft:{draft}")
    editor = window.citizen_page.notes.editor
    assert editor.appointment.currentText() == "11.11.2025 13.00 · Ugentlig samtale"
    assert editor.current_draft().occurrence_date == dt.date(2025, 11, 11)
    editor.text.setPlainText("Skrevet dagen efter, om samtalen den 11.")
    assert editor.save()
    assert service.diary.note(draft).occurrence_date == dt.date(2025, 11, 11)


def test_signed_notes_not_filed_after_three_working_days_lead_to_the_diary_filtered(
    qtbot, window: MainWindow, service: CaseService, ids: sample.Sample
) -> None:
    signed = dt.datetime(2025, 11, 18, 15, 0)  # the Tuesday before: four working days ago
    note = service.diary.save_draft(DiaryNote(ids.aase, NoteKind.CONVERSATION, signed,
                                        "Vi talte om praktikken.", "Åse"))
    service.diary.sign_note(note, signed)
    with qtbot.waitSignal(window.caseload_loaded, timeout=10_000):
        window.refresh()
    view = window.today_view
    hits = [t for t in view.unfiled.texts() if "Åse" in t]
    assert hits == ["Åse Nørgaard – 2 notater, det ældste underskrevet 17.11.2025"]  # one in the sample
    view.unfiled.items.setCurrentRow(view.unfiled.texts().index(hits[0]))
    qtbot.keyClick(view.unfiled.items, Qt.Key.Key_Return)
    assert window.citizen_page.citizen.id == ids.aase
    assert window.citizen_page.tabs.currentWidget() is window.citizen_page.notes
    assert window.citizen_page.notes.filters.not_entered.isChecked()
    service.diary.mark_entered_official([note], sample.TODAY)
    with qtbot.waitSignal(window.caseload_loaded, timeout=10_000):
        window.refresh()
    assert [t for t in view.unfiled.texts() if "Åse" in t] == [
        "Åse Nørgaard – 1 notat, det ældste underskrevet 17.11.2025"]


def test_closed_cases_due_for_deletion_within_30_days_are_listed(
    qtbot, window: MainWindow, service: CaseService, ids: sample.Sample
) -> None:
    service.records.close_case(ids.dorthe, "Flyttet", on=dt.date(2025, 9, 1))  # deleted 30.11.2025
    service.records.close_case(ids.aase, "Mål nået", on=dt.date(2025, 8, 1))  # due 30.10.2025: late
    with qtbot.waitSignal(window.caseload_loaded, timeout=10_000):
        window.refresh()
    texts = window.today_view.deletions.texts()
    assert "Åse Nørgaard – skulle slettes 30.10.2025" in texts
    assert "Dorthe Hansen – slettes 30.11.2025" in texts
