"""The status description (statusbeskrivelse) as a PDF a leader can print and sign.

Two steps, kept apart so each can be tested on its own: `status_report_data` reads what the
document needs from the database into plain frozen data (the CPR number is masked here, so the
full number never reaches the document builder), and `build_status_pdf` lays that data out.
The data classes live in `status_data`, the progress chart in `status_charts`; both are
re-exported here, so `from caseapp.reports.status_pdf import GoalSection` keeps working.

Structure (seed 003 l.1034-1233): the citizen's long-term goal in their own words; one section
per effort goal and sub-goal with status, ambition, deadline, the evaluation and a small chart
of the citizen's 1-10 and the staff's FFB 0-4 ratings; the efforts and grants in the period
with their outcome (status_efforts.py); the overall assessment, the citizen's
view, next steps; when it was gone through with the citizen; signature lines.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from caseapp.domain.cpr import mask_cpr
from caseapp.domain.dates import add_months
from caseapp.domain.enums import GoalLevel, NoteKind, RatingScale, StatusState
from caseapp.domain.labels import label
from caseapp.domain.models import Citizen, Goal, StatusDescription
from caseapp.errors import InvalidInput
from caseapp.reports import fonts
from caseapp.reports.layout import (
    ACCENT,
    FILL,
    INK,
    MUTED,
    QUOTE_FILL,
    RULE,
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
    paragraphs,
    styles,
    table_style,
)
from caseapp.reports.status_charts import _CHART_HEIGHT as _CHART_HEIGHT
from caseapp.reports.status_charts import _date_label as _date_label
from caseapp.reports.status_charts import progress_chart as progress_chart
from caseapp.reports.status_data import _MASKED as _MASKED
from caseapp.reports.status_data import ActionLine as ActionLine
from caseapp.reports.status_data import GoalSection as GoalSection
from caseapp.reports.status_data import RatingPoint as RatingPoint
from caseapp.reports.status_data import StatusReportData as StatusReportData
from caseapp.reports.status_efforts import effort_periods, grant_flowables
from caseapp.storage import citizens as citizen_store
from caseapp.storage import goals as goal_store
from caseapp.storage import profile as profile_store
from caseapp.storage import statuses as status_store

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

TITLE = "Statusbeskrivelse"


# -- reading the data from the database ------------------------------------------------------


def status_report_data(
    db: sqlite_utils.Database,
    *,
    status_id: int | None = None,
    citizen_id: int | None = None,
    today: dt.date | None = None,
    period: tuple[dt.date, dt.date] | None = None,
) -> StatusReportData:
    """The document's data for a stored status description, or for a citizen.

    For a citizen: the latest status description (by period end), or, when there is none, a
    draft made from the plan for the citizen's status cadence back from today, with each goal's
    latest monthly summary (opsamling) in the period offered as a starting point for its
    evaluation. With `period=(start, end)` (both days included; only with citizen_id) it is
    always such a draft, for that period, whatever is stored: the status editor's pre-fill.
    Unknown ids raise NotFound.
    """
    _check_request(status_id, citizen_id, period)
    today = today or dt.date.today()
    profile = profile_store.load(db)
    citizen, stored_status = _citizen_and_status(db, status_id, citizen_id, period)
    assert citizen.id is not None
    from_plan = stored_status is None
    status = stored_status or _draft_from_plan(citizen, period, today)

    evaluations = {e.goal_id: e.evaluation for e in status.evaluations}
    all_goals = goal_store.for_citizen(db, citizen.id, include_archived=True)
    shown = [g for g in all_goals if not g.archived or g.id in evaluations]
    origins: dict[int, str] = {}
    if from_plan:
        for goal_id, (day, text) in _latest_summaries(db, citizen.id, status).items():
            evaluations[goal_id] = text
            origins[goal_id] = f"Fra opsamlingen {fmt_date(day)}; rettes til før statusmødet."

    efforts = _sections(db, shown, status, evaluations, origins)
    return StatusReportData(
        citizen_name=citizen.name,
        cpr_masked=mask_cpr(citizen.cpr),
        period_start=status.period_start,
        period_end=status.period_end,
        printed_on=today,
        unit=profile.unit,
        author=status.author or profile.name,
        case_type=citizen.case_type,
        legal_basis=citizen.legal_basis,
        state=status.state,
        finalised_on=status.finalised_at.date() if status.finalised_at else None,
        from_plan=from_plan,
        long_term_goals=tuple(g.text for g in shown if g.level == GoalLevel.LONG_TERM),
        citizen_words=citizen.own_words,
        efforts=efforts,
        grants=effort_periods(db, citizen.id, status.period_start, status.period_end, today),
        overall=status.overall,
        citizen_view=status.citizen_view,
        next_steps=status.next_steps,
        gone_through_on=status.gone_through_on,
        status_id=status.id,
        citizen_id=citizen.id,
    )


def _check_request(
    status_id: int | None, citizen_id: int | None, period: tuple[dt.date, dt.date] | None
) -> None:
    if (status_id is None) == (citizen_id is None):
        raise ValueError("give exactly one of status_id and citizen_id")
    if period is not None:
        if status_id is not None:
            raise ValueError("period is only for a draft from the plan (citizen_id)")
        if period[1] < period[0]:
            raise InvalidInput("Perioden skal slutte efter den begynder.")


def _citizen_and_status(
    db: sqlite_utils.Database, status_id: int | None, citizen_id: int | None,
    period: tuple[dt.date, dt.date] | None,
) -> tuple[Citizen, StatusDescription | None]:
    """The citizen and the stored description asked for (the citizen's latest when no period
    is given); None when a draft is to be made from the plan."""
    if status_id is not None:
        status = status_store.get(db, status_id)
        return citizen_store.get(db, status.citizen_id), status
    assert citizen_id is not None
    citizen = citizen_store.get(db, citizen_id)
    stored = status_store.for_citizen(db, citizen_id) if period is None else []
    return citizen, (stored[0] if stored else None)


def _draft_from_plan(
    citizen: Citizen, period: tuple[dt.date, dt.date] | None, today: dt.date
) -> StatusDescription:
    """An empty description for the period, or for the citizen's status cadence back from today."""
    assert citizen.id is not None
    if period is not None:
        period_start, period_end = period
    else:
        period_end = today
        period_start = add_months(today, -citizen.effective_status_cadence_months)
        period_start += dt.timedelta(days=1)
    return StatusDescription(citizen_id=citizen.id, period_start=period_start, period_end=period_end)


