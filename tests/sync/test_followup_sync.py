"""Efforts, their provider and sub-goals, and documents with their reminders travel to the team."""

from __future__ import annotations

import datetime as dt

from caseapp.domain.enums import ChaseHow, DeadlineKind, EffortKind, GoalLevel
from caseapp.domain.followup import DocumentRequest, Effort
from caseapp.domain.models import Goal
from tests.sync.test_team_sync import _team

TODAY = dt.date(2026, 12, 7)


def _follow_up(service, citizen_id: int) -> tuple[list, list]:
    efforts = [(e.title, e.end_on, e.provider_name, e.goal_texts, e.outcome)
               for e in service.efforts.of_citizen(citizen_id)]
    documents = [(d.title, d.requested_from, d.received_on, [c.how for c in d.chases])
                 for d in service.documents.of_citizen(citizen_id)]
    return efforts, documents


def test_an_effort_and_a_chased_document_reach_a_colleague_and_her_end_comes_back(laptop) -> None:
    a, b = _team(laptop, demo=2)
    name = a.names()[0]
    with a.service() as sa:
        citizen = a.citizen_id(name)
        first = next(g for g in sa.plans.goals(citizen) if str(g.level) == "sub")
        second = sa.plans.add_goal(Goal(citizen, GoalLevel.SUB, "Møder op til praktikken hver dag.",
                                  parent_id=first.parent_id))
        sub_goals = [first, sa.plans.goal(second)]
        effort_id = sa.efforts.add(Effort(
            citizen, "Mentorforløb", dt.date(2026, 9, 1), dt.date(2026, 12, 20), EffortKind.MENTOR,
            goal_ids=tuple(g.id for g in sub_goals)), provider="Jens Østergård")
        doc = sa.documents.request(DocumentRequest(
            citizen, "Lægeattest", "Lægehuset", dt.date(2026, 11, 1), dt.date(2026, 11, 20)))
        sa.documents.chase(doc, ChaseHow.PHONE, dt.date(2026, 11, 23))
        expected = _follow_up(sa, citizen)
    a.sync()
    b.sync()
    with b.service() as sb:
        there = b.citizen_id(name)
        assert _follow_up(sb, there) == expected
        assert len(expected[0][0][3]) == 2  # both sub-goals travelled with the effort
        [line] = [d for d in sb.deadlines(TODAY, citizen_id=there)
                  if d.kind == DeadlineKind.EFFORT_ENDS and d.counterpart == "Jens Østergård"]
        assert line.next_action == "Ring til Jens Østergård og planlæg det videre forløb"
        [b_effort] = [e for e in sb.efforts.of_citizen(there) if e.provider_name == "Jens Østergård"]
        sb.efforts.extend(b_effort.id, dt.date(2027, 3, 31))
        sb.efforts.set_goals(b_effort.id, b_effort.goal_ids[1:])  # serves only the second now
    b.sync()
    a.sync()
    with a.service() as sa:
        assert sa.efforts.get(effort_id).end_on == dt.date(2027, 3, 31)
        assert sa.efforts.get(effort_id).goal_texts == (sub_goals[1].text,)
