"""A demo citizen's goal tree (a long-term goal, efforts, sub-goals) with the actions under each
sub-goal, and the plan of when each sub-goal is worked on."""

from __future__ import annotations

from dataclasses import dataclass

from caseapp.demo.citizen import CitizenContext, Lifetime, sample_between
from caseapp.demo.world import FUTURE_DAYS, enum_value, fill
from caseapp.domain.dates import add_months
from caseapp.domain.enums import (
    ActionOwner,
    Ambition,
    CitizenStatus,
    GoalLevel,
    GoalSource,
    GoalStatus,
    Phase,
)

_SOURCES = (GoalSource.CITIZEN.value, GoalSource.PROVIDER.value, GoalSource.ORDER.value)

SubGoal = tuple[int, int, str]
"""(goal id, index of its effort, text)"""


@dataclass(frozen=True)
class GoalPlan:
    """When each sub-goal is worked on. The citizen's lifetime is cut into segments, each
    (first day, the sub-goal ids worked on); a sub-goal's window is its segment's days."""

    segments: list[tuple[int, tuple[int, ...]]]
    seg_ends: list[int]  # the day after each segment
    windows: dict[int, tuple[int, int]]  # sub-goal id -> (first day, day after the last)
    sub_text: dict[int, str]
    sub_ids: list[int]
    effort_ids: list[int]

    def goals_at(self, day: int) -> tuple[int, ...]:
        """The sub-goals worked on at `day` (the first segment's before it begins)."""
        for seg_start, goal_ids in reversed(self.segments):
            if seg_start <= day:
                return goal_ids
        return self.segments[0][1]

    def worked_on(self, goal_id: int, day: int) -> bool:
        g_start, g_end = self.windows.get(goal_id, (0, -1))
        return g_start <= day < g_end

    def overlaps(self, goal_id: int, first: int, last: int) -> bool:
        """Whether the sub-goal is worked on some day from `first` to `last` (both included)."""
        g_start, g_end = self.windows.get(goal_id, (0, -1))
        return g_start <= last and g_end > first


def write_goals(c: CitizenContext, life: Lifetime, first: str) -> GoalPlan:
    """Draw and write the goal tree and its actions; return when the sub-goals are worked on."""
    rnd, sc = c.rnd, c.scenario
    long_id, long_row = _long_term_goal(c, life, first)
    efforts = sample_between(rnd, sc.effort_goals, 1, 3)
    effort_ids, subs = _number_goals(c, len(efforts), first)
    now, achieved = _draw_phases(c, life, len(subs))
    segments = _segments(life, subs, now, achieved)
    seg_ends = [s[0] for s in segments[1:]] + [life.end + FUTURE_DAYS + 1]
    windows = {
        goal_id: (seg_start, seg_ends[k])
        for k, (seg_start, goal_ids) in enumerate(segments)
        for goal_id in goal_ids
    }
    sub_rows, actions, deadlines = _sub_goals(
        c, first, subs, now, achieved, windows, effort_ids or [long_id]
    )
    effort_rows = _efforts(c, first, efforts, effort_ids, long_id, subs, achieved, deadlines)
    c.writer.add_many("goals", [long_row, *effort_rows, *sub_rows])
    c.writer.add_many("actions", actions)
    return GoalPlan(
        segments=segments,
        seg_ends=seg_ends,
        windows=windows,
        sub_text={goal_id: text for goal_id, _e, text in subs},
        sub_ids=[goal_id for goal_id, _e, _t in subs],
        effort_ids=effort_ids,
    )


def _long_term_goal(c: CitizenContext, life: Lifetime, first: str) -> tuple[int, tuple]:
    w, rnd, sc = c.world, c.rnd, c.scenario
    long_id = c.new_id("goals")
    row = (
        long_id,
        c.cid,
        None,
        GoalLevel.LONG_TERM.value,
        fill(rnd.choice(sc.long_term_goals), first),
        GoalSource.CITIZEN.value,
        None,
        rnd.choice(list(sc.life_domains) or [""]),
        "",
        add_months(w.days[life.end], rnd.choice((18, 24, 36))).isoformat(),
        GoalStatus.ACTIVE.value,
        Phase.NOW.value,
        0,
        0,
    )
    return long_id, row


def _number_goals(c: CitizenContext, n_efforts: int, first: str) -> tuple[list[int], list[SubGoal]]:
    """Ids for the efforts, each followed by its one to three sub-goals (texts drawn from the
    scenario without repeats, while they last)."""
    pool = list(c.scenario.sub_goals)
    c.rnd.shuffle(pool)
    effort_ids: list[int] = []
    subs: list[SubGoal] = []
    for e_pos in range(n_efforts):
        effort_ids.append(c.new_id("goals"))
        for _ in range(c.rnd.randint(1, 3)):
            if not pool:
                break
            subs.append((c.new_id("goals"), e_pos, fill(pool.pop(), first)))
    if not subs:  # a scenario without sub-goal lines still gets a tree
        subs.append((c.new_id("goals"), 0, f"{first} holder sine aftaler."))
    return effort_ids, subs


