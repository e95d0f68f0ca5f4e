"""A deterministic, fictional demo caseload: citizens, plans, calendar, diary notes and status
descriptions, written straight into an empty database.

The same seed and the same `today` give the same database, row for row. Each citizen draws from
its own random stream (seeded by the seed and the citizen's number), so asking for more notes or
more years changes that citizen's rows and nobody else's.

The parts live in their own modules, in the order each citizen is built: `citizen` (the shared
context and lifetime), `identity` (name, CPR, network), `goals` (goal tree and actions),
`ratings`, `appointments`, `notes`, `statuses`, `followup` and `meetings`; `world` holds the day grid, staff and the
unit's calendar, and `writer` buffers the rows.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass

import sqlite_utils

from caseapp.demo.appointments import write_appointments
from caseapp.demo.citizen import CitizenContext, citizen_stream, draw_lifetime
from caseapp.demo.followup import write_followup
from caseapp.demo.goals import write_goals
from caseapp.demo.identity import write_identity, write_network
from caseapp.demo.meetings import write_meetings
from caseapp.demo.notes import BOSTED_NOTES_PER_WEEK, write_notes
from caseapp.demo.ratings import write_ratings
from caseapp.demo.statuses import write_statuses
from caseapp.demo.world import World
from caseapp.demo.writer import CHUNK_ROWS, ProgressFn, Writer, take_id
from caseapp.storage import bulk

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DemoStats:
    citizens: int
    goals: int
    appointments: int
    notes: int


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
    world = World(today or dt.date.today(), years, seed, notes_per_week, scenario_weights)
    writer = Writer(db, progress, citizens)
    ids = bulk.next_ids(db)
    previous = bulk.tune_for_load(db)
    try:
        writer.add_many("appointments", world.unit_series(ids))
        with_followup = db["efforts"].exists()  # not in a database from before m020
        for index in range(citizens):
            build_citizen(world, index, ids, writer, with_followup)
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


def build_citizen(world: World, index: int, ids: dict[str, int], writer: Writer,
                  with_followup: bool = True) -> None:
    """Draw citizen number `index` and hand all its rows to `writer`. The parts draw from the
    citizen's stream in this order; changing it changes the database."""
    rnd = citizen_stream(world.seed, index)
    scenario = rnd.choices(world.scenarios, weights=world.scenario_weights)[0]
    c = CitizenContext(world, writer, ids, rnd, index, scenario, take_id(ids, "citizens"))
    life = draw_lifetime(world, rnd, scenario)
    profile = write_identity(c, life)
    write_network(c, life)
    plan = write_goals(c, life, profile.first)
    write_ratings(c, plan, profile.responsible)
    held, calendar = write_appointments(c, life, profile, plan)
    write_notes(c, life, profile, plan, held)
    write_statuses(c, life, profile, plan)
    if with_followup:
        providers = write_followup(c, life, plan)
        if "meetings" in ids:  # not in a database from before m024
            write_meetings(c, life, profile, calendar, providers)


__all__ = ["BOSTED_NOTES_PER_WEEK", "CHUNK_ROWS", "DemoStats", "generate_demo"]
