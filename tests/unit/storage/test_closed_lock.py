"""A closed case is read-only until it is reopened: every write about the citizen is refused in
one sentence and changes nothing; marking notes as filed, reopening and purging still work."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest

from caseapp.domain.enums import AppointmentKind, CitizenStatus, GoalLevel, NoteKind, RatingScale
from caseapp.domain.models import (
    Action,
    Appointment,
    Citizen,
    Consent,
    DiaryNote,
    Goal,
    NetworkContact,
    Rating,
    StatusDescription,
)
from caseapp.errors import CaseClosed
from caseapp.service import CaseService
from caseapp.storage.bulk import content_digest

TODAY = dt.date(2026, 12, 7)
AT = dt.datetime(2026, 11, 2, 10)
SENTENCE = "Sagen er afsluttet; genåbn den for at ændre i den."


@dataclasses.dataclass
class Case:
    citizen: int
    sub_goal: int
    action: int
    rating: int
    draft: int
    signed: int
    appointment: int
    status: int


@pytest.fixture
def case(service: CaseService, citizen_id: int, sub_goal_id: int) -> Case:
    """A citizen with something of every kind, then closed."""
    s = service
    action = s.plans.add_action(Action(sub_goal_id, "Ring til boligselskabet"))
    rating = s.plans.add_rating(Rating(sub_goal_id, RatingScale.SELF_1_10, 4, dt.date(2026, 11, 1)))
    appointment = s.calendar.add_appointment(Appointment(AppointmentKind.CONVERSATION, AT, AT + dt.timedelta(hours=1),
                                                citizen_id=citizen_id))
    signed = s.diary.save_draft(DiaryNote(citizen_id, NoteKind.CONVERSATION, AT, "Søren kom til tiden.", "Åse"))
    s.diary.sign_note(signed, AT)
    draft = s.diary.save_draft(DiaryNote(citizen_id, NoteKind.OBSERVATION, AT, "Et udkast.", "Åse"))
    status = s.statuses.save_status_draft(StatusDescription(citizen_id, dt.date(2026, 6, 1), dt.date(2026, 11, 30)))
    s.citizens.add_contact(NetworkContact(citizen_id, "Karin Holm", "Mor"))
    s.citizens.add_consent(Consent(citizen_id, "Lægen", "Helbred"))
    s.records.close_case(citizen_id, "Flyttet til anden kommune", on=TODAY)
    return Case(citizen_id, sub_goal_id, action, rating, draft, signed, appointment, status)


def _writes(s: CaseService, c: Case) -> dict[str, Callable[[], object]]:
    citizen = s.citizens.citizen(c.citizen)
    goal = s.plans.goal(c.sub_goal)
    appointment = s.calendar.appointment(c.appointment)
    status = s.statuses.status_description(c.status)
    return {
        "master data": lambda: s.citizens.update_citizen(dataclasses.replace(citizen, phone="12345678")),
        "master data, only what changed": lambda: s.citizens.update_citizen(
            dataclasses.replace(citizen, own_words="Nye ord"), citizen),
        "a new goal": lambda: s.plans.add_goal(Goal(c.citizen, GoalLevel.LONG_TERM, "Et nyt mål")),
        "a goal's text": lambda: s.plans.update_goal(dataclasses.replace(goal, text="Ændret")),
        "removing a goal": lambda: s.plans.remove_goal(c.sub_goal),
        "a new action": lambda: s.plans.add_action(Action(c.sub_goal, "Noget nyt")),
        "an action done": lambda: s.plans.mark_action_done(c.action, TODAY),
        "removing an action": lambda: s.plans.remove_action(c.action),
        "a new rating": lambda: s.plans.add_rating(Rating(c.sub_goal, RatingScale.SELF_1_10, 7, TODAY)),
        "removing a rating": lambda: s.plans.remove_rating(c.rating),
        "a new note": lambda: s.diary.save_draft(DiaryNote(c.citizen, NoteKind.CONVERSATION, AT, "Nyt.")),
        "a draft's text": lambda: s.diary.save_draft(dataclasses.replace(s.diary.note(c.draft), text="Mere.")),
        "signing a draft": lambda: s.diary.sign_note(c.draft, AT),
        "deleting a draft": lambda: s.diary.delete_draft(c.draft),
        "correcting a note": lambda: s.diary.correct_note(c.signed, "Rettet."),
        "a new appointment": lambda: s.calendar.add_appointment(dataclasses.replace(appointment, id=None)),
        "moving an appointment": lambda: s.calendar.update_appointment(
            dataclasses.replace(appointment, start=AT + dt.timedelta(days=1), end=AT + dt.timedelta(days=1, hours=1))),
        "deleting an appointment": lambda: s.calendar.delete_appointment(c.appointment),
        "a status description": lambda: s.statuses.save_status_draft(dataclasses.replace(status, overall="Godt.")),
        "finalising it": lambda: s.statuses.finalise_status(c.status, AT),
        "a new status description": lambda: s.statuses.save_status_draft(
            StatusDescription(c.citizen, dt.date(2026, 12, 1), dt.date(2026, 12, 31))),
        "a network contact": lambda: s.citizens.add_contact(NetworkContact(c.citizen, "Ny Person")),
        "a consent": lambda: s.citizens.add_consent(Consent(c.citizen, "Jobcentret", "Alt")),
    }


KINDS = [
    "master data", "master data, only what changed", "a new goal", "a goal's text", "removing a goal",
    "a new action", "an action done", "removing an action", "a new rating", "removing a rating",
    "a new note", "a draft's text", "signing a draft", "deleting a draft", "correcting a note",
    "a new appointment", "moving an appointment", "deleting an appointment", "a status description",
    "finalising it", "a new status description", "a network contact", "a consent"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_write_about_a_closed_citizen_is_refused_and_changes_nothing(
    service: CaseService, case: Case, kind: str
) -> None:
    assert set(_writes(service, case)) == set(KINDS)
    before = content_digest(service._db)
    with pytest.raises(CaseClosed) as refused:
        _writes(service, case)[kind]()
    assert refused.value.message == SENTENCE
    assert content_digest(service._db) == before


def test_after_reopening_the_same_writes_go_through(service: CaseService, case: Case) -> None:
    service.records.reopen_case(case.citizen)
    assert service.records.case_closing(case.citizen) is None
    writes = _writes(service, case)
    for kind in ("master data", "a new goal", "a new note", "signing a draft", "a new appointment",
                 "a status description", "a new rating", "a network contact", "a consent"):
        writes[kind]()
    assert service.citizens.citizen(case.citizen).phone == "12345678"


def test_notes_can_still_be_marked_as_filed_and_the_case_purged(service: CaseService, case: Case) -> None:
    service.diary.mark_entered_official([case.signed], TODAY)
    assert service.diary.note(case.signed).entered_official_on == TODAY
    receipt = service.records.purge_citizen(case.citizen, TODAY)
    assert receipt.counts["notater"] == 2 and receipt.counts["aftaler"] == 1
    assert service.citizens.citizen_count() == 0


def test_the_closing_fields_are_not_a_way_round_the_lock(service: CaseService, case: Case) -> None:
    """Reopening through the form while changing the record at once is refused too."""
    citizen = service.citizens.citizen(case.citizen)
    with pytest.raises(CaseClosed):
        service.citizens.update_citizen(dataclasses.replace(citizen, status=CitizenStatus.ACTIVE, name="Andet navn"))
    assert service.citizens.citizen(case.citizen).name == citizen.name
    assert service.records.case_closing(case.citizen) is not None


def test_other_citizens_stay_writable(service: CaseService, case: Case) -> None:
    other = service.citizens.add_citizen(Citizen(name="Kåre Møller"))
    service.diary.save_draft(DiaryNote(other, NoteKind.CONVERSATION, AT, "Kåre kom."))
    service.calendar.add_appointment(Appointment(AppointmentKind.PHONE, AT, AT + dt.timedelta(minutes=15)))
    assert service.diary.note_count(other) == 1


def test_changes_pulled_from_the_team_are_still_applied(service: CaseService, case: Case) -> None:
    """The sync engine applies a colleague's entries with `applying` set; the lock lets them in
    (the replica follows the team; the lock guards this user's own edits)."""
    db = service._db
    db.execute("UPDATE sync_state SET applying = 1 WHERE id = 1")
    db.execute("UPDATE citizens SET phone = '87654321' WHERE id = ?", [case.citizen])
    db.execute("UPDATE sync_state SET applying = 0 WHERE id = 1")
    assert service.citizens.citizen(case.citizen).phone == "87654321"
    with pytest.raises(Exception, match="case is closed"):
        db.execute("UPDATE citizens SET phone = '1' WHERE id = ?", [case.citizen])
