"""The status description (statusbeskrivelse) as a PDF a leader can print and sign.

Two steps, kept apart so each can be tested on its own: `status_report_data` reads what the
document needs from the service into plain frozen data (the CPR number is masked here, so the
full number never reaches the document builder), and `build_status_pdf` lays that data out.

Structure (seed 003 l.1034-1233): the citizen's long-term goal in their own words; one section
per effort goal and sub-goal with status, ambition, deadline, the evaluation and a small chart
of the citizen's 1-10 and the staff's FFB 0-4 ratings; the overall assessment, the citizen's
view, next steps; when it was gone through with the citizen; signature lines.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Group, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import Color
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
from caseapp.domain.models import Goal, StatusDescription
from caseapp.errors import InvalidInput
from caseapp.notes import NoteFilter
from caseapp.reports import fonts
from caseapp.reports.layout import (
    ACCENT,
    FILL,
    INK,
    MUTED,
    QUOTE_FILL,
    RULE,
    SELF_LINE,
    STAFF_LINE,
    WARN_INK,
    DocumentInfo,
    Styles,
    doc_kwargs,
    draw_confidential_footer,
    finish,
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
from caseapp.service import CaseService

log = logging.getLogger(__name__)

TITLE = "Statusbeskrivelse"
_MASKED = re.compile(r"^(\d{6}-xxxx)?$")


# -- the data the document shows -------------------------------------------------------------


@dataclass(frozen=True)
class RatingPoint:
    on: dt.date
    value: int


@dataclass(frozen=True)
class ActionLine:
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
    overall: str = ""
    citizen_view: str = ""
    next_steps: str = ""
    gone_through_on: dt.date | None = None
    status_id: int | None = None
    citizen_id: int | None = None

    def __post_init__(self) -> None:
        if not _MASKED.match(self.cpr_masked):
            raise ValueError("cpr_masked must be masked (DDMMYY-xxxx) or empty")


# -- reading the data from the service -------------------------------------------------------


def status_report_data(
    service: CaseService,
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
    if (status_id is None) == (citizen_id is None):
        raise ValueError("give exactly one of status_id and citizen_id")
    if period is not None:
        if status_id is not None:
            raise ValueError("period is only for a draft from the plan (citizen_id)")
        if period[1] < period[0]:
            raise InvalidInput("Perioden skal slutte efter den begynder.")
    today = today or dt.date.today()
    profile = service.profile()
    status: StatusDescription | None
    if status_id is not None:
        status = service.status_description(status_id)
        citizen = service.citizen(status.citizen_id)
    else:
        assert citizen_id is not None
        citizen = service.citizen(citizen_id)
        stored = service.status_descriptions(citizen_id) if period is None else []
        status = stored[0] if stored else None
    assert citizen.id is not None

    from_plan = status is None
    if status is None:
        if period is not None:
            period_start, period_end = period
        else:
            period_end = today
            period_start = add_months(today, -citizen.effective_status_cadence_months)
            period_start += dt.timedelta(days=1)
        status = StatusDescription(
            citizen_id=citizen.id, period_start=period_start, period_end=period_end
        )

    evaluations = {e.goal_id: e.evaluation for e in status.evaluations}
    all_goals = service.goals(citizen.id, include_archived=True)
    shown = [g for g in all_goals if not g.archived or g.id in evaluations]
    origins: dict[int, str] = {}
    if from_plan:
        for goal_id, (day, text) in _latest_summaries(service, citizen.id, status).items():
            evaluations[goal_id] = text
            origins[goal_id] = f"Fra opsamlingen {fmt_date(day)}; rettes til før statusmødet."

    efforts = _sections(service, shown, status, evaluations, origins)
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
        overall=status.overall,
        citizen_view=status.citizen_view,
        next_steps=status.next_steps,
        gone_through_on=status.gone_through_on,
        status_id=status.id,
        citizen_id=citizen.id,
    )


def _sections(
    service: CaseService,
    goals: list[Goal],
    status: StatusDescription,
    evaluations: dict[int, str],
    origins: dict[int, str],
) -> tuple[GoalSection, ...]:
    children: dict[int | None, list[Goal]] = {}
    for goal in goals:
        children.setdefault(goal.parent_id, []).append(goal)
    actions: dict[int, list[ActionLine]] = {}
    for action in service.actions(status.citizen_id):
        actions.setdefault(action.goal_id, []).append(
            ActionLine(action.what, label(action.who), action.due, action.done_on)
        )

    def section(goal: Goal, number: str, subs: tuple[GoalSection, ...] = ()) -> GoalSection:
        assert goal.id is not None
        self_points, staff_points = _rating_points(service, goal.id, status)
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
    service: CaseService, goal_id: int, status: StatusDescription
) -> tuple[tuple[RatingPoint, ...], tuple[RatingPoint, ...]]:
    """Ratings in the period, each scale starting from its last rating before the period."""
    out: dict[RatingScale, list[RatingPoint]] = {RatingScale.SELF_1_10: [], RatingScale.FFB_0_4: []}
    before: dict[RatingScale, RatingPoint] = {}
    for rating in service.ratings(goal_id):
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
    service: CaseService, citizen_id: int, status: StatusDescription
) -> dict[int, tuple[dt.date, str]]:
    """goal id -> (date, text) of the newest summary note in the period tied to that goal."""
    flt = NoteFilter(citizen_id=citizen_id, kinds=(NoteKind.SUMMARY,),
                     date_from=status.period_start, date_to=status.period_end)
    found: dict[int, tuple[dt.date, str]] = {}
    for note in service.find_notes(flt, limit=None):  # newest first
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
    doc.build(_story(data, st, frame._width), canvasmaker=numbered_canvas(page_numberer(_MARGIN_X, 12 * mm)))
    return finish(buffer.getvalue(), info)


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
    facts = [f"Status: {goal.status}"]
    if goal.ambition:
        facts.append(f"Ambition: {goal.ambition.lower()}")
    facts.append(f"Frist: {fmt_date(goal.deadline, 'ingen')}")
    if goal.source:
        facts.append(f"Kilde: {goal.source.lower()}")
    head: list[Flowable] = [heading, Paragraph(markup("  ·  ".join(facts)), st.meta)]
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


# -- the progress chart ----------------------------------------------------------------------

_CHART_HEIGHT = 30 * mm


def progress_chart(
    goal: GoalSection, period_start: dt.date, period_end: dt.date, width: float
) -> Drawing | None:
    """Two small panels side by side: the citizen's 1-10 and the staff's FFB 0-4 over time.

    None when the goal has no ratings at all; a panel without ratings says so.
    """
    if not goal.self_ratings and not goal.staff_ratings:
        return None
    days = [p.on for p in goal.self_ratings + goal.staff_ratings]
    x0 = min([period_start, *days]).toordinal()
    x1 = max([period_end, *days]).toordinal()
    if x1 - x0 < 2:
        x1 = x0 + 2
    gap = 10 * mm
    panel = (width - gap) / 2
    kind = "Indsatsmål" if goal.level == GoalLevel.EFFORT else "Delmål"
    drawing = Drawing(width, _CHART_HEIGHT)
    drawing.add(_panel(
        goal.self_ratings, (1, 10), [1, 4, 7, 10], x0, x1, 0, panel,
        f"{kind} {goal.number} · borgerens egen vurdering (1-10, 10 er bedst)", SELF_LINE,
    ))
    drawing.add(_panel(
        goal.staff_ratings, (0, 4), [0, 1, 2, 3, 4], x0, x1, panel + gap, panel,
        f"{kind} {goal.number} · personalets vurdering (FFB 0-4, 0 er bedst)", STAFF_LINE,
    ))
    drawing.hAlign = "LEFT"
    drawing.initialFontName = fonts.REGULAR  # never reportlab's unembedded Helvetica
    drawing.initialFontSize = 7
    return drawing


def _date_label(value: float) -> str:
    return dt.date.fromordinal(int(round(value))).strftime("%d.%m.%y")


def _panel(
    points: tuple[RatingPoint, ...],
    y_range: tuple[int, int],
    y_steps: list[int],
    x0: int,
    x1: int,
    left: float,
    width: float,
    title: str,
    colour: Color,
) -> Group:
    group = Group()
    plot_left, plot_bottom = left + 14, 12
    plot_width, plot_height = width - 16, _CHART_HEIGHT - 26
    size = 7.0
    while size > 5 and stringWidth(title, fonts.REGULAR, size) > width:
        size -= 0.25  # a long goal number must not push the title past the margin
    group.add(String(left, _CHART_HEIGHT - 8, title, fontName=fonts.REGULAR, fontSize=size,
                     fillColor=MUTED))
    if not points:
        group.add(Line(plot_left, plot_bottom, plot_left + plot_width, plot_bottom,
                       strokeColor=RULE, strokeWidth=0.5))
        group.add(String(plot_left + plot_width / 2, plot_bottom + plot_height / 2 - 3,
                         "Ingen vurderinger i perioden", fontName=fonts.ITALIC, fontSize=7,
                         fillColor=MUTED, textAnchor="middle"))
        return group
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = plot_left, plot_bottom, plot_width, plot_height
    plot.data = [[(p.on.toordinal(), p.value) for p in points]]
    plot.strokeColor = None
    line = plot.lines[0]
    line.strokeColor = colour
    line.strokeWidth = 1.3
    line.symbol = makeMarker("FilledCircle", size=3.2, fillColor=colour, strokeColor=colour)

    xa = plot.xValueAxis
    xa.valueMin, xa.valueMax = x0, x1
    xa.valueSteps = [x0, (x0 + x1) // 2, x1]
    xa.labelTextFormat = _date_label
    xa.strokeColor = RULE
    xa.strokeWidth = 0.5
    xa.tickDown = 2
    xa.labels.fontName = fonts.REGULAR
    xa.labels.fontSize = 6.3
    xa.labels.fillColor = MUTED
    xa.labels.boxAnchor = "n"
    xa.labels.dy = -2
    xa.labels[0].boxAnchor = "nw"  # keep the end labels clear of the y axis and the next panel
    xa.labels[2].boxAnchor = "ne"

    ya = plot.yValueAxis
    ya.valueMin, ya.valueMax = y_range
    ya.valueSteps = y_steps
    ya.labelTextFormat = "%d"
    ya.strokeColor = None
    ya.tickLeft = 0
    ya.visibleGrid = 1
    ya.gridStrokeColor = RULE
    ya.gridStrokeWidth = 0.3
    ya.labels.fontName = fonts.REGULAR
    ya.labels.fontSize = 6.3
    ya.labels.fillColor = MUTED
    ya.labels.dx = -2
    group.add(plot)
    return group
