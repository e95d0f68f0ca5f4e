"""A rating given by mistake can be removed, and the removal undone."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from caseapp.domain.enums import RatingScale
from caseapp.domain.models import Rating
from caseapp.errors import NotFound
from caseapp.plans import operations as ops
from caseapp.service import CaseService
from tests.unit.plans.helpers import _audit


def test_a_rating_can_be_removed_and_the_removal_undone(
    service: CaseService, plan: dict[str, int]
) -> None:
    kept = service.plans.add_rating(Rating(plan["sub"], RatingScale.SELF_1_10, 4, dt.date(2026, 9, 1)))
    wrong = service.plans.add_rating(Rating(plan["sub"], RatingScale.GAS, -1, dt.date(2026, 10, 1),
                                      rater="Mette", comment="Forkert delmål"))
    removed = service.plans.remove_rating(wrong)
    assert [r.id for r in service.plans.ratings(plan["sub"])] == [kept]
    assert ("rating", wrong) in _audit(service, "delete")
    with pytest.raises(NotFound):
        service.plans.remove_rating(wrong)  # already gone: one clear sentence, nothing changed
    again = service.plans.restore_rating(removed)
    back = service.plans.ratings(plan["sub"])[-1]
    assert (back.scale, back.value, back.rated_on, back.rater, back.comment) == (
        RatingScale.GAS, -1, dt.date(2026, 10, 1), "Mette", "Forkert delmål")
    assert back.id == again and ("rating", again) in _audit(service, "restore")
    service.plans.remove_rating(again)
    ops.remove_goal(service._db, plan["effort2"])
    elsewhere = dataclasses.replace(removed, goal_id=plan["sub3"])
    with pytest.raises(NotFound):
        service.plans.restore_rating(elsewhere)  # its goal is gone meanwhile
