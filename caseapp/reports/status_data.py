"""The plain frozen data a status description PDF shows (see `caseapp.reports.status_pdf`).

The CPR number arrives here already masked; `StatusReportData` refuses anything else.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from caseapp.domain.enums import GoalLevel, StatusState

_MASKED = re.compile(r"^(\d{6}-xxxx)?$")


# -- the data the document shows -------------------------------------------------------------


@dataclass(frozen=True)
class RatingPoint:
    on: dt.date
    value: int


@dataclass(frozen=True)
class ActionLine:
    """An action under a goal as both the status description and the plan print it."""

    what: str
    who: str
    due: dt.date | None = None
    done_on: dt.date | None = None


@dataclass(frozen=True)
class GoalSection:
    """One effort goal or sub-goal as the document shows it (labels already in Danish)."""

    level: GoalLevel
    number: str
    text: str
    status: str
    ambition: str = ""
    deadline: dt.date | None = None
    source: str = ""
    indicator: str = ""
    evaluation: str = ""
    evaluation_origin: str = ""  # e.g. "Fra opsamlingen 12.03.2025" when pre-filled in a draft
    self_ratings: tuple[RatingPoint, ...] = ()
    staff_ratings: tuple[RatingPoint, ...] = ()
    actions: tuple[ActionLine, ...] = ()
    sub_goals: tuple[GoalSection, ...] = ()
    goal_id: int | None = None


@dataclass(frozen=True)
class EffortPeriod:
    """One effort or grant (indsats / bevilling) of the citizen in the period, worded for print."""

    title: str
    kind: str  # the label, e.g. "Mentor"
    provider: str
    start_on: dt.date
    end_on: dt.date  # when it ended, or its (extended) end while it runs
    outcome: str  # "Forlænget til …", "Afsluttet …", "Erstattet af …", "Løber til …"
    goal_texts: tuple[str, ...] = ()  # the sub-goals it serves


@dataclass(frozen=True)
class StatusReportData:
    citizen_name: str
    cpr_masked: str
    period_start: dt.date
    period_end: dt.date
    printed_on: dt.date
    unit: str = ""
    author: str = ""
    case_type: str = ""
    legal_basis: str = ""
    state: StatusState = StatusState.DRAFT
    finalised_on: dt.date | None = None
    from_plan: bool = False  # no status description is stored: a draft made from the plan
    long_term_goals: tuple[str, ...] = ()
    citizen_words: str = ""
    efforts: tuple[GoalSection, ...] = ()
    grants: tuple[EffortPeriod, ...] = ()  # the efforts and grants in the period, by start
    overall: str = ""
    citizen_view: str = ""
    next_steps: str = ""
    gone_through_on: dt.date | None = None
    status_id: int | None = None
    citizen_id: int | None = None

    def __post_init__(self) -> None:
        if not _MASKED.match(self.cpr_masked):
            raise ValueError("cpr_masked must be masked (DDMMYY-xxxx) or empty")
