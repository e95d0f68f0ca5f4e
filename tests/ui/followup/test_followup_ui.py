"""Frister and the Opfølgning tab, clicked as a caseworker would."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from caseapp.domain.enums import ChaseHow, DeadlineKind, EffortKind
from caseapp.domain.followup import DocumentRequest, Effort
from caseapp.service import CaseService
from tests.ui import sample
from tests.ui.helpers import model_texts
from ui.followup.effort_dialog import EffortDialog
from ui.followup.effort_end_dialog import EffortEndDialog
from ui.shell import sidebar
from ui.shell.main_window import MainWindow

TODAY = sample.TODAY  # Monday 24 November 2025


def _follow_up(service: CaseService, ids: sample.Sample) -> int:
    service.efforts.add(Effort(ids.aase, "Mentorforløb", TODAY - dt.timedelta(days=90),
                               TODAY + dt.timedelta(days=10), EffortKind.MENTOR), provider="Jens Østergård")
    return service.documents.request(DocumentRequest(
        ids.dorthe, "Lægeattest", "Lægehuset", TODAY - dt.timedelta(days=30), TODAY - dt.timedelta(days=3)))


def _rows(window: MainWindow) -> list[tuple[str, str, str]]:
    proxy = window.deadlines_view.proxy
    return [(proxy.index(r, 2).data(), proxy.index(r, 3).data(), proxy.index(r, 5).data())
            for r in range(proxy.rowCount()) if proxy.index(r, 3).data() != "Samtale"]


def test_frister_lists_what_is_due_overdue_first_and_filters(qtbot, qtmodeltester, service, ids, window) -> None:
    _follow_up(service, ids)
    with qtbot.waitSignal(window.caseload_loaded, timeout=10_000):
        window.refresh()
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == sidebar.DEADLINES
    view = window.deadlines_view
    qtmodeltester.check(view.model)
    assert _rows(window) == [
        ("Dorthe Hansen", "Dokument", "Send rykker 1 til Lægehuset"),
        ("Åse Nørgaard", "Indsats udløber", "Ring til Jens Østergård og planlæg det videre forløb"),
    ]
    first = view.proxy.index(0, 1)
    assert first.data() == "3 dage over" and first.data(Qt.ItemDataRole.ForegroundRole) is not None
    view.days_box.setValue(5)  # the effort ends in 10 days
    assert [r[0] for r in _rows(window)] == ["Dorthe Hansen"]
    view.days_box.setValue(30)
    view.kind_box.setCurrentIndex(view.kind_box.findData(DeadlineKind.EFFORT_ENDS))
    assert [r[0] for r in _rows(window)] == ["Åse Nørgaard"]
    assert "1 frist" in view.count_label.text()
    view.kind_box.setCurrentIndex(0)
    view.citizen_box.setCurrentIndex(view.citizen_box.findData(ids.dorthe))
    assert [r[0] for r in _rows(window)] == ["Dorthe Hansen"]
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # opens the citizen's Opfølgning tab
    page = window.citizen_page
    assert window.current_page() == sidebar.CITIZEN and page.citizen.id == ids.dorthe
    assert page.tabs.currentWidget() is page.followup
    assert "Lægeattest" in model_texts(page.followup.documents_model)


def _fill_effort(dialog: EffortDialog, title: str, end: dt.date) -> bool:
    dialog.title_edit.setText(title)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(EffortKind.PLACEMENT))
    dialog.end_edit.setDate(end)
    dialog.provider_edit.setText("Praktikvejleder Bo")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return dialog.result() == dialog.DialogCode.Accepted


def test_a_new_effort_from_the_form_and_a_bad_end_date_kept_in_the_form(qtbot, service, ids, window) -> None:
    window.open_citizen(ids.aase, "followup")
    tab = window.citizen_page.followup
    seen: list[str] = []

    def bad_then_good(dialog: EffortDialog) -> bool:
        assert not _fill_effort(dialog, "Virksomhedspraktik", TODAY - dt.timedelta(days=1))
        seen.append(dialog.error_label.text())
        assert service.efforts.of_citizen(ids.aase) == []  # nothing saved
        return _fill_effort(dialog, "Virksomhedspraktik", TODAY + dt.timedelta(days=60))

    tab.run_dialog = bad_then_good
    qtbot.mouseClick(tab.new_effort_button, Qt.MouseButton.LeftButton)
    assert seen == ["Indsatsen slutter før den begynder; ret slutdatoen."]
    [effort] = service.efforts.of_citizen(ids.aase)
    assert (effort.title, effort.provider_name, effort.kind) == ("Virksomhedspraktik", "Praktikvejleder Bo",
                                                                 EffortKind.PLACEMENT)
    texts = model_texts(tab.efforts_model)
    assert "Virksomhedspraktik" in texts and "Praktik" in texts and "Løber" in texts

    def extend(dialog: EffortEndDialog) -> bool:
        dialog.date_edit.setDate(TODAY + dt.timedelta(days=120))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result() == dialog.DialogCode.Accepted

    tab.run_dialog = extend
    tab.efforts_table.selectRow(0)
    qtbot.mouseClick(tab.end_effort_button, Qt.MouseButton.LeftButton)
    assert service.efforts.get(effort.id).end_on == TODAY + dt.timedelta(days=120)
    assert f"Forlænget fra {(TODAY + dt.timedelta(days=60)):%d.%m.%Y}" in model_texts(tab.efforts_model)


def test_chasing_a_document_moves_it_to_the_second_reminder_and_receiving_it_ends_it(
    qtbot, service, ids, window
) -> None:
    request_id = _follow_up(service, ids)
    window.open_citizen(ids.dorthe, "followup")
    tab = window.citizen_page.followup
    tab.ask_how = lambda _parent: ChaseHow.PHONE
    tab.documents_table.selectRow(0)
    qtbot.mouseClick(tab.chase_button, Qt.MouseButton.LeftButton)
    assert f"telefon {TODAY:%d.%m.%Y}" in model_texts(tab.documents_model)
    [line] = [d for d in service.deadlines(TODAY) if d.kind == DeadlineKind.DOCUMENT_DUE]
    assert line.reminder == 2 and line.on == TODAY + dt.timedelta(days=7)
    qtbot.mouseClick(tab.received_button, Qt.MouseButton.LeftButton)
    assert service.documents.get(request_id).received_on == TODAY
    assert f"Modtaget {TODAY:%d.%m.%Y}" in model_texts(tab.documents_model)
    assert not tab.chase_button.isEnabled()  # a received document is not chased


def test_i_dag_lists_the_efforts_and_documents_due_this_week_and_opens_the_tab(
    qtbot, service, ids, window
) -> None:
    _follow_up(service, ids)
    service.efforts.add(Effort(ids.dorthe, "Danskkursus", TODAY - dt.timedelta(days=90),
                               TODAY + dt.timedelta(days=40), EffortKind.COURSE))  # not this week
    with qtbot.waitSignal(window.caseload_loaded, timeout=10_000):
        window.refresh()
    section = window.today_view.deadlines
    assert section.texts() == ["3 dage over · Dorthe Hansen · Lægeattest: Send rykker 1 til Lægehuset"]
    section.items.setCurrentRow(0)
    qtbot.keyClick(section.items, Qt.Key.Key_Return)
    page = window.citizen_page
    assert page.citizen.id == ids.dorthe and page.tabs.currentWidget() is page.followup
