"""A deadline's words in the desktop's language: when it is, and what to do about it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from caseapp.domain.enums import DeadlineKind, MeetingKind
from caseapp.domain.followup import Deadline
from caseapp.domain.labels import label
from ui.common.formatting import enum_label

_MEETING_DATES = frozenset({DeadlineKind.MEETING_PREPARE, DeadlineKind.MINUTES_DUE})


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    # lupdate: bare tr() and _tr() have context ""; the arguments are tr()'s, so %n is counted
    return QCoreApplication.translate("", text, disambiguation or None, n)


def when_text(deadline: Deadline, today: dt.date) -> str:
    days = deadline.days_left(today)
    if days < 0:
        return _tr("%n dag(e) over", "", -days)
    if days == 0:
        return _tr("I dag")
    return _tr("om %n dag(e)", "", days)


def about_text(deadline: Deadline) -> str:
    """The effort's, document's or agreement's title; a meeting's kind in the desktop's
    language (the core names it in Danish). A conversation is about the citizen: its kind says
    enough."""
    if deadline.kind in _MEETING_DATES:
        kind = next((k for k in MeetingKind if label(k) == deadline.title), None)
        return enum_label(kind) if kind else deadline.title
    return deadline.title


def next_action_text(deadline: Deadline) -> str:
    who = deadline.counterpart or _tr("leverandøren")
    if deadline.kind == DeadlineKind.EFFORT_ENDS:
        return _tr("Ring til {who} og planlæg det videre forløb").format(who=who)
    if deadline.kind == DeadlineKind.EFFORT_UNDECIDED:
        return _tr("Afgør om indsatsen forlænges, afsluttes eller erstattes")
    if deadline.kind == DeadlineKind.EFFORT_REVIEW:
        return _tr("Beslut om indsatsen skal forlænges")
    if deadline.kind == DeadlineKind.REPORT_DUE:
        return _tr("Bed {who} om statusrapporten").format(who=who)
    if deadline.kind == DeadlineKind.DOCUMENT_DUE:
        if deadline.reminder is None:
            return _tr("Ring til {who} eller opgiv").format(who=who)
        return _tr("Send rykker {number} til {who}").format(number=deadline.reminder, who=who)
    if deadline.kind == DeadlineKind.MEETING_PREPARE:
        return _tr("Forbered mødet: dagsorden og deltagere")
    if deadline.kind == DeadlineKind.MINUTES_DUE:
        return _tr("Skriv referatet færdigt og send det")
    if deadline.kind == DeadlineKind.DECISION_DUE:
        return _tr("Følg op hos {who}").format(who=deadline.counterpart)
    return _tr("Book en samtale")
