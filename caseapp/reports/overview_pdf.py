"""The leader's caseload sheet: one row per citizen, overdue first (seed 002 l.5509-5530).

"Hvor er vi lige nu, og hvor er næste skridt ... hvad er der af barrierer": the monthly case
review goes through this sheet line by line, so every row shows where the case is now, the next
step, the barriers, the last and next contact, the active sub-goals and when the next status
description is due, and the nearest open deadline of an effort or a document to chase
("Udløber / frister", from the Frister list's rules). Landscape A4, the header row repeated on every page. Under a citizen's name:
how many signed notes are not yet filed in the official system (the rule of `caseapp notes
--unfiled`); after the table, the closed cases to delete within 30 days (overview_deletions.py).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table

from caseapp.domain.cpr import mask_cpr
from caseapp.domain.enums import CitizenStatus
from caseapp.domain.followup import Deadline
from caseapp.domain.labels import label
from caseapp.domain.models import CitizenSummary
from caseapp.domain.plural import count_of
from caseapp.domain.team_load import NO_ONE, worker_of
from caseapp.followup.deadlines import nearest_per_citizen
from caseapp.notes.unfiled import unfiled_per_citizen
from caseapp.reports import fonts
from caseapp.reports.layout import (
    FILL,
    MUTED,
    RULE,
    RULED_ROWS,
    WARN_FILL,
    WARN_INK,
    DocumentInfo,
    Styles,
    doc_kwargs,
    draw_confidential_footer,
    fit_line,
    fmt_date,
    hex_colour,
    markup,
    numbered_canvas,
    page_numberer,
    styles,
    table_style,
)
from caseapp.reports.overview_deletions import DeletionRow, deletion_flowables, deletions_due
from caseapp.storage import caseload
from caseapp.storage import profile as profile_store
from caseapp.sync import team_state

log = logging.getLogger(__name__)

TITLE = "Sagsstamme – overblik"
CELL_TEXT_LIMIT = 600
"""Characters of free text shown per cell; the sheet is an overview, and a row must fit a page."""

_MASKED = re.compile(r"^(\d{6}-xxxx)?$")


@dataclass(frozen=True)
class OverviewRow:
    citizen_id: int
    name: str
    cpr_masked: str
    case_type: str
    status: str
    where_now: str
    next_step: str
    barriers: str
    last_contact: dt.date | None
    next_contact_due: dt.date | None
    active_subgoals: int
    next_status_due: dt.date | None
    contact_overdue: bool = False
    status_overdue: bool = False
    too_many_subgoals: bool = False
    unfiled_notes: int = 0  # signed, not filed in the official system past the working days
    worker: str = ""  # the responsible worker (the sheet grouped by worker)
    deadline_on: dt.date | None = None  # the nearest open effort or document deadline
    deadline_what: str = ""  # e.g. "Mentorforløb udløber"
    deadline_overdue: bool = False

    def __post_init__(self) -> None:
        if not _MASKED.match(self.cpr_masked):
            raise ValueError("cpr_masked must be masked (DDMMYY-xxxx) or empty")

    @property
    def overdue(self) -> bool:
        return self.contact_overdue or self.status_overdue or self.deadline_overdue


@dataclass(frozen=True)
class OverviewData:
    printed_on: dt.date
    rows: tuple[OverviewRow, ...]
    unit: str = ""
    author: str = ""
    deletions: tuple[DeletionRow, ...] = ()
    by_worker: bool = False  # grouped under each responsible worker, for the team's leader


def overview_row(summary: CitizenSummary, today: dt.date, max_subgoals: int,
                 unfiled_notes: int = 0, nearest: Deadline | None = None) -> OverviewRow:
    return OverviewRow(
        citizen_id=summary.id,
        name=summary.name,
        cpr_masked=mask_cpr(summary.cpr),
        case_type=summary.case_type,
        status=label(summary.status),
        where_now=summary.where_now,
        next_step=summary.next_step,
        barriers=summary.barriers,
        last_contact=summary.last_contact,
        next_contact_due=summary.next_contact_due,
        active_subgoals=summary.active_subgoals,
        next_status_due=summary.next_status_due,
        contact_overdue=summary.next_contact_due is not None and summary.next_contact_due < today,
        status_overdue=summary.next_status_due is not None and summary.next_status_due < today,
        too_many_subgoals=summary.active_subgoals > max_subgoals,
        unfiled_notes=unfiled_notes,
        worker=worker_of(summary),
        deadline_on=nearest.on if nearest else None,
        deadline_what=nearest.short_what if nearest else "",
        deadline_overdue=nearest is not None and nearest.overdue(today),
    )


def sort_rows(rows: list[OverviewRow]) -> list[OverviewRow]:
    """Overdue first, then by the earliest thing due, then by name."""

    def key(row: OverviewRow) -> tuple:
        dues = [d for d in (row.next_contact_due, row.next_status_due, row.deadline_on)
                if d is not None]
        first_due = min(dues, default=dt.date.max)
        return (not row.overdue, first_due, row.name.casefold(), row.citizen_id)

    return sorted(rows, key=key)


def overview_data(
    db: sqlite_utils.Database, today: dt.date | None = None, include_closed: bool = False,
    by_worker: bool = False,
) -> OverviewData:
    """The caseload as the sheet shows it: active and waiting citizens (closed ones if asked).
    `by_worker`: grouped by the responsible worker, and in a team only the citizens it shares."""
    today = today or dt.date.today()
    profile = profile_store.load(db)
    summaries = caseload.summaries(db)
    unfiled = {u.citizen_id: u.count for u in unfiled_per_citizen(db, today)}
    shared = team_state.shared_citizens(db) if by_worker else set()
    nearest = nearest_per_citizen(db, today)
    rows = [
        overview_row(s, today, profile.max_active_subgoals, unfiled.get(s.id, 0), nearest.get(s.id))
        for s in summaries
        if (include_closed or s.status != CitizenStatus.CLOSED) and (not shared or s.id in shared)
    ]
    ordered = sort_rows(rows)
    if by_worker:
        ordered.sort(key=lambda r: (r.worker == NO_ONE, r.worker.casefold()))  # stable: overdue first within
    names = {s.id: (s.name, s.case_type) for s in summaries}
    return OverviewData(
        printed_on=today, rows=tuple(ordered), unit=profile.unit, author=profile.name,
        deletions=deletions_due(db, today, names), by_worker=by_worker,
    )


# -- the document ----------------------------------------------------------------------------

_MARGIN_X = 12 * mm
_MARGIN_TOP = 18 * mm
_MARGIN_BOTTOM = 16 * mm

# (header, fixed width in points or None, share of what the fixed columns leave)
_COLUMNS: tuple[tuple[str, float | None, float], ...] = (
    ("Borger", None, 0.15),
    ("CPR-nr.", 58, 0),
    ("Sagstype", None, 0.13),
    ("Hvor er vi nu", None, 0.21),
    ("Næste skridt", None, 0.21),
    ("Barrierer", None, 0.15),
    ("Sidste kontakt", 60, 0),
    ("Næste kontakt", 60, 0),
    ("Aktive delmål", 38, 0),
    ("Status senest", 60, 0),
    ("Udløber / frister", None, 0.15),
)


def _column_widths(width: float) -> list[float]:
    """Dates and CPR numbers get the room they need on one line; text columns share the rest."""
    free = width - sum(fixed or 0 for _, fixed, _ in _COLUMNS)
    return [fixed if fixed else share * free for _, fixed, share in _COLUMNS]


def document_info(data: OverviewData) -> DocumentInfo:
    return DocumentInfo(
        title=TITLE + (f" – {data.unit}" if data.unit else ""),
        author=data.author or data.unit or "caseapp",
        subject=f"Overblik over {count_of(len(data.rows), 'borger', 'borgere')}, "
                f"udskrevet {fmt_date(data.printed_on)}",
        created=data.printed_on,
        keywords="sagsstamme, overblik, fortroligt",
    )


def build_overview_pdf(data: OverviewData) -> bytes:
    """The caseload sheet as PDF/A-2b bytes; the same data always gives the same bytes."""
    st = styles()
    info = document_info(data)
    pagesize = landscape(A4)
    width, height = pagesize
    frame = Frame(
        _MARGIN_X, _MARGIN_BOTTOM, width - 2 * _MARGIN_X, height - _MARGIN_TOP - _MARGIN_BOTTOM,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=_MARGIN_X,
        rightMargin=_MARGIN_X,
        topMargin=_MARGIN_TOP,
        bottomMargin=_MARGIN_BOTTOM,
        pageTemplates=[PageTemplate(id="page", frames=[frame], onPage=_page_decoration(data))],
        **doc_kwargs(info),
    )
    overdue = sum(r.overdue for r in data.rows)
    parts = [data.unit, data.author and f"Udarbejdet af {data.author}",
             f"Udskrevet {fmt_date(data.printed_on)}"]
    story = [
        Paragraph(TITLE, st.title),
        Paragraph(markup(" · ".join(p for p in parts if p)), st.subtitle),
        Paragraph(
            f"{count_of(len(data.rows), 'borger', 'borgere')}, heraf {overdue} med en overskreden "
            "frist. Borgere med "
            f'overskredne frister står først; overskredne datoer er markeret med '
            f'<font color="{hex_colour(WARN_INK)}"><b>rødt</b></font>.',
            st.small,
        ),
        Spacer(1, 3 * mm),
        _table(data, st, frame._width),
        Spacer(1, 4 * mm),
        *deletion_flowables(data.deletions, data.printed_on, st, frame._width),
    ]
    doc.build(story, canvasmaker=numbered_canvas(page_numberer(_MARGIN_X, 9 * mm), info))
    return buffer.getvalue()


def _clip(text: str) -> str:
    text = text.strip()
    if len(text) <= CELL_TEXT_LIMIT:
        return text
    return text[:CELL_TEXT_LIMIT].rsplit(" ", 1)[0] + " …"


def _table(data: OverviewData, st: Styles, width: float) -> Table:
    header = [Paragraph(name, st.header_cell) for name, _, _ in _COLUMNS]
    rows: list[list[object]] = [header]
    commands: list[tuple] = [*RULED_ROWS, ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    worker = None
    for row in data.rows:
        if data.by_worker and row.worker != worker:
            worker = row.worker
            rows.append(_worker_cells(worker, data, st, commands, len(rows)))
        rows.append(_row_cells(row, len(rows), st, commands))
    if not data.rows:
        rows.append([Paragraph("Sagsstammen er tom.", st.empty)] + [""] * (len(_COLUMNS) - 1))
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table = Table(
        rows,
        colWidths=_column_widths(width),
        repeatRows=1,
        splitInRow=1,
    )
    table.setStyle(table_style(*commands))
    return table


def _worker_cells(worker: str, data: OverviewData, st: Styles, commands: list[tuple],
                  index: int) -> list[object]:
    """A heading row spanning the table: the worker, their citizens, how many are overdue."""
    mine = [r for r in data.rows if r.worker == worker]
    late = sum(r.overdue for r in mine)
    commands += [("SPAN", (0, index), (-1, index)), ("BACKGROUND", (0, index), (-1, index), FILL)]
    return [Paragraph(f"<b>{markup(worker)}</b> · {count_of(len(mine), 'borger', 'borgere')}, "
                      f"{late} med en overskreden frist", st.cell)] + [""] * (len(_COLUMNS) - 1)


def _row_cells(row: OverviewRow, index: int, st: Styles, commands: list[tuple]) -> list[object]:
    """The cells of one citizen's row; overdue dates also get a background command."""

    def text(value: str) -> Paragraph:
        return Paragraph(markup(_clip(value)) if value.strip() else "–", st.cell)

    def due(day: dt.date | None, late: bool, column: int, empty: str) -> Paragraph:
        if late:
            commands.append(("BACKGROUND", (column, index), (column, index), WARN_FILL))
            return Paragraph(f"{fmt_date(day)}<br/>overskredet", st.cell_warn)
        return Paragraph(fmt_date(day, empty), st.cell)

    name = markup(row.name)
    if row.status != label(CitizenStatus.ACTIVE):
        name += f'<br/><font size="7" color="{hex_colour(MUTED)}">{markup(row.status)}</font>'
    if row.unfiled_notes:
        unfiled = count_of(row.unfiled_notes, "notat", "notater") + " ikke ført i fagsystem"
        name += f'<br/><font size="7" color="{hex_colour(WARN_INK)}">{unfiled}</font>'
    return [
        Paragraph(name, st.name_cell),
        Paragraph(row.cpr_masked or "–", st.cell),
        text(row.case_type),
        text(row.where_now),
        text(row.next_step),
        text(row.barriers),
        Paragraph(fmt_date(row.last_contact, "ingen endnu"), st.cell),
        due(row.next_contact_due, row.contact_overdue, 7, "snarest"),
        Paragraph(str(row.active_subgoals), st.cell_warn if row.too_many_subgoals else st.cell),
        due(row.next_status_due, row.status_overdue, 9, "–"),
        _deadline_cell(row, index, st, commands),
    ]


