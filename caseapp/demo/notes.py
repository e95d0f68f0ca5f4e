"""A demo citizen's diary notes: everyday observations, calls and texts; a note after each held
conversation; a monthly summary per sub-goal worked on; now and then a correction; the newest
few still drafts.

Speed matters more than elegance in `_DiaryWriter`: the stress set is a million notes. Rows are plain
tuples in `bulk.COLUMNS` order, dates are indexes into lists of precomputed strings, and text
is filled from templates prepared once per citizen.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

from caseapp.demo import corpus
from caseapp.demo.appointments import HeldMeeting
from caseapp.demo.citizen import CitizenContext, Lifetime
from caseapp.demo.goals import GoalPlan
from caseapp.demo.identity import Profile
from caseapp.demo.world import DAY_END, DAY_START, fill
from caseapp.domain.enums import NoteKind, RecordState

BOSTED_NOTES_PER_WEEK = (2.0, 4.0)
"""Default diary-note density (range, per citizen) where staff see the citizen daily."""

EXTRA_NOTES_PER_WEEK = {"bosted": BOSTED_NOTES_PER_WEEK, "bostoette": (0.5, 1.5)}
"""Default everyday notes per week (a range) on top of the note after each conversation, by
scenario key; other scenarios get the odd phone call or text message (0-0.3 a week)."""
_OTHER_NOTES_PER_WEEK = (0.0, 0.3)

# Diary notes on a bosted are written 07:00-22:00, any day. A note's time is a key on a grid:
# day index * _NOTE_SPAN + minutes after _NOTE_START.
_NOTE_START, _NOTE_SPAN = 7 * 60, 15 * 60

_CONTACT, _SUMMARY, _OBSERVATION = 0, 1, 2  # what a key is for; ties go in this order

_CORRECTION_RATE = 0.004

_CORRECTIONS = (
    "\n\nRettelse: stedet var skrevet forkert og er rettet.",
    "\n\nRettelse: et navn var stavet forkert og er rettet.",
    "\n\nRettelse: en sætning med en vurdering er erstattet af det, der blev observeret.",
    "\n\nRettelse: tidspunktet er rettet.",
)

_EVERYDAY_WEIGHTS = {  # how often each kind of everyday note is drawn
    NoteKind.OBSERVATION.value: 8,
    NoteKind.PHONE.value: 1,
    NoteKind.SMS.value: 1,
    NoteKind.OTHER.value: 1,
}

Templates = dict[str, list[tuple[str, str]]]
"""note kind -> (author, line) with the citizen's and the author's names filled in"""

Special = tuple[int, int, Any]
"""(time key, _CONTACT or _SUMMARY, a HeldMeeting or a sub-goal id)"""


DRAFT_DAYS = 10


def write_notes(
    c: CitizenContext,
    life: Lifetime,
    profile: Profile,
    plan: GoalPlan,
    held: list[HeldMeeting],
) -> None:
    last_day = min(life.end, c.world.today_i)
    per_week = _notes_per_week(c, profile)
    everyday = _everyday_keys(c, life, profile, last_day, per_week)
    specials = _special_keys(c, life, plan, held, last_day)
    notes, links = _diary(c, profile, plan, everyday, specials)
    if life.active and notes:
        recent = (c.world.today - dt.timedelta(days=DRAFT_DAYS)).isoformat()
        _keep_newest_as_drafts(c.rnd, notes, recent)
    c.writer.add_many("notes", notes)
    c.writer.add_many("note_goals", links)


def _notes_per_week(c: CitizenContext, profile: Profile) -> float:
    if c.world.notes_per_week is not None:
        return c.world.notes_per_week
    if profile.bosted:
        return c.rnd.uniform(*BOSTED_NOTES_PER_WEEK)
    return c.rnd.uniform(*EXTRA_NOTES_PER_WEEK.get(c.scenario.key, _OTHER_NOTES_PER_WEEK))


def _everyday_keys(
    c: CitizenContext, life: Lifetime, profile: Profile, last_day: int, per_week: float
) -> list[int]:
    """Sorted time keys of the everyday notes: on a bosted any day from morning to evening,
    otherwise on working days, 08-16, when the caseworker calls and texts."""
    w, rand = c.world, c.rnd.random
    days_alive = max(0, last_day - life.start)
    n_obs = int(per_week * days_alive / 7 * c.rnd.uniform(0.95, 1.05) + rand())
    if profile.bosted:
        total = days_alive * _NOTE_SPAN
        base = life.start * _NOTE_SPAN
        return sorted([base + int(rand() * total) for _ in range(n_obs)]) if total else []
    workdays = [d for d in range(life.start, last_day) if w.workday[d]]
    n_work = len(workdays)
    if not n_work:
        return []
    work_start, work_len = DAY_START - _NOTE_START, DAY_END - DAY_START
    return sorted(
        [
            workdays[int(rand() * n_work)] * _NOTE_SPAN + work_start + int(rand() * work_len)
            for _ in range(n_obs)
        ]
    )


def _special_keys(
    c: CitizenContext, life: Lifetime, plan: GoalPlan, held: list[HeldMeeting], last_day: int
) -> list[Special]:
    """The notes after held appointments, and a monthly summary per sub-goal worked on, in
    time order."""
    w = c.world
    specials: list[Special] = []
    for meeting in held:
        minute = min(max(0, meeting.start - _NOTE_START), _NOTE_SPAN - 1)
        specials.append((meeting.day * _NOTE_SPAN + minute, _CONTACT, meeting))
    month_day = w.next_month_end(life.start)
    while month_day is not None and month_day <= last_day:
        for goal_id in plan.sub_ids:
            if plan.worked_on(goal_id, month_day):
                key = month_day * _NOTE_SPAN + 7 * 60 + c.rnd.randint(0, 90)
                specials.append((key, _SUMMARY, goal_id))
        month_day = w.next_month_end(month_day + 1)
    specials.sort(key=lambda s: (s[0], s[1]))
    return specials


def _templates(first: str, authors: list[str]) -> Templates:
    """The corpus's note lines for every kind, once per author."""
    return {
        kind: [
            (author, fill(line, first).replace("{medarbejder}", author.split()[0]))
            for line in lines
            for author in authors
        ]
        for kind, lines in corpus.NOTE_TEMPLATES.items()
    }


