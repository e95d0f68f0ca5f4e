"""I dag and Uge: what is due, computed from the façade, shown as lists."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from caseapp.service import CaseService
from tests.ui import sample
from ui import sidebar
from ui.main_window import MainWindow
from ui.today_data import build_today


def test_digest(service: CaseService, ids: sample.Sample) -> None:
    digest = build_today(service, sample.NOW)
    assert [a.citizen_id for a in digest.appointments] == [ids.aase]
    assert [a.id for a in digest.held_without_note] == [ids.held_without_note]
    assert {n.id for n in digest.draft_notes} >= {ids.draft_note}
    assert [s.citizen_id for s in digest.draft_statuses] == [ids.aase]
    later = build_today(service, sample.NOW + dt.timedelta(days=20))
    assert [c.name for c in later.contact_due][:1] == ["Åse Nørgaard"]
    assert all(c.status != "closed" for c in later.contact_due)


def test_today_lists_an_imported_whole_day_event_with_its_own_place(
    qtbot, window: MainWindow, service: CaseService
) -> None:
    from caseapp.planning.ics import import_ics
    from ui.worker import wait_for_all

    import_ics(service.db, (
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