def _deadline_cell(row: OverviewRow, index: int, st: Styles, commands: list[tuple]) -> Paragraph:
    """The nearest open deadline: its date, then what it is; overdue in red on red."""
    if row.deadline_on is None:
        return Paragraph("–", st.cell)
    what = markup(_clip(row.deadline_what))
    if row.deadline_overdue:
        commands.append(("BACKGROUND", (10, index), (10, index), WARN_FILL))
        warn = f'<font color="{hex_colour(WARN_INK)}"><b>{fmt_date(row.deadline_on)} overskredet</b></font>'
        return Paragraph(f"{warn}<br/>{what}", st.cell)
    return Paragraph(f"{fmt_date(row.deadline_on)}<br/>{what}", st.cell)


def _page_decoration(data: OverviewData) -> Callable[[Canvas, BaseDocTemplate], None]:
    printed = f"Udskrevet {fmt_date(data.printed_on)}"
    running = TITLE + (f" · {data.unit}" if data.unit else "")
    centre = f"{data.unit} · {printed}" if data.unit else printed

    def decorate(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        if doc.page > 1:
            y = height - 11 * mm
            canvas.setFont(fonts.REGULAR, 7.5)
            canvas.setFillColor(MUTED)
            canvas.drawString(_MARGIN_X, y, fit_line(running, fonts.REGULAR, 7.5, width / 2))
            canvas.drawRightString(width - _MARGIN_X, y, printed)
        draw_confidential_footer(canvas, _MARGIN_X, 9 * mm, centre)
        canvas.restoreState()

    return decorate

