"""The plan editor's operations: move, remove (archive or delete, one transaction), status and
phase, tick off, actions."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from caseapp.domain.enums import ActionOwner, GoalLevel, GoalStatus, NoteKind, Phase, RatingScale
from caseapp.domain.models import (
    Citizen,
    DiaryNote,
    Goal,
    GoalEvaluation,
    Rating,
    StatusDescription,
)
from caseapp.errors import InvalidInput, NotFound
from caseapp.plans import operations as ops
from caseapp.plans.tree import active_now_subgoals, over_cap
from caseapp.service import CaseService
from caseapp.storage import goals as goal_store
from tests.unit.plans.helpers import _audit


def _places(service: CaseService, citizen_id: int) -> dict[int, tuple[int | None, int]]:
    return {g.id or 0: (g.parent_id, g.position)
            for g in service.plans.goals(citizen_id, include_archived=True)}


def test_move_within_the_same_parent_renumbers_the_siblings(
    service: CaseService, plan: dict[str, int]
) -> None:
    extra = service.plans.add_goal(Goal(citizen_id=plan["citizen"], level=GoalLevel.SUB,
                                  parent_id=plan["effort"], position=2, text="Søren sover."))
    ops.move_goal(service._db, extra, plan["effort"], 0)
    places = _places(service, plan["citizen"])
    assert places[extra] == (plan["effort"], 0)
    assert places[plan["sub"]] == (plan["effort"], 1)
    assert places[plan["sub2"]] == (plan["effort"], 2)
    assert ("goal", extra) in _audit(service, "move")


def test_move_to_another_parent_closes_the_gap_and_makes_room(
    service: CaseService, plan: dict[str, int]
) -> None:
    ops.move_goal(service._db, plan["sub"], plan["effort2"], 1)
    places = _places(service, plan["citizen"])
    assert places[plan["sub3"]] == (plan["effort2"], 0)
    assert places[plan["sub"]] == (plan["effort2"], 1)
    assert places[plan["sub2"]] == (plan["effort"], 0)  # the sibling it left moved up
    # a position past the end puts it last
    ops.move_goal(service._db, plan["sub2"], plan["effort2"], 99)
    assert _places(service, plan["citizen"])[plan["sub2"]] == (plan["effort2"], 2)
    # its actions travel with it
    assert {a.goal_id for a in service.plans.actions(plan["citizen"])} == {plan["sub"], plan["sub3"]}


def test_a_refused_move_changes_nothing(service: CaseService, plan: dict[str, int]) -> None:
    before = _places(service, plan["citizen"])
    audit_before = len(service.audit_trail(500))
    for goal_id, parent, message in (
        (plan["long_term"], plan["sub"], "sine egne undermål"),
        (plan["sub"], plan["long_term"], "kun flyttes ind under et indsatsmål"),
        (plan["effort"], plan["sub3"], "kun flyttes ind under et langsigtet mål"),
    ):
        with pytest.raises(InvalidInput, match=message):
            ops.move_goal(service._db, goal_id, parent, 0)
    with pytest.raises(InvalidInput, match="negativt"):
        ops.move_goal(service._db, plan["sub"], plan["effort"], -1)
    with pytest.raises(NotFound):
        ops.move_goal(service._db, plan["sub"], 9999, 0)
    other = service.citizens.add_citizen(Citizen(name="Anna"))
    foreign = service.plans.add_goal(Goal(citizen_id=other, level=GoalLevel.EFFORT, text="Anna x."))
    with pytest.raises(InvalidInput, match="samme borgers plan"):
        ops.move_goal(service._db, plan["sub"], foreign, 0)
    assert _places(service, plan["citizen"]) == before
    assert len(service.audit_trail(500)) == audit_before + 2  # only Anna and her goal


def test_remove_archives_a_goal_that_notes_point_to_and_keeps_the_link(
    service: CaseService, plan: dict[str, int]
) -> None:
    note_id = service.diary.save_draft(DiaryNote(
        citizen_id=plan["citizen"], kind=NoteKind.OBSERVATION,
        occurred_at=dt.datetime(2026, 11, 2, 10, 0),
        text="Søren betalte huslejen selv i dag.", goal_ids=(plan["sub"], plan["sub3"]),
    ))
    service.diary.sign_note(note_id, dt.datetime(2026, 11, 2, 11, 0))
    result = ops.remove_goal(service._db, plan["sub"])
    assert result.archived == (plan["sub"],) and result.deleted == ()
    goal = service.plans.goal(plan["sub"])
    assert goal.archived
    assert plan["sub"] not in {g.id for g in service.plans.goals(plan["citizen"])}
    assert plan["sub"] in {g.id for g in service.plans.goals(plan["citizen"], include_archived=True)}
    note = service.diary.note(note_id)
    assert note.goal_ids == (plan["sub"], plan["sub3"])  # the note still lists the goal id
    assert [n.id for n in service.diary.note_history(note_id)] == [note_id]
    assert {a.goal_id for a in service.plans.actions(plan["citizen"])} >= {plan["sub"]}  # kept
    assert _places(service, plan["citizen"])[plan["sub2"]] == (plan["effort"], 0)
    assert ("goal", plan["sub"]) in _audit(service, "archive")
    with pytest.raises(InvalidInput, match="arkiveret"):
        ops.tick_off(service._db, plan["sub"])
    assert ops.restore_goal(service._db, plan["sub"]) == [plan["sub"]]
    assert not service.plans.goal(plan["sub"]).archived
    assert _places(service, plan["citizen"])[plan["sub"]] == (plan["effort"], 1)  # last


def test_remove_deletes_a_goal_nothing_points_to_with_its_actions(
    service: CaseService, plan: dict[str, int]
) -> None:
    result = ops.remove_goal(service._db, plan["effort2"])
    assert result.archived == ()
    assert result.deleted == (plan["effort2"], plan["sub3"])
    assert len(result.deleted_actions) == 1
    everything = {g.id for g in service.plans.goals(plan["citizen"], include_archived=True)}
    assert not everything & {plan["effort2"], plan["sub3"]}
    with pytest.raises(NotFound):
        service.plans.goal(plan["sub3"])
    assert {a.goal_id for a in service.plans.actions(plan["citizen"])} == {plan["sub"]}
    assert ("goal", plan["sub3"]) in _audit(service, "delete")
    assert ("action", result.deleted_actions[0]) in _audit(service, "delete")
    assert service.search("fællesspisningen") == []  # gone from the full-text index too


def test_remove_keeps_the_part_of_a_subtree_with_history(
    service: CaseService, plan: dict[str, int]
) -> None:
    """The effort goal has no history itself, but one sub-goal has a rating: that sub-goal and
    the effort goal above it are archived, the other sub-goal is deleted."""
    service.plans.add_rating(Rating(plan["sub"], RatingScale.SELF_1_10, 6, dt.date(2026, 10, 1)))
    result = ops.remove_goal(service._db, plan["effort"])
    assert set(result.archived) == {plan["effort"], plan["sub"]}
    assert result.deleted == (plan["sub2"],)
    assert service.plans.ratings(plan["sub"])[0].value == 6
    assert [g.id for g in service.plans.goals(plan["citizen"]) if g.level == GoalLevel.EFFORT] == [
        plan["effort2"]]
    assert _places(service, plan["citizen"])[plan["effort2"]] == (plan["long_term"], 0)


def test_remove_archives_a_goal_a_status_description_evaluates(
    service: CaseService, plan: dict[str, int]
) -> None:
    service.statuses.save_status_draft(StatusDescription(
        citizen_id=plan["citizen"], period_start=dt.date(2026, 1, 1),
        period_end=dt.date(2026, 10, 31),
        evaluations=(GoalEvaluation(plan["sub3"], "Søren kom tre onsdage i oktober."),),
    ))
    assert ops.remove_goal(service._db, plan["sub3"]).archived == (plan["sub3"],)


def test_remove_is_one_transaction(
    service: CaseService, plan: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    service.plans.add_rating(Rating(plan["sub"], RatingScale.FFB_0_4, 2, dt.date(2026, 10, 1)))

    def fail(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(goal_store, "delete_goals", fail)
    before = _places(service, plan["citizen"])
    with pytest.raises(RuntimeError):
        ops.remove_goal(service._db, plan["effort"])  # archives first, then fails to delete
    assert not any(g.archived for g in service.plans.goals(plan["citizen"], include_archived=True))
    assert _places(service, plan["citizen"]) == before
    assert _audit(service, "archive") == []


def test_status_phase_and_tick_off(service: CaseService, plan: dict[str, int]) -> None:
    ops.tick_off(service._db, plan["sub"])
    assert service.plans.goal(plan["sub"]).status == GoalStatus.ACHIEVED
    ops.tick_off(service._db, plan["sub"], on=False)
    assert service.plans.goal(plan["sub"]).status == GoalStatus.ACTIVE
    ops.set_goal_status(service._db, plan["sub3"], GoalStatus.PAUSED)
    assert service.plans.goal(plan["sub3"]).status == GoalStatus.PAUSED
    ops.set_goal_phase(service._db, plan["sub2"], Phase.NOW)
    goals = service.plans.goals(plan["citizen"])
    assert [g.id for g in active_now_subgoals(goals)] == [plan["sub"], plan["sub2"]]
    assert not over_cap(goals, service.profile().max_active_subgoals)
    assert _audit(service, "status").count(("goal", plan["sub"])) == 2
    assert ("goal", plan["sub2"]) in _audit(service, "phase")


def test_actions_update_done_and_remove(service: CaseService, plan: dict[str, int]) -> None:
    action = ops.action(service._db, plan["action"])
    ops.update_action(service._db, dataclasses.replace(
        action, what="  Opretter betalingsservice i banken  ", who=ActionOwner.CONTACT_PERSON,
        due=dt.date(2027, 1, 15), goal_id=plan["sub3"]))
    changed = ops.action(service._db, plan["action"])
    assert (changed.what, changed.who, changed.due, changed.goal_id) == (
        "Opretter betalingsservice i banken", ActionOwner.CONTACT_PERSON,
        dt.date(2027, 1, 15), plan["sub3"])
    ops.mark_action_done(service._db, plan["action"], dt.date(2026, 11, 20))
    assert ops.action(service._db, plan["action"]).done_on == dt.date(2026, 11, 20)
    ops.mark_action_done(service._db, plan["action"], None)
    assert ops.action(service._db, plan["action"]).done_on is None
    for bad, message in (
        (dataclasses.replace(changed, goal_id=plan["effort"]), "delmål"),
        (dataclasses.replace(changed, what="  "), "tom"),
        (dataclasses.replace(changed, id=None), "ikke gemt"),
    ):
        with pytest.raises(InvalidInput, match=message):
            ops.update_action(service._db, bad)
    ops.remove_action(service._db, plan["action"])
    with pytest.raises(NotFound):
        ops.action(service._db, plan["action"])
    assert [e for e in _audit(service, "done")] == [("action", plan["action"])]
    assert ("action", plan["action"]) in _audit(service, "delete")
