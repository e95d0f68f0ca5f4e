"""The citizen page: header, editing Overblik with inline validation, saving."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caseapp.service import CaseService
from tests.ui import sample
from ui.shell.main_window import MainWindow


def test_cpr_is_masked_until_clicked(qtbot, window: MainWindow, ids: sample.Sample) -> None:
    window.open_citizen(ids.aase)
    header = window.citizen_page.header
    assert header.name_label.text() == "Åse Nørgaard"
    assert header.cpr_button.text() == "010190-xxxx"
    assert window.citizen_page.overview.form.cpr.text() == "010190-xxxx"
    qtbot.mouseClick(header.cpr_button, Qt.MouseButton.LeftButton)
    assert header.cpr_button.text() == "010190-1234"
    qtbot.mouseClick(header.cpr_button, Qt.MouseButton.LeftButton)
    assert header.cpr_button.text() == "010190-xxxx"


def test_edit_next_step_and_save(
    qtbot, window: MainWindow, service: CaseService, ids: sample.Sample
) -> None:
    window.open_citizen(ids.aase)
    overview = window.citizen_page.overview
    assert not overview.save_button.isEnabled()
    overview.form.next_step.clear()
    qtbot.keyClicks(overview.form.next_step, "Besøg på hundepensionen")
    assert overview.save_button.isEnabled()
    with qtbot.waitSignal(window.caseload_loaded, timeout=10_000):
        qtbot.mouseClick(overview.save_button, Qt.MouseButton.LeftButton)
    assert service.citizens.citizen(ids.aase).next_step == "Besøg på hundepensionen"
    assert service.citizens.citizen(ids.aase).cpr == "0101901234"  # untouched while masked
    assert not overview.save_button.isEnabled()
    assert overview.state_label.text() == "Gemt"
    row = window.caseload_view.model.row_for_citizen(ids.aase)
    assert "hundepensionen" in window.caseload_view.model.index(row, 8).data()
    assert window.errors == []


def test_invalid_cpr_disables_save(qtbot, window: MainWindow, service, ids: sample.Sample) -> None:
    window.open_citizen(ids.aase)
    form = window.citizen_page.overview.form
    save = window.citizen_page.overview.save_button
    qtbot.mouseClick(form.cpr_reveal, Qt.MouseButton.LeftButton)
    assert form.cpr.text() == "010190-1234"
    form.cpr.clear()
    qtbot.keyClicks(form.cpr, "320190-1234")  # no 32nd of January
    assert not save.isEnabled()
    assert form.errors["cpr"].isVisible()
    assert form.cpr.property("invalid") is True
    form.cpr.clear()
    qtbot.keyClicks(form.cpr, "020190-1234")
    assert save.isEnabled()
    assert not form.errors["cpr"].isVisible()
    with qtbot.waitSignal(window.caseload_loaded, timeout=10_000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert service.citizens.citizen(ids.aase).cpr == "0201901234"


def test_empty_name_disables_save(qtbot, window: MainWindow, ids: sample.Sample) -> None:
    window.open_citizen(ids.dorthe)
    form = window.citizen_page.overview.form
    form.name.clear()
    qtbot.keyClicks(form.name, " ")
    assert not window.citizen_page.overview.save_button.isEnabled()
    assert form.errors["name"].text()


def test_tabs_show_existing_data(window: MainWindow, ids: sample.Sample) -> None:
    page = window.citizen_page
    window.open_citizen(ids.aase, "plan")
    assert page.tabs.currentWidget() is page.plan
    assert page.plan.model.rowCount() == 1
    assert page.statuses.model.rowCount() == 1
    assert page.overview.network.contacts.rowCount() == 1
    assert page.overview.network.consents.rowCount() == 1
    page.show_tab("notes")
    assert page.notes.model.rowCount() == 1
    assert "hunden Bella" in page.notes.details.toPlainText()
    page.show_tab("appointments")
    assert page.appointments.model.rowCount() == 2


def test_the_diary_is_read_when_its_tab_is_first_shown(
    qtbot, window: MainWindow, service: CaseService, ids: sample.Sample
) -> None:
    page = window.citizen_page
    window.open_citizen(ids.aase)
    assert page.tabs.currentWidget() is page.overview
    assert page.notes.model.note_filter is None and page.notes.model.rowCount() == 0
    assert page.notes.count_label.text() == ""
    assert page.tabs.tabText(2) == "Dagbog (1)"
    page.show_tab("notes")
    assert page.notes.model.rowCount() == 1
    assert page.notes.count_label.text() == "1 notat"
    assert "hunden Bella" in page.notes.details.toPlainText()
    window.open_citizen(ids.dorthe)  # another citizen: unread again until shown
    assert page.notes.model.rowCount() == 0
    page.show_tab("notes")
    assert [n.citizen_id for n in page.notes.model.notes()] == [ids.dorthe]
    page.show_citizen(ids.aase)  # the diary stays in view: read as soon as the loop turns
    qtbot.waitUntil(lambda: [n.citizen_id for n in page.notes.model.notes()] == [ids.aase])


def test_the_calendar_is_read_when_its_tab_is_first_shown(
    qtbot, window: MainWindow, ids: sample.Sample
) -> None:
    page = window.citizen_page
    window.open_citizen(ids.aase)
    assert page.appointments.model.rowCount() == 0
    page.tabs.setCurrentWidget(page.appointments)  # a click on the tab
    assert page.appointments.model.rowCount() == 2
    window.open_citizen(ids.dorthe, "appointments")
    assert [a.citizen_id for a in page.appointments.model.rows()] == [ids.dorthe]
    page.show_citizen(ids.aase)  # the tab stays in view: read as soon as the loop turns
    qtbot.waitUntil(lambda: page.appointments.model.rowCount() == 2)


def test_add_network_contact_through_a_replaced_dialog(
    qtbot, window: MainWindow, service: CaseService, ids: sample.Sample
) -> None:
    from PySide6.QtWidgets import QDialog

    from caseapp.domain.models import NetworkContact

    class FakeDialog:
        def __init__(self, citizen_id: int, parent: object) -> None:
            self.citizen_id = citizen_id

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

        def contact(self) -> NetworkContact:
            return NetworkContact(self.citizen_id, "Jens Ærlig", role="Bror")

    window.open_citizen(ids.aase)
    overview = window.citizen_page.overview
    overview.contact_dialog = FakeDialog
    with qtbot.waitSignal(overview.network_changed, timeout=10_000):
        qtbot.mouseClick(overview.network.add_contact_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in service.citizens.contacts(ids.aase)] == ["Pia Mentor", "Jens Ærlig"]
    assert overview.network.contacts.rowCount() == 2


def test_a_write_elsewhere_leaves_the_open_form_and_its_cursor_alone(
    qtbot, window: MainWindow, service: CaseService, ids: sample.Sample
) -> None:
    import dataclasses

    window.open_citizen(ids.aase)
    form = window.citizen_page.overview.form
    form.where_now.setFocus()
    cursor = form.where_now.textCursor()
    cursor.setPosition(5)
    form.where_now.setTextCursor(cursor)
    with service.clone() as elsewhere:  # another citizen changed by a sync or another window
        other = elsewhere.citizens.citizen(ids.dorthe)
        elsewhere.citizens.update_citizen(dataclasses.replace(other, phone="87654321"))
    with qtbot.waitSignal(window.caseload_loaded, timeout=10_000):
        window.changes.check()
    assert form.where_now.textCursor().position() == 5
    assert not window.citizen_page.overview.has_unsaved_changes()
