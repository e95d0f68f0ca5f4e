"""What the parts of one demo citizen share: where to write and draw from, and the citizen's
lifetime in the caseload.

Every citizen has its own random stream. The parts (identity, goals, ratings, calendar,
notes, status descriptions) draw from it in a fixed order, so any change to what is drawn, or
when, changes the generated database.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from caseapp.demo.corpus import Scenario
from caseapp.demo.world import World, enum_value
from caseapp.demo.writer import Writer, take_id
from caseapp.domain.enums import CitizenStatus, Place

T = TypeVar("T")


@dataclass
class CitizenContext:
    """One citizen being generated: the shared world, the citizen's own random stream, the id
    counters and the buffer its rows go to."""

    world: World
    writer: Writer
    ids: dict[str, int]
    rnd: random.Random
    index: int  # the citizen's number in this run (0 is the first)
    scenario: Scenario
    cid: int  # the citizen's id

    def new_id(self, table: str) -> int:
        return take_id(self.ids, table)


@dataclass(frozen=True)
class Lifetime:
    """When the citizen is in the caseload, as day indexes: from `start`, until `end`."""

    status: CitizenStatus
    start: int
    end: int

    @property
    def active(self) -> bool:
        return self.status != CitizenStatus.CLOSED


def citizen_stream(seed: int, index: int) -> random.Random:
    """The random stream of citizen number `index`."""
    return random.Random(f"caseapp-demo:{seed}:citizen:{index}")


def sample_between(rnd: random.Random, items: Sequence[T], least: int, most: int) -> list[T]:
    """A random sample of `least` to `most` of `items` (all of them, if there are fewer)."""
    pool = list(items)
    return rnd.sample(pool, min(len(pool), rnd.randint(least, most)))


def draw_lifetime(world: World, rnd: random.Random, scenario: Scenario) -> Lifetime:
    """When the citizen came (and perhaps left). Residents of a bosted mostly stay for years; a
    caseworker's caseload turns over more."""
    resident = scenario.key == "bosted" or Place.RESIDENCE.value in {
        enum_value(p) for p in scenario.preferred_places
    }
    # shares: closed, waiting (the rest active); and of the others, those there from the start
    closed, waiting, settled = (0.03, 0.02, 0.92) if resident else (0.08, 0.12, 0.75)
    roll = rnd.random()
    today_i = world.today_i
    if roll < closed and today_i > 120:
        status = CitizenStatus.CLOSED
    elif roll < closed + waiting:
        status = CitizenStatus.WAITING
    else:
        status = CitizenStatus.ACTIVE
    if status == CitizenStatus.WAITING:
        start = today_i - rnd.randint(7, min(90, today_i))
    elif rnd.random() < settled:  # most were there when the period began
        start = rnd.randint(0, min(60, today_i // 4))
    else:
        start = rnd.randint(0, max(0, today_i - 30))
    end = today_i
    if status == CitizenStatus.CLOSED:
        end = max(rnd.randint(start + (today_i - start) // 2, today_i - 14), start + 7)
    return Lifetime(status, start, end)
