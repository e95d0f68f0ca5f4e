"""The meeting, minutes and consent review dialogs name every focusable control."""

from __future__ import annotations

import datetime as dt

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
        MinutesDialog(service, meeting_id, service.plans.goals(ids.aase), sample.TODAY),
        ConsentReviewDialog(service.consent_scopes.with_proposals(ids.aase), contacts),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert not unnamed(dialog), "\n".join(unnamed(dialog))