def _draw_phases(c: CitizenContext, life: Lifetime, n_subs: int) -> tuple[set[int], set[int]]:
    """(sub-goals worked on now, those achieved earlier), as positions in the sub-goal list: at
    most two now, some of the rest achieved, the others for later."""
    rnd = c.rnd
    order = list(range(n_subs))
    rnd.shuffle(order)
    waiting = life.status == CitizenStatus.WAITING
    n_now = min(n_subs, 1 if waiting else rnd.choice((1, 2, 2)))
    now = set(order[:n_now])
    achieved = set() if waiting else {i for i in order[n_now:] if rnd.random() < 0.5}
    if life.status == CitizenStatus.CLOSED:
        achieved |= now
        now = set()
    return now, achieved


def _segments(
    life: Lifetime, subs: list[SubGoal], now: set[int], achieved: set[int]
) -> list[tuple[int, tuple[int, ...]]]:
    """The lifetime cut evenly: achieved sub-goals two at a time, then the current ones."""
    achieved_list = sorted(achieved)
    pairs = [achieved_list[i : i + 2] for i in range(0, len(achieved_list), 2)]
    n_seg = len(pairs) + 1 if now else max(1, len(pairs))
    span = max(1, life.end - life.start)
    cut = [life.start + span * k // n_seg for k in range(n_seg + 1)]
    segments = [(cut[k], tuple(subs[i][0] for i in pair)) for k, pair in enumerate(pairs)]
    if now:
        segments.append((cut[len(pairs)], tuple(subs[i][0] for i in sorted(now))))
    if not segments:  # waiting with nothing started: notes relate to the first sub-goal
        segments.append((life.start, (subs[0][0],)))
    return segments


def _sub_goals(
    c: CitizenContext,
    first: str,
    subs: list[SubGoal],
    now: set[int],
    achieved: set[int],
    windows: dict[int, tuple[int, int]],
    parent_ids: list[int],
) -> tuple[list[tuple], list[tuple], dict[int, int]]:
    """(sub-goal rows, their actions, sub-goal id -> deadline day). A sub-goal's parent is its
    effort, or the long-term goal when there are no efforts (then every sub-goal is in 0)."""
    w, rnd, sc = c.world, c.rnd, c.scenario
    ambitions = [a.value for a in Ambition]
    rows: list[tuple] = []
    actions: list[tuple] = []
    deadlines: dict[int, int] = {}
    positions: dict[int, int] = {}
    for i, (goal_id, e_pos, text) in enumerate(subs):
        positions[e_pos] = positions.get(e_pos, -1) + 1
        if i in achieved:
            status, phase = GoalStatus.ACHIEVED.value, Phase.NOW.value
            deadline = min(windows[goal_id][1], w.today_i)
        elif i in now:
            status, phase = GoalStatus.ACTIVE.value, Phase.NOW.value
            deadline = w.today_i + rnd.randint(30, 270)
        else:
            status, phase = GoalStatus.ACTIVE.value, Phase.LATER.value
            deadline = w.today_i + rnd.randint(180, 540)
        deadlines[goal_id] = deadline
        rows.append(
            (
                goal_id,
                c.cid,
                parent_ids[e_pos],
                GoalLevel.SUB.value,
                text,
                rnd.choice(_SOURCES),
                rnd.choice(ambitions),
                rnd.choice(list(sc.life_domains) or [""]),
                fill(rnd.choice(list(sc.indicators) or [""]), first),
                w.date_of(deadline),
                status,
                phase,
                positions[e_pos],
                0,
            )
        )
        actions.extend(_actions(c, first, goal_id, windows, i in achieved, i in now))
    return rows, actions, deadlines


def _efforts(
    c: CitizenContext,
    first: str,
    efforts: list[str],
    effort_ids: list[int],
    long_id: int,
    subs: list[SubGoal],
    achieved: set[int],
    deadlines: dict[int, int],
) -> list[tuple]:
    """The effort rows: each due with its last sub-goal, achieved when all of them are."""
    w, rnd, sc = c.world, c.rnd, c.scenario
    ambitions = [a.value for a in Ambition]
    rows = []
    for e_pos, effort_text in enumerate(efforts):
        mine = [deadlines[g] for g, e, _t in subs if e == e_pos]
        done = bool(mine) and all(subs[i][1] != e_pos or i in achieved for i in range(len(subs)))
        mine = mine or [w.today_i + 365]
        rows.append(
            (
                effort_ids[e_pos],
                c.cid,
                long_id,
                GoalLevel.EFFORT.value,
                fill(effort_text, first),
                GoalSource.ORDER.value,
                rnd.choice(ambitions),
                rnd.choice(list(sc.life_domains) or [""]),
                fill(rnd.choice(list(sc.indicators) or [""]), first),
                w.date_of(max(mine)),
                GoalStatus.ACHIEVED.value if done else GoalStatus.ACTIVE.value,
                Phase.NOW.value,
                e_pos,
                0,
            )
        )
    return rows


def _actions(
    c: CitizenContext,
    first: str,
    goal_id: int,
    windows: dict[int, tuple[int, int]],
    achieved: bool,
    now: bool,
) -> list[tuple]:
    """One to three actions under a sub-goal, due while it is worked on (or later)."""
    w, rnd = c.world, c.rnd
    g_start, g_end = windows.get(goal_id, (w.today_i, w.today_i + 90))
    rows = []
    for what, who in sample_between(rnd, c.scenario.actions, 1, 3):
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
                c.new_id("actions"),
                goal_id,
                fill(what, first),
                enum_value(ActionOwner(enum_value(who))),
                w.date_of(due),
                done_on,
            )
        )
    return rows
