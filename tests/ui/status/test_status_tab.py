"""The Status tab, the PDF preview and printing, the batch export and the overview print-out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from caseapp.domain.dates import add_months
from caseapp.domain.enums import CitizenStatus, NoteKind, StatusState
from caseapp.domain.models import Citizen, CitizenSummary, DiaryNote
from caseapp.reports.commands import status_file_name
from caseapp.reports.status_pdf import build_status_pdf, status_report_data
from caseapp.service import CaseService
from caseapp.statuses import default_period
from tests.ui import sample
from tests.ui.helpers import visible_texts
from ui.caseload.caseload_model import CaseloadModel
from ui.common.pdf_preview_dialog import PdfPreviewDialog
from ui.common.table_model import ALERT_COLOR
from ui.shell.main_window import MainWindow
from ui.status.batch_export_dialog import BatchExportDialog
from ui.status.status_list_model import status_list_model
from ui.status.status_tab import StatusTab

SUMMARY = "Åse er kommet til fællesspisning fire tirsdage i træk og har selv sagt til."


@pytest.fixture
def summary(service: CaseService, ids: sample.Sample) -> int:
    """A monthly summary on Åse's sub-goal, inside the period a new draft gets (today)."""
    return service.diary.save_draft(DiaryNote(
        ids.aase, NoteKind.SUMMARY, sample.NOW - dt.timedelta(hours=1), SUMMARY,
        goal_ids=(ids.subgoal,),
    ))


def open_status(window: MainWindow, citizen_id: int) -> StatusTab:
    assert window.open_citizen(citizen_id, "status")
    return window.citizen_page.statuses


def new_draft(qtbot: QtBot, tab: StatusTab) -> None:
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.editor.has_record() and tab.editor.status_id is None
                    and not tab._busy, timeout=10_000)
    qtbot.waitUntil(lambda: all(box.isVisible() for box in tab.editor.goal_boxes))


def test_default_period_is_since_the_last_or_the_cadence(service: CaseService,
                                                         ids: sample.Sample) -> None:
    # Åse's draft ends today: the next one starts no later than today
    assert default_period(service._db, ids.aase, sample.TODAY) == (sample.TODAY, sample.TODAY)
    start = add_months(sample.TODAY, -12) + dt.timedelta(days=1)
    assert default_period(service._db, ids.dorthe, sample.TODAY) == (start, sample.TODAY)


def test_new_draft_is_prefilled_from_the_plan_and_summaries(
    qtbot: QtBot, window: MainWindow, ids: sample.Sample, summary: int
) -> None:
    tab = open_status(window, ids.aase)
    assert tab.model.rowCount() == 1
    new_draft(qtbot, tab)
    editor = tab.editor
    assert editor.period_start.date() == QDate(2025, 11, 24)
    assert editor.period_end.date() == QDate(2025, 11, 24)
    boxes = {box.goal.goal_id: box for box in editor.goal_boxes}
    assert boxes[ids.subgoal].text() == SUMMARY
    assert boxes[ids.subgoal].origin.isVisible()  # "Forslag hentet fra opsamlingen …"
    texts = visible_texts(tab)
    assert SUMMARY in texts
    assert "Indsatsmål 1" in texts and "Delmål 1.1" in texts
    assert "Åse deltager i fællesspisningen hver tirsdag." in texts
    assert "Opsamlinger i perioden (1):" in texts
    assert tab.save_button.isEnabled() and tab.has_unsaved_changes()
    assert window.citizen_page.has_unsaved_changes()


