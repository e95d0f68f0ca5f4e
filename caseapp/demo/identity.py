"""Who a demo citizen is: name, CPR number, preferences and caseworker (the citizens row), and
the citizen's network contacts and consents."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from caseapp.demo import corpus
from caseapp.demo.citizen import CitizenContext, Lifetime, sample_between
from caseapp.demo.world import DAY_END, DAY_START, enum_value, fill
from caseapp.domain.enums import ConsentForm, Place, TimeOfDay

_DANISH_LETTERS = frozenset("æøå")  # the first citizen's name has one, so search shows them off

_MOD11 = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


@dataclass(frozen=True)
class Profile:
    """What the other parts need to know about the citizen."""

    first: str  # first name, as the notes and plans call the citizen
    place: str  # where conversations usually happen (a Place value)
    time_pref: str  # a TimeOfDay value
    cadence: int  # days between conversations
    responsible: str  # the caseworker
    bosted: bool  # a resident, seen daily by several staff
    authors: list[str]  # staff who write the citizen's diary notes
    status_months: int  # months between status descriptions


def write_identity(c: CitizenContext, life: Lifetime) -> Profile:
    """Draw the citizen's identity and preferences and write the citizens row."""
    w, rnd, sc = c.world, c.rnd, c.scenario
    first, name, female = _draw_name(c)
    cpr = _cpr(rnd, w.today, (sc.age_range[0], sc.age_range[-1]), female)
    places = [enum_value(p) for p in sc.preferred_places] or [Place.JOBCENTER.value]
    place = rnd.choice(places)
    time_pref = rnd.choice(
        [TimeOfDay.ANY.value] * 3
        + [TimeOfDay.MORNING.value, TimeOfDay.MIDDAY.value, TimeOfDay.AFTERNOON.value]
    )
    cadence = max(1, int(sc.contact_cadence_days))
    responsible = rnd.choice(w.staff)
    # a bosted: the resident is seen every day and several staff write notes
    bosted = Place.RESIDENCE.value in places or "bosted" in sc.key.lower()
    authors = sample_between(rnd, w.staff, 2, 4) if bosted else [responsible]
    if responsible not in authors:
        authors[0] = responsible
    created = w.at(life.start, rnd.randint(DAY_START, DAY_END - 1))
    status_months = None if rnd.random() < 0.9 else rnd.choice((3, 6))
    row = (
        c.cid,
        name,
        cpr,
        sc.case_type,
        sc.legal_basis,
        life.status.value,
        int(bool(sc.is_child)),
        cadence,
        status_months,
        place,
        time_pref,
        rnd.choice((1, 1, 1, 2, 2, 3)),  # most activities a day
        _phone(rnd),
        responsible,
        fill(rnd.choice(sc.own_words), first),
        fill(rnd.choice(sc.where_now), first),
        fill(rnd.choice(sc.next_step), first),
        fill(rnd.choice(sc.barriers), first),
        created,
        created,
    )
    c.writer.add_many("citizens", [row])
    return Profile(
        first=first,
        place=place,
        time_pref=time_pref,
        cadence=cadence,
        responsible=responsible,
        bosted=bosted,
        authors=authors,
        status_months=status_months or (6 if sc.is_child else 12),
    )


def _draw_name(c: CitizenContext) -> tuple[str, str, bool]:
    """(first name, full name, female): a name no other citizen has, if 20 tries find one."""
    rnd, used = c.rnd, c.world.used_names
    female = rnd.random() < 0.5
    firsts = corpus.FIRST_NAMES_FEMALE if female else corpus.FIRST_NAMES_MALE
    for _attempt in range(20):
        first = rnd.choice(firsts)
        last = rnd.choice(corpus.LAST_NAMES)
        if rnd.random() < 0.15:
            last = f"{rnd.choice(corpus.LAST_NAMES)} {last}"
        name = f"{first} {last}"
        wanted = c.index != 0 or not _DANISH_LETTERS.isdisjoint(name.lower())
        if wanted and name not in used and last.split()[0] != first:
            break
    used.add(name)
    return first, name, female


def write_network(c: CitizenContext, life: Lifetime) -> None:
    """One to three network contacts, then one to three consents to share information."""
    c.writer.add_many("network_contacts", _contacts(c))
    c.writer.add_many("consents", _consents(c, life))


def _contacts(c: CitizenContext) -> list[tuple]:
    rnd = c.rnd
    rows = []
    for role, organisation in sample_between(rnd, corpus.NETWORK_ROLES, 1, 3):
        firsts = corpus.FIRST_NAMES_FEMALE if rnd.random() < 0.5 else corpus.FIRST_NAMES_MALE
        rows.append(
            (
                c.new_id("network_contacts"),
                c.cid,
                f"{rnd.choice(firsts)} {rnd.choice(corpus.LAST_NAMES)}",
                role,
                organisation,
                _phone(rnd),
                int(rnd.random() < 0.6),
            )
        )
    return rows


def _consents(c: CitizenContext, life: Lifetime) -> list[tuple]:
    w, rnd = c.world, c.rnd
    rows = []
    for party, scope in sample_between(rnd, corpus.CONSENT_SCOPES, 1, 3):
        given = min(life.start + rnd.randint(0, 20), w.today_i)
        withdrawn = None
        if rnd.random() < 0.1 and life.end - given > 30:
            withdrawn = w.date_s[rnd.randint(given + 1, life.end)]
        form = ConsentForm.WRITTEN.value if rnd.random() < 0.8 else ConsentForm.ORAL.value
        rows.append((c.new_id("consents"), c.cid, party, scope, form, w.date_s[given], withdrawn))
    return rows


def _phone(rnd: random.Random) -> str:
    digits = f"{rnd.randint(20, 99)}{rnd.randint(0, 999999):06d}"
    return "+45 " + " ".join(digits[i : i + 2] for i in range(0, 8, 2))


def _cpr(rnd: random.Random, today: dt.date, age_range: tuple[int, int], female: bool) -> str:
    """A fictional CPR number: a real birth date within the age range, a seventh digit that puts
    it in the right century, an even last digit for women and odd for men, and a deliberately
    failed modulus-11 check (numbers given before 2007 all pass it)."""
    low, high = sorted(int(a) for a in age_range)
    age = rnd.randint(low, high)
    born = today - dt.timedelta(days=age * 365 + rnd.randint(1, 364) + age // 4)
    if born.year >= 2000:
        digit7 = rnd.choice("456789" if born.year - 2000 <= 36 else "5678")
    else:
        digit7 = rnd.choice("0123")
    serial = f"{rnd.randint(0, 99):02d}"
    last = rnd.randrange(0 if female else 1, 10, 2)
    body = f"{born:%d%m%y}{digit7}{serial}"
    for _ in range(5):
        number = f"{body}{last}"
        if sum(int(c) * k for c, k in zip(number, _MOD11, strict=True)) % 11 != 0:
            return number
        last = (last + 2) % 10
    return f"{body}{last}"