def _sections(
    db: sqlite_utils.Database,
    goals: list[Goal],
    status: StatusDescription,
    evaluations: dict[int, str],
    origins: dict[int, str],
) -> tuple[GoalSection, ...]:
    children: dict[int | None, list[Goal]] = {}
    for goal in goals:
        children.setdefault(goal.parent_id, []).append(goal)
    actions: dict[int, list[ActionLine]] = {}
    for action in goal_store.actions_for_citizen(db, status.citizen_id):
        actions.setdefault(action.goal_id, []).append(
            ActionLine(action.what, label(action.who), action.due, action.done_on)
        )

    def section(goal: Goal, number: str, subs: tuple[GoalSection, ...] = ()) -> GoalSection:
        assert goal.id is not None
        self_points, staff_points = _rating_points(db, goal.id, status)
        return GoalSection(
            level=goal.level,
            number=number,
            text=goal.text,
            status=label(goal.status),
            ambition=label(goal.ambition) if goal.ambition else "",
            deadline=goal.deadline,
            source=label(goal.source),
            indicator=goal.indicator,
            evaluation=evaluations.get(goal.id, ""),
            evaluation_origin=origins.get(goal.id, ""),
            self_ratings=self_points,
            staff_ratings=staff_points,
            actions=tuple(actions.get(goal.id, ())),
            sub_goals=subs,
            goal_id=goal.id,
        )

    effort_goals = [g for g in goals if g.level == GoalLevel.EFFORT]
    result = []
    for i, effort in enumerate(effort_goals, start=1):
        subs = tuple(
            section(sub, f"{i}.{j}")
            for j, sub in enumerate(
                (g for g in children.get(effort.id, []) if g.level == GoalLevel.SUB), start=1
            )
        )
        result.append(section(effort, str(i), subs))
    return tuple(result)


