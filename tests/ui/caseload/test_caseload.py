"""Sagsstamme: filtering, the fixed views, and opening a citizen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui import sample
from ui.caseload.caseload_filter import CaseloadView
from ui.shell import sidebar
from ui.shell.main_window import MainWindow


def _names(window: MainWindow) -> list[str]:
    proxy = window.caseload_view.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_filter_by_typing_and_by_view(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == sidebar.CASELOAD
    view = window.caseload_view
    assert _names(window) == ["Bjørn Ærø", "Dorthe Hansen", "Åse Nørgaard"]  # Danish order
    assert "3 af 4" in view.count_label.text()
    qtbot.keyClicks(view.filter_edit, "kontanthjælp")
    assert _names(window) == ["Åse Nørgaard"]
    view.filter_edit.clear()
    view.set_shown(CaseloadView.WAITING)
    assert _names(window) == ["Bjørn Ærø"]
    view.set_shown(CaseloadView.CLOSED)
    assert _names(window) == ["Carl Østergaard"]
    view.set_shown(CaseloadView.ALL)
    assert len(_names(window)) == 4


def test_overdue_view(qtbot, service, ids: sample.Sample) -> None:
    import datetime as dt

    later = MainWindow(service, now=lambda: sample.NOW + dt.timedelta(days=10))
    qtbot.addWidget(later)
    with qtbot.waitSignal(later.caseload_loaded, timeout=10_000):
        later.refresh()
    later.caseload_view.set_shown(CaseloadView.OVERDUE)
    # Åse was due 01.12 (the others later); Bjørn's phone call is only a draft note, and a draft
    # is not yet a contact, so he counts as never contacted.
    assert _names(later) == ["Bjørn Ærø", "Åse Nørgaard"]


def test_enter_in_filter_opens_the_citizen(qtbot, window: MainWindow, ids: sample.Sample) -> None:
    window.show_page(sidebar.CASELOAD)
    qtbot.keyClicks(window.caseload_view.filter_edit, "dorthe")
    qtbot.keyClick(window.caseload_view.filter_edit, Qt.Key.Key_Return)
    assert window.current_page() == sidebar.CITIZEN
    assert window.citizen_page.citizen is not None
    assert window.citizen_page.citizen.id == ids.dorthe
    assert window.sidebar.has_citizen()


def test_double_click_opens_the_citizen(qtbot, window: MainWindow, ids: sample.Sample) -> None:
    window.show_page(sidebar.CASELOAD)
    table = window.caseload_view.table
    row = _names(window).index("Åse Nørgaard")
    rect = table.visualRect(window.caseload_view.proxy.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() == sidebar.CITIZEN
    assert window.citizen_page.citizen.id == ids.aase
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == sidebar.TODAY
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == sidebar.CITIZEN


def test_the_closed_view_shows_when_each_case_is_to_be_deleted(qtbot, window: MainWindow, service, ids: sample.Sample) -> None:
    import datetime as dt

    from tests.ui.helpers import model_texts

    service.records.close_case(ids.dorthe, "Flyttet", on=dt.date(2025, 11, 3))
    with qtbot.waitSignal(window.caseload_loaded, timeout=10_000):
        window.refresh()
    view = window.caseload_view
    view.set_shown(CaseloadView.CLOSED)
    assert _names(window) == ["Carl Østergaard", "Dorthe Hansen"]
    assert "Afsluttet, slettes 01.02.2026" in model_texts(view.model)  # 90 days after 03.11.2025
