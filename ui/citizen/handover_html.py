"""The handover summary as the page in the app shows it: the same content as the PDF, worded in
the desktop's language (the core gives values; labels through enum_label, the rest through tr());
all text escaped."""

from __future__ import annotations

import html

from caseapp.domain.enums import ActionOwner, AppointmentKind
from caseapp.domain.models import Action, Rating
from caseapp.reports.handover_data import HandoverSummary, OpenItem, RatedGoal
from ui.common.formatting import enum_label, fmt_date, tr


def _p(text: str) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())


def _h(title: str) -> str:
    return f"<h3>{html.escape(title)}</h3>"


def _none(text: str) -> str:
    return f"<p><i>{html.escape(text)}</i></p>"


def _status(goal: RatedGoal) -> str:
    status = f"{enum_label(goal.status)} · {enum_label(goal.phase)}"
    return status + (tr(" · arkiveret") if goal.archived else "")


def _rating(r: Rating) -> str:
    line = f"{fmt_date(r.rated_on)} {enum_label(r.scale)}: {r.value}" + (f" ({r.rater})" if r.rater else "")
    return line + (f" – {r.comment}" if r.comment else "")


def _action(a: Action) -> str:
    when = (tr(" – udført {date}").format(date=fmt_date(a.done_on)) if a.done_on else
            tr(" – senest {date}").format(date=fmt_date(a.due)) if a.due else "")
    return f"{enum_label(a.who)}: {a.what}{when}"


def _open_item(item: OpenItem) -> str:
    if isinstance(item.subject, AppointmentKind):
        return tr("Aftale kl. {time}: {title}").format(
            time=item.at.strftime("%H.%M") if item.at else "", title=item.text or enum_label(item.subject))
    if isinstance(item.subject, ActionOwner):
        return tr("Indsats ({who}): {what}").format(who=enum_label(item.subject).lower(), what=item.text)
    return tr("Frist for {level}: {goal}").format(level=enum_label(item.subject).lower(), goal=item.text)


def _goal(goal: RatedGoal) -> str:
    deadline = tr(" · frist {date}").format(date=fmt_date(goal.deadline)) if goal.deadline else ""
    lines = [f"<p><b>{html.escape(enum_label(goal.level))}: {html.escape(goal.text)}</b><br/>"
             f"<small>{html.escape(_status(goal))}{deadline}</small></p>"]
    if goal.ratings:
        ratings = " → ".join(_rating(r) for r in goal.ratings)
        lines.append("<p><small>" + html.escape(tr("Vurderinger: ") + ratings) + "</small></p>")
    lines += [f"<p><small>– {html.escape(_action(a))}</small></p>" for a in goal.actions]
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
        kind = html.escape(enum_label(note.kind))
        parts.append(f"<p><small>{fmt_date(note.when)} · {kind}{who}</small></p>{_p(note.text)}")
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
        parts.append(f"<p>{when} · {html.escape(_open_item(item))}</p>")
    if not s.open_items:
        parts.append(_none(tr("Ingen åbne frister.")))
    return "".join(parts)
