"""A demo citizen's efforts and grants, and the documents requested for the case.

Drawn from a stream of its own (not the citizen's), after everything else, so adding follow-up
to the demo changed no other generated row. Efforts end from a few weeks ago to four months
ahead, so the Frister list has a little overdue, something this week and something later.
"""

from __future__ import annotations

import datetime as dt
import random

from caseapp.demo.citizen import CitizenContext, Lifetime
from caseapp.demo.goals import GoalPlan
from caseapp.domain.enums import EffortKind

_EFFORTS: tuple[tuple[str, EffortKind, str, str], ...] = (
    ("Mentorforløb", EffortKind.MENTOR, "Mentor", "Jobcenter Vest"),
    ("Virksomhedspraktik", EffortKind.PLACEMENT, "Praktikvejleder", "Genbrugsbutikken Gør Godt"),
    ("Danskkursus", EffortKind.COURSE, "Underviser", "Sprogcentret Havnen"),
    ("Socialpædagogisk støtte efter § 85", EffortKind.SUPPORT, "Kontaktperson", "Bostøtten Lærkegården"),
    ("Ambulant rusmiddelbehandling", EffortKind.TREATMENT, "Misbrugskonsulent",
     "Rusmiddelcentret Kløvermarken"),
)
_DOCUMENTS: tuple[tuple[str, str], ...] = (
    ("Lægeattest", "Lægehuset Ved Åen"),
    ("Udtalelse fra psykiatrien", "Distriktspsykiatrien Søndermark"),
    ("Statusattest fra praktikstedet", "Genbrugsbutikken Gør Godt"),
    ("Journaloplysninger", "Rusmiddelcentret Kløvermarken"),
)
_PROVIDER_FIRST = ("Jens", "Mette", "Lars", "Hanne", "Søren", "Birgitte", "Ole", "Åse")
_PROVIDER_LAST = ("Østergaard", "Kjær", "Bæk", "Holm", "Lund", "Friis")


def followup_stream(seed: int, index: int) -> random.Random:
    return random.Random(f"caseapp-demo:{seed}:followup:{index}")


def write_followup(c: CitizenContext, life: Lifetime, plan: GoalPlan) -> list[tuple[int, str]]:
    """One to three efforts and up to two requested documents for a citizen in the caseload;
    returns the providers' contacts (id, name), who may sit at the citizen's meetings."""
    if not life.active:
        return []
    rnd = followup_stream(c.world.seed, c.index)
    efforts, contacts, links = [], [], []
    for title, kind, role, organisation in rnd.sample(_EFFORTS, rnd.randint(1, 3)):
        contact_id = c.new_id("network_contacts")
        name = f"{rnd.choice(_PROVIDER_FIRST)} {rnd.choice(_PROVIDER_LAST)}"
        contacts.append((contact_id, c.cid, name, role, organisation, "", 0))
        effort, goal = _effort(c, rnd, life, plan, title, kind.value, contact_id)
        efforts.append(effort)
        if goal is not None:
            links.append((effort[0], goal))
    c.writer.add_many("network_contacts", contacts)
    c.writer.add_many("efforts", efforts)
    c.writer.add_many("effort_goals", links)
    requests, chases = _documents(c, rnd)
    c.writer.add_many("document_requests", requests)
    c.writer.add_many("document_chases", chases)
    return [(row[0], row[2]) for row in contacts]


def _effort(c: CitizenContext, rnd: random.Random, life: Lifetime, plan: GoalPlan, title: str,
            kind: str, provider_id: int) -> tuple[tuple, int | None]:
    """The effort's row and the sub-goal it serves (if any)."""
    w = c.world
    end = w.today + dt.timedelta(days=rnd.randint(-7, 120))
    start = max(w.days[life.start], end - dt.timedelta(days=rnd.choice((91, 182, 365))))
    review = end - dt.timedelta(days=14) if rnd.random() < 0.6 else None
    if review is not None and review < w.today - dt.timedelta(days=3):
        review = None  # decided already: only a few reviews are left waiting
    report = w.today + dt.timedelta(days=rnd.randint(-10, 40)) if rnd.random() < 0.4 else None
    goal = rnd.choice(plan.sub_ids) if plan.sub_ids and rnd.random() < 0.7 else None
    stamp = w.at(w.today_i, 9 * 60)
    return (c.new_id("efforts"), c.cid, None, provider_id, title, kind, start.isoformat(),
            end.isoformat(), _iso(review if review and review >= start else None), _iso(report),
            None, "", None, None, stamp, stamp), goal


def _documents(c: CitizenContext, rnd: random.Random) -> tuple[list[tuple], list[tuple]]:
    w = c.world
    requests, chases = [], []
    for title, source in rnd.sample(_DOCUMENTS, rnd.randint(0, 2)):
        requested = w.today - dt.timedelta(days=rnd.randint(5, 60))
        due = requested + dt.timedelta(days=rnd.choice((14, 21, 30)))
        request_id = c.new_id("document_requests")
        received = None
        if rnd.random() < 0.6 and due < w.today:
            received = min(w.today, due + dt.timedelta(days=rnd.randint(0, 10)))
        stamp = w.at(w.today_i, 9 * 60)
        requests.append((request_id, c.cid, title, source, requested.isoformat(), due.isoformat(),
                         _iso(received), None, stamp, stamp))
        if due < w.today and rnd.random() < 0.5:
            chased = min(w.today, due + dt.timedelta(days=rnd.randint(1, 5)))
            chases.append((c.new_id("document_chases"), request_id, chased.isoformat(),
                           rnd.choice(("letter", "phone", "email"))))
    return requests, chases


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()
