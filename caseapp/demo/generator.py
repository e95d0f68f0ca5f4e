"""A deterministic, fictional demo caseload: citizens, plans, calendar, diary notes and status
descriptions, written straight into an empty database.

The same seed and the same `today` give the same database, row for row. Each citizen draws from
its own random stream (seeded by the seed and the citizen's number), so asking for more notes or
more years changes that citizen's rows and nobody else's.

Speed matters more than elegance in `_Citizen._notes`: the stress set is a million notes. Rows
are plain tuples in `bulk.COLUMNS` order, ids are handed out here, dates are indexes into lists
of precomputed strings, and text is filled from templates prepared once per citizen.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from caseapp.demo import corpus
from caseapp.domain.dates import add_months
from caseapp.domain.enums import (
    ActionOwner,
    Ambition,
    AppointmentKind,
    AppointmentStatus,
    CitizenStatus,
    ConsentForm,
    GoalLevel,
    GoalSource,
    GoalStatus,
    NoteKind,
    Phase,
    Place,
    RatingScale,
    RecordState,
    StatusState,
    TimeOfDay,
)
from caseapp.storage import bulk

log = logging.getLogger(__name__)

CHUNK_ROWS = 50_000
"""Rows buffered before they are written in one transaction."""

FUTURE_DAYS = 21
"""How far ahead of `today` the calendar is filled."""

BOSTED_NOTES_PER_WEEK = (2.0, 4.0)
"""Default diary-note density (range, per citizen) where staff see the citizen daily."""

EXTRA_NOTES_PER_WEEK = {"bosted": BOSTED_NOTES_PER_WEEK, "bostoette": (0.5, 1.5)}
"""Default everyday notes per week (a range) on top of the note after each conversation, by
scenario key; other scenarios get the odd phone call or text message (0-0.3 a week)."""
_OTHER_NOTES_PER_WEEK = (0.0, 0.3)

_DAY_START, _DAY_END = 8 * 60, 16 * 60  # working hours for appointments, minutes after midnight
_NOTE_START, _NOTE_SPAN = 7 * 60, 15 * 60  # diary notes on a bosted: 07:00-22:00, any day


@dataclass(frozen=True)
class DemoStats:
    citizens: int
    goals: int
    appointments: int
    notes: int


ProgressFn = Callable[[int, int], None]


def generate_demo(
    db: sqlite_utils.Database,
    *,
    citizens: int = 25,
    years: float = 2.0,
    seed: int = 1,
    today: dt.date | None = None,
    progress: ProgressFn | None = None,
    notes_per_week: float | None = None,
    scenario_weights: Mapping[str, float] | None = None,
) -> DemoStats:
    """Fill an empty, migrated database with a fictional caseload and return what was written.

    notes_per_week: diary notes (observations) per citizen per week, on top of the notes written
      after each held conversation; None lets each scenario decide (2-4 a week on a bosted, none
      extra at a jobcenter). The stress set asks for 64.
    scenario_weights: replaces the scenarios' own weights by key (a missing key weighs 0), e.g.
      {"bosted": 1.0} for a caseload of residents only.
    """
    if citizens < 0:
        raise ValueError("citizens must not be negative")
    if years <= 0:
        raise ValueError("years must be positive")
    if notes_per_week is not None and notes_per_week < 0:
        raise ValueError("notes_per_week must not be negative")
    world = _World(today or dt.date.today(), years, seed, notes_per_week, scenario_weights)
    writer = _Writer(db, progress, citizens)
    ids = bulk.next_ids(db)
    previous = bulk.tune_for_load(db)
    try:
        writer.add_many("appointments", world.unit_series(ids))
        for index in range(citizens):
            _Citizen(world, index, ids, writer).build()
            writer.citizen_done()
        writer.flush()
    finally:
        bulk.restore_tuning(db, previous)
    if progress is not None:
        progress(citizens, citizens)
    log.info("demo caseload written: %s", {t: n for t, n in writer.counts.items() if n})
    return DemoStats(
        citizens=writer.counts["citizens"],
        goals=writer.counts["goals"],
        appointments=writer.counts["appointments"],
        notes=writer.counts["notes"],
    )


# -- buffering --------------------------------------------------------------------------------


class _Writer:
    """Buffers rows per table and writes them in transactions of about CHUNK_ROWS rows."""

    def __init__(self, db: sqlite_utils.Database, progress: ProgressFn | None, total: int):
        self.db = db
        self.progress = progress
        self.total = total
        self.done = 0
        self.rows: dict[str, list[tuple]] = {t: [] for t in bulk.TABLES}
        self.pending = 0
        self.counts = {t: 0 for t in bulk.TABLES}

    def add_many(self, table: str, rows: list[tuple]) -> None:
        self.rows[table].extend(rows)
        self.pending += len(rows)
        self.counts[table] += len(rows)

    def citizen_done(self) -> None:
        self.done += 1
        if self.pending >= CHUNK_ROWS:
            self.flush()
        if self.progress is not None and self.done < self.total:
            self.progress(self.done, self.total)

    def flush(self) -> None:
        if not self.pending:
            return
        bulk.write_chunk(self.db, self.rows)
        self.rows = {t: [] for t in bulk.TABLES}
        self.pending = 0


# -- the shared world: calendar, staff, scenarios ----------------------------------------------


def _fill(text: str, first: str) -> str:
    """A corpus line with the citizen's name in place (without tripping on other braces)."""
    return text.replace("{navn}", first)


def _value(member: Any) -> str:
    return str(member.value if hasattr(member, "value") else member)


