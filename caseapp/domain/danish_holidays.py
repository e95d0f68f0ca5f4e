"""Danish public holidays (helligdage), with their Danish names.

The rule is short and settled by law, so it lives here rather than in the `holidays` package:
importing any country from that package imports all of its ~250 countries (100-150 ms on the
laptops we measure), which the desktop paid on its first read of I dag. A unit test holds this
table to the package's for two centuries.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from types import MappingProxyType

from dateutil.easter import easter

GREAT_PRAYER_DAY_LAST_YEAR = 2023  # Store bededag became a working day (Act no. 214 of 6 March 2023)


@functools.lru_cache(maxsize=32)
def public_holidays(year: int) -> Mapping[dt.date, str]:
    """Every Danish public holiday of `year`, by date, in calendar order."""
    sunday = easter(year)

    def after_easter(days: int) -> dt.date:
        return sunday + dt.timedelta(days=days)

    named = {
        dt.date(year, 1, 1): "Nytårsdag",
        after_easter(-3): "Skærtorsdag",
        after_easter(-2): "Langfredag",
        sunday: "Påskedag",
        after_easter(1): "Anden påskedag",
    }
    if year <= GREAT_PRAYER_DAY_LAST_YEAR:
        named[after_easter(26)] = "Store bededag"
    named |= {
        after_easter(39): "Kristi himmelfartsdag",
        after_easter(49): "Pinsedag",
        after_easter(50): "Anden pinsedag",
        dt.date(year, 12, 25): "Juledag",
        dt.date(year, 12, 26): "Anden juledag",
    }
    return MappingProxyType(named)


def is_public_holiday(day: dt.date) -> bool:
    return day in public_holidays(day.year)
