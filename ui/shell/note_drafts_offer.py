"""At start-up, drafts left behind (a crash, a closed window) are offered back:
"Du har N kladder, der ikke er underskrevet ..." -> open them in quick-note windows."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.domain.models import DiaryNote
from caseapp.errors import CaseappError
from ui.common.formatting import tr
from ui.diary.quick_note_window import QuickNoteWindow
from ui.shell import sidebar
from ui.shell.quick_note import open_quick_note

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

MAX_WINDOWS = 5


def ask_open_drafts(parent: QWidget, drafts: list[DiaryNote]) -> bool:
    count = len(drafts)
    if count == 1:
        text = tr("Du har 1 kladde, der ikke er underskrevet. Vil du åbne den?")
    else:
        text = tr("Du har {count} kladder, der ikke er underskrevet. Vil du åbne dem?").format(
            count=count)
    if count > MAX_WINDOWS:
        text += " " + tr("De {shown} nyeste åbnes; alle står under Kladder på I dag.").format(
            shown=MAX_WINDOWS)
    answer = QMessageBox.question(
        parent, tr("Kladder"), text,
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Open,
    )
    return answer == QMessageBox.StandardButton.Open


def offer_pending_drafts(
    window: MainWindow,
    ask: Callable[[QWidget, list[DiaryNote]], bool] = ask_open_drafts,
) -> list[QuickNoteWindow]:
    """Ask once; on yes open the newest drafts, each in its own quick-note window."""
    try:
        drafts = window.service.pending_drafts()
    except CaseappError as exc:
        log.warning("pending drafts could not be read: %s", exc.__class__.__name__)
        return []
    if not drafts or window.is_locked() or not ask(window, drafts):
        return []
    opened: list[QuickNoteWindow] = []
    for draft in drafts[:MAX_WINDOWS]:
        quick = open_quick_note(window, draft=draft)
        if quick is not None:
            quick.move(quick.pos() + QPoint(24 * len(opened), 24 * len(opened)))
            opened.append(quick)
    if len(drafts) > MAX_WINDOWS:
        window.show_page(sidebar.TODAY)
    return opened
