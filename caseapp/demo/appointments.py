"""A demo citizen's calendar: conversations by the citizen's cadence, a network meeting now and
then, perhaps a fixed weekly activity; past ones held, cancelled or missed."""

from __future__ import annotations

import random
from typing import NamedTuple

from caseapp.demo.citizen import CitizenContext, Lifetime
from caseapp.demo.goals import GoalPlan
from caseapp.demo.identity import Profile
from caseapp.demo.world import DAY_END, DAY_START, appointment_titles
from caseapp.domain.enums import (
    AppointmentKind,
    AppointmentStatus,
    CitizenStatus,
    NoteKind,
    Place,
    TimeOfDay,
)

_TIME_WINDOWS = {
    TimeOfDay.ANY.value: (DAY_START, DAY_END),
    TimeOfDay.MORNING.value: (DAY_START, 11 * 60 + 30),
    TimeOfDay.MIDDAY.value: (11 * 60, 13 * 60 + 30),
    TimeOfDay.AFTERNOON.value: (12 * 60 + 30, DAY_END),
}

_CONTACT_KIND = {  # where a conversation happens -> (appointment kind, note kind, minutes)
    Place.JOBCENTER.value: (AppointmentKind.CONVERSATION, NoteKind.CONVERSATION, (45, 60)),
    Place.HOME.value: (AppointmentKind.HOME_VISIT, NoteKind.HOME_VISIT, (60, 90)),
    Place.RESIDENCE.value: (AppointmentKind.CONVERSATION, NoteKind.CONVERSATION, (45, 60)),
    Place.PROVIDER.value: (AppointmentKind.CONVERSATION, NoteKind.CONVERSATION, (45, 60)),
    Place.PHONE.value: (AppointmentKind.PHONE, NoteKind.PHONE, (15, 30)),
    Place.OTHER.value: (AppointmentKind.CONVERSATION, NoteKind.CONVERSATION, (45, 60)),
}

_CANCEL_REASONS = (
    "Borgeren meldte afbud pga. sygdom.",
    "Borgeren meldte afbud; havde fået en tid hos lægen.",
    "Aflyst af medarbejderen pga. akut sag.",
    "Borgeren meldte afbud; ny tid aftalt.",
    "Aflyst pga. kursusdag.",
)
_NO_SHOW_REASONS = (
    "Borgeren mødte ikke op og svarede ikke på opkald.",
    "Borgeren mødte ikke op; sms sendt med ny tid.",
    "",
)


class HeldMeeting(NamedTuple):
    """A held appointment that gets a note afterwards."""

    appointment_id: int
    day: int
    start: int  # minutes after midnight
    note_kind: str  # a NoteKind value
    goal_ids: tuple[int, ...]  # the sub-goals the note is about


def write_appointments(
    c: CitizenContext, life: Lifetime, profile: Profile, plan: GoalPlan
) -> tuple[list[HeldMeeting], list[tuple]]:
    """Write the citizen's appointments; return the held ones that get a note, and all the
    rows written (the network meetings among them get minutes later, in `demo.meetings`)."""
    rows, held = _meetings(c, life, profile, plan)
    if life.active and profile.bosted and c.rnd.random() < 0.5:
        rows.append(_fixed_activity(c, life, profile))
    c.writer.add_many("appointments", rows)
    return held, rows


def _meetings(
    c: CitizenContext, life: Lifetime, profile: Profile, plan: GoalPlan
) -> tuple[list[tuple], list[HeldMeeting]]:
    """Conversations every `cadence` days (booked into free slots), with a network meeting in
    their place every two to five months."""
    w, rnd, cadence = c.world, c.rnd, profile.cadence
    rows: list[tuple] = []
    held: list[HeldMeeting] = []
    app_kind, note_kind, (min_len, max_len) = _CONTACT_KIND.get(
        profile.place, _CONTACT_KIND[Place.JOBCENTER.value]
    )
    window = _TIME_WINDOWS.get(profile.time_pref, _TIME_WINDOWS[TimeOfDay.ANY.value])
    titles = appointment_titles(app_kind)
    last = life.end if not life.active else w.n_days - 1
    first_day = life.start + (0 if life.status != CitizenStatus.WAITING else 14)
    day = first_day + rnd.randint(0, min(cadence, 10))
    owed_from = w.today_i - 21  # a note for a recent conversation may still be owed
    network_every = rnd.randint(60, 150)
    next_network = life.start + network_every
    while day <= last:
        kind, n_kind, length = app_kind, note_kind, rnd.randrange(min_len, max_len + 1, 15)
        title = rnd.choice(titles)
        if day >= next_network:
            kind, n_kind, length = AppointmentKind.NETWORK_MEETING, NoteKind.NETWORK_MEETING, 90
            title = rnd.choice(appointment_titles(kind))
            next_network = day + network_every
        d, start = w.book(rnd, day, length, window)
        if d > last:
            break
        app_id = c.new_id("appointments")
        status, reason = _outcome(rnd, d < w.today_i)
        if status == AppointmentStatus.HELD.value:
            owed = d >= owed_from and life.active and rnd.random() < 0.4
            if not owed:
                held.append(HeldMeeting(app_id, d, start, n_kind.value, _goals_on(rnd, plan, d)))
        rows.append(
            (
                app_id,
                c.cid,
                kind.value,
                title,
                w.at(d, start),
                w.at(d, start + length),
                profile.place,
                rnd.choice((0, 0, 15, 15, 30)),
                "",
                "[]",
                None,
                None,
                status,
                reason,
            )
        )
        day = d + max(1, cadence + rnd.randint(-2, 2) if cadence > 6 else cadence)
    return rows, held


def _outcome(rnd: random.Random, past: bool) -> tuple[str, str]:
    """(status, reason): past appointments mostly held, some cancelled, a few missed."""
    if not past:
        return AppointmentStatus.PLANNED.value, ""
    roll = rnd.random()
    if roll < 0.07:
        return AppointmentStatus.CANCELLED.value, rnd.choice(_CANCEL_REASONS)
    if roll < 0.12:
        return AppointmentStatus.NO_SHOW.value, rnd.choice(_NO_SHOW_REASONS)
    return AppointmentStatus.HELD.value, ""


def _goals_on(rnd: random.Random, plan: GoalPlan, day: int) -> tuple[int, ...]:
    """The sub-goals a conversation on `day` is about: mostly one of those worked on then."""
    goal_ids = plan.goals_at(day)
    if len(goal_ids) > 1 and rnd.random() < 0.7:
        return (rnd.choice(goal_ids),)
    return goal_ids


def _fixed_activity(c: CitizenContext, life: Lifetime, profile: Profile) -> tuple:
    """A weekly activity on a working weekday, from the citizen's first week on."""
    rnd = c.rnd
    kind = AppointmentKind.FIXED_ACTIVITY
    weekday = rnd.randint(0, 4)
    title = rnd.choice(appointment_titles(kind))
    start = rnd.choice(
        (8 * 60, 9 * 60) if "morgen" in title.lower() else (9 * 60, 10 * 60, 13 * 60)
    )
    first = c.world.first_weekday(life.start, weekday)
    length = rnd.choice((60, 90, 120))
    return c.world.series_row(
        c.ids, c.cid, kind, title, first, start, start + length, profile.place
    )
