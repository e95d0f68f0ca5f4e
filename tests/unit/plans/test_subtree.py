"""A subtree taken out comes back exactly as it was, all or nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from caseapp.domain.enums import RatingScale
from caseapp.domain.models import Rating
from caseapp.errors import CaseappError, NotFound
from caseapp.service import CaseService


def _plan_view(service: CaseService, citizen_id: int) -> list[tuple]:
    """The plan as a user sees it, ids left out (a re-created goal gets a new id)."""
    goals = service.plans.goals(citizen_id, include_archived=True)
    text = {g.id: g.text for g in goals}
    actions = sorted((text[a.goal_id], a.what, a.who, a.due, a.done_on)
                     for a in service.plans.actions(citizen_id))
    return sorted((g.text, g.level, text.get(g.parent_id), g.position, g.archived, g.status,
                   g.phase, g.indicator, g.deadline) for g in goals) + actions


def _audit_size(service: CaseService) -> int:
    return len(service.audit_trail(10_000))


def test_a_subtree_taken_out_comes_back_exactly_as_it_was(
    service: CaseService, plan: dict[str, int]
) -> None:
    """Mixed: the rated sub-goal and its effort goal are archived, the other sub-goal and the
    actions are deleted; putting back gives the same plan, in the same places."""
    service.plans.add_rating(Rating(plan["sub"], RatingScale.SELF_1_10, 6, dt.date(2026, 10, 1)))
    before = _plan_view(service, plan["citizen"])
    taken = service.plans.take_subtree(plan["effort"])
    assert set(taken.removal.archived) == {plan["effort"], plan["sub"]}
    assert taken.removal.deleted == (plan["sub2"],)
    assert _plan_view(service, plan["citizen"]) != before
    back = service.plans.put_back_subtree(taken, plan["long_term"])
    assert _plan_view(service, plan["citizen"]) == before
    assert back.goals[plan["effort"]] == plan["effort"]  # archived, so kept its id
    assert back.goals[plan["sub2"]] != plan["sub2"]  # deleted and made again
    assert service.plans.goal(back.goals[plan["sub2"]]).text.startswith("Søren handler selv")


def test_a_failure_half_way_through_putting_back_changes_nothing(
    service: CaseService, plan: dict[str, int]
) -> None:
    before = _plan_view(service, plan["citizen"])
    taken = service.plans.take_subtree(plan["effort2"])  # deleted: the goal, its sub-goal, an action
    assert taken.removal.deleted == (plan["effort2"], plan["sub3"])
    after_take, audit_after_take = _plan_view(service, plan["citizen"]), _audit_size(service)
    # the goals go back first, the action last: a refused action undoes the goals too
    service._db.execute("CREATE TRIGGER refuse_actions BEFORE INSERT ON actions "
                       "BEGIN SELECT RAISE(ABORT, 'refused'); END")
    with pytest.raises(CaseappError):
        service.plans.put_back_subtree(taken, plan["long_term"])
    assert _plan_view(service, plan["citizen"]) == after_take
    assert _audit_size(service) == audit_after_take
    service._db.execute("DROP TRIGGER refuse_actions")
    service.plans.put_back_subtree(taken, plan["long_term"])
    assert _plan_view(service, plan["citizen"]) == before


def test_a_failure_half_way_through_taking_out_changes_nothing(
    service: CaseService, plan: dict[str, int]
) -> None:
    """Archiving comes before deleting: a refused delete leaves nothing archived either."""
    service.plans.add_rating(Rating(plan["sub"], RatingScale.FFB_0_4, 2, dt.date(2026, 10, 1)))
    before, audit_before = _plan_view(service, plan["citizen"]), _audit_size(service)
    service._db.execute("CREATE TRIGGER refuse_deletes BEFORE DELETE ON goals "
                       "BEGIN SELECT RAISE(ABORT, 'refused'); END")
    with pytest.raises(CaseappError):
        service.plans.take_subtree(plan["effort"])
    assert _plan_view(service, plan["citizen"]) == before
    assert not any(g.archived for g in service.plans.goals(plan["citizen"], include_archived=True))
    assert _audit_size(service) == audit_before


def test_putting_back_under_a_parent_that_is_gone_changes_nothing(
    service: CaseService, plan: dict[str, int]
) -> None:
    taken = service.plans.take_subtree(plan["sub3"])
    after_take = _plan_view(service, plan["citizen"])
    with pytest.raises(NotFound):
        service.plans.put_back_subtree(taken, 9999)
    assert _plan_view(service, plan["citizen"]) == after_take
