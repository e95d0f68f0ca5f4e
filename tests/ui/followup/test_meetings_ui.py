"""A meeting clicked through as a contact person would: planned with the mentor, minutes
written under the agenda, a decision that becomes an action in the plan, the minutes as PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from caseapp.domain.enums import ConsentTopic, DeadlineKind, MeetingKind
from caseapp.service import CaseService
from tests.ui import sample
from tests.ui.helpers import model_texts
from ui.followup.meeting_dialog import MeetingDialog
from ui.followup.minutes_dialog import MinutesDialog
from ui.shell.main_window import MainWindow

TODAY = sample.TODAY  # Monday 24 November 2025


def _plan_meeting(dialog: MeetingDialog) -> bool:
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(MeetingKind.NETWORK))
    dialog.place_edit.setText("Mødelokale 2")
    dialog.network_list.item(0).setCheckState(Qt.CheckState.Checked)  # Pia Mentor
    dialog.colleagues_edit.setText("Anne Kontaktperson")
    dialog.coordinator_box.setCurrentIndex(dialog.coordinator_box.findText("Pia Mentor"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return dialog.result() == QDialog.DialogCode.Accepted


def test_a_meeting_from_agenda_to_minutes_to_plan_actions(
    qtbot, service: CaseService, ids: sample.Sample, window: MainWindow, tmp_path: Path
) -> None:
    window.open_citizen(ids.aase, "followup")
    panel = window.citizen_page.followup.meetings
    panel.run_dialog = _plan_meeting
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    [meeting] = service.meetings.of_citizen(ids.aase)
    assert [p.name for p in meeting.participants] == ["Åse Nørgaard", "Pia Mentor", "Anne Kontaktperson"]
    assert meeting.coordinator.name == "Pia Mentor"
    texts = model_texts(panel.model)
    assert "Netværksmøde" in texts and "Mødet er ikke holdt" in texts
    week = service.calendar.appointments_between(dt.datetime.combine(TODAY, dt.time()),
                                        dt.datetime.combine(TODAY + dt.timedelta(days=14), dt.time()))
    assert meeting.appointment_id in {a.id for a in week}  # the meeting is in the week

    def write_minutes(dialog: MinutesDialog) -> bool:
        first, second = list(dialog.item_edits.values())[:2]
        qtbot.keyClicks(first, "Pia bød velkommen.")
        second.setPlainText("Åse fortæller, at praktikken går godt.")
        dialog.what_edit.setText("Ringe til praktikstedet om flere timer")
        dialog.owner_box.setCurrentIndex(dialog.owner_box.findText("Pia Mentor"))
        dialog.goal_box.setCurrentIndex(dialog.goal_box.findData(ids.subgoal))
        qtbot.mouseClick(dialog.add_decision_button, Qt.MouseButton.LeftButton)
        dialog.what_edit.setText("Ringe")
        dialog.owner_box.setCurrentIndex(dialog.owner_box.findText("Anne Kontaktperson"))
        dialog.due_edit.setDate(TODAY - dt.timedelta(days=30))  # before the meeting
        qtbot.mouseClick(dialog.add_decision_button, Qt.MouseButton.LeftButton)
        assert dialog.error_label.text() == "Fristen for en aftale kan ikke ligge før mødet."
        assert dialog.decisions_model.rowCount() == 1
        dialog.done_check.setChecked(True)
        dialog.choose_pdf_path = lambda: str(tmp_path / "referat.pdf")
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closing keeps everything
        return False

    panel.table.selectRow(0)
    panel.run_dialog = write_minutes
    qtbot.mouseClick(panel.minutes_button, Qt.MouseButton.LeftButton)

    meeting = service.meetings.get(meeting.id)
    assert [i.minutes for i in meeting.agenda[:2]] == ["Pia bød velkommen.",
                                                       "Åse fortæller, at praktikken går godt."]
    assert meeting.minutes_done_on == TODAY
    [action] = [a for a in service.plans.actions(ids.aase) if a.what == "Ringe til praktikstedet om flere timer"]
    assert action.goal_id == ids.subgoal
    due = [(d.kind, d.counterpart) for d in service.deadlines(TODAY, days=30, citizen_id=ids.aase)
           if d.kind == DeadlineKind.DECISION_DUE]
    assert due == [(DeadlineKind.DECISION_DUE, "Pia Mentor")]
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "referat.pdf").pages)
    assert "Åse fortæller, at praktikken går godt." in text and "Ringe til praktikstedet" in text
    assert f"Færdigt {TODAY:%d.%m.%Y}" in model_texts(panel.model)


def test_with_nobody_else_at_the_table_the_citizen_leads(qtbot, service: CaseService, ids: sample.Sample,
                                                          window: MainWindow) -> None:
    window.open_citizen(ids.aase, "followup")
    panel = window.citizen_page.followup.meetings
    offered: list[list[str]] = []

    def alone_with_the_citizen(dialog: MeetingDialog) -> bool:
        dialog.colleagues_edit.setText("")
        offered.append([dialog.coordinator_box.itemText(i) for i in range(dialog.coordinator_box.count())])
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result() == QDialog.DialogCode.Accepted

    panel.run_dialog = alone_with_the_citizen
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert offered == [["Åse Nørgaard"]]
    [meeting] = service.meetings.of_citizen(ids.aase)
    assert [(p.name, p.coordinator) for p in meeting.participants] == [("Åse Nørgaard", True)]


def test_reviewing_a_consent_lets_the_minutes_go_to_the_mentor(
    qtbot, service: CaseService, ids: sample.Sample, window: MainWindow
) -> None:
    window.open_citizen(ids.aase, "overview")
    overview = window.citizen_page.overview
    assert "Skal gennemgås" in model_texts(overview.network.consents)
    pia = service.citizens.contacts(ids.aase)[0].id
    offered: list[tuple] = []

    def review(dialog) -> bool:
        [(consent_id, contact_id, topics)] = dialog.answers()
        offered.append((contact_id, topics))  # the proposal read out of "Helbredsoplysninger …"
        box = dialog.contact_boxes[consent_id]
        box.setCurrentIndex(box.findData(pia))
        dialog.topic_checks[consent_id][ConsentTopic.MINUTES].setChecked(True)
        return True

    overview.run_review = review
    qtbot.mouseClick(overview.network.review_consents_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Skal gennemgås" not in model_texts(overview.network.consents), timeout=5_000)
    assert offered == [(None, (ConsentTopic.HEALTH,))]
    assert "referater fra møder, helbred og behandling" in model_texts(overview.network.consents)
    [consent] = service.citizens.consents(ids.aase)
    assert (consent.contact_id, consent.reviewed_on) == (pia, TODAY)


def test_frister_shows_the_meeting_to_prepare_and_the_agreement_in_its_owners_name(
    qtbot, service: CaseService, ids: sample.Sample, window: MainWindow
) -> None:
    from caseapp.domain.enums import ParticipantKind
    from caseapp.domain.meetings import Decision, Meeting, Participant

    at = dt.datetime.combine(TODAY + dt.timedelta(days=5), dt.time(13))
    meeting_id = service.meetings.add(Meeting(
        ids.aase, MeetingKind.STATUS, at, at + dt.timedelta(hours=1),
        participants=(Participant(ParticipantKind.COLLEAGUE, name="Anne Kontaktperson", coordinator=True),)))
    service.meetings.add_decision(meeting_id, Decision("Søge om forlængelse", "Anne Kontaktperson",
                                                       TODAY + dt.timedelta(days=9)))
    with qtbot.waitSignal(window.caseload_loaded, timeout=10_000):
        window.refresh()
    proxy = window.deadlines_view.proxy
    rows = [tuple(proxy.index(r, c).data() for c in (2, 3, 4, 5)) for r in range(proxy.rowCount())
            if proxy.index(r, 3).data() != "Samtale"]
    assert rows == [
        ("Åse Nørgaard", "Møde", "Statusmøde", "Forbered mødet: dagsorden og deltagere"),
        ("Åse Nørgaard", "Aftale fra møde", "Søge om forlængelse", "Følg op hos Anne Kontaktperson"),
    ]


def test_a_closed_case_shows_its_follow_up_and_minutes_read_only(
    qtbot, service: CaseService, ids: sample.Sample, window: MainWindow
) -> None:
    from caseapp.domain.enums import ParticipantKind
    from caseapp.domain.meetings import Meeting, Participant

    at = dt.datetime.combine(TODAY - dt.timedelta(days=3), dt.time(13))
    meeting_id = service.meetings.add(Meeting(
        ids.aase, MeetingKind.NETWORK, at, at + dt.timedelta(hours=1),
        participants=(Participant(ParticipantKind.COLLEAGUE, name="Anne", coordinator=True),)))
    first = service.meetings.get(meeting_id).agenda[0]
    service.meetings.write_minutes(meeting_id, {first.id: "Åse var glad."}, TODAY)
    service.records.close_case(ids.aase, "Flyttet", TODAY)
    window.open_citizen(ids.aase, "followup")
    tab = window.citizen_page.followup
    assert tab.closed_banner.isVisible()
    assert not tab.new_effort_button.isEnabled() and not tab.request_button.isEnabled()
    assert not tab.meetings.new_button.isEnabled() and tab.meetings.minutes_button.isEnabled()
    seen: list[tuple] = []

    def read(dialog: MinutesDialog) -> bool:
        edit = next(iter(dialog.item_edits.values()))
        seen.append((edit.toPlainText(), edit.isReadOnly(), dialog.add_decision_button.isEnabled()))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible() and not dialog.error_label.isVisible()
        return False

    tab.meetings.table.selectRow(0)
    tab.meetings.run_dialog = read
    qtbot.mouseClick(tab.meetings.minutes_button, Qt.MouseButton.LeftButton)
    assert seen == [("Åse var glad.", True, False)]
    window.citizen_page.reopen_case()
    qtbot.waitUntil(lambda: tab.meetings.new_button.isEnabled(), timeout=5_000)
    assert not tab.closed_banner.isVisible() and tab.new_effort_button.isEnabled()


def test_an_agreement_without_a_plan_action_is_ticked_off_in_the_minutes(
    qtbot, service: CaseService, ids: sample.Sample, window: MainWindow
) -> None:
    from caseapp.domain.enums import ParticipantKind
    from caseapp.domain.meetings import Decision, Meeting, Participant

    at = dt.datetime.combine(TODAY - dt.timedelta(days=2), dt.time(13))
    meeting_id = service.meetings.add(Meeting(
        ids.aase, MeetingKind.STATUS, at, at + dt.timedelta(hours=1),
        participants=(Participant(ParticipantKind.COLLEAGUE, name="Anne", coordinator=True),)))
    service.meetings.add_decision(meeting_id, Decision("Søge om forlængelse", "Anne", TODAY))
    window.open_citizen(ids.aase, "followup")
    panel = window.citizen_page.followup.meetings
    enabled: list[bool] = []

    def tick_off(dialog: MinutesDialog) -> bool:
        enabled.append(dialog.decision_done_button.isEnabled())  # nothing chosen yet
        dialog.decisions_table.selectRow(0)
        qtbot.mouseClick(dialog.decision_done_button, Qt.MouseButton.LeftButton)
        enabled.append(dialog.decision_done_button.isEnabled())  # done: nothing more to do
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        return False

    panel.table.selectRow(0)
    panel.run_dialog = tick_off
    qtbot.mouseClick(panel.minutes_button, Qt.MouseButton.LeftButton)
    assert enabled == [False, False]
    [decision] = service.meetings.get(meeting_id).decisions
    assert decision.done_on == TODAY
    assert not [d for d in service.deadlines(TODAY, citizen_id=ids.aase) if d.kind == DeadlineKind.DECISION_DUE]