def _rating_points(
    db: sqlite_utils.Database, goal_id: int, status: StatusDescription
) -> tuple[tuple[RatingPoint, ...], tuple[RatingPoint, ...]]:
    """Ratings in the period, each scale starting from its last rating before the period."""
    out: dict[RatingScale, list[RatingPoint]] = {RatingScale.SELF_1_10: [], RatingScale.FFB_0_4: []}
    before: dict[RatingScale, RatingPoint] = {}
    for rating in goal_store.ratings_for_goal(db, goal_id):
        if rating.scale not in out or rating.rated_on > status.period_end:
            continue
        point = RatingPoint(rating.rated_on, rating.value)
        if rating.rated_on < status.period_start:
            before[rating.scale] = point
        else:
            out[rating.scale].append(point)
    for scale, point in before.items():
        out[scale].insert(0, point)
    return tuple(out[RatingScale.SELF_1_10]), tuple(out[RatingScale.FFB_0_4])


def _latest_summaries(
    db: sqlite_utils.Database, citizen_id: int, status: StatusDescription
) -> dict[int, tuple[dt.date, str]]:
    """goal id -> (date, text) of the newest summary note in the period tied to that goal.
    (The diary's modules load only for such a draft: printing a stored description needs none.)"""
    from caseapp.notes.queries import NoteFilter, find_notes

    flt = NoteFilter(citizen_id=citizen_id, kinds=(NoteKind.SUMMARY,),
                     date_from=status.period_start, date_to=status.period_end)
    found: dict[int, tuple[dt.date, str]] = {}
    for note in find_notes(db, flt, limit=None):  # newest first
        for goal_id in note.goal_ids:
            found.setdefault(goal_id, (note.occurred_at.date(), note.text))
    return found


# -- the document ----------------------------------------------------------------------------

_MARGIN_X = 20 * mm
_MARGIN_TOP = 22 * mm
_MARGIN_BOTTOM = 20 * mm


def document_info(data: StatusReportData) -> DocumentInfo:
    period = f"{fmt_date(data.period_start)}–{fmt_date(data.period_end)}"
    return DocumentInfo(
        title=TITLE,  # no name in metadata: it travels with the file, unencrypted
        author=data.author or data.unit or "caseapp",
        subject=f"{TITLE} for perioden {period}",
        created=data.printed_on,
        keywords="statusbeskrivelse, fortroligt",
    )


def build_status_pdf(data: StatusReportData) -> bytes:
    """The status description as PDF/A-2b bytes; the same data always gives the same bytes."""
    st = styles()
    info = document_info(data)
    buffer = io.BytesIO()
    width, height = A4
    frame = Frame(
        _MARGIN_X, _MARGIN_BOTTOM, width - 2 * _MARGIN_X, height - _MARGIN_TOP - _MARGIN_BOTTOM,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN_X,
        rightMargin=_MARGIN_X,
        topMargin=_MARGIN_TOP,
        bottomMargin=_MARGIN_BOTTOM,
        pageTemplates=[PageTemplate(id="page", frames=[frame], onPage=_page_decoration(data))],
        **doc_kwargs(info),
    )
    doc.build(_story(data, st, frame._width), canvasmaker=numbered_canvas(page_numberer(_MARGIN_X, 12 * mm), info))
    return buffer.getvalue()


