"""HTML for the detail pane under a record table (all text escaped)."""

from __future__ import annotations

import html

from caseapp.domain.models import Appointment, DiaryNote, Goal, StatusDescription
from ui.common.formatting import enum_label, fmt_date, fmt_datetime, fmt_span, tr


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())


def _section(title: str, text: str) -> str:
    return f"<h4>{html.escape(title)}</h4>{_paragraphs(text)}" if text.strip() else ""


def note_html(note: DiaryNote, goals: dict[int, Goal]) -> str:
    head = " · ".join(
        part for part in (
            fmt_datetime(note.occurred_at),
            enum_label(note.kind),
            enum_label(note.state),
            note.author,
            tr("rettelse") if note.corrects_id else "",
            tr("overført {date}").format(date=fmt_date(note.entered_official_on))
            if note.entered_official_on else "",
        ) if part
    )
    linked = [goals[g].text for g in note.goal_ids if g in goals]
    goal_html = (
        "<p><b>" + html.escape(tr("Delmål:")) + "</b> " + html.escape("; ".join(linked)) + "</p>"
        if linked else "<p><i>" + html.escape(tr("Ikke knyttet til et delmål")) + "</i></p>"
    )
    return f"<p><b>{html.escape(head)}</b></p>{goal_html}{_paragraphs(note.text)}"


def status_html(status: StatusDescription, goals: dict[int, Goal]) -> str:
    head = tr("Status {start}–{end} · {state}").format(
        start=fmt_date(status.period_start), end=fmt_date(status.period_end),
        state=enum_label(status.state),
    )
    parts = [f"<p><b>{html.escape(head)}</b></p>",
             _section(tr("Samlet vurdering"), status.overall),
             _section(tr("Borgerens syn"), status.citizen_view),
             _section(tr("Næste skridt"), status.next_steps)]
    for evaluation in status.evaluations:
        goal = goals.get(evaluation.goal_id)
        if goal is not None:
            parts.append(_section(goal.text, evaluation.evaluation))
    return "".join(parts)


def appointment_html(appointment: Appointment) -> str:
    head = " · ".join(
        part for part in (
            fmt_date(appointment.start),
            fmt_span(appointment.start, appointment.end),
            enum_label(appointment.kind),
            enum_label(appointment.place),
            enum_label(appointment.status),
        ) if part
    )
    return (f"<p><b>{html.escape(head)}</b></p>" + _paragraphs(appointment.title)
            + _paragraphs(appointment.status_reason))
