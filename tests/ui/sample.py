"""A small, fixed caseload written through the façade, for UI tests (no demo generator needed)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from caseapp.domain.enums import (
    Ambition,
    AppointmentKind,
    AppointmentStatus,
    CitizenStatus,
    GoalLevel,
    NoteKind,
    Place,
)
from caseapp.domain.models import (
    Action,
    Appointment,
    Citizen,
    Consent,
    DiaryNote,
    Goal,
    NetworkContact,
    StatusDescription,
)
from caseapp.service import CaseService

NOW = dt.datetime(2025, 11, 24, 9, 0)  # a Monday
TODAY = NOW.date()


@dataclass(frozen=True)
class Sample:
    aase: int
    bjoern: int
    carl: int
    dorthe: int
    subgoal: int
    signed_note: int
    draft_note: int
    held_without_note: int


def _at(days: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(TODAY + dt.timedelta(days=days), dt.time(hour, minute))


def fill(s: CaseService) -> Sample:
    aase = s.citizens.add_citizen(Citizen(
        name="Åse Nørgaard", cpr="0101901234", case_type="Kontanthjælp, aktivitetsparat",
        phone="20 30 40 50", responsible="Mette Sagsbehandler",
        own_words="Jeg vil gerne have et arbejde med dyr.",
        where_now="Går til fællesspisning hver tirsdag.", next_step="Ringe til mentoren",
        barriers="Angst i store grupper.", contact_cadence_days=14,
    ))
    bjoern = s.citizens.add_citizen(Citizen(name="Bjørn Ærø", cpr="1502851237",
                                   case_type="Ressourceforløb", status=CitizenStatus.WAITING))
    carl = s.citizens.add_citizen(Citizen(name="Carl Østergaard", case_type="Sygedagpenge",
                                 status=CitizenStatus.CLOSED))
    dorthe = s.citizens.add_citizen(Citizen(name="Dorthe Hansen", case_type="Jobafklaring",
                                   contact_cadence_days=14, next_step="Netværksmøde med lægen"))
    long_term = s.plans.add_goal(Goal(aase, GoalLevel.LONG_TERM, "Åse har et arbejde med dyr."))
    effort = s.plans.add_goal(Goal(aase, GoalLevel.EFFORT, "Åse deltager i et praktikforløb.",
                             parent_id=long_term))
    subgoal = s.plans.add_goal(Goal(aase, GoalLevel.SUB, "Åse deltager i fællesspisningen hver tirsdag.",
                              parent_id=effort, ambition=Ambition.INDEPENDENT,
                              deadline=TODAY + dt.timedelta(days=60)))
    s.plans.add_goal(Goal(aase, GoalLevel.SUB, "Åse tager selv bussen til praktikstedet.",
                    parent_id=effort, ambition=Ambition.ON_PROMPT))
    s.plans.add_action(Action(subgoal, "Kontaktpersonen følger Åse de første to gange.",
                        due=TODAY + dt.timedelta(days=14)))
    s.citizens.add_contact(NetworkContact(aase, "Pia Mentor", role="Mentor", phone="11223344"))
    s.citizens.add_consent(Consent(aase, "Egen læge", "Helbredsoplysninger til jobafklaring",
                          given_on=TODAY - dt.timedelta(days=100)))
    s.calendar.add_appointment(Appointment(AppointmentKind.CONVERSATION, _at(0, 10), _at(0, 11),
                                  title="Samtale med Åse", citizen_id=aase))
    s.calendar.add_appointment(Appointment(AppointmentKind.OFFICE_TIME, _at(1, 13), _at(1, 15),
                                  title="Kontortid"))
    held = s.calendar.add_appointment(Appointment(AppointmentKind.HOME_VISIT, _at(-7, 10), _at(-7, 11),
                                         citizen_id=aase, place=Place.HOME,
                                         status=AppointmentStatus.HELD))
    held_without_note = s.calendar.add_appointment(Appointment(
        AppointmentKind.CONVERSATION, _at(-3, 9), _at(-3, 10), citizen_id=dorthe,
        status=AppointmentStatus.HELD))
    signed = s.diary.save_draft(DiaryNote(aase, NoteKind.HOME_VISIT, _at(-7, 11),
                                    "Åse fortalte om fællesspisningen og om hunden Bella.",
                                    goal_ids=(subgoal,), appointment_id=held))
    s.diary.sign_note(signed, at=_at(-7, 12))
    s.diary.save_draft(DiaryNote(dorthe, NoteKind.CONVERSATION, _at(-40, 10), "Dorthe kom til samtale."))
    draft = s.diary.save_draft(DiaryNote(bjoern, NoteKind.PHONE, _at(-1, 14),
                                   "Bjørn ringede om ventetiden."))
    s.statuses.save_status_draft(StatusDescription(aase, TODAY - dt.timedelta(days=365), TODAY,
                                          overall="Åse er kommet godt i gang."))
    return Sample(aase, bjoern, carl, dorthe, subgoal, signed, draft, held_without_note)
