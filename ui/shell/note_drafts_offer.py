"""At start-up, drafts left behind (a crash, a closed window) are offered back:
"Du har N kladder, der ikke er underskrevet ..." -> open the notes in quick-note windows.

N is the count I dag shows under Kladder (notes and status descriptions, one core count). The
question comes at the first start of a day that has drafts, and again that day only when there
are more drafts than at the last start (a crash left one). The profile keeps that number (never a
note's text); QSettings keeps the day last asked (a date, never personal data)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.domain.models import UnsignedDrafts
from caseapp.errors import CaseappError
from ui.common.formatting import tr
from ui.diary.quick_note_window import QuickNoteWindow
from ui.shell import sidebar
from ui.shell.quick_note import open_quick_note

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

MAX_WINDOWS = 5
ASKED_KEY = "drafts/asked_on"  # the ISO date of the last question


def drafts_question(drafts: UnsignedDrafts) -> str:
    """What the start-up question says; its count is I dag's "Kladder (N)"."""
    count, notes = drafts.count, len(drafts.notes)
    if count == 1:
        text = tr("Du har 1 kladde, der ikke er underskrevet. Vil du åbne den?")
    elif notes == count:
        text = tr("Du har {count} kladder, der ikke er underskrevet. Vil du åbne dem?").format(
            count=count)
    else:  # status descriptions are opened from I dag or the Status tab, not here
        text = tr("Du har {count} kladder, der ikke er underskrevet.").format(count=count) + " " \
            + tr("Vil du åbne de %n dagbogsnotat(er)?", "", notes)
    if notes > MAX_WINDOWS:
        text += " " + tr("De {shown} nyeste åbnes; alle står under Kladder på I dag.").format(
            shown=MAX_WINDOWS)
    return text


def ask_open_drafts(parent: QWidget, drafts: UnsignedDrafts) -> bool:
    answer = QMessageBox.question(
        parent, tr("Kladder"), drafts_question(drafts),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Open,
    )
    return answer == QMessageBox.StandardButton.Open


def offer_pending_drafts(
    window: MainWindow,
    today: dt.date,
    ask: Callable[[QWidget, UnsignedDrafts], bool] = ask_open_drafts,
) -> list[QuickNoteWindow]:
    """Ask on the day's first start, or when there are more drafts than last time; on yes open
    the newest notes, each in its own quick-note window."""
    try:
        drafts = window.service.unsigned_drafts()
        grew = drafts.count > window.profile.drafts_offered
        remember_count(window, drafts.count)
    except CaseappError as exc:
        log.warning("drafts could not be read or counted: %s", exc.__class__.__name__)
        return []
    first_today = QSettings().value(ASKED_KEY, "") != today.isoformat()
    if not drafts.notes or not (grew or first_today) or window.is_locked():
        return []
    QSettings().setValue(ASKED_KEY, today.isoformat())
    if not ask(window, drafts):
        return []
    opened: list[QuickNoteWindow] = []
    for draft in drafts.notes[:MAX_WINDOWS]:
        quick = open_quick_note(window, draft=draft)
        if quick is not None:
            quick.move(quick.pos() + QPoint(24 * len(opened), 24 * len(opened)))
            opened.append(quick)
    if len(drafts.notes) > MAX_WINDOWS:
        window.show_page(sidebar.TODAY)
    return opened


def remember_count(window: MainWindow, count: int) -> None:
    """The count in the profile, so the next start asks only if it grew (or fell and grew)."""
    if window.profile.drafts_offered != count:
        window.profile = dataclasses.replace(window.profile, drafts_offered=count)
        window.service.save_profile(window.profile)
