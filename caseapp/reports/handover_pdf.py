"""The handover summary as PDF/A (A4, as many pages as it needs), for the colleague who takes the
citizen over: `caseapp handover --citizen ID --to ROLE --out FILE.pdf` and Overdrag … in the app.
"""

from __future__ import annotations

import logging
from pathlib import Path

import sqlite_utils
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Table,
)

from caseapp.domain.enums import AccessAction
from caseapp.domain.labels import label
from caseapp.reports.a4_story import build_a4_story_pdf
from caseapp.reports.files import handover_file_name, pdf_target, write_atomic
from caseapp.reports.handover_data import HandoverSummary, RatedGoal
from caseapp.reports.handover_words import action_line, goal_status, open_item_line, rating_line
from caseapp.reports.layout import (
    QUOTE_FILL,
    RULE,
    WARN_INK,
    DocumentInfo,
    Styles,
    fmt_date,
    hex_colour,
    markup,
    paragraphs,
    styles,
    table_style,
)
from caseapp.storage import access_log

log = logging.getLogger(__name__)

TITLE = "Overdragelse"


def write_handover_pdf(db: sqlite_utils.Database, summary: HandoverSummary, out: Path) -> Path:
    """Write the summary to `out` (a .pdf file, or a folder), atomically; the print is logged."""
    target = pdf_target(out, handover_file_name(summary.citizen_id, summary.name))
    path = write_atomic(target, build_handover_pdf(summary))
    access_log.record(db, AccessAction.PRINTED, [summary.citizen_id], "overdragelse")
    log.info("handover summary for citizen %s written", summary.citizen_id)
    return path


def build_handover_pdf(summary: HandoverSummary) -> bytes:
    info = DocumentInfo(  # no name in the metadata: it travels with the file, unencrypted
        title=TITLE, author="caseapp", subject="Overdragelse af en borger til en kollega",
        created=summary.today, keywords="overdragelse")
    centre = f"Overdragelse af {summary.name} · {fmt_date(summary.today)}"
    return build_a4_story_pdf(info, "handover", centre, lambda width: story(summary, width))


def story(s: HandoverSummary, width: float) -> list[Flowable]:
    st = styles()
    flow: list[Flowable] = [Paragraph(f"{TITLE} af {markup(s.name)}", st.title)]
    flow.append(Paragraph(" · ".join(markup(p) for p in _who(s) if p), st.subtitle))
    flow.append(Paragraph("Med borgerens egne ord", st.h1))
    flow += _quote(s.own_words, st, width) if s.own_words.strip() else [
        Paragraph("Borgerens egne ord er ikke skrevet ned endnu (Overblik).", st.empty)]
    for heading, text in (("Hvor er vi nu", s.where_now), ("Næste skridt", s.next_step),
                          ("Barrierer", s.barriers)):
        if text.strip():
            flow.append(Paragraph(heading, st.label))
            flow += paragraphs(text, st.body)
    flow.append(Paragraph("Det langsigtede mål", st.h1))
    flow += [p for text in s.long_term for p in _quote(text, st, width)] or [
        Paragraph("Intet langsigtet mål i planen.", st.empty)]
    flow.append(Paragraph("Hvad er prøvet, og hvordan gik det", st.h1))
    flow += [KeepTogether(_goal(g, st)) for g in s.goals] or [Paragraph("Ingen mål i planen endnu.", st.empty)]
    flow.append(Paragraph("Vigtige notater", st.h1))
    for note in s.notes:
        flow.append(Paragraph(f"{fmt_date(note.when)} · {markup(label(note.kind))}"
                              + (f" · {markup(note.author)}" if note.author else ""), st.meta))
        flow += paragraphs(note.text, st.body)
    if not s.notes:
        flow.append(Paragraph("Ingen underskrevne notater.", st.empty))
    flow.append(Paragraph("Netværket", st.h1))
    flow += _network(s, st, width)
    flow.append(Paragraph("Åbne frister og næste skridt", st.h1))
    flow += _open(s, st)
    return flow


def _who(s: HandoverSummary) -> list[str]:
    parts = [s.case_type, f"Udskrevet {fmt_date(s.today)}"]
    if s.responsible:
        parts.append(f"Ansvarlig: {s.responsible}")
    if s.to_role:
        parts.append(f"Overdrages til: {s.to_role}")
    return parts


def _quote(text: str, st: Styles, width: float) -> list[Flowable]:
    box = Table([[paragraphs(text, st.quote)]], colWidths=[width])
    box.setStyle(table_style(("BACKGROUND", (0, 0), (-1, -1), QUOTE_FILL),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 5),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 5)))
    return [box]


def _goal(goal: RatedGoal, st: Styles) -> list[Flowable]:
    head = f"{markup(label(goal.level))}: {markup(goal.text)}"
    meta = markup(goal_status(goal)) + (f" · frist {fmt_date(goal.deadline)}" if goal.deadline else "")
    flow: list[Flowable] = [Paragraph(head, st.h3), Paragraph(meta, st.meta)]
    if goal.ratings:
        flow.append(Paragraph("Vurderinger: " + " → ".join(markup(rating_line(r)) for r in goal.ratings),
                              st.small))
    for action in goal.actions:
        flow.append(Paragraph(f"–  {markup(action_line(action))}", st.small))
    return flow


def _network(s: HandoverSummary, st: Styles, width: float) -> list[Flowable]:
    if not s.network:
        return [Paragraph("Intet netværk registreret.", st.empty)]
    rows = [[Paragraph(t, st.header_cell) for t in ("Navn", "Rolle", "Organisation", "Telefon")]]
    rows += [[Paragraph(markup(c.name), st.cell), Paragraph(markup(c.role), st.cell),
              Paragraph(markup(c.organisation), st.cell), Paragraph(markup(c.phone), st.cell)]
             for c in s.network]
    table = Table(rows, colWidths=[width * 0.3, width * 0.22, width * 0.3, width * 0.18], repeatRows=1)
    table.setStyle(table_style(("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")))
    return [table]


def _open(s: HandoverSummary, st: Styles) -> list[Flowable]:
    if not s.open_items and not s.next_step.strip():
        return [Paragraph("Ingen åbne frister.", st.empty)]
    flow: list[Flowable] = []
    for item in s.open_items:
        when = fmt_date(item.when)
        if item.overdue:
            when = f'<font color="{hex_colour(WARN_INK)}">{when} overskredet</font>'
        flow.append(Paragraph(f"{when} · {markup(open_item_line(item))}", st.body))
    if s.next_step.strip():
        flow.append(Paragraph(f"<b>Næste skridt:</b> {markup(s.next_step)}", st.body))
    return flow
