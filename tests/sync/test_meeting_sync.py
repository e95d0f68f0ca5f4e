"""A meeting with its participants, minutes, decisions and a reviewed consent travels to the team."""

from __future__ import annotations

import datetime as dt

from caseapp.domain.enums import ConsentTopic, DeadlineKind, MeetingKind, ParticipantKind
from caseapp.domain.meetings import Decision, Meeting, Participant
from caseapp.domain.models import Consent
from tests.sync.test_team_sync import _team

TODAY = dt.date(2026, 12, 7)
AT = dt.datetime(2026, 12, 3, 13, 0)


def _meeting_view(service, citizen_id: int) -> list:
    return [(m.kind, m.starts_at, m.place, [(p.kind, p.name, p.coordinator) for p in m.participants],
             [(i.heading, i.minutes) for i in m.agenda], [(d.what, d.owner, d.due_on, d.action_id is not None)
                                                          for d in m.decisions], m.minutes_done_on)
            for m in service.meetings.of_citizen(citizen_id)]


def test_a_meeting_and_its_minutes_reach_a_colleague_and_the_consent_lets_her_print_a_copy(
    laptop, tmp_path
) -> None:
    a, b = _team(laptop, demo=2)
    name = a.names()[0]
    with a.service() as sa:
        citizen = a.citizen_id(name)
        contact = sa.citizens.contacts(citizen)[0]
        sub_goal = next(g for g in sa.plans.goals(citizen) if str(g.level) == "sub")
        meeting_id = sa.meetings.add(Meeting(
            citizen, MeetingKind.NETWORK, AT, AT + dt.timedelta(hours=1), "Mødelokale 2",
            participants=(Participant(ParticipantKind.NETWORK, contact_id=contact.id),
                          Participant(ParticipantKind.COLLEAGUE, name="Anne", coordinator=True))))
        first = sa.meetings.get(meeting_id).agenda[0]
        sa.meetings.write_minutes(meeting_id, {first.id: "Vi aftalte næste skridt sammen."}, TODAY)
        sa.meetings.add_decision(meeting_id, Decision("Ringe til praktikstedet", contact.name,
                                                      dt.date(2026, 12, 10), goal_id=sub_goal.id))
        # a consent of its own: the demo's are dated from the day the demo was made
        consent_id = sa.citizens.add_consent(Consent(citizen, "Mentor", "Referater fra møder",
                                                     given_on=dt.date(2026, 9, 1)))
        sa.consent_scopes.review(consent_id, contact.id, (ConsentTopic.MINUTES,), TODAY)
        expected = _meeting_view(sa, citizen)
    a.sync()
    b.sync()
    with b.service() as sb:
        there = b.citizen_id(name)
        assert _meeting_view(sb, there) == expected
        [decided] = [d for d in sb.deadlines(TODAY, citizen_id=there) if d.kind == DeadlineKind.DECISION_DUE]
        assert (decided.title, decided.counterpart) == ("Ringe til praktikstedet", contact.name)
        [m] = [m for m in sb.meetings.of_citizen(there)  # the demo has meetings of its own
               if any(d.what == "Ringe til praktikstedet" for d in m.decisions)]
        b_contact = next(c for c in sb.citizens.contacts(there) if c.name == contact.name)
        copy = sb.export_minutes(m.id, tmp_path / "kopi.pdf", for_contact=b_contact.id, today=TODAY)
        assert copy.exists()  # the reviewed consent came along, pointing at her copy of the contact