def test_edit_and_save_a_draft(
    qtbot: QtBot, window: MainWindow, service: CaseService, ids: sample.Sample, summary: int
) -> None:
    tab = open_status(window, ids.aase)
    new_draft(qtbot, tab)
    editor = tab.editor
    editor.overall.setPlainText("Åse har fundet sin rytme.")
    qtbot.keyClicks(editor.citizen_view, "Jeg er glad for tirsdagene.")
    editor.gone_through.setChecked(True)
    assert tab.save_button.shortcut() == QKeySequence("Ctrl+S")
    with qtbot.waitSignal(tab.status_saved, timeout=10_000) as saved:
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    status = service.statuses.status_description(saved.args[0])
    assert status.state == StatusState.DRAFT
    assert status.overall == "Åse har fundet sin rytme."
    assert status.citizen_view == "Jeg er glad for tirsdagene."
    assert status.gone_through_on == sample.TODAY
    assert {e.goal_id: e.evaluation for e in status.evaluations}[ids.subgoal] == SUMMARY
    assert tab.model.rowCount() == 2
    assert not tab.has_unsaved_changes()
    assert not tab.save_button.isEnabled()
    assert "gemt" in tab.state_label.text()
    # a second save updates the same draft
    editor.next_steps.setPlainText("Praktik i dyrehandlen.")
    assert tab.save_button.isEnabled()
    with qtbot.waitSignal(tab.status_saved, timeout=10_000) as again:
        tab.save_button.click()
    assert again.args[0] == saved.args[0]
    assert service.statuses.status_description(saved.args[0]).next_steps == "Praktik i dyrehandlen."
    assert len(service.statuses.status_descriptions(ids.aase)) == 2