_SIGNED = RecordState.SIGNED.value


def _everyday_pool(templates: Templates) -> list[tuple[str, str, str]]:
    """(kind, author, line) to draw everyday notes from: mostly observations, some calls and
    texts."""
    pool: list[tuple[str, str, str]] = []
    for kind, weight in _EVERYDAY_WEIGHTS.items():
        for author, line in templates.get(kind, []):
            pool.extend([(kind, author, line)] * weight)
    if not pool:
        for kind, lines in templates.items():
            pool.extend((kind, author, line) for author, line in lines)
    return pool


def _in_time_order(everyday: list[int], specials: list[Special]) -> Iterator[Special]:
    """Every note's (key, what, payload), oldest first; a special note before an everyday one
    at the same time. Both lists are sorted already."""
    i_sp, n_sp = 0, len(specials)
    for key in everyday:
        while i_sp < n_sp and specials[i_sp][0] <= key:
            yield specials[i_sp]
            i_sp += 1
        yield key, _OBSERVATION, None
    yield from specials[i_sp:]


def _diary(
    c: CitizenContext,
    profile: Profile,
    plan: GoalPlan,
    everyday: list[int],
    specials: list[Special],
) -> tuple[list[tuple], list[tuple[int, int]]]:
    """(notes rows, note_goals rows) in time order, with ids from the citizen's counters."""
    writer = _DiaryWriter(c, profile, plan)
    for key, what, payload in _in_time_order(everyday, specials):
        writer.write(key, what, payload)
    c.ids["notes"] = writer.note_id
    return writer.notes, writer.links


