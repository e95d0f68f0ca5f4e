"""Gentle writing hints under the note text: one quiet line per hint, the reason as tooltip.

Hints never block anything; they come from caseapp.domain.note_writing.note_hints.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from caseapp.domain.hints import Hint
from ui.common.formatting import display_language


class NoteHintsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hints: list[Hint] = []
        self._labels: list[QLabel] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(2, 0, 2, 0)
        self._layout.setSpacing(2)
        self.hide()

    def set_hints(self, hints: Sequence[Hint]) -> None:
        if [h.code for h in hints] == [h.code for h in self._hints]:
            self._hints = list(hints)
            return
        self._hints = list(hints)
        for label in self._labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self._labels = []
        for hint in hints:
            message, reason = hint.in_language(display_language())
            label = QLabel("› " + message)
            label.setObjectName("hint")
            label.setWordWrap(True)
            label.setToolTip(self.tr("Hvorfor: {reason}").format(reason=reason))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            label.setProperty("hintCode", hint.code)
            self._layout.addWidget(label)
            self._labels.append(label)
        self.setVisible(bool(hints))

    def hints(self) -> list[Hint]:
        return list(self._hints)

    def codes(self) -> list[str]:
        return [h.code for h in self._hints]

    def labels(self) -> list[QLabel]:
        return list(self._labels)
