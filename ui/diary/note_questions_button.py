"""The "?" beside a note: one click shows the four questions to ask before writing any
documentation (caseapp.domain.note_writing.FOUR_QUESTIONS) in a small popup."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QLabel, QMenu, QToolButton, QWidget, QWidgetAction

from caseapp.domain.note_writing import (
    FOUR_QUESTIONS,
    FOUR_QUESTIONS_ENGLISH,
    FOUR_QUESTIONS_SOURCE,
    FOUR_QUESTIONS_SOURCE_ENGLISH,
)
from ui.common.formatting import display_language

log = logging.getLogger(__name__)


class NoteQuestionsButton(QToolButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText("?")
        self.setObjectName("toolButton")
        self.setToolTip(self.tr("De fire spørgsmål til al dokumentation"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.label = QLabel(self._questions_html())
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(340)
        self.label.setContentsMargins(12, 10, 12, 10)
        popup = QMenu(self)
        action = QWidgetAction(popup)
        action.setDefaultWidget(self.label)
        popup.addAction(action)
        self.setMenu(popup)

    def _questions_html(self) -> str:
        english = display_language() == "en"
        items = "".join(f"<li>{FOUR_QUESTIONS_ENGLISH[key] if english else question}</li>"
                        for key, question in FOUR_QUESTIONS)
        source = FOUR_QUESTIONS_SOURCE_ENGLISH if english else FOUR_QUESTIONS_SOURCE
        return (
            "<b>" + self.tr("Før du skriver") + "</b>"
            + f"<ol style='margin-left:0'>{items}</ol>"
            + "<p style='color:#5f6b7a'><i>" + source + "</i><br>"
            + self.tr("Kvalitet og dokumentation, Social Udvikling") + "</p>"
        )
