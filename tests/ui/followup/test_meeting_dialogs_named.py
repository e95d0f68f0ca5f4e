"""The meeting, minutes and consent review dialogs name every focusable control."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from caseapp.domain.enums import MeetingKind, ParticipantKind
from caseapp.domain.meetings import Meeting, Participant
from caseapp.service import CaseService
from tests.ui import sample
from tests.ui.shell.test_accessible_names import unnamed
from ui.citizen.consent_review_dialog import ConsentReviewDialog
from ui.followup.meeting_dialog import MeetingDialog
from ui.followup.minutes_dialog import MinutesDialog


def test_meeting_minutes_and_consent_dialogs_name_their_controls(
    qtbot, service: CaseService, ids: sample.Sample
) -> None:
    contacts = service.citizens.contacts(ids.aase)
    at = dt.datetime.combine(sample.TODAY, dt.time(13))
    meeting_id = service.meetings.add(Meeting(
        ids.aase, MeetingKind.STATUS, at, at + dt.timedelta(hours=1),
        participants=(Participant(ParticipantKind.NETWORK, contact_id=contacts[0].id),)))
    dialogs = [
        MeetingDialog(ids.aase, "Åse Nørgaard", sample.TODAY, "Anne", contacts),
        MeetingDialog(ids.aase, "Åse Nørgaard", sample.TODAY, "Anne", contacts, team=("Anne", "Bo Ærø")),
        MinutesDialog(service, meeting_id, service.plans.goals(ids.aase), sample.TODAY),
        ConsentReviewDialog(service.consent_scopes.with_proposals(ids.aase), contacts),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert not unnamed(dialog), "\n".join(unnamed(dialog))


def test_outside_a_team_colleagues_are_typed_and_in_a_team_ticked(qtbot) -> None:
    alone = MeetingDialog(1, "Åse Nørgaard", sample.TODAY, "Anne", [])
    teamed = MeetingDialog(1, "Åse Nørgaard", sample.TODAY, "Anne", [], team=("Anne", "Bo Ærø"))
    for dialog in (alone, teamed):
        qtbot.addWidget(dialog)
        dialog.show()
    assert not alone.team_list.isVisible() and alone.colleagues_edit.text() == "Anne"
    assert teamed.team_list.isVisible() and teamed.colleagues_edit.text() == ""
    assert [teamed.coordinator_box.itemText(i) for i in range(teamed.coordinator_box.count())] == [
        "Anne", "Åse Nørgaard"]
    teamed.team_list.item(1).setCheckState(Qt.CheckState.Checked)
    assert teamed.coordinator_box.findText("Bo Ærø") >= 0
    assert [p.name for p in teamed.meeting().participants][1:] == ["Anne", "Bo Ærø"]
