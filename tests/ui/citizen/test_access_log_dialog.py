"""Hvem har set …: opening a citizen, a note and a search leave rows the citizen's page lists."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caseapp.service import CaseService
from tests.ui import sample
from tests.ui.helpers import model_texts
from ui.citizen.access_log_dialog import AccessLogDialog
from ui.common.worker import wait_for_all
from ui.shell.main_window import MainWindow


def _shown_without_a_modal_loop(opened: list[AccessLogDialog]):
    def make(*args: object) -> AccessLogDialog:
        dialog = AccessLogDialog(*args)  # type: ignore[arg-type]
        dialog.exec = dialog.show  # type: ignore[method-assign]
        opened.append(dialog)
        return dialog

    return make


def test_opening_a_citizen_and_a_note_is_logged_and_listed_on_the_page(
    qtbot, window: MainWindow, service: CaseService, ids: sample.Sample
) -> None:
    page = window.citizen_page
    opened: list[AccessLogDialog] = []
    page.access_log_dialog = _shown_without_a_modal_loop(opened)
    window.open_citizen(ids.aase)
    window.open_citizen(ids.aase, "notes")
    wait_for_all()
    diary = page.notes
    qtbot.waitUntil(lambda: diary.model.rowCount() > 0, timeout=10_000)
    diary.table.selectRow(diary.model.rowCount() - 1)  # a note the list does not show first
    qtbot.waitUntil(lambda: bool(diary.selected_notes()), timeout=10_000)
    opened_note = diary.selected_notes()[0].id

    assert page.header.access_button.accessibleName() == "Hvem har set borgeren"
    qtbot.mouseClick(page.header.access_button, Qt.MouseButton.LeftButton)
    dialog = opened[-1]
    qtbot.waitUntil(lambda: f"notat {opened_note}" in model_texts(dialog.model), timeout=10_000)
    texts = model_texts(dialog.model)
    assert "Åbnede borgeren" in texts and "Åbnede et dagbogsnotat" in texts
    assert dialog.windowTitle() == "Hvem har set Åse Nørgaard"
    assert "aldrig selve oplysningerne" in dialog.hint.text() and "6 måneder" in dialog.hint.text()
    rows = service.records.access_log()
    assert {r.citizen_id for r in rows} == {ids.aase}
    assert [r.action for r in rows].count("opened_citizen") == 1  # the second open was the same page
    dialog.close()


def test_opening_a_citizen_does_not_make_the_views_read_again(
    qtbot, window: MainWindow, ids: sample.Sample
) -> None:
    reads: list[int] = []
    window.changes.changed.connect(lambda: reads.append(1))
    window.open_citizen(ids.aase)
    window.changes.check()
    assert reads == []
