"""The plans service: the goal tree's rules, actions and ratings."""

from __future__ import annotations

import datetime as dt

import pytest

from caseapp.domain.enums import GoalLevel, RatingScale
from caseapp.domain.models import Action, Citizen, Goal, Rating
from caseapp.errors import InvalidInput
from caseapp.service import CaseService

WHEN = dt.datetime(2026, 11, 20, 10, 30)


def test_goal_tree_rules(service: CaseService, citizen_id: int, sub_goal_id: int) -> None:
    with pytest.raises(InvalidInput, match="indsatsmål"):
        service.plans.add_goal(Goal(citizen_id=citizen_id, level=GoalLevel.SUB, text="Løst delmål"))
    with pytest.raises(InvalidInput, match="forkert sted"):
        service.plans.add_goal(
            Goal(citizen_id=citizen_id, level=GoalLevel.SUB, parent_id=sub_goal_id, text="x")
        )
    with pytest.raises(InvalidInput, match="højst 5.000"):
        service.plans.add_goal(Goal(citizen_id=citizen_id, level=GoalLevel.LONG_TERM, text="x" * 5001))
    with pytest.raises(InvalidInput, match="tom"):
        service.plans.add_goal(Goal(citizen_id=citizen_id, level=GoalLevel.LONG_TERM, text=" "))
    other = service.citizens.add_citizen(Citizen(name="Kåre Møller"))
    with pytest.raises(InvalidInput, match="samme borger"):
        service.plans.add_goal(
            Goal(citizen_id=other, level=GoalLevel.SUB, parent_id=sub_goal_id - 1, text="x")
        )


def test_actions_and_ratings(service: CaseService, sub_goal_id: int) -> None:
    service.plans.add_action(Action(goal_id=sub_goal_id, what="Oprette betalingsservice"))
    with pytest.raises(InvalidInput, match="delmål"):
        service.plans.add_action(Action(goal_id=sub_goal_id - 1, what="x"))
    service.plans.add_rating(
        Rating(goal_id=sub_goal_id, scale=RatingScale.SELF_1_10, value=7, rated_on=WHEN.date())
    )
    with pytest.raises(InvalidInput, match="mellem -2 og 2"):
        service.plans.add_rating(
            Rating(goal_id=sub_goal_id, scale=RatingScale.GAS, value=3, rated_on=WHEN.date())
        )
    assert [r.value for r in service.plans.ratings(sub_goal_id)] == [7]
