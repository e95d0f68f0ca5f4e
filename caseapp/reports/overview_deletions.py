"""The caseload sheet's list of closed cases to delete soon: those whose deletion date (closing
date + retention period, storage/closing.py) is past or within the next 30 days, with how many
of their signed notes are not yet marked as filed in the official system (a purge waits for
them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils
from reportlab.platypus import Flowable, Paragraph, Table

from caseapp.reports.layout import FILL, INK, RULE, WARN_FILL, Styles, fmt_date, markup, table_style
from caseapp.storage import closing

DELETION_HORIZON_DAYS = 30


@dataclass(frozen=True)
class DeletionRow:
    citizen_id: int
    name: str
    case_type: str
    closed_on: dt.date
    deletion_date: dt.date
    unfiled_notes: int  # every signed note not marked as filed: the purge refuses until they are

    def overdue(self, today: dt.date) -> bool:
        return self.deletion_date < today


def deletions_due(db: sqlite_utils.Database, today: dt.date,
                  names: dict[int, tuple[str, str]]) -> tuple[DeletionRow, ...]:
    """Closed cases to delete by `today` + 30 days, the soonest first; `names` gives each
    citizen's name and case type."""
    horizon = today + dt.timedelta(days=DELETION_HORIZON_DAYS)
    return tuple(
        DeletionRow(c.citizen_id, *names.get(c.citizen_id, ("", "")), c.closed_on, c.deletion_date,
                    closing.unfiled_count(db, c.citizen_id))
        for c in closing.closed(db) if c.deletion_date <= horizon
    )


def deletion_flowables(rows: tuple[DeletionRow, ...], today: dt.date, st: Styles,
                       width: float) -> list[Flowable]:
    heading = Paragraph(f"Sletning inden for {DELETION_HORIZON_DAYS} dage", st.h2)
    if not rows:
        return [heading, Paragraph(
            f"Ingen afsluttede sager skal slettes inden for {DELETION_HORIZON_DAYS} dage.", st.small)]
    cells: list[list[object]] = [[Paragraph(h, st.header_cell) for h in (
        "Borger", "Sagstype", "Afsluttet", "Slettes", "Notater ikke ført i fagsystem")]]
    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, 0), FILL),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.35, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for index, row in enumerate(rows, start=1):
        late = row.overdue(today)
        if late:
            commands.append(("BACKGROUND", (3, index), (3, index), WARN_FILL))
        when = f"{fmt_date(row.deletion_date)}<br/>overskredet" if late else fmt_date(row.deletion_date)
        cells.append([
            Paragraph(markup(row.name) or f"borger {row.citizen_id}", st.cell_bold),
            Paragraph(markup(row.case_type) or "–", st.cell),
            Paragraph(fmt_date(row.closed_on), st.cell),
            Paragraph(when, st.cell_warn if late else st.cell),
            Paragraph(f"{row.unfiled_notes} – føres før sletning" if row.unfiled_notes else "0",
                      st.cell_warn if row.unfiled_notes else st.cell),
        ])
    fixed = 72 + 72 + 130
    table = Table(cells, colWidths=[0.55 * (width - fixed), 0.45 * (width - fixed), 72, 72, 130],
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(*commands))
    return [heading, table]
