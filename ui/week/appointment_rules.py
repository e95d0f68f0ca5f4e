"""The editor's recurrence choices as an RFC 5545 RRULE and back (no Qt, no SQL).

none / weekly / every N weeks / monthly; ending on a date, after a count, or not at all.
A rule the editor cannot show (one imported from Outlook with BYDAY lists, say) is kept as it is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Repeat(StrEnum):
    NONE = "none"
    WEEKLY = "weekly"
    EVERY_N_WEEKS = "every_n_weeks"
    MONTHLY = "monthly"
    OTHER = "other"  # a rule from elsewhere, kept unchanged


class Ending(StrEnum):
    NEVER = "never"
    UNTIL = "until"
    COUNT = "count"


@dataclass(frozen=True, slots=True)
class Recurrence:
    repeat: Repeat = Repeat.NONE
    interval: int = 2  # weeks, for EVERY_N_WEEKS
    ending: Ending = Ending.COUNT
    until: dt.date | None = None
    count: int = 10
    raw: str = ""  # the original rule, for OTHER


def build_rrule(recurrence: Recurrence) -> str:
    """The RRULE text to store ('' for no recurrence)."""
    if recurrence.repeat == Repeat.NONE:
        return ""
    if recurrence.repeat == Repeat.OTHER:
        return recurrence.raw
    parts = {
        Repeat.WEEKLY: ["FREQ=WEEKLY"],
        Repeat.EVERY_N_WEEKS: ["FREQ=WEEKLY", f"INTERVAL={max(1, recurrence.interval)}"],
        Repeat.MONTHLY: ["FREQ=MONTHLY"],
    }[recurrence.repeat]
    if recurrence.ending == Ending.COUNT:
        parts.append(f"COUNT={recurrence.count}")
    elif recurrence.ending == Ending.UNTIL and recurrence.until is not None:
        parts.append(f"UNTIL={recurrence.until:%Y%m%d}T235959")
    return ";".join(parts)


def parse_rrule(text: str) -> Recurrence:
    """What the editor shows for a stored rule."""
    rule = text.strip().upper().removeprefix("RRULE:")
    if not rule:
        return Recurrence()
    try:
        fields = dict(part.split("=", 1) for part in rule.split(";") if part)
    except ValueError:
        return Recurrence(Repeat.OTHER, raw=text)
    freq = fields.pop("FREQ", "")
    interval_text = fields.pop("INTERVAL", "1")
    if not interval_text.isdigit():
        return Recurrence(Repeat.OTHER, raw=text)
    interval = int(interval_text)
    ending, until, count = Ending.NEVER, None, 10
    if "COUNT" in fields and fields["COUNT"].isdigit():
        ending, count = Ending.COUNT, int(fields.pop("COUNT"))
    elif "UNTIL" in fields:
        try:
            until = dt.datetime.strptime(fields.pop("UNTIL")[:8], "%Y%m%d").date()
            ending = Ending.UNTIL
        except ValueError:
            return Recurrence(Repeat.OTHER, raw=text)
    if fields or interval < 1:
        return Recurrence(Repeat.OTHER, raw=text)
    if freq == "WEEKLY":
        repeat = Repeat.WEEKLY if interval == 1 else Repeat.EVERY_N_WEEKS
    elif freq == "MONTHLY" and interval == 1:
        repeat = Repeat.MONTHLY
    else:
        return Recurrence(Repeat.OTHER, raw=text)
    return Recurrence(
        repeat, interval=max(interval, 2), ending=ending, until=until, count=count
    )
