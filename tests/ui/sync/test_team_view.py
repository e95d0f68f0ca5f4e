"""The leader's team view (Team → Teamets sagsstamme …) on laptop B, a real PostgreSQL: the
team's shared citizens with their responsible worker, the dates per worker, following a
colleague's change after a sync, and the caseload sheet grouped by worker."""

from __future__ import annotations

import dataclasses
import io

import pypdf
from PySide6.QtCore import Qt

from tests.ui.helpers import model_texts
from tests.ui.sync.conftest import NAME, Team
from ui.common.pdf_preview_dialog import PdfPreviewDialog
from ui.common.worker import wait_for_all
from ui.shell import sidebar
from ui.shell.main_window import MainWindow


def _anne_makes(team: Team, responsible: str) -> None:
    with team.a.service() as a:
        a.citizens.update_citizen(dataclasses.replace(a.citizens.citizen(team.a_citizen), responsible=responsible))
    team.a.sync()


def test_the_leader_sees_the_team_by_worker_follows_a_sync_and_prints_by_worker(
    qtbot, team: Team, b_window: MainWindow
) -> None:
    _anne_makes(team, "Anne Kontaktperson")
    team.b.sync()
    team_menu = next(a.menu() for a in b_window.menuBar().actions() if a.text() == "&Team")
    action = next(a for a in team_menu.actions() if a.text() == "&Teamets sagsstamme …")
    action.trigger()
    view = b_window.reports.team_view
    assert view is not None
    qtbot.waitUntil(lambda: view.workers.rowCount() == 1, timeout=20_000)
    assert model_texts(view.workers)[:2] == ["Anne Kontaktperson", "1"]
    assert model_texts(view.caseload)[:2] == [NAME, "Anne Kontaktperson"]
    assert "1 delte borgere hos 1 ansvarlige" in view.summary.text()

    _anne_makes(team, "Bo Bøgh")  # Anne hands the case to Bo by hand
    team.b.sync()  # a sync beside the open window: the view follows by itself
    qtbot.waitUntil(lambda: model_texts(view.workers)[:1] == ["Bo Bøgh"], timeout=20_000)

    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(b_window.reports.last_dialog, PdfPreviewDialog), timeout=20_000)
    preview = b_window.reports.last_dialog
    assert isinstance(preview, PdfPreviewDialog)
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(preview.pdf)).pages).split())
    assert "Bo Bøgh · 1 borger" in text and NAME in text
    preview.close()

    view.caseload_table.setFocus()
    view.caseload_table.selectRow(0)
    qtbot.keyClick(view.caseload_table, Qt.Key.Key_Return)  # Enter opens the citizen
    wait_for_all()
    assert b_window.current_page() == sidebar.CITIZEN
    assert b_window.citizen_page.header.name_label.text() == NAME
