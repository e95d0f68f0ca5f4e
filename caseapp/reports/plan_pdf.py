"""The citizen's own plan on one A4 page, to take home.

Seed 001 (l.3222-3242): a one-page plan for the citizen was tried as a "fridge model", and some
citizens turned it down because it looked like a child's drawing. So this page is a calm,
grown-up document: the citizen's long-term goal in their own words, the sub-goals worked on now
with who does what by when, what waits until later, and the next meeting. Plain language, the
house typeface and colours, no pictures. Seed 003 (l.926-938, 1230-1233): nothing about the
citizen without the citizen, so the page speaks to them ("dit mål", "du").

Like the status description it is built in two steps: `plan_report_data` (plan_data.py) reads
plain frozen data (with no CPR number in it at all), `build_plan_pdf` lays it out. The page always stays one page:
the layout is measured and the type made a little smaller (down to 70 %) when a full plan
needs it; then long texts and lists are cut harder with "…"; reportlab's KeepInFrame in
"shrink" mode is only the last safety net. The same data always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.flowables import _listWrapOn

from caseapp.reports import fonts
from caseapp.reports.layout import (
    ACCENT,
    FILL,
    INK,
    MUTED,
    QUOTE_FILL,
    RULE,
    DocumentInfo,
    doc_kwargs,
    fit_line,
    fmt_date,
    hex_colour,
    markup,
    styles,
    table_style,
)
from caseapp.reports.pdfa import pdfa_canvas
from caseapp.reports.plan_data import NextMeeting, PlanGoal, PlanReportData
from caseapp.reports.status_data import ActionLine

log = logging.getLogger(__name__)

TITLE = "Plan"

_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
           "september", "oktober", "november", "december")
# -- words ----------------------------------------------------------------------------------


def long_date(day: dt.date) -> str:
    """'tirsdag den 2. december 2026' (no locale needed)."""
    return f"{_WEEKDAYS[day.weekday()]} den {day.day}. {_MONTHS[day.month - 1]} {day.year}"


def meeting_line(meeting: NextMeeting) -> str:
    day = long_date(meeting.start.date())
    when = f"{day[0].upper()}{day[1:]} kl. {meeting.start:%H.%M}"
    if meeting.end.date() == meeting.start.date():
        when += f"–{meeting.end:%H.%M}"
    return when


def cut(text: str, limit: int) -> str:
    """`text` cut after a word near `limit` characters, with "…"."""
    text = text.strip()
    if len(text) <= limit:
        return text
    head = text[:limit]
    space = head.rfind(" ", limit * 2 // 3)
    return (head[:space] if space > 0 else head).rstrip(" ,.;:–-") + " …"


# -- the document ----------------------------------------------------------------------------

_MARGIN_X = 22 * mm
_MARGIN_TOP = 20 * mm
_MARGIN_BOTTOM = 26 * mm  # room for the footer


@dataclass(frozen=True)
class Limits:
    """How much of each list and text the page shows; beyond that a text is cut with "…"."""

    long_term_goals: int = 2
    long_term_chars: int = 700
    current_goals: int = 6
    goal_chars: int = 320
    actions_per_goal: int = 6
    action_chars: int = 220
    later_goals: int = 5
    later_chars: int = 160


GENEROUS = Limits()
TIGHT = Limits(1, 350, 4, 160, 3, 110, 3, 90)
SCALES = (1.0, 0.94, 0.88, 0.82, 0.76, 0.7)
"""Type sizes tried, largest first, before the texts are cut harder (TIGHT)."""
MIN_SCALE = 0.7


@dataclass(frozen=True)
class _Styles:
    scale: float
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    lead: ParagraphStyle
    quote: ParagraphStyle
    goal: ParagraphStyle
    meta: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_done: ParagraphStyle
    empty: ParagraphStyle
    meeting: ParagraphStyle


_plan_styles: dict[float, _Styles] = {}


def _styles(scale: float = 1.0) -> _Styles:
    """Larger than the office documents (the citizen reads this page, maybe at home), all
    sizes times `scale` when a full plan needs a little less room."""
    if scale not in _plan_styles:
        base = styles().body

        def derive(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
            for key in ("spaceBefore", "spaceAfter"):
                if key in kw:
                    kw[key] = float(kw[key]) * scale  # type: ignore[arg-type]
            return ParagraphStyle(f"plan-{name}-{scale}", parent=base, fontSize=size * scale,
                                  leading=leading * scale, **kw)

        cell = derive("cell", 9.8, 12.6, spaceAfter=0)
        _plan_styles[scale] = _Styles(
            scale=scale,
            title=derive("title", 21, 25, fontName=fonts.BOLD, spaceAfter=3),
            subtitle=derive("subtitle", 10.5, 14, textColor=MUTED, spaceAfter=8),
            heading=derive("heading", 13.5, 17, fontName=fonts.BOLD, textColor=ACCENT,
                           spaceBefore=13, spaceAfter=5, keepWithNext=1),
            lead=derive("lead", 9.5, 12.5, textColor=MUTED, spaceAfter=4, keepWithNext=1),
            quote=derive("quote", 13, 18.5, fontName=fonts.ITALIC, spaceAfter=0),
            goal=derive("goal", 11.5, 15.5, fontName=fonts.BOLD, spaceBefore=6, spaceAfter=1,
                        keepWithNext=1),
            meta=derive("meta", 9.5, 12.5, textColor=MUTED, spaceAfter=4, keepWithNext=1),
            body=derive("body", 10.5, 14.5, spaceAfter=3),
            cell=cell,
            cell_head=ParagraphStyle(f"plan-cell-head-{scale}", parent=cell,
                                     fontName=fonts.BOLD, fontSize=8.8 * scale,
                                     textColor=MUTED),
            cell_done=ParagraphStyle(f"plan-cell-done-{scale}", parent=cell, textColor=MUTED),
            empty=derive("empty", 10.5, 14.5, fontName=fonts.ITALIC, textColor=MUTED),
            meeting=derive("meeting", 12, 16, fontName=fonts.BOLD, spaceAfter=1),
        )
    return _plan_styles[scale]


def document_info(data: PlanReportData) -> DocumentInfo:
    return DocumentInfo(
        title=TITLE,  # no name in metadata: it travels with the file, unencrypted
        author=data.worker or data.unit or "caseapp",
        subject="Borgerens plan: mål, delmål og hvem der gør hvad hvornår",
        created=data.printed_on,
        keywords="plan, delmål",
    )


def build_plan_pdf(data: PlanReportData) -> bytes:
    """The plan as one A4 page of PDF/A-2b; the same data always gives the same bytes."""
    info = document_info(data)
    buffer = io.BytesIO()
    width, height = A4
    frame_width = width - 2 * _MARGIN_X
    frame_height = height - _MARGIN_TOP - _MARGIN_BOTTOM - 1  # 1 pt against rounding
    frame = Frame(
        _MARGIN_X, _MARGIN_BOTTOM, frame_width, frame_height + 1,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="page",
    )
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN_X,
        rightMargin=_MARGIN_X,
        topMargin=_MARGIN_TOP,
        bottomMargin=_MARGIN_BOTTOM,
        pageTemplates=[PageTemplate(id="plan", frames=[frame], onPage=_footer(data))],
        **doc_kwargs(info),
    )
    content = fitted_story(data, frame_width, frame_height)
    # a safety net only: fitted_story already fits, unless even TIGHT at MIN_SCALE does not
    doc.build([KeepInFrame(frame_width, frame_height, content, mode="shrink",
                           hAlign="LEFT", vAlign="TOP")], canvasmaker=pdfa_canvas(info))
    return buffer.getvalue()


def fitted_story(data: PlanReportData, width: float, height: float) -> list[Flowable]:
    """The page's content at the largest type size that fits; if none does, with the texts cut
    harder (TIGHT). Measured, not guessed: each try is wrapped as reportlab will lay it out."""
    story: list[Flowable] = []
    for limits in (GENEROUS, TIGHT):
        for scale in SCALES:
            story = _story(data, _styles(scale), width, limits)
            _w, needed = _listWrapOn(story, width, None)
            if needed <= height:
                if scale < 1 or limits is TIGHT:
                    log.debug("plan page fitted at scale %.2f (%s limits)", scale,
                              "tight" if limits is TIGHT else "generous")
                return _story(data, _styles(scale), width, limits)  # fresh, unwrapped
    log.warning("the plan is too long for one page even when cut; it is shrunk to fit")
    return _story(data, _styles(MIN_SCALE), width, TIGHT)


def _footer(data: PlanReportData) -> Callable[[Canvas, BaseDocTemplate], None]:
    who = " · ".join(p for p in (data.worker, data.unit) if p)
    left = f"Planen er lavet sammen med {who}." if who else "Planen er lavet sammen med dig."
    right = f"Udskrevet {fmt_date(data.printed_on)}"
    note = "Planen kan ændres, når der er brug for det. Sig til, hvis noget ikke passer."

    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, _height = doc.pagesize
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        y = 17 * mm
        canvas.line(_MARGIN_X, y + 4.5 * mm, width - _MARGIN_X, y + 4.5 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.REGULAR, 8.5)
        room = width - 2 * _MARGIN_X - 35 * mm
        canvas.drawString(_MARGIN_X, y, fit_line(left, fonts.REGULAR, 8.5, room))
        canvas.drawRightString(width - _MARGIN_X, y, right)
        canvas.drawString(_MARGIN_X, y - 4.2 * mm,
                          fit_line(note, fonts.REGULAR, 8.5, width - 2 * _MARGIN_X))
        canvas.restoreState()

    return draw


def _story(data: PlanReportData, st: _Styles, width: float, lim: Limits) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(f"{TITLE} for {markup(cut(data.citizen_name, 90))}", st.title),
    ]
    made = [f"Udskrevet {fmt_date(data.printed_on)}"]
    if data.unit:
        made.insert(0, markup(cut(data.unit, 90)))
    story.append(Paragraph(" · ".join(made), st.subtitle))

    story.append(Paragraph("Dit mål", st.heading))
    if data.long_term_goals:
        story.append(Paragraph("Det, du arbejder hen imod – med dine egne ord:", st.lead))
        for text in data.long_term_goals[: lim.long_term_goals]:
            story.append(_quote(cut(text, lim.long_term_chars), st, width))
            story.append(Spacer(1, 2 * mm * st.scale))
    else:
        story.append(Paragraph(
            "Vi har ikke skrevet dit mål på længere sigt ned endnu. Det gør vi sammen.",
            st.empty))

    story.append(Paragraph("Det arbejder vi med nu", st.heading))
    if not data.current:
        story.append(Paragraph("Der er ingen delmål i gang lige nu.", st.empty))
    shown = data.current[: lim.current_goals]
    for number, goal in enumerate(shown, start=1):
        story += _goal(number, goal, st, width, lim)
    if len(data.current) > len(shown):
        story.append(Paragraph(
            f"Og {len(data.current) - len(shown)} delmål mere, som står i den fulde plan.",
            st.meta))

    if data.later:
        story.append(Paragraph("Det tager vi fat på senere", st.heading))
        items = [cut(t, lim.later_chars) for t in data.later[: lim.later_goals]]
        if len(data.later) > lim.later_goals:
            items.append(f"Og {len(data.later) - lim.later_goals} mere.")
        story.append(Paragraph("<br/>".join(f"–  {markup(t)}" for t in items), st.body))

    story.append(Paragraph("Næste møde", st.heading))
    if data.next_meeting is None:
        who = f" med {markup(cut(data.worker, 60))}" if data.worker else ""
        story.append(Paragraph(
            f"Der er ikke aftalt et nyt møde endnu. Sig til, så finder vi en tid{who}.",
            st.empty))
    else:
        story.append(_meeting(data.next_meeting, st, width))
    return story


def _quote(text: str, st: _Styles, width: float) -> Table:
    table = Table([[Paragraph(markup(text), st.quote)]], colWidths=[width])
    table.setStyle(table_style(
        ("BACKGROUND", (0, 0), (-1, -1), QUOTE_FILL),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 11),
        ("RIGHTPADDING", (0, 0), (-1, -1), 11),
        ("TOPPADDING", (0, 0), (-1, -1), 8 * st.scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8 * st.scale),
    ))
    return table


def _goal(number: int, goal: PlanGoal, st: _Styles, width: float, lim: Limits) -> list[Flowable]:
    accent = hex_colour(ACCENT)
    text = markup(cut(goal.text, lim.goal_chars))
    parts: list[Flowable] = [
        Paragraph(f'<font color="{accent}">{number}.</font>&nbsp;&nbsp;{text}', st.goal)
    ]
    facts = []
    if goal.deadline:
        facts.append(f"Nås senest {fmt_date(goal.deadline)}")
    if goal.ambition:
        facts.append(f"Ambition: {markup(goal.ambition.lower())}")
    if goal.part_of:
        facts.append(f"Et skridt mod: {markup(cut(goal.part_of, 140))}")
    if facts:
        parts.append(Paragraph(" · ".join(facts), st.meta))
    if goal.actions:
        parts.append(_actions_table(goal.actions, st, width, lim))
    parts.append(Spacer(1, 3 * mm * st.scale))
    return parts


def _actions_table(
    actions: tuple[ActionLine, ...], st: _Styles, width: float, lim: Limits
) -> Table:
    open_first = sorted(actions, key=lambda a: a.done_on is not None)  # stable: keeps due order
    shown = open_first[: lim.actions_per_goal]
    rows: list[list[Paragraph]] = [[
        Paragraph("Hvem", st.cell_head),
        Paragraph("Gør hvad", st.cell_head),
        Paragraph("Hvornår", st.cell_head),
    ]]
    for action in shown:
        style = st.cell_done if action.done_on else st.cell
        if action.done_on:
            when = f"Gjort {fmt_date(action.done_on)}"
        elif action.due:
            when = f"Senest {fmt_date(action.due)}"
        else:
            when = "Løbende"
        rows.append([
            Paragraph(markup(cut(action.who, 40)), style),
            Paragraph(markup(cut(action.what, lim.action_chars)), style),
            Paragraph(when, style),
        ])
    if len(actions) > len(shown):
        rows.append([Paragraph("", st.cell),
                     Paragraph(f"Og {len(actions) - len(shown)} mere.", st.cell_done),
                     Paragraph("", st.cell)])
    indent = 6 * mm
    who, when_width = 30 * mm * st.scale, 37 * mm * st.scale
    table = Table(rows, colWidths=[who, width - indent - who - when_width, when_width])
    table.hAlign = "RIGHT"  # indented under the goal's text
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, -2), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3 * st.scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5 * st.scale),
    ))
    return table


def _meeting(meeting: NextMeeting, st: _Styles, width: float) -> Table:
    what = meeting.kind + (f" {meeting.place}" if meeting.place else "")
    cell = [Paragraph(markup(meeting_line(meeting)), st.meeting), Paragraph(markup(what), st.body)]
    table = Table([[cell]], colWidths=[width])
    table.setStyle(table_style(
        ("BACKGROUND", (0, 0), (-1, -1), FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 11),
        ("TOPPADDING", (0, 0), (-1, -1), 8 * st.scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * st.scale),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ))
    return table
