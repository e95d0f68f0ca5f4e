"""A contact counts once it is recorded: a held appointment or a signed note. An unsigned draft
counts nowhere, so the laptop that holds it and its teammates (who never see drafts) agree."""

from __future__ import annotations

import datetime as dt

from caseapp.domain.enums import NoteKind
from caseapp.domain.models import DiaryNote
from caseapp.service import CaseService


def test_a_draft_phone_note_is_not_a_contact_until_it_is_signed(service: CaseService, citizen_id: int) -> None:
    at = dt.datetime(2026, 11, 25, 9, 30)
    draft = service.diary.save_draft(DiaryNote(citizen_id, NoteKind.PHONE, at, "Ringede om huslejen."))
    assert service.citizens.citizen_summary(citizen_id).last_contact is None
    service.diary.sign_note(draft, at)
    summary = service.citizens.citizen_summary(citizen_id)
    assert summary.last_contact == dt.date(2026, 11, 25)
    assert summary.next_contact_due == dt.date(2026, 11, 25) + dt.timedelta(days=14)