def test_ctrl_s_saves(qtbot: QtBot, window: MainWindow, service: CaseService,
                      ids: sample.Sample) -> None:
    tab = open_status(window, ids.aase)
    qtbot.waitUntil(tab.editor.has_record)
    tab.editor.overall.setPlainText("Rettet med tastaturet.")
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    with qtbot.waitSignal(tab.status_saved, timeout=10_000):
        qtbot.keyClick(tab.editor.overall, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert service.statuses.status_descriptions(ids.aase)[0].overall == "Rettet med tastaturet."


def test_finalise_locks_and_lav_en_ny_starts_a_new_draft(
    qtbot: QtBot, window: MainWindow, service: CaseService, ids: sample.Sample
) -> None:
    tab = open_status(window, ids.aase)
    qtbot.waitUntil(tab.editor.has_record)
    asked: list[object] = []
    tab.confirm_finalise = lambda status: asked.append(status) or True
    tab.editor.next_steps.setPlainText("Praktik i foråret.")  # saved on the way
    with qtbot.waitSignal(tab.status_finalised, timeout=10_000) as done:
        tab.finalise_button.click()
    assert asked
    status = service.statuses.status_description(done.args[0])
    assert status.state == StatusState.FINAL and status.next_steps == "Praktik i foråret."
    editor = tab.editor
    assert editor.is_locked()
    assert editor.overall.isReadOnly() and editor.next_steps.isReadOnly()
    assert all(box.evaluation.isReadOnly() for box in editor.goal_boxes)
    assert not editor.period_start.isEnabled()
    assert not tab.save_button.isEnabled() and not tab.finalise_button.isEnabled()
    assert tab.preview_button.isEnabled()
    assert tab.banner.isVisible() and "låst" in tab.banner_label.text()
    assert tab.remake_button.isVisible() and tab.remake_button.isEnabled()
    assert not tab.has_unsaved_changes()

    tab.remake_button.click()
    qtbot.waitUntil(lambda: tab.editor.status_id is None and not tab._busy, timeout=10_000)
    assert not editor.is_locked() and not tab.banner.isVisible()
    assert editor.next_steps.toPlainText() == "Praktik i foråret."
    assert not editor.gone_through.isChecked()
    with qtbot.waitSignal(tab.status_saved, timeout=10_000) as saved:
        tab.save_button.click()
    assert saved.args[0] != done.args[0]
    assert service.statuses.status_description(done.args[0]).state == StatusState.FINAL
    assert len(service.statuses.status_descriptions(ids.aase)) == 2


def test_finalise_can_be_called_off(qtbot: QtBot, window: MainWindow, service: CaseService,
                                    ids: sample.Sample) -> None:
    tab = open_status(window, ids.aase)
    qtbot.waitUntil(tab.editor.has_record)
    tab.confirm_finalise = lambda _status: False
    tab.finalise_button.click()
    assert not tab.editor.is_locked()
    assert service.statuses.status_descriptions(ids.aase)[0].state == StatusState.DRAFT


def test_period_end_before_start_disables_save(qtbot: QtBot, window: MainWindow,
                                               ids: sample.Sample) -> None:
    tab = open_status(window, ids.aase)
    qtbot.waitUntil(tab.editor.has_record)
    editor = tab.editor
    editor.overall.setPlainText("Ændret.")
    assert tab.save_button.isEnabled()
    editor.period_end.setDate(editor.period_start.date().addDays(-1))
    assert editor.period_error.isVisible()
    assert "før" in editor.period_error.text()
    assert not tab.save_button.isEnabled()
    assert not tab.finalise_button.isEnabled() and not tab.preview_button.isEnabled()
    editor.period_end.setDate(editor.period_start.date())
    assert not editor.period_error.isVisible() and tab.save_button.isEnabled()


def test_a_new_draft_follows_its_period_until_written_in(
    qtbot: QtBot, window: MainWindow, service: CaseService, ids: sample.Sample, summary: int
) -> None:
    service.diary.save_draft(DiaryNote(ids.aase, NoteKind.SUMMARY, sample.NOW - dt.timedelta(days=30),
                                 "Oktober: Åse kom to gange.", goal_ids=(ids.subgoal,)))
    tab = open_status(window, ids.aase)
    new_draft(qtbot, tab)
    box = next(b for b in tab.editor.goal_boxes if b.goal.goal_id == ids.subgoal)
    assert "(1)" in box.summaries.text()
    tab.editor.overall.setPlainText("Skrevet før perioden blev ændret.")
    tab.editor.period_start.setDate(QDate(2025, 10, 1))
    qtbot.waitUntil(lambda: any("(2)" in b.summaries.text() for b in tab.editor.goal_boxes),
                    timeout=10_000)
    assert tab.editor.period_start.date() == QDate(2025, 10, 1)
    assert tab.editor.overall.toPlainText() == "Skrevet før perioden blev ændret."
    # once an evaluation is written in, the period no longer pulls in new suggestions
    box = next(b for b in tab.editor.goal_boxes if b.goal.goal_id == ids.subgoal)
    box.evaluation.setPlainText("Min egen evaluering.")
    tab.editor.period_start.setDate(QDate(2025, 11, 20))
    assert not tab._refill_timer.isActive()
    assert box.text() == "Min egen evaluering." and "(2)" in box.summaries.text()


def test_switching_record_asks_before_discarding(qtbot: QtBot, window: MainWindow,
                                                 ids: sample.Sample, summary: int) -> None:
    tab = open_status(window, ids.aase)
    qtbot.waitUntil(tab.editor.has_record)
    new_draft(qtbot, tab)
    tab.confirm_discard = lambda: False
    tab.table.selectRow(0)
    assert tab.editor.status_id is None  # still the unsaved draft
    tab.confirm_discard = lambda: True
    tab.table.selectRow(0)
    assert tab.editor.status_id == tab.model.row_at(0).id


def test_citizen_without_goals_gets_an_honest_draft(qtbot: QtBot, window: MainWindow,
                                                    ids: sample.Sample) -> None:
    tab = open_status(window, ids.dorthe)
    assert "Ingen statusbeskrivelser endnu" in tab.editor.empty_label.text()
    due = window.service.citizens.citizen_summary(ids.dorthe).next_status_due
    assert due is not None and due.strftime("%d.%m.%Y") in tab.list_hint.text()
    assert not tab.list_hint.property("alert")
    new_draft(qtbot, tab)
    assert tab.editor.goal_boxes == []
    assert "ingen mål at evaluere" in visible_texts(tab.editor)


# -- preview and print -------------------------------------------------------------------------


def test_preview_shows_every_page_of_the_generated_pdf(
    qtbot: QtBot, window: MainWindow, ids: sample.Sample, tmp_path: Path
) -> None:
    tab = open_status(window, ids.aase)
    qtbot.waitUntil(tab.editor.has_record)
    tab.editor.overall.setPlainText("\n\n".join(["Åse har i perioden arbejdet med sine mål. " * 12]
                                                * 14))
    with qtbot.waitSignal(tab.preview_opened, timeout=20_000) as opened:
        tab.preview_button.click()
    dialog: PdfPreviewDialog = opened.args[0]
    qtbot.addWidget(dialog)
    pages = len(PdfReader(_write(tmp_path / "check.pdf", dialog.pdf)).pages)
    assert pages >= 2
    assert dialog.page_count() == pages == len(dialog.page_labels)
    assert dialog.count_label.text() == f"{pages} sider"
    assert tab.preview_ms > 0
    text = PdfReader(tmp_path / "check.pdf").pages[0].extract_text()
    assert "Åse Nørgaard" in text and "010190-xxxx" in text  # the unsaved edit is in it
    dialog.close()


def test_preview_saves_and_prints(qtbot: QtBot, service: CaseService, ids: sample.Sample,
                                  tmp_path: Path) -> None:
    pdf = build_status_pdf(status_report_data(service._db, citizen_id=ids.aase, today=sample.TODAY))
    expected = len(PdfReader(_write(tmp_path / "source.pdf", pdf)).pages)
    dialog = PdfPreviewDialog(pdf, "Statusbeskrivelse", status_file_name(ids.aase, "Åse"))
    qtbot.addWidget(dialog)
    assert dialog.page_count() == expected

    chosen: list[str] = []

    def save_dialog(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        chosen.append(suggested)
        return str(tmp_path / "gemt"), "PDF-filer (*.pdf)"

    dialog.save_file_dialog = save_dialog
    with qtbot.waitSignal(dialog.pdf_saved) as saved:
        dialog.save_button.click()
    assert chosen[0].endswith(f"status_{ids.aase}_aase.pdf")
    assert saved.args[0] == str(tmp_path / "gemt.pdf")
    assert (tmp_path / "gemt.pdf").read_bytes() == pdf

    printed_to = tmp_path / "printed.pdf"

    class FakePrintDialog:
        def __init__(self, printer: QPrinter, _parent: object) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed_to))
            printer.setResolution(72)

        def setMinMax(self, _low: int, _high: int) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    dialog.print_dialog = FakePrintDialog
    with qtbot.waitSignal(dialog.printed) as printed:
        dialog.print_button.click()
    assert printed.args[0] == expected
    assert len(PdfReader(printed_to).pages) == expected


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# -- batch export and the overview -------------------------------------------------------------


