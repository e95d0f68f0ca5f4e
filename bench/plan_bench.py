"""Benchmark of the citizen's plan: the one-page plan PDF and one move in the goal
tree, each on a 40-goal plan.

    .venv/bin/python bench/plan_bench.py                 # median of 20 PDFs and 50 moves
    .venv/bin/python bench/plan_bench.py --repeat-pdf 5 --repeat-move 10

The plan is written through CaseService into a fresh encrypted store in a temporary folder: one
long-term goal, 5 effort goals, 34 sub-goals (40 goals), two actions per sub-goal, four planned
meetings. Two shapes are timed: an ordinary plan (2 sub-goals worked on now, the cap most
services use; the rest later or achieved) and a crowded one (all 34 now, so the page must be
fitted: smaller type, then cut texts). The PDF is timed as the layout alone (`build_plan_pdf`)
and as reading the data from the store plus the layout. A move is `move_goal` of a sub-goal to
another effort goal at position 0 (renumbering both sibling lists, audit entries, one
transaction), alternating between two effort goals. Fonts are registered before timing. The
results print as Markdown.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402

from caseapp.domain.enums import (  # noqa: E402
    ActionOwner,
    Ambition,
    AppointmentKind,
    GoalLevel,
    GoalSource,
    GoalStatus,
    Phase,
)
from caseapp.domain.models import Action, Appointment, Citizen, Goal, Profile  # noqa: E402
from caseapp.plans.operations import move_goal  # noqa: E402
from caseapp.reports import fonts  # noqa: E402
from caseapp.reports.plan_data import plan_report_data  # noqa: E402
from caseapp.reports.plan_pdf import build_plan_pdf  # noqa: E402
from caseapp.service import CaseService  # noqa: E402
from caseapp.storage.keys import DatabaseKey  # noqa: E402

TODAY = dt.date(2025, 6, 2)
EFFORTS = 5
SUBS = 34
SUB_TEXTS = (
    "Søren betaler selv sin husleje den 1. i måneden.",
    "Søren handler ind til ugens aftensmad om mandagen og holder sig til indkøbssedlen.",
    "Søren deltager i fællesspisningen om onsdagen.",
    "Søren møder til aftalerne på jobcentret til tiden.",
    "Søren går en tur på mindst en halv time tre gange om ugen.",
)


def _plan(service: CaseService, crowded: bool) -> tuple[int, list[int], list[int]]:
    """A 40-goal plan; returns (citizen id, effort ids, sub-goal ids)."""
    citizen_id = service.citizens.add_citizen(Citizen(
        name="Søren Ågård Bækgaard", cpr="010190-1234", case_type="Bostøtte § 85"))
    long_term = service.plans.add_goal(Goal(
        citizen_id=citizen_id, level=GoalLevel.LONG_TERM,
        text="Jeg bor i min egen lejlighed, har et arbejde og ser min datter hver weekend."))
    efforts, subs = [], []
    for e in range(EFFORTS):
        efforts.append(service.plans.add_goal(Goal(
            citizen_id=citizen_id, level=GoalLevel.EFFORT, parent_id=long_term, position=e,
            text=f"Søren klarer selv område {e + 1} i sin hverdag.", source=GoalSource.ORDER,
            ambition=Ambition.INDEPENDENT, deadline=dt.date(2026, 6, 1))))
    for s in range(SUBS):
        effort = efforts[s % EFFORTS]
        if crowded or s < 2:
            status, phase = GoalStatus.ACTIVE, Phase.NOW
        else:
            status = GoalStatus.ACHIEVED if s % 3 == 0 else GoalStatus.ACTIVE
            phase = Phase.NOW if status == GoalStatus.ACHIEVED else Phase.LATER
        sub = service.plans.add_goal(Goal(
            citizen_id=citizen_id, level=GoalLevel.SUB, parent_id=effort, position=s // EFFORTS,
            text=SUB_TEXTS[s % len(SUB_TEXTS)], ambition=Ambition.ON_PROMPT,
            deadline=dt.date(2025, 12, 1), status=status, phase=phase))
        subs.append(sub)
        service.plans.add_action(Action(sub, "Laver en ugeplan sammen med kontaktpersonen",
                                  due=dt.date(2025, 7, 1)))
        service.plans.add_action(Action(sub, "Følger op på aftalen ved næste møde",
                                  who=ActionOwner.CONTACT_PERSON))
    for week in range(1, 5):
        start = dt.datetime.combine(TODAY + dt.timedelta(weeks=week), dt.time(10, 0))
        service.calendar.add_appointment(Appointment(
            kind=AppointmentKind.CONVERSATION, start=start, end=start + dt.timedelta(hours=1),
            citizen_id=citizen_id))
    assert len(service.plans.goals(citizen_id)) == 1 + EFFORTS + SUBS == 40
    return citizen_id, efforts, subs


def _median_ms(func: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(median, max) in milliseconds, after one unmeasured warm-up run."""
    func()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples)


def _time_moves(
    service: CaseService, goal_id: int, between: list[int], repeat: int
) -> tuple[float, float]:
    """One sub-goal moved back and forth between two effort goals, to position 0."""
    turn = [0]

    def one_move() -> None:
        turn[0] += 1
        move_goal(service._db, goal_id, between[turn[0] % 2], 0)

    return _median_ms(one_move, repeat)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat-pdf", type=int, default=20)
    parser.add_argument("--repeat-move", type=int, default=50)
    args = parser.parse_args(argv)
    fonts.register_fonts()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        service = CaseService.create(Path(folder) / "plan.db", DatabaseKey(passphrase="bench"))
        service.save_profile(Profile(name="Gert Hansen", unit="Bostøtten Nord"))
        for crowded in (False, True):
            citizen_id, efforts, subs = _plan(service, crowded)
            shape = "crowded (34 sub-goals now)" if crowded else "ordinary (2 sub-goals now)"
            data = plan_report_data(service._db, citizen_id, today=TODAY)
            pdf = build_plan_pdf(data)
            pages = len(PdfReader(io.BytesIO(pdf)).pages)
            assert pages == 1, pages
            layout = _median_ms(lambda d=data: build_plan_pdf(d), args.repeat_pdf)
            full = _median_ms(
                lambda c=citizen_id: build_plan_pdf(plan_report_data(service._db, c, today=TODAY)),
                args.repeat_pdf,
            )
            rows.append((f"plan PDF, layout only, {shape}", args.repeat_pdf, *layout,
                         f"{len(pdf) // 1024} KiB, 1 page"))
            rows.append((f"plan PDF, store + layout, {shape}", args.repeat_pdf, *full, ""))
            if not crowded:
                moves = _time_moves(service, subs[0], efforts[:2], args.repeat_move)
                rows.append(("move_goal (sub-goal to another effort goal, position 0)",
                             args.repeat_move, *moves, "renumbers 2 sibling lists"))
        service.close()
    print("| measurement (40-goal plan) | runs | median ms | max ms | note |")
    print("|---|---:|---:|---:|---|")
    for name, runs, median, worst, note in rows:
        print(f"| {name} | {runs} | {median:.1f} | {worst:.1f} | {note} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
