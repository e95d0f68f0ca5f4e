"""What the status editor starts from (no Qt; the functions run on a worker thread).

A `StatusOutline` is the status document's data (`StatusReportData`: the goal sections with
their ratings in the period and, for a new draft, each goal's latest monthly summary as the
suggested evaluation) plus every summary (opsamling) in the period per goal, shown beside the
evaluation as the material to write from.

`new_outline` needs the core's pre-fill for a chosen period. `status_report_data` offers it only
for a citizen without status descriptions and only for the default period, so until the core has
`status_report_data(service, citizen_id=..., period=(start, end))` this module composes the same
pre-fill from status_pdf's two helpers (see PREFILL below); nothing else here reaches past the
core's public names.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

from caseapp.domain.cpr import mask_cpr
from caseapp.domain.dates import add_months
from caseapp.domain.enums import GoalLevel, NoteKind, StatusState
from caseapp.domain.models import StatusDescription
from caseapp.reports import status_pdf
from caseapp.reports.layout import fmt_date
from caseapp.reports.status_pdf import RatingPoint, StatusReportData, status_report_data
from caseapp.service import CaseService

log = logging.getLogger(__name__)

_PAGE = 500


@dataclass(frozen=True)
class Summary:
    on: dt.date
    text: str


@dataclass(frozen=True)
class StatusOutline:
    data: StatusReportData
    source: StatusDescription  # the stored record, or the unsaved draft (id None)
    summaries: Mapping[int, tuple[Summary, ...]] = field(default_factory=dict)  # newest first


def default_period(service: CaseService, citizen_id: int, today: dt.date) -> tuple[dt.date, dt.date]:
    """Since the last status description (the day after its period ended) up to today; without
    one, the citizen's status cadence back from today (12 months, 6 for a child)."""
    stored = service.status_descriptions(citizen_id)
    if stored:
        start = max(s.period_end for s in stored) + dt.timedelta(days=1)
    else:
        months = service.citizen(citizen_id).effective_status_cadence_months
        start = add_months(today, -months) + dt.timedelta(days=1)
    return min(start, today), today


def new_outline(
    service: CaseService, citizen_id: int, start: dt.date, end: dt.date, today: dt.date
) -> StatusOutline:
    """An unsaved draft for the period, pre-filled from the plan and the monthly summaries."""
    citizen = service.citizen(citizen_id)
    profile = service.profile()
    draft = StatusDescription(citizen_id, start, end, author=profile.name)
    goals = service.goals(citizen_id)
    # PREFILL: the same steps status_report_data takes for a citizen without a status
    # description, for any period (replace with the core's own call when it has one).
    latest = status_pdf._latest_summaries(service, citizen_id, draft)
    evaluations = {goal_id: text for goal_id, (_day, text) in latest.items()}
    origins = {goal_id: f"Fra opsamlingen {fmt_date(day)}; rettes til før statusmødet."
               for goal_id, (day, _text) in latest.items()}
    efforts = status_pdf._sections(service, goals, draft, evaluations, origins)
    data = StatusReportData(
        citizen_name=citizen.name,
        cpr_masked=mask_cpr(citizen.cpr),
        period_start=start,
        period_end=end,
        printed_on=today,
        unit=profile.unit,
        author=profile.name,
        case_type=citizen.case_type,
        legal_basis=citizen.legal_basis,
        state=StatusState.DRAFT,
        from_plan=True,
        long_term_goals=tuple(g.text for g in goals if g.level == GoalLevel.LONG_TERM),
        citizen_words=citizen.own_words,
        efforts=efforts,
        citizen_id=citizen_id,
    )
    return StatusOutline(data, draft, summaries_in_period(service, citizen_id, start, end))


def stored_outline(service: CaseService, status_id: int, today: dt.date) -> StatusOutline:
    status = service.status_description(status_id)
    data = status_report_data(service, status_id=status_id, today=today)
    summaries = summaries_in_period(service, status.citizen_id, status.period_start,
                                    status.period_end)
    return StatusOutline(data, status, summaries)


def copy_outline(service: CaseService, status_id: int, today: dt.date) -> StatusOutline:
    """A new, unsaved draft with the same period and texts as a stored (final) one: the way to
    change a status description once it is final. Not yet gone through with the citizen."""
    stored = stored_outline(service, status_id, today)
    source = dataclasses.replace(
        stored.source, id=None, state=StatusState.DRAFT, finalised_at=None,
        gone_through_on=None, author=stored.source.author or service.profile().name,
    )
    data = dataclasses.replace(
        stored.data, state=StatusState.DRAFT, finalised_on=None, status_id=None,
        gone_through_on=None, author=source.author,
    )
    return StatusOutline(data, source, stored.summaries)


def summaries_in_period(
    service: CaseService, citizen_id: int, start: dt.date, end: dt.date
) -> dict[int, tuple[Summary, ...]]:
    """goal id -> the summary notes in [start, end] tied to that goal, newest first."""
    found: dict[int, list[Summary]] = {}
    offset = 0
    while True:
        batch = service.notes(citizen_id, limit=_PAGE, offset=offset)
        for note in batch:  # newest first
            day = note.occurred_at.date()
            if day < start:
                return {k: tuple(v) for k, v in found.items()}
            if note.kind != NoteKind.SUMMARY or day > end:
                continue
            for goal_id in note.goal_ids:
                found.setdefault(goal_id, []).append(Summary(day, note.text))
        if len(batch) < _PAGE:
            return {k: tuple(v) for k, v in found.items()}
        offset += _PAGE


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
