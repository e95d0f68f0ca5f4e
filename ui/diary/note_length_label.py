"""The note editor's length line: the word count, or, near the limit, the characters used of
the most a note may hold (marked as an alert once over it)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from caseapp.domain.validation import MAX_TEXT

LONG_TEXT_WARNING = 90_000


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


class NoteLengthLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hint")

    def show_length(self, text: str) -> None:
        length = len(text)
        words = len(text.split())
        if length > LONG_TEXT_WARNING:
            self.setText(self.tr("{chars} af højst {limit} tegn").format(
                chars=_thousands(length), limit=_thousands(MAX_TEXT)))
        else:
            self.setText(self.tr("%n ord", "", words) if words else "")
        self.setProperty("alert", length > MAX_TEXT)
        self.style().unpolish(self)
        self.style().polish(self)
