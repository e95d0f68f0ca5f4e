"""Writing help for a note being written: gentle hints under the text (NoteHintsView) and the
judging words marked in the text itself, refreshed HINT_DELAY_MS after the typing pauses.

The help never blocks anything; the rules live in caseapp.domain.note_writing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from caseapp.domain.hints import prepare
from caseapp.domain.note_writing import NOTE_RULES, note_hints
from ui.common.notes_text import to_utf16
from ui.diary.note_goal_checks import NoteGoalChecks
from ui.diary.note_hints_view import NoteHintsView

log = logging.getLogger(__name__)

HINT_DELAY_MS = 300
MARK_BACKGROUND = "#fff1c2"
MARK_UNDERLINE = "#b7791f"

_MARKED_RULES = tuple(rule for rule in NOTE_RULES if rule.patterns)


class NoteWritingHelp(QObject):
    """Keeps the hints view and the marks in the text in step with what is written."""

    def __init__(self, text: QPlainTextEdit, goals: NoteGoalChecks, hints: NoteHintsView,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self._goals = goals
        self._hints = hints
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(HINT_DELAY_MS)
        self.timer.timeout.connect(self.refresh)

    def schedule(self) -> None:
        """Refresh once the typing pauses (each key pushes it HINT_DELAY_MS further)."""
        self.timer.start()

    def refresh(self) -> None:
        if self._text.isReadOnly():
            return
        text = self._text.toPlainText()
        linked = len(self._goals.checked_ids())
        self._hints.set_hints(note_hints(text, linked_subgoals=linked))
        self._text.setExtraSelections(judging_marks(self._text, text))

    def clear(self) -> None:
        """No help for a signed note: it is a record, not a text being written."""
        self.timer.stop()
        self._hints.set_hints([])
        self._text.setExtraSelections([])

    def marked_words(self) -> list[str]:
        return [mark.cursor.selectedText() for mark in self._text.extraSelections()]


def judging_marks(edit: QPlainTextEdit, text: str) -> list[QTextEdit.ExtraSelection]:
    """A dotted, lightly shaded mark on every judging word or phrase in the text."""
    body, spans_ok = prepare(text)
    if not spans_ok or not body:
        return []
    spans = [span for rule in _MARKED_RULES for span in rule.spans(body)]
    fmt = _mark_format()
    marks: list[QTextEdit.ExtraSelection] = []
    for start, end in to_utf16(text, spans):
        mark = QTextEdit.ExtraSelection()
        cursor = QTextCursor(edit.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        mark.cursor = cursor  # type: ignore[attr-defined]
        mark.format = fmt  # type: ignore[attr-defined]
        marks.append(mark)
    return marks


def _mark_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(MARK_BACKGROUND))
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(QColor(MARK_UNDERLINE))
    return fmt