def _more_citizens(service: CaseService, count: int) -> None:
    for i in range(count):
        service.citizens.add_citizen(Citizen(name=f"Borger Ærøskøbing {i}", cpr=None,
                                    case_type="Ressourceforløb"))


def _active(service: CaseService) -> list[CitizenSummary]:
    return [c for c in service.citizens.caseload() if c.status == CitizenStatus.ACTIVE]


def test_batch_export_writes_one_file_per_active_citizen(
    qtbot: QtBot, window: MainWindow, service: CaseService, tmp_path: Path
) -> None:
    _more_citizens(service, 2)
    out = tmp_path / "status"

    def dialog_with_folder(*args: object) -> BatchExportDialog:
        dialog = BatchExportDialog(*args)  # type: ignore[arg-type]
        dialog.choose_folder = lambda *_a: str(out)
        return dialog

    window.reports.batch_dialog = dialog_with_folder
    window.reports.export_all_action.trigger()
    dialog = window.reports.last_dialog
    assert isinstance(dialog, BatchExportDialog)
    with qtbot.waitSignal(dialog.export_finished, timeout=60_000) as finished:
        dialog.start_button.click()
    active = _active(service)
    assert finished.args[0] == len(active) == 4
    assert sorted(p.name for p in out.iterdir()) == sorted(
        status_file_name(c.id, c.name) for c in active
    )
    assert dialog.progress.value() == len(active)
    assert f"4 statusbeskrivelser er skrevet til {out}" in dialog.result_label.text()
    assert dialog.close_button.isVisible() and not dialog.start_button.isVisible()
    dialog.close()


