"""A demo citizen's status descriptions: one per period (every `status_months`), finalised
shortly after it ends, with an evaluation of each goal worked on; sometimes a draft for the
current period."""

from __future__ import annotations

import datetime as dt

from caseapp.demo.citizen import CitizenContext, Lifetime
from caseapp.demo.goals import GoalPlan
from caseapp.demo.identity import Profile
from caseapp.demo.world import fill
from caseapp.domain.dates import add_months
from caseapp.domain.enums import StatusState

_OVERALL = (
    "{navn} har i perioden arbejdet stabilt med sine delmål og deltaget i de aftalte samtaler.",
    "Perioden har været præget af op- og nedture, men {navn} har holdt fast i samarbejdet.",
    "{navn} har taget flere skridt i retning af sit langsigtede mål og fortæller selv om fremgang.",
    "{navn} har haft en svær periode med flere aflysninger; samarbejdet er genoptaget.",
)
_CITIZEN_VIEW = (
    "{navn} synes selv, det går bedre, og vil gerne fortsætte som nu.",
    "{navn} fortæller, at det hjælper at have faste aftaler i ugen.",
    "{navn} ønsker mere tid til det, der er svært, og færre møder.",
    "{navn} er tilfreds med samarbejdet og har selv formuleret næste skridt.",
)
_NEXT_STEPS = (
    "Delmålene fortsætter uændret i næste periode.",
    "Der aftales nye delmål ved næste samtale.",
    "Netværksmøde med relevante parter inden for tre måneder.",
    "Indsatsen fortsætter; ratingerne følges hver måned.",
)
_EVALUATION = (
    "Delmålet er nået. {navn} klarer det nu på det aftalte niveau.",
    "Delvist nået: {navn} er godt på vej, men har brug for fortsat støtte.",
    "Ikke nået i perioden; delmålet justeres sammen med {navn}.",
    "Fremgang: {navn} gør det oftere end i sidste periode.",
)


def write_statuses(c: CitizenContext, life: Lifetime, profile: Profile, plan: GoalPlan) -> None:
    w, first = c.world, profile.first
    rows: list[tuple] = []
    evaluations: list[tuple] = []
    period_start = w.days[life.start]
    limit = w.days[min(life.end, w.today_i)]
    period_end = add_months(period_start, profile.status_months)
    while period_end <= limit:
        status_id = c.new_id("status_descriptions")
        rows.append(_final(c, profile, status_id, period_start, period_end))
        evaluations.extend(_evaluations(c, plan, first, status_id, period_start, period_end))
        period_start = period_end + dt.timedelta(days=1)
        period_end = add_months(period_start, profile.status_months)
    if life.active and c.rnd.random() < 0.2 and period_start < w.today:
        status_id = c.new_id("status_descriptions")
        rows.append(_draft(c, profile, status_id, period_start))
        evaluations.extend(_evaluations(c, plan, first, status_id, period_start, w.today))
    c.writer.add_many("status_descriptions", rows)
    c.writer.add_many("goal_evaluations", evaluations)


def _final(
    c: CitizenContext, profile: Profile, status_id: int, start: dt.date, end: dt.date
) -> tuple:
    """A finalised description of a past period, gone through with the citizen soon after."""
    rnd, first = c.rnd, profile.first
    gone = end + dt.timedelta(days=rnd.randint(1, 12))
    finalised = min(gone + dt.timedelta(days=rnd.randint(0, 3)), c.world.today)
    gone = min(gone, finalised)
    return (
        status_id,
        c.cid,
        start.isoformat(),
        end.isoformat(),
        fill(rnd.choice(_OVERALL), first),
        fill(rnd.choice(_CITIZEN_VIEW), first),
        rnd.choice(_NEXT_STEPS),
        gone.isoformat(),
        StatusState.FINAL.value,
        profile.responsible,
        f"{finalised.isoformat()}T{rnd.randint(9, 15):02d}:00:00",
    )


def _draft(c: CitizenContext, profile: Profile, status_id: int, start: dt.date) -> tuple:
    """A draft for the current period, up to today, not yet gone through with the citizen."""
    rnd = c.rnd
    return (
        status_id,
        c.cid,
        start.isoformat(),
        c.world.today.isoformat(),
        fill(rnd.choice(_OVERALL), profile.first),
        "",
        rnd.choice(_NEXT_STEPS),
        None,
        StatusState.DRAFT.value,
        profile.responsible,
        None,
    )


def _evaluations(
    c: CitizenContext, plan: GoalPlan, first: str, status_id: int, start: dt.date, end: dt.date
) -> list[tuple]:
    """An evaluation of each sub-goal worked on in the period, and of each effort."""
    rnd = c.rnd
    lo, hi = (start - c.world.first).days, (end - c.world.first).days
    rows = [
        (status_id, goal_id, fill(rnd.choice(_EVALUATION), first))
        for goal_id in plan.sub_ids
        if plan.overlaps(goal_id, lo, hi)
    ]
    for goal_id in plan.effort_ids:
        rows.append((status_id, goal_id, fill(rnd.choice(_EVALUATION[1:]), first)))
    return rows
