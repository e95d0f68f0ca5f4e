"""The handover summary's values worded in Danish, as the PDF prints them (the desktop's page
words the same values in its own language: ui/citizen/handover_html.py)."""

from __future__ import annotations

from caseapp.domain.enums import ActionOwner, AppointmentKind
from caseapp.domain.labels import label
from caseapp.domain.models import Action, Rating
from caseapp.reports.handover_data import OpenItem, RatedGoal


def goal_status(goal: RatedGoal) -> str:
    """"Aktiv · Nu", "Opnået · Nu · arkiveret" …"""
    return f"{label(goal.status)} · {label(goal.phase)}" + (" · arkiveret" if goal.archived else "")


def rating_line(r: Rating) -> str:
    """"01.03.2026 Funktionsniveau (FFB 0-4): 2 (Anne) – kommentar"."""
    return (f"{r.rated_on:%d.%m.%Y} {label(r.scale)}: {r.value}" + (f" ({r.rater})" if r.rater else "")
            + (f" – {r.comment}" if r.comment else ""))


def action_line(a: Action) -> str:
    """"Borgeren: ringer til lægen – udført 04.03.2026"."""
    return f"{label(a.who)}: {a.what}" + (f" – udført {a.done_on:%d.%m.%Y}" if a.done_on else
                                          f" – senest {a.due:%d.%m.%Y}" if a.due else "")


def open_item_line(item: OpenItem) -> str:
    """"Frist for delmål: …", "Indsats (borgeren): …", "Aftale kl. 10.00: …"."""
    if isinstance(item.subject, AppointmentKind):
        at = f"{item.at:%H.%M}" if item.at else ""
        return f"Aftale kl. {at}: {item.text or label(item.subject)}"
    if isinstance(item.subject, ActionOwner):
        return f"Indsats ({label(item.subject).lower()}): {item.text}"
    return f"Frist for {label(item.subject).lower()}: {item.text}"
