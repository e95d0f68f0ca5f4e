"""Meetings with several people: from agenda to minutes to plan actions and deadlines, and the
minutes only for those the consents allow."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from caseapp.domain.enums import (
    ActionOwner,
    AppointmentKind,
    ConsentTopic,
    DeadlineKind,
    MeetingKind,
    ParticipantKind,
)
from caseapp.domain.meetings import AGENDA_TEMPLATES, Decision, Meeting, Participant
from caseapp.domain.models import Consent, NetworkContact
from caseapp.errors import CaseappError, InvalidInput
from caseapp.service import CaseService

TODAY = dt.date(2026, 12, 7)
AT = dt.datetime(2026, 12, 10, 13, 0)


def _meeting(citizen_id: int, *people: Participant, **changes: object) -> Meeting:
    values: dict[str, object] = dict(
        citizen_id=citizen_id, kind=MeetingKind.NETWORK, starts_at=AT,
        ends_at=AT + dt.timedelta(hours=1), place="Mødelokale 2",
        participants=(*people, Participant(ParticipantKind.COLLEAGUE, name="Anne Kontaktperson",
                                           coordinator=True)))
    values.update(changes)
    return Meeting(**values)  # type: ignore[arg-type]


@pytest.fixture
def mentor(service: CaseService, citizen_id: int) -> int:
    return service.citizens.add_contact(NetworkContact(citizen_id, "Lars Møller", role="Mentor",
                                              organisation="Mentorhuset"))


def test_a_meeting_is_an_appointment_with_the_citizen_at_the_table_and_an_agenda(
    service: CaseService, citizen_id: int, mentor: int
) -> None:
    meeting_id = service.meetings.add(
        _meeting(citizen_id, Participant(ParticipantKind.NETWORK, contact_id=mentor)))
    meeting = service.meetings.get(meeting_id)
    assert [(p.kind, p.name, p.role) for p in meeting.participants] == [
        (ParticipantKind.CITIZEN, "Søren Ågård Bækgaard", ""),
        (ParticipantKind.NETWORK, "Lars Møller", "Mentor, Mentorhuset"),
        (ParticipantKind.COLLEAGUE, "Anne Kontaktperson", ""),
    ]
    assert meeting.coordinator is not None and meeting.coordinator.name == "Anne Kontaktperson"
    assert [i.heading for i in meeting.agenda] == list(AGENDA_TEMPLATES[MeetingKind.NETWORK])
    week = service.calendar.appointments_between(dt.datetime(2026, 12, 7), dt.datetime(2026, 12, 14))
    assert [(a.kind, a.start, a.place_text, a.citizen_id) for a in week] == [
        (AppointmentKind.NETWORK_MEETING, AT, "Mødelokale 2", citizen_id)]
    moved = AT + dt.timedelta(days=1)
    service.calendar.update_appointment(dataclasses.replace(week[0], start=moved, end=moved + dt.timedelta(hours=1)))
    assert service.meetings.get(meeting_id).starts_at == moved  # one time, the appointment's


@pytest.mark.parametrize(
    ("people", "changes", "sentence"),
    [
        ((Participant(ParticipantKind.NETWORK, contact_id=999),), {},
         "Borgeren har ingen netværkskontakt med nummer 999."),
        ((), {"ends_at": AT}, "Mødet skal slutte efter det begynder."),
        ((Participant(ParticipantKind.COLLEAGUE, name="Bo", coordinator=True),), {},
         "Et møde har én tovholder."),
    ],
)
def test_bad_meeting_input_is_one_sentence_and_nothing_is_saved(
    service: CaseService, citizen_id: int, people: tuple, changes: dict, sentence: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        service.meetings.add(_meeting(citizen_id, *people, **changes))
    assert str(caught.value) == sentence
    assert service.meetings.of_citizen(citizen_id) == []
    assert service.calendar.citizen_appointments(citizen_id) == []


def test_minutes_and_decisions_become_plan_actions_and_deadlines_with_an_owner(
    service: CaseService, citizen_id: int, mentor: int, sub_goal_id: int
) -> None:
    meeting_id = service.meetings.add(
        _meeting(citizen_id, Participant(ParticipantKind.NETWORK, contact_id=mentor)))
    meeting = service.meetings.get(meeting_id)
    first = meeting.agenda[0]
    service.meetings.write_minutes(meeting_id, {first.id: "Søren fortalte om sin uge på værkstedet."}, None)
    service.meetings.add_decision(meeting_id, Decision(
        "Ringe til jobcentret om praktikken", owner="Lars Møller", due_on=dt.date(2026, 12, 17),
        goal_id=sub_goal_id))
    service.meetings.add_decision(meeting_id, Decision(
        "Tage billeder af ugeplanen", owner="søren ågård bækgaard", due_on=dt.date(2026, 12, 12)))

    meeting = service.meetings.get(meeting_id)
    assert meeting.agenda[0].minutes == "Søren fortalte om sin uge på værkstedet."
    actions = service.plans.actions(citizen_id)
    assert [(a.what, a.who, a.due) for a in actions] == [
        ("Ringe til jobcentret om praktikken", ActionOwner.OTHER, dt.date(2026, 12, 17))]
    due = service.deadlines(dt.date(2026, 12, 11), days=14, citizen_id=citizen_id)
    decided = [(d.on, d.title, d.counterpart, d.next_action) for d in due
               if d.kind == DeadlineKind.DECISION_DUE]
    assert decided == [
        (dt.date(2026, 12, 12), "Tage billeder af ugeplanen", "søren ågård bækgaard",
         "Følg op hos søren ågård bækgaard"),
        (dt.date(2026, 12, 17), "Ringe til jobcentret om praktikken", "Lars Møller",
         "Følg op hos Lars Møller"),
    ]
    assert [d.on for d in due if d.kind == DeadlineKind.MINUTES_DUE] == [dt.date(2026, 12, 15)]

    service.plans.mark_action_done(actions[0].id, dt.date(2026, 12, 16))  # done in the plan: done here
    service.meetings.write_minutes(meeting_id, {}, dt.date(2026, 12, 11))
    due = service.deadlines(dt.date(2026, 12, 11), days=14, citizen_id=citizen_id)
    assert [(d.kind, d.title) for d in due if d.kind != DeadlineKind.CONVERSATION_DUE] == [
        (DeadlineKind.DECISION_DUE, "Tage billeder af ugeplanen")]


def test_a_meeting_ahead_is_to_be_prepared(service: CaseService, citizen_id: int) -> None:
    meeting_id = service.meetings.add(_meeting(citizen_id))
    due = [d for d in service.deadlines(TODAY, days=7, citizen_id=citizen_id)
           if d.kind == DeadlineKind.MEETING_PREPARE]
    assert [(d.on, d.title, d.counterpart, d.record_id) for d in due] == [
        (dt.date(2026, 12, 7), "Netværksmøde", "Anne Kontaktperson", meeting_id)]


def test_a_decision_needs_an_owner_at_the_table_and_a_date_after_the_meeting(
    service: CaseService, citizen_id: int
) -> None:
    meeting_id = service.meetings.add(_meeting(citizen_id))
    with pytest.raises(InvalidInput, match="skal være en af mødets deltagere"):
        service.meetings.add_decision(meeting_id, Decision("Ringe", owner="Ukendt Person"))
    with pytest.raises(InvalidInput, match="kan ikke ligge før mødet"):
        service.meetings.add_decision(meeting_id, Decision(
            "Ringe", owner="Anne Kontaktperson", due_on=dt.date(2026, 12, 1)))
    assert service.meetings.get(meeting_id).decisions == ()


def test_minutes_go_to_no_one_but_the_citizen_until_a_consent_is_reviewed(
    service: CaseService, citizen_id: int, mentor: int
) -> None:
    meeting_id = service.meetings.add(
        _meeting(citizen_id, Participant(ParticipantKind.NETWORK, contact_id=mentor)))
    service.citizens.add_consent(Consent(citizen_id, party="Mentor",
                                scope="Udveksling af oplysninger om mål og fremmøde",
                                given_on=dt.date(2026, 9, 1)))

    def names() -> list[str]:
        return [p.name for p in service.meetings.recipients(meeting_id, TODAY)]

    assert names() == ["Søren Ågård Bækgaard", "Anne Kontaktperson"]
    [proposal] = service.consent_scopes.with_proposals(citizen_id)
    assert proposal.contact_id == mentor  # "Mentor" names the mentor's role
    assert proposal.topics == (ConsentTopic.PLAN, ConsentTopic.ATTENDANCE)
    service.consent_scopes.review(proposal.id, mentor, proposal.topics, TODAY)
    assert names() == ["Søren Ågård Bækgaard", "Anne Kontaktperson"]  # minutes not covered
    service.consent_scopes.review(proposal.id, mentor, (*proposal.topics, ConsentTopic.MINUTES), TODAY)
    assert names() == ["Søren Ågård Bækgaard", "Lars Møller", "Anne Kontaktperson"]
    assert [c.reviewed_on for c in service.citizens.consents(citizen_id)] == [TODAY]


def test_a_closed_case_takes_its_meetings_with_it(service: CaseService, citizen_id: int) -> None:
    meeting_id = service.meetings.add(_meeting(citizen_id))
    service.records.close_case(citizen_id, "Flyttet", TODAY)
    with pytest.raises(CaseappError, match="Sagen er afsluttet"):
        service.meetings.write_minutes(meeting_id, {}, TODAY)
    assert [d for d in service.deadlines(TODAY, days=30) if d.record_id == meeting_id] == []


def test_the_insight_print_out_holds_the_meetings_and_leaves_other_names_out_of_minutes(
    service: CaseService, citizen_id: int, mentor: int, tmp_path
) -> None:
    from pypdf import PdfReader

    meeting_id = service.meetings.add(
        _meeting(citizen_id, Participant(ParticipantKind.NETWORK, contact_id=mentor)))
    first = service.meetings.get(meeting_id).agenda[0]
    service.meetings.write_minutes(meeting_id, {first.id: "Lars Møller vil gerne hjælpe med bussen."}, None)
    out = service.reports.export_insight(citizen_id, tmp_path / "indsigt.pdf", today=TODAY)
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Møder om dig" in text and "Netværksmøde 10.12.2026 kl. 13.00, Mødelokale 2" in text
    assert "Lars Møller vil gerne hjælpe med bussen." in text
    assert [m.name for m in service.reports.insight_mentions(citizen_id)] == ["Lars Møller"]
    hidden = service.reports.export_insight(citizen_id, tmp_path / "udeladt.pdf", today=TODAY, leave_out=["Lars Møller"])
    text = "\n".join(p.extract_text() for p in PdfReader(hidden).pages)
    assert "[navn udeladt] vil gerne hjælpe med bussen." in text


def test_a_meetings_appointment_is_cancelled_not_deleted(service: CaseService, citizen_id: int) -> None:
    meeting_id = service.meetings.add(_meeting(citizen_id))
    appointment_id = service.meetings.get(meeting_id).appointment_id
    with pytest.raises(InvalidInput, match="markér den som aflyst i stedet"):
        service.calendar.delete_appointment(appointment_id)
    assert service.meetings.get(meeting_id).appointment_id == appointment_id


def test_a_purge_takes_the_meetings_and_the_reviewed_consents_with_the_citizen(
    service: CaseService, citizen_id: int, mentor: int, sub_goal_id: int
) -> None:
    meeting_id = service.meetings.add(
        _meeting(citizen_id, Participant(ParticipantKind.NETWORK, contact_id=mentor)))
    service.meetings.add_decision(meeting_id, Decision("Ringe", "Lars Møller", TODAY + dt.timedelta(days=9),
                                                       goal_id=sub_goal_id))
    consent = service.citizens.add_consent(Consent(citizen_id, party="Mentor", scope="Referater",
                                                   given_on=dt.date(2026, 9, 1)))
    service.consent_scopes.review(consent, mentor, (ConsentTopic.MINUTES,), TODAY)
    service.records.close_case(citizen_id, "Flyttet", dt.date(2020, 1, 1), retention_days=0,
                       retention_reason="Prøve")
    service.records.mark_all_filed(citizen_id, dt.date(2020, 1, 1))
    receipt = service.records.purge_citizen(citizen_id, TODAY)
    assert receipt is not None
    for table in ("meetings", "meeting_participants", "meeting_items", "meeting_decisions", "consents",
                  "network_contacts", "appointments"):
        assert service._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


def test_a_meeting_planned_in_the_english_desktop_starts_from_the_english_agenda(
    service: CaseService, citizen_id: int
) -> None:
    from caseapp.domain.meetings import AGENDA_TEMPLATES_EN

    meeting_id = service.meetings.add(_meeting(citizen_id), language="en")
    agenda = [i.heading for i in service.meetings.get(meeting_id).agenda]
    assert agenda == list(AGENDA_TEMPLATES_EN[MeetingKind.NETWORK])
    assert agenda[1] == "How are things? The citizen's own words"
    assert {k: len(v) for k, v in AGENDA_TEMPLATES_EN.items()} == {
        k: len(v) for k, v in AGENDA_TEMPLATES.items()}


def test_a_held_meetings_minutes_are_due_in_the_band_and_the_export_not_its_preparation(
        service: CaseService, citizen_id: int) -> None:
    """Two weeks around a meeting already held (Thursday the 10th, seen on the 16th): its
    minutes are due in the week's band and the calendar export, its preparation is not; the
    same weeks seen before the meeting show it to be prepared."""
    meeting_id = service.meetings.add(_meeting(citizen_id))
    first, last, later = dt.date(2026, 12, 7), dt.date(2026, 12, 20), dt.date(2026, 12, 16)
    after = [(d.on, d.kind, d.record_id) for d in service.deadlines_between(first, last, later)]
    assert after == [(dt.date(2026, 12, 15), DeadlineKind.MINUTES_DUE, meeting_id)]
    before = [(d.on, d.kind, d.record_id) for d in service.deadlines_between(first, last, TODAY)]
    assert before == [(dt.date(2026, 12, 7), DeadlineKind.MEETING_PREPARE, meeting_id)]
    stamp = dt.datetime(2026, 12, 16, tzinfo=dt.UTC)
    exported = service.export_calendar(first, last, stamp=stamp, today=later).decode()
    assert "SUMMARY:Frist: Referat" in exported and "Frist: Møde" not in exported