class _World:
    """Everything shared by all citizens: the day grid, strings, staff and the unit's calendar."""

    def __init__(
        self,
        today: dt.date,
        years: float,
        seed: int,
        notes_per_week: float | None,
        scenario_weights: Mapping[str, float] | None,
    ) -> None:
        self.today = today
        self.seed = seed
        self.notes_per_week = notes_per_week
        span = max(7, round(years * 365.25))
        self.first = today - dt.timedelta(days=span)
        self.today_i = span
        self.n_days = span + FUTURE_DAYS + 1
        days = [self.first + dt.timedelta(days=i) for i in range(self.n_days)]
        self.days = days
        self.date_s = [d.isoformat() for d in days]
        self.weekday = [d.weekday() for d in days]
        self.time_s = [f"T{m // 60:02d}:{m % 60:02d}:00" for m in range(24 * 60)]
        self.clock_s = [f"kl. {m // 60:02d}.{m % 60:02d}" for m in range(24 * 60)]
        weekdays = list(corpus.WEEKDAYS)
        self.weekday_word = [weekdays[d.weekday()] for d in days]
        years_covered = range(self.first.year, days[-1].year + 1)
        try:
            import holidays

            closed = set(holidays.Denmark(years=years_covered))
        except Exception:  # the calendar is a nicety; weekends alone are fine
            closed = set()
        self.workday = [d.weekday() < 5 and d not in closed for d in days]
        self.busy: dict[int, set[int]] = {}  # day index -> quarter-hours taken (08:00 = 32)
        self.weekly_busy: dict[int, set[int]] = {}  # weekday -> quarter-hours of fixed series

        rnd = random.Random(f"caseapp-demo:{seed}:world")
        self.scenarios = list(corpus.SCENARIOS)
        weights = [
            float(scenario_weights.get(s.key, 0.0)) if scenario_weights is not None else s.weight
            for s in self.scenarios
        ]
        if sum(weights) <= 0:
            raise ValueError("no scenario has a positive weight")
        self.scenario_weights = weights
        last_names = list(corpus.LAST_NAMES)
        staff_first = list(corpus.STAFF_FIRST_NAMES)
        picked = rnd.sample(staff_first, min(6, len(staff_first)))
        self.staff = [f"{name} {rnd.choice(last_names)}" for name in picked]
        self.used_names: set[str] = set()

    # the unit's own weekly calendar ------------------------------------------------------------

    def unit_series(self, ids: dict[str, int]) -> list[tuple]:
        """Weekly office time and a team meeting: recurring, with no citizen."""
        rows = []
        series = (
            (AppointmentKind.OFFICE_TIME, 4, 12 * 60, 15 * 60, "FR"),
            (AppointmentKind.TEAM_MEETING, 0, 9 * 60, 10 * 60, "MO"),
        )
        for kind, weekday, start, end, byday in series:
            titles = corpus.APPOINTMENT_TITLES.get(_value(kind)) or [_default_title(kind)]
            day = self._first_weekday(0, weekday)
            rows.append(
                self.series_row(ids, None, kind, titles[0], day, start, end, Place.JOBCENTER, byday)
            )
        return rows

    def series_row(
        self,
        ids: dict[str, int],
        citizen_id: int | None,
        kind: AppointmentKind,
        title: str,
        day: int,
        start: int,
        end: int,
        place: Any,
        byday: str,
    ) -> tuple:
        self.weekly_busy.setdefault(self.weekday[day], set()).update(range(start // 15, end // 15))
        app_id = ids["appointments"]
        ids["appointments"] += 1
        return (
            app_id,
            citizen_id,
            _value(kind),
            title,
            self.date_s[day] + self.time_s[start],
            self.date_s[day] + self.time_s[end],
            _value(place),
            0,
            f"FREQ=WEEKLY;BYDAY={byday}",
            "[]",
            None,
            None,
            AppointmentStatus.PLANNED.value,
            "",
        )

    def _first_weekday(self, from_day: int, weekday: int) -> int:
        day = from_day
        while self.weekday[day] != weekday:
            day += 1
        return day

    def book(
        self, rnd: random.Random, day: int, minutes: int, window: tuple[int, int]
    ) -> tuple[int, int]:
        """A working day near `day` and a start time in `window` with no other appointment;
        when the calendar is full, the least bad slot is taken anyway."""
        slots = minutes // 15 + (1 if minutes % 15 else 0)
        lo, hi = window[0] // 15, window[1] // 15 - slots
        hi = max(lo, hi)
        for shift in (0, 1, -1, 2, -2, 3):
            d = day + shift
            if not (0 <= d < self.n_days) or not self.workday[d]:
                continue
            taken = self.busy.setdefault(d, set())
            fixed = self.weekly_busy.get(self.weekday[d], set())
            starts = list(range(lo, hi + 1))
            rnd.shuffle(starts)
            for s in starts:
                wanted = range(s, s + slots)
                if not any(q in taken or q in fixed for q in wanted):
                    taken.update(wanted)
                    return d, s * 15
        d = day
        while not self.workday[d]:
            d = d + 1 if d + 1 < self.n_days else d - 3
        s = rnd.randint(lo, hi)
        self.busy.setdefault(d, set()).update(range(s, s + slots))
        return d, s * 15


def _default_title(kind: AppointmentKind) -> str:
    return {
        AppointmentKind.OFFICE_TIME: "Kontortid",
        AppointmentKind.TEAM_MEETING: "Teammøde",
        AppointmentKind.CONVERSATION: "Samtale",
        AppointmentKind.HOME_VISIT: "Hjemmebesøg",
        AppointmentKind.PHONE: "Telefonsamtale",
        AppointmentKind.NETWORK_MEETING: "Netværksmøde",
        AppointmentKind.FIXED_ACTIVITY: "Fast aktivitet",
        AppointmentKind.STATUS_MEETING: "Statusmøde",
    }.get(kind, "Aftale")


_TIME_WINDOWS = {
    TimeOfDay.ANY.value: (_DAY_START, _DAY_END),
    TimeOfDay.MORNING.value: (_DAY_START, 11 * 60 + 30),
    TimeOfDay.MIDDAY.value: (11 * 60, 13 * 60 + 30),
    TimeOfDay.AFTERNOON.value: (12 * 60 + 30, _DAY_END),
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
_CORRECTIONS = (
    "\n\nRettelse: stedet var skrevet forkert og er rettet.",
    "\n\nRettelse: et navn var stavet forkert og er rettet.",
    "\n\nRettelse: en sætning med en vurdering er erstattet af det, der blev observeret.",
    "\n\nRettelse: tidspunktet er rettet.",
)
_DANISH_LETTERS = frozenset("æøå")  # the first citizen's name has one, so search shows them off


# -- one citizen ------------------------------------------------------------------------------


class _Citizen:
    def __init__(self, world: _World, index: int, ids: dict[str, int], writer: _Writer) -> None:
        self.w = world
        self.index = index
        self.ids = ids
        self.writer = writer
        self.rnd = random.Random(f"caseapp-demo:{world.seed}:citizen:{index}")

    def _id(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    # the whole citizen -----------------------------------------------------------------------

    def build(self) -> None:
        w, rnd = self.w, self.rnd
        self.sc = rnd.choices(w.scenarios, weights=w.scenario_weights)[0]
        self.cid = self._id("citizens")
        self._lifetime()
        self._identity()
        self._network()
        self._goals()
        self._ratings()
        held = self._appointments()
        self._notes(held)
        self._statuses()

    def _lifetime(self) -> None:
        """When the citizen came (and perhaps left). Residents of a bosted mostly stay for
        years; a caseworker's caseload turns over more."""
        w, rnd = self.w, self.rnd
        resident = self.sc.key == "bosted" or Place.RESIDENCE.value in {
            _value(p) for p in self.sc.preferred_places
        }
        # shares: closed, waiting (the rest active); and of the others, those there from the start
        closed, waiting, settled = (0.03, 0.02, 0.92) if resident else (0.08, 0.12, 0.75)
        roll = rnd.random()
        today_i = w.today_i
        if roll < closed and today_i > 120:
            self.status = CitizenStatus.CLOSED
        elif roll < closed + waiting:
            self.status = CitizenStatus.WAITING
        else:
            self.status = CitizenStatus.ACTIVE
        if self.status == CitizenStatus.WAITING:
            start = today_i - rnd.randint(7, min(90, today_i))
        elif rnd.random() < settled:  # most were there when the period began
            start = rnd.randint(0, min(60, today_i // 4))
        else:
            start = rnd.randint(0, max(0, today_i - 30))
        self.start = start
        if self.status == CitizenStatus.CLOSED:
            self.end = rnd.randint(start + (today_i - start) // 2, today_i - 14)
            self.end = max(self.end, start + 7)
        else:
            self.end = today_i
        self.active = self.status != CitizenStatus.CLOSED

    def _identity(self) -> None:
        w, rnd, sc = self.w, self.rnd, self.sc
        female = rnd.random() < 0.5
        firsts = corpus.FIRST_NAMES_FEMALE if female else corpus.FIRST_NAMES_MALE
        for _attempt in range(20):
            first = rnd.choice(firsts)
            last = rnd.choice(corpus.LAST_NAMES)
            if rnd.random() < 0.15:
                last = f"{rnd.choice(corpus.LAST_NAMES)} {last}"
            name = f"{first} {last}"
            wanted = self.index != 0 or not _DANISH_LETTERS.isdisjoint(name.lower())
            if wanted and name not in w.used_names and last.split()[0] != first:
                break
        w.used_names.add(name)
        self.first, self.name, self.female = first, name, female
        self.cpr = _cpr(rnd, w.today, (sc.age_range[0], sc.age_range[-1]), female)
        places = [_value(p) for p in sc.preferred_places] or [Place.JOBCENTER.value]
        self.place = rnd.choice(places)
        self.time_pref = rnd.choice(
            [TimeOfDay.ANY.value] * 3
            + [TimeOfDay.MORNING.value, TimeOfDay.MIDDAY.value, TimeOfDay.AFTERNOON.value]
        )
        self.cadence = max(1, int(sc.contact_cadence_days))
        self.responsible = rnd.choice(w.staff)
        # a bosted: the resident is seen every day and several staff write notes
        self.bosted = Place.RESIDENCE.value in places or "bosted" in sc.key.lower()
        self.authors = (
            rnd.sample(w.staff, min(len(w.staff), rnd.randint(2, 4)))
            if self.bosted
            else [self.responsible]
        )
        if self.responsible not in self.authors:
            self.authors[0] = self.responsible
        created = w.date_s[self.start] + w.time_s[rnd.randint(_DAY_START, _DAY_END - 1)]
        status_months = None if rnd.random() < 0.9 else rnd.choice((3, 6))
        self.status_months = status_months or (6 if sc.is_child else 12)
        row = (
            self.cid,
            self.name,
            self.cpr,
            sc.case_type,
            sc.legal_basis,
            self.status.value,
            int(bool(sc.is_child)),
            self.cadence,
            status_months,
            self.place,
            self.time_pref,
            rnd.choice((1, 1, 1, 2, 2, 3)),
            _phone(rnd),
            self.responsible,
            _fill(rnd.choice(sc.own_words), first),
            _fill(rnd.choice(sc.where_now), first),
            _fill(rnd.choice(sc.next_step), first),
            _fill(rnd.choice(sc.barriers), first),
            created,
            created,
        )
        self.writer.add_many("citizens", [row])

    def _network(self) -> None:
        w, rnd = self.w, self.rnd
        contacts = []
        for role, organisation in rnd.sample(
            list(corpus.NETWORK_ROLES), min(len(corpus.NETWORK_ROLES), rnd.randint(1, 3))
        ):
            firsts = corpus.FIRST_NAMES_FEMALE if rnd.random() < 0.5 else corpus.FIRST_NAMES_MALE
            contacts.append(
                (
                    self._id("network_contacts"),
                    self.cid,
                    f"{rnd.choice(firsts)} {rnd.choice(corpus.LAST_NAMES)}",
                    role,
                    organisation,
                    _phone(rnd),
                    int(rnd.random() < 0.6),
                )
            )
        self.writer.add_many("network_contacts", contacts)
        consents = []
        for party, scope in rnd.sample(
            list(corpus.CONSENT_SCOPES), min(len(corpus.CONSENT_SCOPES), rnd.randint(1, 3))
        ):
            given = min(self.start + rnd.randint(0, 20), w.today_i)
            withdrawn = None
            if rnd.random() < 0.1 and self.end - given > 30:
                withdrawn = w.date_s[rnd.randint(given + 1, self.end)]
            form = ConsentForm.WRITTEN.value if rnd.random() < 0.8 else ConsentForm.ORAL.value
            consents.append(
                (
                    self._id("consents"),
                    self.cid,
                    party,
                    scope,
                    form,
                    w.date_s[given],
                    withdrawn,
                )
            )
        self.writer.add_many("consents", consents)

    # the goal tree -----------------------------------------------------------------------------

    def _goals(self) -> None:
        w, rnd, sc, first = self.w, self.rnd, self.sc, self.first
        rows: list[tuple] = []
        actions: list[tuple] = []
        life = list(sc.life_domains) or [""]
        indicators = list(sc.indicators) or [""]
        long_id = self._id("goals")
        rows.append(
            (
                long_id,
                self.cid,
                None,
                GoalLevel.LONG_TERM.value,
                _fill(rnd.choice(sc.long_term_goals), first),
                GoalSource.CITIZEN.value,
                None,
                rnd.choice(life),
                "",
                add_months(w.days[self.end], rnd.choice((18, 24, 36))).isoformat(),
                GoalStatus.ACTIVE.value,
                Phase.NOW.value,
                0,
                0,
            )
        )
        efforts = rnd.sample(list(sc.effort_goals), min(len(sc.effort_goals), rnd.randint(1, 3)))
        pool = list(sc.sub_goals)
        rnd.shuffle(pool)
        subs: list[tuple[int, int, str]] = []  # (goal id, effort index, text)
        effort_ids: list[int] = []
        for e_pos in range(len(efforts)):
            effort_id = self._id("goals")
            effort_ids.append(effort_id)
            rows.append(None)  # type: ignore[arg-type]  # filled in below, once deadlines are known
            n_sub = rnd.randint(1, 3)
            for _ in range(n_sub):
                if not pool:
                    break
                subs.append((self._id("goals"), e_pos, _fill(pool.pop(), first)))
        if not subs:  # a scenario without sub-goal lines still gets a tree
            subs.append((self._id("goals"), 0, f"{first} holder sine aftaler."))
        # phases: at most two active "now", some achieved earlier, the rest "later"
        order = list(range(len(subs)))
        rnd.shuffle(order)
        n_now = min(len(subs), 1 if self.status == CitizenStatus.WAITING else rnd.choice((1, 2, 2)))
        now = set(order[:n_now])
        rest = order[n_now:]
        achieved = (
            set()
            if self.status == CitizenStatus.WAITING
            else {i for i in rest if rnd.random() < 0.5}
        )
        if self.status == CitizenStatus.CLOSED:
            achieved |= now
            now = set()
        # active windows on the day grid: achieved ones two at a time, then the current ones
        life_start, life_end = self.start, self.end
        span = max(1, life_end - life_start)
        achieved_list = sorted(achieved)
        pairs = [achieved_list[i : i + 2] for i in range(0, len(achieved_list), 2)]
        segments: list[tuple[int, tuple[int, ...]]] = []
        if now:
            n_seg = len(pairs) + 1
        else:
            n_seg = max(1, len(pairs))
        cut = [life_start + span * k // n_seg for k in range(n_seg + 1)]
        for k, pair in enumerate(pairs):
            segments.append((cut[k], tuple(subs[i][0] for i in pair)))
        if now:
            segments.append((cut[len(pairs)], tuple(subs[i][0] for i in sorted(now))))
        if not segments:  # waiting with nothing started: notes relate to the first sub-goal
            segments.append((life_start, (subs[0][0],)))
        self.segments = segments
        self.seg_ends = [s[0] for s in segments[1:]] + [life_end + FUTURE_DAYS + 1]
        self.windows: dict[int, tuple[int, int]] = {}
        for k, (seg_start, goal_ids) in enumerate(segments):
            for goal_id in goal_ids:
                self.windows[goal_id] = (seg_start, self.seg_ends[k])
        self.sub_text = {goal_id: text for goal_id, _e, text in subs}
        self.sub_ids = [goal_id for goal_id, _e, _t in subs]
        self.now_ids = [subs[i][0] for i in sorted(now)]

        sources = (GoalSource.CITIZEN.value, GoalSource.PROVIDER.value, GoalSource.ORDER.value)
        ambitions = [a.value for a in Ambition]
        sub_deadlines: dict[int, int] = {}
        positions: dict[int, int] = {}
        for i, (goal_id, e_pos, text) in enumerate(subs):
            positions[e_pos] = positions.get(e_pos, -1) + 1
            if i in achieved:
                status, phase = GoalStatus.ACHIEVED.value, Phase.NOW.value
                deadline = min(self.windows[goal_id][1], w.today_i)
            elif i in now:
                status, phase = GoalStatus.ACTIVE.value, Phase.NOW.value
                deadline = w.today_i + rnd.randint(30, 270)
            else:
                status, phase = GoalStatus.ACTIVE.value, Phase.LATER.value
                deadline = w.today_i + rnd.randint(180, 540)
            sub_deadlines[goal_id] = deadline
            rows.append(
                (
                    goal_id,
                    self.cid,
                    effort_ids[e_pos] if effort_ids else long_id,
                    GoalLevel.SUB.value,
                    text,
                    rnd.choice(sources),
                    rnd.choice(ambitions),
                    rnd.choice(life),
                    _fill(rnd.choice(indicators), self.first),
                    _date(w, deadline),
                    status,
                    phase,
                    positions[e_pos],
                    0,
                )
            )
            actions.extend(self._actions(goal_id, i in achieved, i in now))
        for e_pos, effort_text in enumerate(efforts):
            mine = [sub_deadlines[g] for g, e, _t in subs if e == e_pos]
            done = bool(mine) and all(
                subs[i][1] != e_pos or i in achieved for i in range(len(subs))
            )
            mine = mine or [w.today_i + 365]
            rows[1 + e_pos] = (
                effort_ids[e_pos],
                self.cid,
                long_id,
                GoalLevel.EFFORT.value,
                _fill(effort_text, first),
                GoalSource.ORDER.value,
                rnd.choice(ambitions),
                rnd.choice(life),
                _fill(rnd.choice(indicators), first),
                _date(w, max(mine)),
                GoalStatus.ACHIEVED.value if done else GoalStatus.ACTIVE.value,
                Phase.NOW.value,
                e_pos,
                0,
            )
        rows = [r for r in rows if r is not None]
        self.effort_ids = effort_ids
        self.writer.add_many("goals", rows)
        self.writer.add_many("actions", actions)

    def _actions(self, goal_id: int, achieved: bool, now: bool) -> list[tuple]:
        w, rnd = self.w, self.rnd
        pool = list(self.sc.actions)
        picked = rnd.sample(pool, min(len(pool), rnd.randint(1, 3)))
        g_start, g_end = self.windows.get(goal_id, (w.today_i, w.today_i + 90))
        rows = []
        for what, who in picked:
            due = (
                rnd.randint(g_start, min(g_end, w.n_days - 1))
                if now or achieved
                else (w.today_i + rnd.randint(30, 180))
            )
            done_on = None
            if due <= w.today_i and (achieved or rnd.random() < 0.6):
                done_on = w.date_s[min(w.today_i, max(g_start, due - rnd.randint(0, 10)))]
            rows.append(
                (
                    self._id("actions"),
                    goal_id,
                    _fill(what, self.first),
                    _value(ActionOwner(_value(who))),
                    _date(w, due),
                    done_on,
                )
            )
        return rows

    def _ratings(self) -> None:
        """Monthly self rating and staff FFB rating per sub-goal while it is worked on; GAS every
        third month. A gentle upward trend with noise."""
        w, rnd = self.w, self.rnd
        rows = []
        rater_self = "borger"
        for goal_id in self.sub_ids:
            if goal_id not in self.windows:
                continue
            g_start, g_end = self.windows[goal_id]
            g_end = min(g_end, w.today_i + 1)
            months = max(1, (g_end - g_start) // 30)
            base_self, base_ffb = rnd.uniform(2, 5), rnd.uniform(1, 2.2)
            gain_self, gain_ffb = rnd.uniform(0.5, 4.5), rnd.uniform(0.2, 1.8)
            day = g_start + rnd.randint(5, 25)
            k = 0
            while day < g_end:
                t = min(1.0, k / max(1, months - 1))
                self_v = round(base_self + gain_self * t + rnd.gauss(0, 0.8))
                ffb_v = round(base_ffb + gain_ffb * t + rnd.gauss(0, 0.4))
                date = w.date_s[day]
                rows.append(
                    (
                        self._id("ratings"),
                        goal_id,
                        RatingScale.SELF_1_10.value,
                        min(10, max(1, self_v)),
                        date,
                        rater_self,
                        "",
                    )
                )
                rows.append(
                    (
                        self._id("ratings"),
                        goal_id,
                        RatingScale.FFB_0_4.value,
                        min(4, max(0, ffb_v)),
                        date,
                        self.responsible,
                        "",
                    )
                )
                if k % 3 == 2:
                    gas = round(-1.5 + 3.0 * t + rnd.gauss(0, 0.5))
                    rows.append(
                        (
                            self._id("ratings"),
                            goal_id,
                            RatingScale.GAS.value,
                            min(2, max(-2, gas)),
                            date,
                            self.responsible,
                            "",
                        )
                    )
                k += 1
                day += rnd.randint(26, 35)
        self.writer.add_many("ratings", rows)

    # the calendar ------------------------------------------------------------------------------

    def _appointments(self) -> list[tuple[int, int, int, str, tuple[int, ...]]]:
        """Conversations by the citizen's cadence, a network meeting now and then, perhaps a
        fixed weekly activity. Returns the held ones that get a note:
        (appointment id, day, start minute, note kind, goal ids)."""
        w, rnd = self.w, self.rnd
        rows: list[tuple] = []
        held: list[tuple[int, int, int, str, tuple[int, ...]]] = []
        app_kind, note_kind, (min_len, max_len) = _CONTACT_KIND.get(
            self.place, _CONTACT_KIND[Place.JOBCENTER.value]
        )
        window = _TIME_WINDOWS.get(self.time_pref, _TIME_WINDOWS[TimeOfDay.ANY.value])
        titles = corpus.APPOINTMENT_TITLES.get(app_kind.value) or [_default_title(app_kind)]
        last = self.end if not self.active else w.n_days - 1
        first_day = self.start + (0 if self.status != CitizenStatus.WAITING else 14)
        day = first_day + rnd.randint(0, min(self.cadence, 10))
        owed_from = w.today_i - 21
        network_every = rnd.randint(60, 150)
        next_network = self.start + network_every
        while day <= last:
            kind, n_kind, length = app_kind, note_kind, rnd.randrange(min_len, max_len + 1, 15)
            title = rnd.choice(titles)
            if day >= next_network:
                kind, n_kind, length = AppointmentKind.NETWORK_MEETING, NoteKind.NETWORK_MEETING, 90
                title = rnd.choice(
                    corpus.APPOINTMENT_TITLES.get(kind.value) or [_default_title(kind)]
                )
                next_network = day + network_every
            d, start = w.book(rnd, day, length, window)
            if d > last:
                break
            end = start + length
            app_id = self._id("appointments")
            if d < w.today_i:
                roll = rnd.random()
                if roll < 0.07:
                    status, reason = AppointmentStatus.CANCELLED.value, rnd.choice(_CANCEL_REASONS)
                elif roll < 0.12:
                    status, reason = AppointmentStatus.NO_SHOW.value, rnd.choice(_NO_SHOW_REASONS)
                else:
                    status, reason = AppointmentStatus.HELD.value, ""
            else:
                status, reason = AppointmentStatus.PLANNED.value, ""
            if status == AppointmentStatus.HELD.value:
                owed = d >= owed_from and self.active and rnd.random() < 0.4
                if not owed:
                    held.append((app_id, d, start, n_kind.value, self._goals_on(d)))
            rows.append(
                (
                    app_id,
                    self.cid,
                    kind.value,
                    title,
                    w.date_s[d] + w.time_s[start],
                    w.date_s[d] + w.time_s[end],
                    self.place,
                    rnd.choice((0, 0, 15, 15, 30)),
                    "",
                    "[]",
                    None,
                    None,
                    status,
                    reason,
                )
            )
            day = d + max(
                1, self.cadence + rnd.randint(-2, 2) if self.cadence > 6 else self.cadence
            )
        if self.active and self.bosted and rnd.random() < 0.5:
            fixed = corpus.APPOINTMENT_TITLES.get(AppointmentKind.FIXED_ACTIVITY.value) or [
                _default_title(AppointmentKind.FIXED_ACTIVITY)
            ]
            weekday = rnd.randint(0, 4)
            title = rnd.choice(fixed)
            start = rnd.choice(
                (8 * 60, 9 * 60) if "morgen" in title.lower() else (9 * 60, 10 * 60, 13 * 60)
            )
            first = w._first_weekday(self.start, weekday)
            rows.append(
                w.series_row(
                    self.ids,
                    self.cid,
                    AppointmentKind.FIXED_ACTIVITY,
                    title,
                    first,
                    start,
                    start + rnd.choice((60, 90, 120)),
                    self.place,
                    ("MO", "TU", "WE", "TH", "FR")[weekday],
                )
            )
        self.writer.add_many("appointments", rows)
        return held

    def _goals_on(self, day: int) -> tuple[int, ...]:
        for k in range(len(self.segments) - 1, -1, -1):
            if self.segments[k][0] <= day:
                goal_ids = self.segments[k][1]
                break
        else:
            goal_ids = self.segments[0][1]
        if len(goal_ids) > 1 and self.rnd.random() < 0.7:
            return (self.rnd.choice(goal_ids),)
        return goal_ids

    # diary notes -------------------------------------------------------------------------------

    def _notes(self, held: list[tuple[int, int, int, str, tuple[int, ...]]]) -> None:
        w, rnd = self.w, self.rnd
        rand = rnd.random
        first = self.first
        last_day = min(self.end, w.today_i)
        if w.notes_per_week is not None:
            per_week = w.notes_per_week
        elif self.bosted:
            per_week = rnd.uniform(*BOSTED_NOTES_PER_WEEK)
        else:
            per_week = rnd.uniform(*EXTRA_NOTES_PER_WEEK.get(self.sc.key, _OTHER_NOTES_PER_WEEK))
        days_alive = max(0, last_day - self.start)
        n_obs = int(per_week * days_alive / 7 * rnd.uniform(0.95, 1.05) + rand())
        # times on the grid: key = day index * _NOTE_SPAN + minutes after 07:00
        if self.bosted:  # staff are there every day, morning to evening
            total = days_alive * _NOTE_SPAN
            base = self.start * _NOTE_SPAN
            obs_keys = sorted([base + int(rand() * total) for _ in range(n_obs)]) if total else []
        else:  # the caseworker calls and texts on working days, 08-16
            workdays = [d for d in range(self.start, last_day) if w.workday[d]]
            n_work = len(workdays)
            work_start, work_len = _DAY_START - _NOTE_START, _DAY_END - _DAY_START
            obs_keys = (
                sorted(
                    [
                        workdays[int(rand() * n_work)] * _NOTE_SPAN
                        + work_start
                        + int(rand() * work_len)
                        for _ in range(n_obs)
                    ]
                )
                if n_work
                else []
            )
            n_obs = len(obs_keys)

        # special notes: after held appointments, and a monthly summary per worked-on sub-goal
        specials: list[tuple[int, int, Any]] = []  # (key, tag, payload); tag 0 contact, 1 summary
        for held_id, held_day, start, n_kind, held_goals in held:
            key = held_day * _NOTE_SPAN + min(max(0, start - _NOTE_START), _NOTE_SPAN - 1)
            specials.append((key, 0, (held_id, n_kind, held_goals)))
        month_day = _next_month_end(w, self.start)
        while month_day is not None and month_day <= last_day:
            for goal_id in self.sub_ids:
                g_start, g_end = self.windows.get(goal_id, (0, -1))
                if g_start <= month_day < g_end:
                    key = month_day * _NOTE_SPAN + 7 * 60 + rnd.randint(0, 90)
                    specials.append((key, 1, goal_id))
            month_day = _next_month_end(w, month_day + 1)
        specials.sort(key=lambda s: (s[0], s[1]))

        # templates with the citizen's name and each author filled in once
        templates: dict[str, list[tuple[str, str]]] = {}
        for kind, lines in corpus.NOTE_TEMPLATES.items():
            templates[kind] = [
                (author, _fill(line, first).replace("{medarbejder}", author.split()[0]))
                for line in lines
                for author in self.authors
            ]
        obs_pool = _observation_pool(templates)
        n_pool = len(obs_pool)
        summary_lines = [_fill(s, first) for s in corpus.SUMMARY_TEMPLATES]
        places = list(corpus.PLACE_WORDS)
        n_places = len(places)
        date_s, time_s, clock_s, weekday_word = w.date_s, w.time_s, w.clock_s, w.weekday_word
        today_i = w.today_i
        segments, seg_ends = self.segments, self.seg_ends
        seg_k = 0
        seg_goals = segments[0][1]
        seg_end = seg_ends[0]
        note_id = self.ids["notes"]
        cid = self.cid
        signed, draft = RecordState.SIGNED.value, RecordState.DRAFT.value
        enter_rate = 0.7 if not self.bosted else 0.15
        notes: list[tuple] = []
        links: list[tuple[int, int]] = []
        add_note, add_link = notes.append, links.append
        correction_rate = 0.004

        def text_for(line: str, d: int, minute: int) -> str:
            return (
                line.format(
                    dag=weekday_word[d], tid=clock_s[minute], sted=places[int(rand() * n_places)]
                )
                if "{" in line
                else line
            )

        i_obs, i_sp, n_sp = 0, 0, len(specials)
        goal_ids: tuple[int, ...]
        app_id: int | None
        while i_obs < n_obs or i_sp < n_sp:
            if i_sp < n_sp and (i_obs >= n_obs or specials[i_sp][0] <= obs_keys[i_obs]):
                key, tag, payload = specials[i_sp]
                i_sp += 1
            else:
                key, tag, payload = obs_keys[i_obs], 2, None
                i_obs += 1
            d = key // _NOTE_SPAN
            minute = _NOTE_START + key % _NOTE_SPAN
            while d >= seg_end and seg_k + 1 < len(segments):
                seg_k += 1
                seg_goals, seg_end = segments[seg_k][1], seg_ends[seg_k]
            app_id = None
            if tag == 2:
                kind, author, line = obs_pool[int(rand() * n_pool)]
                if len(seg_goals) > 1 and rand() < 0.7:
                    goal_ids = (seg_goals[int(rand() * len(seg_goals))],)
                else:
                    goal_ids = seg_goals
            elif tag == 0:
                app_id, kind, goal_ids = payload
                choices = (
                    templates.get(kind) or templates.get(NoteKind.OBSERVATION.value) or obs_pool
                )
                author, line = choices[int(rand() * len(choices))][-2:]
                author = self.responsible if not self.bosted else author
            else:
                kind, author, goal_ids = NoteKind.SUMMARY.value, self.responsible, (payload,)
                line = summary_lines[int(rand() * len(summary_lines))].replace(
                    "{delmaal}", self.sub_text[payload].rstrip(".")
                )
            text = text_for(line, d, minute)
            occurred = date_s[d] + time_s[minute]
            sign_min = minute + 10 + int(rand() * 170)
            signed_at = (
                (date_s[d] + time_s[sign_min])
                if sign_min < 1440
                else (date_s[d + 1] + time_s[sign_min - 1440])
            )
            entered = None
            if d < today_i - 3 and rand() < enter_rate:
                entered = date_s[d + 1 + int(rand() * 3)]
            add_note(
                (
                    note_id,
                    cid,
                    kind,
                    occurred,
                    author,
                    text,
                    app_id,
                    signed,
                    signed_at,
                    None,
                    entered,
                    occurred,
                )
            )
            for goal_id in goal_ids:
                add_link((note_id, goal_id))
            note_id += 1
            if rand() < correction_rate and d < today_i - 2:
                fix_day = d + 1 + int(rand() * 2)
                fix_at = date_s[fix_day] + time_s[9 * 60 + int(rand() * 420)]
                fixed = text_for(line, d, minute) + _CORRECTIONS[int(rand() * len(_CORRECTIONS))]
                add_note(
                    (
                        note_id,
                        cid,
                        kind,
                        occurred,
                        author,
                        fixed,
                        app_id,
                        signed,
                        fix_at,
                        note_id - 1,
                        None,
                        fix_at,
                    )
                )
                for goal_id in goal_ids:
                    add_link((note_id, goal_id))
                note_id += 1
        # the newest few are still drafts (not corrections, not summaries)
        if self.active and notes:
            n_drafts = rnd.randint(1, 4)
            for k in range(len(notes) - 1, max(-1, len(notes) - 13), -1):
                if not n_drafts:
                    break
                row = notes[k]
                if row[9] is None and row[2] != NoteKind.SUMMARY.value and not _corrected(notes, k):
                    notes[k] = row[:7] + (draft, None) + row[9:10] + (None,) + row[11:]
                    n_drafts -= 1
        self.ids["notes"] = note_id
        self.writer.add_many("notes", notes)
        self.writer.add_many("note_goals", links)

    # status descriptions -----------------------------------------------------------------------

    def _statuses(self) -> None:
        w, rnd, first = self.w, self.rnd, self.first
        rows: list[tuple] = []
        evaluations: list[tuple] = []
        period_start = w.days[self.start]
        limit = w.days[min(self.end, w.today_i)]
        while True:
            period_end = add_months(period_start, self.status_months)
            if period_end > limit:
                break
            status_id = self._id("status_descriptions")
            gone = period_end + dt.timedelta(days=rnd.randint(1, 12))
            finalised = min(gone + dt.timedelta(days=rnd.randint(0, 3)), w.today)
            gone = min(gone, finalised)
            rows.append(
                (
                    status_id,
                    self.cid,
                    period_start.isoformat(),
                    period_end.isoformat(),
                    _fill(rnd.choice(_OVERALL), first),
                    _fill(rnd.choice(_CITIZEN_VIEW), first),
                    rnd.choice(_NEXT_STEPS),
                    gone.isoformat(),
                    StatusState.FINAL.value,
                    self.responsible,
                    f"{finalised.isoformat()}T{rnd.randint(9, 15):02d}:00:00",
                )
            )
            evaluations.extend(self._evaluations(status_id, period_start, period_end))
            period_start = period_end + dt.timedelta(days=1)
        if self.active and rnd.random() < 0.2 and period_start < w.today:
            status_id = self._id("status_descriptions")
            rows.append(
                (
                    status_id,
                    self.cid,
                    period_start.isoformat(),
                    w.today.isoformat(),
                    _fill(rnd.choice(_OVERALL), first),
                    "",
                    rnd.choice(_NEXT_STEPS),
                    None,
                    StatusState.DRAFT.value,
                    self.responsible,
                    None,
                )
            )
            evaluations.extend(self._evaluations(status_id, period_start, w.today))
        self.writer.add_many("status_descriptions", rows)
        self.writer.add_many("goal_evaluations", evaluations)

    def _evaluations(self, status_id: int, start: dt.date, end: dt.date) -> list[tuple]:
        w, rnd = self.w, self.rnd
        lo, hi = (start - w.first).days, (end - w.first).days
        rows = []
        for goal_id in self.sub_ids:
            g_start, g_end = self.windows.get(goal_id, (0, -1))
            if g_start <= hi and g_end > lo:
                rows.append((status_id, goal_id, _fill(rnd.choice(_EVALUATION), self.first)))
        for goal_id in self.effort_ids:
            rows.append((status_id, goal_id, _fill(rnd.choice(_EVALUATION[1:]), self.first)))
        return rows


# -- small helpers ----------------------------------------------------------------------------


def _observation_pool(templates: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str, str]]:
    """(kind, author, line) to draw everyday notes from: mostly observations, some calls and
    texts."""
    weights = {
        NoteKind.OBSERVATION.value: 8,
        NoteKind.PHONE.value: 1,
        NoteKind.SMS.value: 1,
        NoteKind.OTHER.value: 1,
    }
    pool: list[tuple[str, str, str]] = []
    for kind, weight in weights.items():
        for author, line in templates.get(kind, []):
            pool.extend([(kind, author, line)] * weight)
    if not pool:
        for kind, lines in templates.items():
            pool.extend((kind, author, line) for author, line in lines)
    return pool


def _corrected(notes: list[tuple], k: int) -> bool:
    return k + 1 < len(notes) and notes[k + 1][9] == notes[k][0]


def _date(w: _World, day: int) -> str:
    if 0 <= day < w.n_days:
        return w.date_s[day]
    return (w.first + dt.timedelta(days=day)).isoformat()


def _next_month_end(w: _World, day: int) -> int | None:
    """The first last-working-day-of-a-month on or after `day` (None past the grid)."""
    while day < w.n_days:
        d = w.days[day]
        nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        i = (nxt - w.first).days - 1
        while i >= day and (i >= w.n_days or not w.workday[i]):
            i -= 1
        if i >= day:
            return i
        day = (nxt - w.first).days
    return None


def _phone(rnd: random.Random) -> str:
    digits = f"{rnd.randint(20, 99)}{rnd.randint(0, 999999):06d}"
    return "+45 " + " ".join(digits[i : i + 2] for i in range(0, 8, 2))


_MOD11 = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


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


__all__ = ["BOSTED_NOTES_PER_WEEK", "CHUNK_ROWS", "DemoStats", "generate_demo"]
