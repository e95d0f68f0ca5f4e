"""The handover summary as the page in the app shows it (the same content as the PDF; all text
escaped)."""

from __future__ import annotations

import html

from caseapp.reports.handover_data import HandoverSummary, RatedGoal
from ui.common.formatting import fmt_date, tr


def _p(text: str) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())


def _h(title: str) -> str:
    return f"<h3>{html.escape(title)}</h3>"


def _none(text: str) -> str:
    return f"<p><i>{html.escape(text)}</i></p>"


def _goal(goal: RatedGoal) -> str:
    deadline = tr(" · frist {date}").format(date=fmt_date(goal.deadline)) if goal.deadline else ""
    lines = [f"<p><b>{html.escape(goal.level)}: {html.escape(goal.text)}</b><br/>"
             f"<small>{html.escape(goal.status)}{deadline}</small></p>"]
    if goal.ratings:
        lines.append("<p><small>" + html.escape(tr("Vurderinger: ") + " → ".join(goal.ratings)) + "</small></p>")
    lines += [f"<p><small>– {html.escape(a)}</small></p>" for a in goal.actions]
    return "".join(lines)


def handover_html(s: HandoverSummary) -> str:
    parts = [_h(tr("Med borgerens egne ord")),
             f"<blockquote><i>{_p(s.own_words)}</i></blockquote>" if s.own_words.strip()
             else _none(tr("Borgerens egne ord er ikke skrevet ned endnu (Overblik)."))]
    for title, text in ((tr("Hvor er vi nu"), s.where_now), (tr("Næste skridt"), s.next_step),
                        (tr("Barrierer"), s.barriers)):
        if text.strip():
            parts.append(f"<p><b>{html.escape(title)}</b></p>{_p(text)}")
    parts.append(_h(tr("Det langsigtede mål")))
    parts += [f"<blockquote><i>{_p(t)}</i></blockquote>" for t in s.long_term] or [
        _none(tr("Intet langsigtet mål i planen."))]
    parts.append(_h(tr("Hvad er prøvet, og hvordan gik det")))
    parts += [_goal(g) for g in s.goals] or [_none(tr("Ingen mål i planen endnu."))]
    parts.append(_h(tr("Vigtige notater")))
    for note in s.notes:
        who = f" · {html.escape(note.author)}" if note.author else ""
        parts.append(f"<p><small>{fmt_date(note.when)} · {html.escape(note.kind)}{who}</small></p>{_p(note.text)}")
    if not s.notes:
        parts.append(_none(tr("Ingen underskrevne notater.")))
    parts.append(_h(tr("Netværket")))
    parts += [f"<p>{html.escape(' · '.join(x for x in (c.name, c.role, c.organisation, c.phone) if x))}</p>"
              for c in s.network] or [_none(tr("Intet netværk registreret."))]
    parts.append(_h(tr("Åbne frister og næste skridt")))
    for item in s.open_items:
        when = fmt_date(item.when)
        if item.overdue:
            late = tr("{date} overskredet").format(date=when)
            when = f"<span style='color:#9B2C1F'>{html.escape(late)}</span>"
        parts.append(f"<p>{when} · {html.escape(item.what)}</p>")
    if not s.open_items:
        parts.append(_none(tr("Ingen åbne frister.")))
    return "".join(parts)