def _page_decoration(data: StatusReportData) -> Callable[[Canvas, BaseDocTemplate], None]:
    running = " · ".join(p for p in (TITLE, data.citizen_name, data.cpr_masked) if p)
    period = f"Periode {fmt_date(data.period_start)} – {fmt_date(data.period_end)}"
    printed = f"Udskrevet {fmt_date(data.printed_on)}"
    if data.unit:
        printed = f"{data.unit} · {printed}"

    def decorate(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        if doc.page > 1:
            y = height - 14 * mm
            canvas.setFont(fonts.REGULAR, 7.5)
            canvas.setFillColor(MUTED)
            room = width - 2 * _MARGIN_X - stringWidth(period, fonts.REGULAR, 7.5) - 8 * mm
            canvas.drawString(_MARGIN_X, y, fit_line(running, fonts.REGULAR, 7.5, room))
            canvas.drawRightString(width - _MARGIN_X, y, period)
            canvas.line(_MARGIN_X, y - 2.5 * mm, width - _MARGIN_X, y - 2.5 * mm)
        draw_confidential_footer(canvas, _MARGIN_X, 12 * mm, printed)
        canvas.restoreState()

    return decorate



def _story(data: StatusReportData, st: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(TITLE, st.title)]
    if data.state == StatusState.FINAL:
        state = f"Endelig{' ' + fmt_date(data.finalised_on) if data.finalised_on else ''}"
        story.append(Paragraph(f"Status for perioden {fmt_date(data.period_start)} – "
                               f"{fmt_date(data.period_end)}", st.subtitle))
    else:
        state = "Kladde – ikke endelig"
        note = "Kladde udarbejdet ud fra planen – ikke endelig" if data.from_plan else state
        story.append(Paragraph(f'<font color="{hex_colour(WARN_INK)}">{markup(note)}</font>',
                               st.subtitle))
    story.append(_facts_table(data, st, width, state))
    story.append(Spacer(1, 4 * mm))

    story.append(Paragraph("Borgerens langsigtede mål", st.h1))
    if data.long_term_goals:
        story.append(Paragraph("Med borgerens egne ord:", st.label))
        for text in data.long_term_goals:
            story.append(_quote(text, st, width))
    else:
        story.append(Paragraph("Der er ikke skrevet et langsigtet mål endnu.", st.empty))
    if data.citizen_words.strip() and data.citizen_words.strip() not in data.long_term_goals:
        story.append(Paragraph("Borgerens egne ord om sin situation:", st.label))
        story.append(_quote(data.citizen_words, st, width))

    story.append(Paragraph("Indsatsmål og delmål", st.h1))
    if not data.efforts:
        story.append(Paragraph(
            "Der er endnu ikke formuleret indsatsmål eller delmål for borgeren, så der er ingen "
            "mål at evaluere i denne periode.", st.empty))
    for effort in data.efforts:
        story += _goal_flowables(effort, data, st, width)
        for sub in effort.sub_goals:
            story += _goal_flowables(sub, data, st, width)
    story += grant_flowables(data.grants, st, width)

    for heading, text in (
        ("Samlet vurdering", data.overall),
        ("Borgerens egen vurdering", data.citizen_view),
        ("Næste skridt", data.next_steps),
    ):
        story.append(Paragraph(heading, st.h1))
        story += paragraphs(text, st.body) or [Paragraph("Ikke udfyldt.", st.empty)]

    if data.gone_through_on:
        gone = f"Gennemgået med borgeren den {fmt_date(data.gone_through_on)}."
    else:
        gone = "Gennemgået med borgeren den ______________________"
    story.append(KeepTogether([
        Paragraph("Gennemgang og underskrifter", st.h1),
        Paragraph(gone, st.body),
        Spacer(1, 14 * mm),
        _signatures(data, st, width),
    ]))
    return story


def goal_facts(goal: GoalSection) -> list[str]:
    """The line under a goal's heading: status, ambition, deadline and source."""
    facts = [f"Status: {goal.status}"]
    if goal.ambition:
        facts.append(f"Ambition: {goal.ambition.lower()}")
    facts.append(f"Frist: {fmt_date(goal.deadline, 'ingen')}")
    if goal.source:
        facts.append(f"Kilde: {goal.source.lower()}")
    return facts


def _facts_table(data: StatusReportData, st: Styles, width: float, state: str) -> Table:
    def cell(text: str) -> Paragraph:
        return Paragraph(markup(text) if text else "–", st.cell)

    def key(text: str) -> Paragraph:
        return Paragraph(text, st.cell_small)

    period = f"{fmt_date(data.period_start)} – {fmt_date(data.period_end)}"
    case = data.case_type + (f" ({data.legal_basis})" if data.legal_basis else "")
    rows = [
        [key("Borger"), cell(data.citizen_name), key("Periode"), cell(period)],
        [key("CPR-nr."), cell(data.cpr_masked), key("Enhed"), cell(data.unit)],
        [key("Sag"), cell(case), key("Udarbejdet af"), cell(data.author)],
        [key("Status"), cell(state), key("Udskrevet"), cell(fmt_date(data.printed_on))],
    ]
    table = Table(
        rows, colWidths=[0.13 * width, 0.37 * width, 0.15 * width, 0.35 * width], splitInRow=1
    )
    table.setStyle(table_style(
        ("BACKGROUND", (0, 0), (-1, -1), FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
    ))
    return table


def _quote(text: str, st: Styles, width: float) -> Table:
    inner = paragraphs(text, st.quote) or [Paragraph("", st.quote)]
    table = Table([[inner]], colWidths=[width], splitInRow=1)  # long goals split
    table.setStyle(table_style(
        ("BACKGROUND", (0, 0), (-1, -1), QUOTE_FILL),
        ("LINEBEFORE", (0, 0), (0, -1), 2.2, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ))
    table.spaceAfter = 5
    return table


def _goal_flowables(
    goal: GoalSection, data: StatusReportData, st: Styles, width: float
) -> list[Flowable]:
    is_effort = goal.level == GoalLevel.EFFORT
    kind = "Indsatsmål" if is_effort else "Delmål"
    heading_style = st.h2 if is_effort else st.h3
    heading = Paragraph(
        f'<font color="{hex_colour(ACCENT)}">{kind} {goal.number}</font>  {markup(goal.text)}',
        heading_style,
    )
    head: list[Flowable] = [heading, Paragraph(markup("  ·  ".join(goal_facts(goal))), st.meta)]
    if goal.indicator:
        head.append(Paragraph(f"<b>Indikator:</b> {markup(goal.indicator)}", st.meta))
    if goal.actions:
        lines = []
        for action in goal.actions:
            when = ""
            if action.done_on:
                when = f" (udført {fmt_date(action.done_on)})"
            elif action.due:
                when = f" (senest {fmt_date(action.due)})"
            lines.append(f"{markup(action.who)}: {markup(action.what)}{when}")
        head.append(Paragraph("<b>Indsatser:</b> " + "<br/>".join(lines), st.meta))
    head.append(Paragraph("Vurdering af indsatsmålet" if is_effort else "Evaluering", st.label))
    body = paragraphs(goal.evaluation, st.body)
    if not body:
        body = [Paragraph("Ikke udfyldt.", st.empty)]
    if goal.evaluation_origin:
        body.append(Paragraph(markup(goal.evaluation_origin), st.small))
    # keep the heading with the start of its text; long evaluations then flow across pages
    story: list[Flowable] = [KeepTogether(head + body[:1])] + body[1:]
    chart = progress_chart(goal, data.period_start, data.period_end, width)
    if chart is not None:
        story += [Spacer(1, 2 * mm), chart, Spacer(1, 2 * mm)]
    return story


def _signatures(data: StatusReportData, st: Styles, width: float) -> Table:
    gap = 12 * mm
    column = (width - gap) / 2

    def block(role: str, name: str) -> list[Flowable]:
        caption = f"Dato og underskrift – {role}"
        parts: list[Flowable] = [Paragraph(caption, st.small)]
        if name:
            parts.append(Paragraph(markup(name), st.cell))
        return parts

    table = Table(
        [[block("medarbejder", data.author), "", block("leder", "")]],
        colWidths=[column, gap, column],
    )
    table.setStyle(table_style(
        ("LINEABOVE", (0, 0), (0, 0), 0.7, INK),
        ("LINEABOVE", (2, 0), (2, 0), 0.7, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ))
    return table
