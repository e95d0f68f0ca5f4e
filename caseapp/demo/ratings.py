"""A demo citizen's ratings: monthly self rating and staff FFB rating per sub-goal while it is
worked on, GAS every third month; a gentle trend towards the goal with noise (the citizen's own rating
rises; the FFB function level falls, since 0 is no limitation and 4 complete)."""

from __future__ import annotations

from caseapp.demo.citizen import CitizenContext
from caseapp.demo.goals import GoalPlan
from caseapp.domain.enums import RatingScale

_SELF_RATER = "borger"


def write_ratings(c: CitizenContext, plan: GoalPlan, responsible: str) -> None:
    rows: list[tuple] = []
    for goal_id in plan.sub_ids:
        if goal_id in plan.windows:
            rows.extend(_goal_ratings(c, goal_id, plan.windows[goal_id], responsible))
    c.writer.add_many("ratings", rows)


def _goal_ratings(
    c: CitizenContext, goal_id: int, window: tuple[int, int], responsible: str
) -> list[tuple]:
    w, rnd = c.world, c.rnd
    g_start, g_end = window[0], min(window[1], w.today_i + 1)
    months = max(1, (g_end - g_start) // 30)
    base_self, base_ffb = rnd.uniform(2, 5), rnd.uniform(1.8, 3.0)
    gain_self, gain_ffb = rnd.uniform(0.5, 4.5), rnd.uniform(0.2, 1.8)
    rows = []
    day = g_start + rnd.randint(5, 25)
    k = 0
    while day < g_end:
        t = min(1.0, k / max(1, months - 1))
        self_v = _clamp(round(base_self + gain_self * t + rnd.gauss(0, 0.8)), 1, 10)
        ffb_v = _clamp(round(base_ffb - gain_ffb * t + rnd.gauss(0, 0.4)), 0, 4)
        date = w.date_s[day]
        rows.append(_row(c, goal_id, RatingScale.SELF_1_10, self_v, date, _SELF_RATER))
        rows.append(_row(c, goal_id, RatingScale.FFB_0_4, ffb_v, date, responsible))
        if k % 3 == 2:
            gas = _clamp(round(-1.5 + 3.0 * t + rnd.gauss(0, 0.5)), -2, 2)
            rows.append(_row(c, goal_id, RatingScale.GAS, gas, date, responsible))
        k += 1
        day += rnd.randint(26, 35)
    return rows


def _row(
    c: CitizenContext, goal_id: int, scale: RatingScale, value: int, date: str, rater: str
) -> tuple:
    return (c.new_id("ratings"), goal_id, scale.value, value, date, rater, "")


def _clamp(value: int, low: int, high: int) -> int:
    return min(high, max(low, value))
