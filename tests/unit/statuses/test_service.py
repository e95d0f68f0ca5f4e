"""The statuses service: drafts and final status descriptions."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from caseapp.errors import RecordLocked
from caseapp.service import CaseService


def test_draft_statuses(service: CaseService, citizen_id: int) -> None:
    from caseapp.domain.models import StatusDescription

    draft = service.statuses.save_status_draft(StatusDescription(
        citizen_id=citizen_id, period_start=dt.date(2025, 12, 1), period_end=dt.date(2026, 11, 30)))
    final = service.statuses.save_status_draft(StatusDescription(
        citizen_id=citizen_id, period_start=dt.date(2024, 12, 1), period_end=dt.date(2025, 11, 30)))
    service.statuses.finalise_status(final)
    assert [s.id for s in service.statuses.draft_statuses()] == [draft]
    with pytest.raises(RecordLocked):
        service.statuses.save_status_draft(dataclasses.replace(service.statuses.status_description(final), overall="x"))