class _DiaryWriter:
    """Writes one citizen's notes in time order. The random draws come in a fixed order per
    note (what it says, where, when it was signed and entered, whether it was corrected), so a
    seed always gives the same diary."""

    def __init__(self, c: CitizenContext, profile: Profile, plan: GoalPlan):
        self.world, self.rand, self.profile, self.plan = c.world, c.rnd.random, profile, plan
        self.templates = _templates(profile.first, profile.authors)
        self.everyday_pool = _everyday_pool(self.templates)
        self.contact_fallback = self.templates.get(NoteKind.OBSERVATION.value) or self.everyday_pool
        self.summary_lines = [fill(s, profile.first) for s in corpus.SUMMARY_TEMPLATES]
        self.places = list(corpus.PLACE_WORDS)
        self.seg_k, self.seg_goals, self.seg_end = 0, plan.segments[0][1], plan.seg_ends[0]
        self.note_id, self.cid = c.ids["notes"], c.cid
        self.enter_rate = 0.7 if not profile.bosted else 0.15
        self.notes: list[tuple] = []
        self.links: list[tuple[int, int]] = []

    def write(self, key: int, what: str, payload: Any) -> None:
        """One note at `key` (day and minute), and now and then its correction."""
        d = key // _NOTE_SPAN
        minute = _NOTE_START + key % _NOTE_SPAN
        self._follow_plan(d)
        kind, author, line, goal_ids, app_id = self._content(what, payload)
        w, rand = self.world, self.rand
        occurred = w.date_s[d] + w.time_s[minute]
        text = self._text(line, d, minute)
        sign_min = minute + 10 + int(rand() * 170)
        signed_at = (
            (w.date_s[d] + w.time_s[sign_min])
            if sign_min < 1440
            else (w.date_s[d + 1] + w.time_s[sign_min - 1440])
        )
        entered = None
        if d < w.today_i - 3 and rand() < self.enter_rate:
            entered = w.date_s[d + 1 + int(rand() * 3)]
        self._add((kind, occurred, author, text, app_id, signed_at, None, entered, occurred), goal_ids)
        if rand() < _CORRECTION_RATE and d < w.today_i - 2:
            fix_day = d + 1 + int(rand() * 2)
            fix_at = w.date_s[fix_day] + w.time_s[9 * 60 + int(rand() * 420)]
            fixed = self._text(line, d, minute) + _CORRECTIONS[int(rand() * len(_CORRECTIONS))]
            # corrects the note just written
            self._add((kind, occurred, author, fixed, app_id, fix_at, self.note_id - 1, None, fix_at), goal_ids)

    def _follow_plan(self, d: int) -> None:
        """Move to the plan segment (the sub-goals active then) that day `d` falls in."""
        segments, seg_ends = self.plan.segments, self.plan.seg_ends
        while d >= self.seg_end and self.seg_k + 1 < len(segments):
            self.seg_k += 1
            self.seg_goals, self.seg_end = segments[self.seg_k][1], seg_ends[self.seg_k]

    def _content(self, what: str, payload: Any) -> tuple[str, str, str, tuple[int, ...], int | None]:
        """(kind, author, template line, sub-goal ids, appointment id) of the next note."""
        rand, profile = self.rand, self.profile
        if what == _OBSERVATION:
            kind, author, line = self.everyday_pool[int(rand() * len(self.everyday_pool))]
            seg_goals = self.seg_goals
            if len(seg_goals) > 1 and rand() < 0.7:
                return kind, author, line, (seg_goals[int(rand() * len(seg_goals))],), None
            return kind, author, line, seg_goals, None
        if what == _CONTACT:
            kind = payload.note_kind
            choices = self.templates.get(kind) or self.contact_fallback
            author, line = choices[int(rand() * len(choices))][-2:]
            author = profile.responsible if not profile.bosted else author
            return kind, author, line, payload.goal_ids, payload.appointment_id
        line = self.summary_lines[int(rand() * len(self.summary_lines))].replace(
            "{delmaal}", self.plan.sub_text[payload].rstrip(".")
        )
        return NoteKind.SUMMARY.value, profile.responsible, line, (payload,), None

    def _text(self, line: str, d: int, minute: int) -> str:
        if "{" not in line:
            return line
        place = self.places[int(self.rand() * len(self.places))]
        w = self.world
        return line.format(dag=w.weekday_word[d], tid=w.clock_s[minute], sted=place)

    def _add(self, row: tuple, goal_ids: tuple[int, ...]) -> None:
        """A signed note row (kind, occurred, author, text, appointment, signed at, corrects,
        entered, created at) under the next id, with its sub-goal links."""
        kind, occurred, author, text, app_id, signed_at, corrects, entered, created = row
        note_id = self.note_id
        self.notes.append((note_id, self.cid, kind, occurred, author, text, app_id, _SIGNED,
                           signed_at, corrects, entered, created))
        self.links.extend((note_id, goal_id) for goal_id in goal_ids)
        self.note_id = note_id + 1


def _keep_newest_as_drafts(rnd: random.Random, notes: list[tuple], recent: str) -> None:
    """Turn one to four of the newest twelve notes from the last DRAFT_DAYS back into unsigned
    drafts (not corrected ones, corrections or summaries): nobody leaves a draft for months."""
    n_drafts = rnd.randint(1, 4)
    draft = RecordState.DRAFT.value
    for k in range(len(notes) - 1, max(-1, len(notes) - 13), -1):
        if not n_drafts:
            break
        row = notes[k]
        if row[3] < recent:
            break
        if row[9] is None and row[2] != NoteKind.SUMMARY.value and not _corrected(notes, k):
            notes[k] = row[:7] + (draft, None) + row[9:10] + (None,) + row[11:]
            n_drafts -= 1


def _corrected(notes: list[tuple], k: int) -> bool:
    return k + 1 < len(notes) and notes[k + 1][9] == notes[k][0]
