"""The citizen's insight print-out: insight_data.py's values laid out in plain Danish, A4, PDF/A.

One section per kind of record, in the order a citizen would ask about them: who we have
written down that you are, your plan, what we wrote in the diary (every version, and who wrote
it), your appointments, status descriptions, the people around you, your consents, your efforts
and the documents requested about you, the meetings about you with their minutes, and who has
looked at your information. Nothing is shortened: this is everything we hold.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table

from caseapp.domain import enums
from caseapp.domain.labels import label
from caseapp.reports.insight_review import LEFT_OUT
from caseapp.reports.layout import (
    FILL,
    RULE,
    DocumentInfo,
    Styles,
    doc_kwargs,
    draw_confidential_footer,
    markup,
    numbered_canvas,
    page_numberer,
    paragraphs,
    styles,
    table_style,
)

TITLE = "Indsigt"
_MARGIN = 18 * mm


def _day(value: str | None) -> str:
    if not value:
        return ""
    moment = dt.datetime.fromisoformat(value)
    return f"{moment:%d.%m.%Y}" if len(value) <= 10 else f"{moment:%d.%m.%Y %H.%M}"


def _label(kind: type[StrEnum], value: str | None) -> str:
    return label(kind(value)) if value else ""


def _facts(pairs: list[tuple[str, str]], st: Styles, width: float) -> Flowable:
    rows = [[Paragraph(markup(k), st.cell_bold), Paragraph(markup(v or "–"), st.cell)] for k, v in pairs]
    table = Table(rows, colWidths=[width * 0.3, width * 0.7])
    table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE)))
    return table


def _grid(header: list[str], rows: list[list[str]], st: Styles, widths: list[float]) -> Flowable:
    cells = [[Paragraph(markup(h), st.header_cell) for h in header]]
    cells += [[Paragraph(markup(v or ""), st.cell) for v in row] for row in rows]
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), FILL),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE)))
    return table


def _master(c: dict[str, Any], st: Styles, width: float) -> list[Flowable]:
    pairs = [
        ("Navn", c["name"]), ("CPR-nummer", c["cpr"] or ""), ("Sagstype", c["case_type"]),
        ("Lovgrundlag", c["legal_basis"]), ("Status", _label(enums.CitizenStatus, c["status"])),
        ("Telefon", c["phone"]), ("Ansvarlig", c["responsible"]),
        ("Med dine egne ord", c["own_words"]), ("Hvor er vi nu", c["where_now"]),
        ("Næste skridt", c["next_step"]), ("Hvad står i vejen", c["barriers"]),
        ("Kontakt hver", f"{c['contact_cadence_days']} dage"),
    ]
    return [Paragraph("Det har vi skrevet om dig", st.h1), _facts(pairs, st, width)]


def _plan(data: dict[str, Any], st: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Din plan: mål og vurderinger", st.h1)]
    actions: dict[int, list[dict]] = {}
    for a in data["actions"]:
        actions.setdefault(a["goal_id"], []).append(a)
    if not data["goals"]:
        return [*out, Paragraph("Der er ingen mål.", st.empty)]
    for g in data["goals"]:
        head = f"{_label(enums.GoalLevel, g['level'])}: {g['text']}"
        out.append(Paragraph(markup(head), st.h3))
        state = [_label(enums.GoalStatus, g["status"])]
        if g["deadline"]:
            state.append(f"frist {_day(g['deadline'])}")
        if g["archived"]:
            state.append("arkiveret")
        out.append(Paragraph(markup(" · ".join(state)), st.meta))
        for a in actions.get(g["id"], []):
            done = f", gjort {_day(a['done_on'])}" if a["done_on"] else ""
            out.append(Paragraph(markup(
                f"{_label(enums.ActionOwner, a['who'])}: {a['what']} {_day(a['due'])}{done}"), st.small))
        for r in g["ratings"]:
            out.append(Paragraph(markup(
                f"Vurdering {_day(r['rated_on'])}: {r['value']} ({_label(enums.RatingScale, r['scale'])})"
                f"{' – ' + r['rater'] if r['rater'] else ''}{' – ' + r['comment'] if r['comment'] else ''}"),
                st.small))
    return out


def _notes(data: dict[str, Any], st: Styles) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Dagbogen: alt, vi har skrevet", st.h1)]
    if not data["notes"]:
        return [*out, Paragraph("Der er ingen notater.", st.empty)]
    for n in data["notes"]:
        state = "underskrevet" if n["state"] == "signed" else "kladde, ikke underskrevet"
        head = f"{_day(n['occurred_at'])} · {_label(enums.NoteKind, n['kind'])} · {n['author'] or 'ukendt'} · {state}"
        if n["corrects_id"]:
            head += f" · retter notat {n['corrects_id']}"
        out.append(Paragraph(markup(f"Notat {n['id']}: {head}"), st.label))
        out += paragraphs(n["text"] or "", st.body)
    return out


def _appointments(data: dict[str, Any], st: Styles, width: float) -> list[Flowable]:
    rows = [[_day(a["start"]), _label(enums.AppointmentKind, a["kind"]), a["title"],
             _label(enums.AppointmentStatus, a["status"])] for a in data["appointments"]]
    out: list[Flowable] = [Paragraph("Dine aftaler", st.h1)]
    if not rows:
        return [*out, Paragraph("Der er ingen aftaler.", st.empty)]
    return [*out, _grid(["Tidspunkt", "Slags", "Titel", "Status"], rows, st,
                        [width * 0.2, width * 0.2, width * 0.4, width * 0.2])]


def _statuses(data: dict[str, Any], st: Styles) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Statusbeskrivelser", st.h1)]
    if not data["status_descriptions"]:
        return [*out, Paragraph("Der er ingen statusbeskrivelser.", st.empty)]
    for s in data["status_descriptions"]:
        state = "endelig" if s["state"] == "final" else "kladde"
        out.append(Paragraph(markup(
            f"{_day(s['period_start'])} – {_day(s['period_end'])} · {state} · {s['author']}"), st.h3))
        for title, key in (("Samlet", "overall"), ("Dit eget syn", "citizen_view"), ("Næste skridt", "next_steps")):
            if s[key]:
                out.append(Paragraph(title, st.label))
                out += paragraphs(s[key], st.body)
    return out


def _people(data: dict[str, Any], st: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Dit netværk", st.h1)]
    network = [[c["name"], c["role"], c["organisation"], c["phone"]] for c in data["network"]]
    out.append(_grid(["Navn", "Rolle", "Organisation", "Telefon"], network, st, [width / 4] * 4)
               if network else Paragraph("Der er ingen personer i netværket.", st.empty))
    out.append(Paragraph("Dine samtykker", st.h1))
    consents = [[c["party"], c["scope"], _label(enums.ConsentForm, c["form"]), _day(c["given_on"]),
                 _day(c["withdrawn_on"])] for c in data["consents"]]
    out.append(_grid(["Til", "Hvad", "Form", "Givet", "Trukket tilbage"], consents, st,
                     [width * 0.2, width * 0.36, width * 0.14, width * 0.15, width * 0.15])
               if consents else Paragraph("Der er ingen samtykker.", st.empty))
    return out


def _efforts(data: dict[str, Any], st: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Dine indsatser og bevillinger", st.h1)]
    rows = [[e["title"], _label(enums.EffortKind, e["kind"]), e["provider_name"],
             f"{_day(e['start_on'])} – {_day(e['end_on'])}", _effort_outcome(e, data["printed_on"])]
            for e in data["efforts"]]
    out.append(_grid(["Indsats", "Slags", "Leverandør", "Periode", "Status"], rows, st,
                     [width * 0.24, width * 0.22, width * 0.16, width * 0.2, width * 0.18])
               if rows else Paragraph("Der er ingen indsatser.", st.empty))
    out.append(Paragraph("Dokumenter, der er bestilt om dig", st.h1))
    docs = [[d["title"], d["requested_from"], _day(d["requested_on"]), _day(d["due_on"]),
             ", ".join(f"{_label(enums.ChaseHow, c['how']).lower()} {_day(c['chased_on'])}" for c in d["chases"]),
             f"modtaget {_day(d['received_on'])}" if d["received_on"] else
             f"opgivet {_day(d['given_up_on'])}" if d["given_up_on"] else "venter"] for d in data["documents"]]
    out.append(_grid(["Dokument", "Bestilt hos", "Bestilt", "Frist", "Rykkere", "Status"], docs, st,
                     [width * 0.22, width * 0.2, width * 0.12, width * 0.12, width * 0.18, width * 0.16])
               if docs else Paragraph("Der er ikke bestilt dokumenter.", st.empty))
    return out


def _meetings(data: dict[str, Any], st: Styles) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Møder om dig", st.h1)]
    for m in data.get("meetings", []):
        starts = dt.datetime.fromisoformat(m["starts_at"])
        head = f"{_label(enums.MeetingKind, m['kind'])} {starts:%d.%m.%Y} kl. {starts:%H.%M}"
        out.append(Paragraph(markup(head + (f", {m['place']}" if m["place"] else "")), st.h3))
        names = ", ".join(p["name"] + (" (tovholder)" if p["coordinator"] else "") for p in m["participants"])
        out.append(Paragraph(markup(f"Deltagere: {names}"), st.small))
        for item in m["agenda"]:
            if item["minutes"]:
                out.append(Paragraph(markup(item["heading"]), st.label))
                out += paragraphs(item["minutes"], st.body)
        for d in m["decisions"]:
            due = f", senest {_day(d['due_on'])}" if d["due_on"] else ""
            out.append(Paragraph(markup(f"Aftalt: {d['what']} ({d['owner']}{due})"), st.body))
    if len(out) == 1:
        out.append(Paragraph("Der har ikke været møder om dig.", st.empty))
    return out


def _effort_outcome(effort: dict[str, Any], printed_on: str) -> str:
    running = effort["outcome"] in (None, enums.EffortOutcome.EXTENDED)
    if running and effort["end_on"] < printed_on:  # ISO dates compare as text
        return "afventer afgørelse"
    if not effort["outcome"]:
        return "løber"
    if effort["outcome"] == enums.EffortOutcome.EXTENDED:
        return f"forlænget fra {_day(effort['previous_end_on'])}"
    text = f"{_label(enums.EffortOutcome, effort['outcome']).lower()} {_day(effort['ended_on'])}"
    return f"{text}: {effort['outcome_note']}" if effort["outcome_note"] else text


def _access(data: dict[str, Any], st: Styles, width: float) -> list[Flowable]:
    rows = [[_day(r["at"]), r["user"], _label(enums.AccessAction, r["action"]), r["detail"]]
            for r in data["access_log"]]
    out: list[Flowable] = [
        Paragraph("Hvem har set dine oplysninger", st.h1),
        Paragraph("Hver gang dine oplysninger er vist, søgt frem, udskrevet eller kopieret, "
                  "skriver caseapp hvornår, hvem og hvad – aldrig selve oplysningerne.", st.body),
    ]
    if not rows:
        return [*out, Paragraph("Ingen har set dine oplysninger i den tid, loggen gemmes.", st.empty)]
    return [*out, _grid(["Tidspunkt", "Hvem", "Hvad", "Detalje"], rows, st,
                        [width * 0.2, width * 0.25, width * 0.3, width * 0.25])]


def _left_out_line(data: dict[str, Any]) -> str:
    count = data.get("names_left_out", 0)
    if not count:
        return ""
    return (f" Navne på andre personer ({count}) er udeladt af teksterne og står som "
            f"»{LEFT_OUT}«.")


def _story(data: dict[str, Any], st: Styles, width: float) -> list[Flowable]:
    name = data["citizen"]["name"]
    return [
        Paragraph(markup(f"{TITLE}: {name}"), st.title),
        Paragraph(markup(f"Alt, hvad caseapp gemmer om dig, udskrevet {_day(data['printed_on'])}."
                         + _left_out_line(data)), st.subtitle),
        *_master(data["citizen"], st, width),
        *_plan(data, st, width),
        *_notes(data, st),
        *_appointments(data, st, width),
        *_statuses(data, st),
        *_people(data, st, width),
        *_efforts(data, st, width),
        *_meetings(data, st),
        *_access(data, st, width),
    ]


def _decorate(printed: str) -> Callable[[Canvas, BaseDocTemplate], None]:
    def decorate(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        draw_confidential_footer(canvas, _MARGIN, 12 * mm, printed)
        canvas.restoreState()

    return decorate


def build_insight_pdf(data: dict[str, Any], author: str) -> bytes:
    """PDF/A-2b bytes; the same data always gives the same bytes. The metadata carry no CPR."""
    st = styles()
    printed_on = dt.date.fromisoformat(data["printed_on"])
    info = DocumentInfo(title=f"{TITLE} – {data['citizen']['name']}", author=author,
                        subject="Alt, hvad caseapp gemmer om borgeren", created=printed_on)
    buffer = io.BytesIO()
    width, height = A4
    frame = Frame(_MARGIN, 22 * mm, width - 2 * _MARGIN, height - 40 * mm, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc = BaseDocTemplate(
        buffer, pagesize=A4,
        pageTemplates=[PageTemplate(id="page", frames=[frame],
                                    onPage=_decorate(f"Udskrevet {printed_on:%d.%m.%Y}"))],
        **doc_kwargs(info),
    )
    doc.build(_story(data, st, frame._width), canvasmaker=numbered_canvas(page_numberer(_MARGIN, 12 * mm), info))
    return buffer.getvalue()
