"""Afslut sag, Genåbn and Slet nu … on the citizen's page: the case closes with a reason, a
purge is refused in one sentence until the notes are filed, and then the citizen is gone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from caseapp.service import CaseService
from tests.ui import sample
from ui.citizen.close_case_dialog import CloseCaseDialog
from ui.common.worker import wait_for_all
from ui.shell import sidebar
from ui.shell.main_window import MainWindow


def _answering(reason: str):
    def make(*args: object) -> CloseCaseDialog:
        dialog = CloseCaseDialog(*args)  # type: ignore[arg-type]
        dialog.reason.setText(reason)
        dialog.exec = lambda: QDialog.DialogCode.Accepted  # type: ignore[method-assign]
        return dialog

    return make


def test_closing_then_purging_a_citizen_from_the_page(
    qtbot, window: MainWindow, service: CaseService, ids: sample.Sample
) -> None:
    page = window.citizen_page
    header = page.header
    told: list[str] = []
    page.show_info = lambda _parent, text: told.append(text)
    page.show_error = window.show_error  # recorded in window.errors, not shown
    page.close_case_dialog = _answering("Flyttet til anden kommune")
    window.open_citizen(ids.aase)
    assert header.close_button.isVisible() and not header.purge_button.isVisible()

    qtbot.mouseClick(header.close_button, Qt.MouseButton.LeftButton)
    wait_for_all()
    assert header.purge_button.isVisible() and header.reopen_button.isVisible()
    assert "Sagen er afsluttet 24.11.2025 (Flyttet til anden kommune)" in header.case_state.text()
    assert "slettes 22.02.2026" in header.case_state.text()

    asked: list[str] = []
    page.confirm_purge = lambda _parent, name, _shared: asked.append(name) or True
    qtbot.mouseClick(header.purge_button, Qt.MouseButton.LeftButton)
    assert asked == []  # refused before anyone is asked
    assert "ikke er markeret som ført" in str(window.errors[-1])
    assert service.citizens.citizen(ids.aase).name == "Åse Nørgaard"

    service.records.mark_all_filed(ids.aase, sample.TODAY)
    qtbot.mouseClick(header.purge_button, Qt.MouseButton.LeftButton)
    wait_for_all()
    assert asked == ["Åse Nørgaard"]
    assert "Åse Nørgaard" not in [c.name for c in service.citizens.caseload()]
    assert window.current_page() == sidebar.CASELOAD and not window.sidebar.has_citizen()
    assert told and "Kvittering i sletteregistret: borger" in told[0] and "Åse" not in told[0]
    assert service.records.deletion_register()[0].counts["notater"] >= 1


def test_the_purge_question_leaves_everything_on_enter(qtbot, window: MainWindow, ids: sample.Sample) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.citizen.purge_question import ask_purge

    def press_enter() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        assert box.defaultButton().text() == "Annullér"
        qtbot.keyClick(box, Qt.Key.Key_Return)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(100, press_enter)
    assert ask_purge(window, "Åse Nørgaard") is False


def test_the_purge_question_of_a_shared_citizen_says_the_team_loses_it_too(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.citizen.purge_question import ask_purge

    said: list[str] = []

    def read_and_cancel(box_type: type = QMessageBox) -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, box_type) and w.isVisible())
        said.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(100, read_and_cancel)
    assert ask_purge(window, "Åse Nørgaard", shared=True) is False
    assert "hos dine kolleger" in said[0] and "Åse Nørgaard" in said[0]
    QTimer.singleShot(100, read_and_cancel)
    assert ask_purge(window, "Åse Nørgaard") is False
    assert "teamet" not in said[1]


def test_a_closed_case_is_shown_read_only_until_it_is_reopened(
    qtbot, window: MainWindow, service: CaseService, ids: sample.Sample
) -> None:
    page, form = window.citizen_page, window.citizen_page.overview.form
    page.close_case_dialog = _answering("Flyttet til anden kommune")
    window.open_citizen(ids.aase)
    overview = page.overview
    qtbot.mouseClick(page.header.close_button, Qt.MouseButton.LeftButton)
    wait_for_all()

    assert "kan kun læses" in page.header.case_state.text()
    assert "Vælg Genåbn" in overview.state_label.text()
    assert form.where_now.isReadOnly() and form.name.isReadOnly() and form.cadence.isReadOnly()
    assert not form.status.isEnabled() and not form.is_child.isEnabled() and not form.cpr_reveal.isEnabled()
    assert not overview.network.add_contact_button.isEnabled()
    assert not overview.network.add_consent_button.isEnabled()
    assert not page.write_note.isEnabled()
    form.name.setFocus()
    qtbot.keyClicks(form.name, " Jensen")  # typing does nothing
    qtbot.keyClick(overview, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_for_all()
    assert form.name.text() == "Åse Nørgaard" and not overview.save_button.isEnabled()
    assert service.citizens.citizen(ids.aase).name == "Åse Nørgaard"

    qtbot.mouseClick(page.header.reopen_button, Qt.MouseButton.LeftButton)
    wait_for_all()
    assert not form.where_now.isReadOnly() and form.status.isEnabled()
    assert overview.network.add_contact_button.isEnabled() and page.write_note.isEnabled()
    qtbot.keyClicks(form.name, " Jensen")
    assert overview.save_button.isEnabled()
