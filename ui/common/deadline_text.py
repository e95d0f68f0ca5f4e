"""A deadline's words in the desktop's language: when it is, and what to do about it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from caseapp.domain.enums import DeadlineKind
from caseapp.domain.followup import Deadline


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
    return deadline.title  # a conversation is about the citizen; its kind says enough


def next_action_text(deadline: Deadline) -> str:
    who = deadline.counterpart or _tr("leverandøren")
    if deadline.kind == DeadlineKind.EFFORT_ENDS:
        return _tr("Ring til {who} og planlæg det videre forløb").format(who=who)
    if deadline.kind == DeadlineKind.EFFORT_REVIEW:
        return _tr("Beslut om indsatsen skal forlænges")
    if deadline.kind == DeadlineKind.REPORT_DUE:
        return _tr("Bed {who} om statusrapporten").format(who=who)
    if deadline.kind == DeadlineKind.DOCUMENT_DUE:
        if deadline.reminder is None:
            return _tr("Ring til {who} eller opgiv").format(who=who)
        return _tr("Send rykker {number} til {who}").format(number=deadline.reminder, who=who)
    return _tr("Book en samtale")
