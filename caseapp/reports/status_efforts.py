"""The status description's "Indsatser og bevillinger": the citizen's efforts and grants that ran
in the period, each with its period and how it ended (extended to …, ended, replaced by …), so
the reader sees what was tried and decided without looking it up (seed 001 l.3642-3646).

`effort_periods` reads them (storage/efforts.py) into `EffortPeriod` data; `grant_flowables`
lays them out as a small table under its heading.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Paragraph, Table

from caseapp.domain.enums import EffortOutcome
from caseapp.domain.followup import Effort
from caseapp.domain.labels import label
from caseapp.reports.layout import RULED_ROWS, Styles, fmt_date, markup, table_style
from caseapp.reports.status_data import EffortPeriod
from caseapp.storage import efforts as effort_store

if TYPE_CHECKING:
    import sqlite_utils


def effort_periods(
    db: sqlite_utils.Database, citizen_id: int, start: dt.date, end: dt.date, today: dt.date
) -> tuple[EffortPeriod, ...]:
    """The efforts that overlap [start, end] (both days included), earliest start first."""
    shown = [e for e in effort_store.of_citizen(db, citizen_id)
             if e.start_on <= end and _last_day(e) >= start]
    shown.sort(key=lambda e: (e.start_on, e.id or 0))
    return tuple(
        EffortPeriod(title=e.title, kind=label(e.kind), provider=e.provider_name,
                     start_on=e.start_on, end_on=_last_day(e), outcome=outcome_text(e, today),
                     goal_texts=e.goal_texts)
        for e in shown
    )


def _last_day(effort: Effort) -> dt.date:
    if effort.outcome in (EffortOutcome.ENDED, EffortOutcome.REPLACED) and effort.ended_on:
        return effort.ended_on
    return effort.end_on


def outcome_text(effort: Effort, today: dt.date) -> str:
    """How the effort stands, in one Danish phrase; the decision's note follows it."""
    note = effort.outcome_note.strip()
    if effort.outcome == EffortOutcome.REPLACED:
        return f"Erstattet af {note}" if note else f"Erstattet {fmt_date(effort.ended_on)}"
    if effort.outcome == EffortOutcome.ENDED:
        text = f"Afsluttet {fmt_date(effort.ended_on or effort.end_on)}"
    elif effort.outcome == EffortOutcome.EXTENDED:
        text = f"Forlænget til {fmt_date(effort.end_on)}"
        if effort.previous_end_on:
            text += f" (før {fmt_date(effort.previous_end_on)})"
    elif effort.end_on < today:
        text = f"Slutdatoen {fmt_date(effort.end_on)} er passeret; afgørelsen mangler"
    else:
        text = f"Løber til {fmt_date(effort.end_on)}"
    return f"{text}: {note}" if note else text


_HEADERS = ("Indsats", "Periode", "Udfald", "Delmål")
_PERIOD_WIDTH = 112  # points: "01.02.2026 – 28.02.2027" on one line
_SHARES = (0.38, 0.34, 0.28)  # of what the period leaves: effort, outcome, sub-goal


def grant_flowables(grants: tuple[EffortPeriod, ...], st: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("Indsatser og bevillinger", st.h1)]
    if not grants:
        story.append(Paragraph("Borgeren har ingen indsatser eller bevillinger i perioden.",
                               st.empty))
        return story
    rows: list[list[object]] = [[Paragraph(h, st.header_cell) for h in _HEADERS]]
    for grant in grants:
        what = f"<b>{markup(grant.title)}</b><br/>{markup(grant.kind)}"
        if grant.provider:
            what += f" · {markup(grant.provider)}"
        rows.append([
            Paragraph(what, st.cell),
            Paragraph(f"{fmt_date(grant.start_on)} – {fmt_date(grant.end_on)}", st.cell),
            Paragraph(markup(grant.outcome), st.cell),
            Paragraph("<br/>".join(markup(t) for t in grant.goal_texts) or "–", st.cell),
        ])
    rest = [share * (width - _PERIOD_WIDTH) for share in _SHARES]
    table = Table(rows, colWidths=[rest[0], _PERIOD_WIDTH, rest[1], rest[2]], repeatRows=1,
                  splitInRow=1)
    table.setStyle(table_style(*RULED_ROWS))
    story.append(table)
    return story
