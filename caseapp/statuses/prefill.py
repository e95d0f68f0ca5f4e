"""What the status editor starts from (no Qt; the UI calls these on a worker thread).

A `StatusOutline` is the status document's data (`StatusReportData`: the goal sections with
their ratings in the period and, for a new draft, each goal's latest monthly summary as the
suggested evaluation) plus every summary (opsamling) in the period per goal, shown beside the
evaluation as the material to write from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

import sqlite_utils

from caseapp.domain.dates import add_months
from caseapp.domain.enums import NoteKind, StatusState
from caseapp.domain.models import StatusDescription
from caseapp.notes import NoteFilter, find_notes
from caseapp.reports.status_data import RatingPoint, StatusReportData
from caseapp.storage import citizens as citizen_store
from caseapp.storage import profile as profile_store
from caseapp.storage import statuses as status_store


@dataclass(frozen=True)
class Summary:
    on: dt.date
    text: str


@dataclass(frozen=True)
class StatusOutline:
    data: StatusReportData
    source: StatusDescription  # the stored record, or the unsaved draft (id None)
    summaries: Mapping[int, tuple[Summary, ...]] = field(default_factory=dict)  # newest first


def default_period(db: sqlite_utils.Database, citizen_id: int, today: dt.date) -> tuple[dt.date, dt.date]:
    """Since the last status description (the day after its period ended) up to today; without
    one, the citizen's status cadence back from today (12 months, 6 for a child)."""
    stored = status_store.for_citizen(db, citizen_id)
    if stored:
        start = max(s.period_end for s in stored) + dt.timedelta(days=1)
    else:
        months = citizen_store.get(db, citizen_id).effective_status_cadence_months
        start = add_months(today, -months) + dt.timedelta(days=1)
    return min(start, today), today


def new_outline(
    db: sqlite_utils.Database, citizen_id: int, start: dt.date, end: dt.date, today: dt.date
) -> StatusOutline:
    """An unsaved draft for the period, pre-filled from the plan and the monthly summaries."""
    from caseapp.reports.status_pdf import status_report_data  # with reportlab: when used

    data = status_report_data(db, citizen_id=citizen_id, period=(start, end), today=today)
    draft = StatusDescription(citizen_id, start, end, author=data.author)
    return StatusOutline(data, draft, summaries_in_period(db, citizen_id, start, end))


def stored_outline(db: sqlite_utils.Database, status_id: int, today: dt.date) -> StatusOutline:
    status = status_store.get(db, status_id)
    from caseapp.reports.status_pdf import status_report_data  # with reportlab: when used

    data = status_report_data(db, status_id=status_id, today=today)
    summaries = summaries_in_period(db, status.citizen_id, status.period_start,
                                    status.period_end)
    return StatusOutline(data, status, summaries)


def copy_outline(db: sqlite_utils.Database, status_id: int, today: dt.date) -> StatusOutline:
    """A new, unsaved draft with the same period and texts as a stored (final) one: the way to
    change a status description once it is final. Not yet gone through with the citizen."""
    stored = stored_outline(db, status_id, today)
    source = dataclasses.replace(
        stored.source, id=None, state=StatusState.DRAFT, finalised_at=None,
        gone_through_on=None, author=stored.source.author or profile_store.load(db).name,
    )
    data = dataclasses.replace(
        stored.data, state=StatusState.DRAFT, finalised_on=None, status_id=None,
        gone_through_on=None, author=source.author,
    )
    return StatusOutline(data, source, stored.summaries)


def summaries_in_period(
    db: sqlite_utils.Database, citizen_id: int, start: dt.date, end: dt.date
) -> dict[int, tuple[Summary, ...]]:
    """goal id -> the summary notes in [start, end] tied to that goal, newest first."""
    flt = NoteFilter(citizen_id=citizen_id, kinds=(NoteKind.SUMMARY,),
                     date_from=start, date_to=end)
    found: dict[int, list[Summary]] = {}
    for note in find_notes(db, flt, limit=None):  # newest first
        for goal_id in note.goal_ids:
            found.setdefault(goal_id, []).append(Summary(note.occurred_at.date(), note.text))
    return {goal_id: tuple(notes) for goal_id, notes in found.items()}


def trend(points: tuple[RatingPoint, ...], lower_is_better: bool = False) -> tuple[str, int]:
    """('4 → 5 → 7', +1) for the values in the period and their direction: +1 better,
    -1 worse, 0 unchanged or a single rating. ('', 0) without ratings."""
    if not points:
        return "", 0
    values = [p.value for p in points]
    shown = values if len(values) <= 6 else [values[0], values[1], "…", values[-2], values[-1]]
    text = " → ".join(str(v) for v in shown)
    change = values[-1] - values[0]
    if lower_is_better:
        change = -change
    return text, (change > 0) - (change < 0)
