"""Helpers the unit tests of more than one package share."""

from __future__ import annotations

import dataclasses
import datetime as dt

from caseapp.domain.enums import ActionOwner, Ambition, GoalLevel, GoalSource, NoteKind, Phase
from caseapp.domain.models import Action, DiaryNote, Goal
from caseapp.service import CaseService

WHEN = dt.datetime(2026, 11, 20, 10, 30)


def _note(citizen_id: int, text: str, goal_ids: tuple[int, ...] = ()) -> DiaryNote:
    return DiaryNote(
        citizen_id=citizen_id, kind=NoteKind.OBSERVATION, occurred_at=WHEN, text=text,
        goal_ids=goal_ids,
    )


def sorens_plan(service: CaseService, citizen_id: int, sub_goal_id: int) -> dict[str, int]:
    """Søren's plan: long-term -> two efforts -> subs (two now, one later), with actions."""
    effort = service.plans.goal(sub_goal_id).parent_id
    long_term = service.plans.goal(effort or 0).parent_id
    assert effort is not None and long_term is not None
    second_sub = service.plans.add_goal(Goal(
        citizen_id=citizen_id, level=GoalLevel.SUB, parent_id=effort, position=1,
        text="Søren handler selv ind til ugens aftensmad.", phase=Phase.LATER,
    ))
    effort2 = service.plans.add_goal(Goal(
        citizen_id=citizen_id, level=GoalLevel.EFFORT, parent_id=long_term, position=1,
        text="Søren har en fast hverdag med aktiviteter uden for hjemmet.",
        source=GoalSource.ORDER, ambition=Ambition.ON_PROMPT, deadline=dt.date(2027, 12, 31),
    ))
    third_sub = service.plans.add_goal(Goal(
        citizen_id=citizen_id, level=GoalLevel.SUB, parent_id=effort2,
        text="Søren deltager i fællesspisningen om onsdagen.", ambition=Ambition.ON_PROMPT,
        deadline=dt.date(2027, 3, 1), indicator="Søren er med mindst tre onsdage om måneden.",
    ))
    service.plans.update_goal(dataclasses.replace(
        service.plans.goal(sub_goal_id), ambition=Ambition.INDEPENDENT))
    first = service.plans.add_action(Action(
        sub_goal_id, "Opretter betalingsservice til huslejen", due=dt.date(2027, 2, 1)))
    second = service.plans.add_action(Action(
        sub_goal_id, "Ringer til udlejer om en afdragsordning", who=ActionOwner.CONTACT_PERSON,
        done_on=dt.date(2026, 11, 3)))
    service.plans.add_action(Action(third_sub, "Minder Søren om fællesspisningen tirsdag aften",
                              who=ActionOwner.CONTACT_PERSON))
    return {
        "citizen": citizen_id, "long_term": long_term, "effort": effort, "effort2": effort2,
        "sub": sub_goal_id, "sub2": second_sub, "sub3": third_sub,
        "action": first, "done_action": second,
    }
