"""A caseload whose user data is plain English, with every vocabulary value in use.

The English views test finds Danish leftovers by looking for Danish words and letters: data
written in English (no æ, ø, å, no Danish words) leaves any Danish it finds to the program.
"""

from __future__ import annotations

import datetime as dt

from caseapp.domain.enums import (
    ActionOwner,
    Ambition,
    AppointmentKind,
    AppointmentStatus,
    ChaseHow,
    CitizenStatus,
    ConsentForm,
    EffortKind,
    GoalLevel,
    GoalSource,
    GoalStatus,
    NoteKind,
    Phase,
    Place,
    RatingScale,
    TimeOfDay,
)
from caseapp.domain.followup import DocumentRequest, Effort
from caseapp.domain.models import (
    Action,
    Appointment,
    Citizen,
    Consent,
    DiaryNote,
    Goal,
    GoalEvaluation,
    NetworkContact,
    Rating,
    StatusDescription,
)
from caseapp.service import CaseService
from tests.ui.sample import NOW, TODAY


def _at(days: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(TODAY + dt.timedelta(days=days), dt.time(hour, minute))


def fill(s: CaseService) -> int:
    """The caseload; the id of Alice, the citizen with the fullest record."""
    alice = s.citizens.add_citizen(Citizen(
        name="Alice Brown", cpr="0101901234", case_type="Cash benefit", legal_basis="Act 1",
        phone="20 30 40 50", responsible="Mary Smith", own_words="I want to work with animals.",
        where_now="Goes to the community dinner every Tuesday.", next_step="Call the mentor",
        barriers="Anxiety in large groups.", contact_cadence_days=14,
        preferred_place=Place.HOME, preferred_time=TimeOfDay.MORNING,
    ))
    ben = s.citizens.add_citizen(Citizen(name="Ben Carter", case_type="Resource course",
                                status=CitizenStatus.WAITING, preferred_place=Place.RESIDENCE,
                                preferred_time=TimeOfDay.AFTERNOON))
    s.citizens.add_citizen(Citizen(name="Cora Dunn", case_type="Sickness benefit",
                          status=CitizenStatus.CLOSED, preferred_time=TimeOfDay.MIDDAY))
    dan = s.citizens.add_citizen(Citizen(name="Dan Evans", case_type="Job clarification",
                                contact_cadence_days=1, preferred_place=Place.PROVIDER))
    _plan(s, alice)
    s.citizens.add_contact(NetworkContact(alice, "Pia Mentor", role="Mentor", organisation="Acme",
                                 phone="11223344"))
    s.citizens.add_consent(Consent(alice, "Family doctor", "Health records", form=ConsentForm.ORAL,
                          given_on=TODAY - dt.timedelta(days=100)))
    s.citizens.add_consent(Consent(alice, "Work placement", "Attendance", form=ConsentForm.WRITTEN,
                          given_on=TODAY - dt.timedelta(days=10)))
    _appointments(s, alice, ben, dan)
    _notes(s, alice, ben, dan)
    _follow_up(s, alice, dan)
    first = s.statuses.save_status_draft(StatusDescription(
        alice, TODAY - dt.timedelta(days=730), TODAY - dt.timedelta(days=365),
        overall="Alice got off to a good start.", citizen_view="Alice is pleased.",
        next_steps="Carry on."))
    s.statuses.finalise_status(first, at=NOW - dt.timedelta(days=300))
    s.statuses.save_status_draft(StatusDescription(alice, TODAY - dt.timedelta(days=365), TODAY,
                                          overall="Alice is doing well.",
                                          evaluations=(GoalEvaluation(_first_goal(s, alice),
                                                                      "Going well."),)))
    return alice


def _follow_up(s: CaseService, alice: int, dan: int) -> None:
    s.efforts.add(Effort(alice, "Mentor programme", TODAY - dt.timedelta(days=80),
                         TODAY + dt.timedelta(days=12), EffortKind.MENTOR,
                         review_on=TODAY + dt.timedelta(days=2)), provider="Pia Mentor")
    extended = s.efforts.add(Effort(alice, "Work placement", TODAY - dt.timedelta(days=40),
                                    TODAY + dt.timedelta(days=20), EffortKind.PLACEMENT))
    s.efforts.extend(extended, TODAY + dt.timedelta(days=60))
    request = s.documents.request(DocumentRequest(alice, "Medical certificate", "Dr Green",
                                                  TODAY - dt.timedelta(days=20), TODAY - dt.timedelta(days=6)))
    s.documents.chase(request, ChaseHow.PHONE, TODAY - dt.timedelta(days=5))
    s.documents.request(DocumentRequest(dan, "School report", "Oak School", TODAY - dt.timedelta(days=3),
                                        TODAY + dt.timedelta(days=9)))


def _first_goal(s: CaseService, citizen_id: int) -> int:
    return next(g.id for g in s.plans.goals(citizen_id) if g.level == GoalLevel.SUB and g.id)


def _plan(s: CaseService, alice: int) -> None:
    long_term = s.plans.add_goal(Goal(alice, GoalLevel.LONG_TERM, "Alice works with animals."))
    effort = s.plans.add_goal(Goal(alice, GoalLevel.EFFORT, "Alice joins a work placement.",
                             parent_id=long_term, source=GoalSource.ORDER))
    sub = s.plans.add_goal(Goal(alice, GoalLevel.SUB, "Alice joins the community dinner on Tuesdays.",
                          parent_id=effort, ambition=Ambition.INDEPENDENT,
                          deadline=TODAY + dt.timedelta(days=60), indicator="Every week"))
    second = s.plans.add_goal(Goal(alice, GoalLevel.SUB, "Alice takes the bus by herself.",
                             parent_id=effort, ambition=Ambition.ON_PROMPT,
                             source=GoalSource.PROVIDER))
    s.plans.add_goal(Goal(alice, GoalLevel.SUB, "Alice cooks once a week.", parent_id=effort,
                    ambition=Ambition.PARTICIPANT, phase=Phase.LATER))
    for text, status in (("Alice walks the dog.", GoalStatus.PAUSED),
                         ("Alice opens her mail.", GoalStatus.ACHIEVED),
                         ("Alice moves flat.", GoalStatus.DROPPED)):
        goal = s.plans.add_goal(Goal(alice, GoalLevel.SUB, text, parent_id=effort, phase=Phase.LATER))
        s.plans.set_goal_status(goal, status)
    for who, what in ((ActionOwner.CITIZEN, "Buy a bus card."),
                      (ActionOwner.CASEWORKER, "Book the placement."),
                      (ActionOwner.CONTACT_PERSON, "Go along the first two times."),
                      (ActionOwner.PROVIDER, "Send the schedule."),
                      (ActionOwner.OTHER, "Mentor calls on Mondays.")):
        s.plans.add_action(Action(sub, what, who=who, due=TODAY + dt.timedelta(days=14)))
    s.plans.add_rating(Rating(sub, RatingScale.SELF_1_10, 6, TODAY - dt.timedelta(days=30)))
    s.plans.add_rating(Rating(sub, RatingScale.SELF_1_10, 8, TODAY - dt.timedelta(days=2)))
    s.plans.add_rating(Rating(second, RatingScale.FFB_0_4, 2, TODAY - dt.timedelta(days=5)))
    s.plans.add_rating(Rating(second, RatingScale.GAS, 1, TODAY - dt.timedelta(days=3)))


def _appointments(s: CaseService, alice: int, ben: int, dan: int) -> None:
    kinds = list(AppointmentKind)
    places = list(Place)
    for number, kind in enumerate(kinds):
        day, hour = divmod(number, 3)
        citizen = (alice, ben, None)[number % 3]
        s.calendar.add_appointment(Appointment(kind, _at(day % 5, 9 + 2 * hour), _at(day % 5, 10 + 2 * hour),
                                      citizen_id=citizen, place=places[number % len(places)]))
    s.calendar.add_appointment(Appointment(AppointmentKind.CONVERSATION, _at(0, 15), _at(0, 16),
                                  title="Talk with Alice", citizen_id=alice,
                                  status=AppointmentStatus.CANCELLED, status_reason="Ill"))
    s.calendar.add_appointment(Appointment(AppointmentKind.HOME_VISIT, _at(1, 15), _at(1, 16),
                                  citizen_id=ben, status=AppointmentStatus.NO_SHOW))
    s.calendar.add_appointment(Appointment(AppointmentKind.CONVERSATION, _at(-3, 9), _at(-3, 10),
                                  citizen_id=dan, status=AppointmentStatus.HELD))
    s.calendar.add_appointment(Appointment(AppointmentKind.TEAM_MEETING, _at(2, 8), _at(2, 9),
                                  title="Team meeting", rrule="FREQ=WEEKLY;COUNT=4"))


def _notes(s: CaseService, alice: int, ben: int, dan: int) -> None:
    for number, kind in enumerate(NoteKind):
        note = s.diary.save_draft(DiaryNote(alice, kind, _at(-20 + number, 10),
                                      f"Alice talked about the dog Bella ({number + 1})."))
        if number % 2 == 0:
            s.diary.sign_note(note, at=_at(-20 + number, 12))
    s.diary.save_draft(DiaryNote(ben, NoteKind.PHONE, _at(-1, 14), "Ben called about the wait."))
    s.diary.save_draft(DiaryNote(dan, NoteKind.CONVERSATION, _at(-40, 10), "Dan came to a talk."))
