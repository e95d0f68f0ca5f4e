"""The plan the reports unit tests share: a status description's goals, ratings and finalised status."""

from __future__ import annotations

import datetime as dt

import pytest

from caseapp.domain.enums import RatingScale
from caseapp.domain.models import GoalEvaluation, Profile, Rating, StatusDescription
from caseapp.service import CaseService
from tests.unit.reports.helpers import LONG_SENTENCE


@pytest.fixture
def plan(service: CaseService, citizen_id: int, sub_goal_id: int) -> dict[str, int]:
    """Søren's plan with ratings in the period and a final status description."""
    service.save_profile(Profile(name="Gert Hansen", unit="Bostøtten Nord"))
    effort_id = service.plans.goal(sub_goal_id).parent_id
    assert effort_id is not None
    for months, own, ffb in ((1, 3, 3), (4, 5, 2), (7, 6, 2), (10, 8, 1)):
        day = dt.date(2025, 11, 1) + dt.timedelta(days=30 * months)
        service.plans.add_rating(Rating(sub_goal_id, RatingScale.SELF_1_10, own, day))
        service.plans.add_rating(Rating(sub_goal_id, RatingScale.FFB_0_4, ffb, day))
    status_id = service.statuses.save_status_draft(
        StatusDescription(
            citizen_id=citizen_id,
            period_start=dt.date(2025, 11, 1),
            period_end=dt.date(2026, 10, 31),
            overall="Søren er kommet godt videre med økonomien.",
            citizen_view="Jeg er glad for, at regningerne er på plads.",
            next_steps="Søren starter på et afklaringsforløb i januar.",
            gone_through_on=dt.date(2026, 11, 3),
            author="Gert Hansen",
            evaluations=(
                GoalEvaluation(effort_id, "Økonomien er stabil."),
                GoalEvaluation(sub_goal_id, LONG_SENTENCE),
            ),
        )
    )
    service.statuses.finalise_status(status_id, dt.datetime(2026, 11, 4, 9, 0))
    return {"citizen": citizen_id, "effort": effort_id, "sub": sub_goal_id, "status": status_id}