def test_batch_export_cancel_stops_between_files(
    qtbot: QtBot, service: CaseService, tmp_path: Path
) -> None:
    _more_citizens(service, 6)
    total = len(_active(service))
    out = tmp_path / "status"
    dialog = BatchExportDialog(service, sample.TODAY)
    qtbot.addWidget(dialog)
    dialog.choose_folder = lambda *_a: str(out)
    dialog.show()
    with qtbot.waitSignal(dialog.export_cancelled, timeout=60_000) as cancelled:
        dialog.start_button.click()
        dialog.cancel_button.click()
    written = list(out.iterdir())
    assert 1 <= len(written) < total
    assert cancelled.args[0] == len(written)
    assert all(p.suffix == ".pdf" and not p.name.startswith(".") for p in written)
    for path in written:  # every file that is there is a whole PDF
        assert len(PdfReader(path).pages) >= 1
    assert "Afbrudt" in dialog.result_label.text()


def test_overview_is_previewed_before_printing(qtbot: QtBot, window: MainWindow) -> None:
    window.reports.overview_action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.reports.last_dialog, PdfPreviewDialog),
                    timeout=20_000)
    dialog = window.reports.last_dialog
    assert isinstance(dialog, PdfPreviewDialog)
    assert dialog.page_count() >= 1
    assert dialog.file_name == "sagsstamme_2025-11-24.pdf"
    dialog.close()


def test_file_menu_holds_the_print_outs(window: MainWindow) -> None:
    menu = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in menu.actions()]
    assert "Udskriv alle statusbeskrivelser …" in texts
    assert "Udskriv overblik over sagsstammen …" in texts


# -- due dates and the list model --------------------------------------------------------------


def test_overdue_status_is_marked_in_the_status_tab(window: MainWindow, service: CaseService,
                                                    ids: sample.Sample) -> None:
    tab = open_status(window, ids.dorthe)
    due = service.citizens.citizen_summary(ids.dorthe).next_status_due
    assert due is not None
    tab.today = lambda: due + dt.timedelta(days=1)
    tab.show_citizen(ids.dorthe, [])
    assert tab.list_hint.property("alert") is True
    assert "skulle have været lavet" in tab.list_hint.text()


def test_overdue_status_is_red_in_the_caseload(service: CaseService, ids: sample.Sample) -> None:
    model = CaseloadModel(today=lambda: sample.TODAY)
    rows = service.citizens.caseload()
    overdue = rows[0].__class__(**{**_fields(rows[0]),
                                   "next_status_due": sample.TODAY - dt.timedelta(days=1)})
    due_later = rows[0].__class__(**{**_fields(rows[0]),
                                     "next_status_due": sample.TODAY + dt.timedelta(days=30)})
    model.set_rows([overdue, due_later])
    colour = model.index(0, CaseloadModel.NEXT_STATUS).data(Qt.ItemDataRole.ForegroundRole)
    assert colour is not None and colour.color() == ALERT_COLOR
    assert model.index(1, CaseloadModel.NEXT_STATUS).data(Qt.ItemDataRole.ForegroundRole) is None


def _fields(row: CitizenSummary) -> dict[str, object]:
    return {name: getattr(row, name) for name in row.__dataclass_fields__}


def test_status_list_model(qtmodeltester, service: CaseService, ids: sample.Sample) -> None:  # type: ignore[no-untyped-def]
    model = status_list_model()
    model.set_rows(service.statuses.status_descriptions(ids.aase))
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Kladde"
