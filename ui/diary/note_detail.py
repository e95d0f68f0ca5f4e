"""One note, read-only, beside the Dagbog list: heading, sub-goals, the text with the search
words highlighted, and the history of versions (original and corrections)."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from caseapp.domain.enums import RecordState
from caseapp.domain.models import DiaryNote, Goal
from caseapp.notes import highlight_spans
from ui.common.formatting import enum_label, fmt_date, fmt_datetime
from ui.common.notes_text import HIGHLIGHT, goal_names, note_title
from ui.common.text_size import scaled_points


class NoteDetail(QWidget):
    correction_requested = Signal(int)
    draft_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note: DiaryNote | None = None
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Det valgte notat"))
        self.state_label = QLabel()
        self.state_label.setObjectName("hint")
        self.state_label.setWordWrap(True)  # wraps, rather than pushing the list aside at enlarged text
        self.correct_button = QPushButton(self.tr("Ret"))
        self.correct_button.setToolTip(self.tr(
            "Skriv en rettelse. Det underskrevne notat bevares uændret, og begge ses i historikken."
        ))
        self.continue_button = QPushButton(self.tr("Skriv videre"))
        self.continue_button.setObjectName("primaryButton")
        self.correct_button.clicked.connect(self._correct)
        self.continue_button.clicked.connect(self._continue)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.show_nothing()

    def show_nothing(self, text: str = "") -> None:
        self.note = None
        self.browser.clear()
        if text:
            self.browser.setHtml(f"<p style='color:#5f6b7a'>{html.escape(text)}</p>")
        self.state_label.clear()
        self.correct_button.hide()
        self.continue_button.hide()

    def show_html(self, body: str) -> None:
        """Something that is not a note (an appointment or a rating on the timeline)."""
        self.show_nothing()
        self.browser.setHtml(body)

    def show_note(
        self,
        note: DiaryNote,
        goals: Mapping[int, Goal],
        query: str = "",
        history: Sequence[DiaryNote] = (),
    ) -> None:
        self.note = note
        signed = note.state == RecordState.SIGNED
        self.correct_button.setVisible(signed)
        self.continue_button.setVisible(not signed)
        if signed:
            self.state_label.setText(self.tr("Underskrevet – kan ikke ændres, kun rettes."))
        else:
            self.state_label.setText(self.tr("Kladde – ikke underskrevet endnu."))
        self.browser.clear()
        cursor = QTextCursor(self.browser.document())
        cursor.insertHtml(self._head_html(note, goals))
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        self.body_start = cursor.position()
        cursor.insertText(note.text, QTextCharFormat())
        self._highlight(note.text, query)
        if len(history) > 1:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            cursor.insertHtml(self._history_html(note, history))
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)

    def _highlight(self, text: str, query: str) -> None:
        if not query:
            return
        mark = QTextCharFormat()
        mark.setBackground(QColor(HIGHLIGHT))
        document = self.browser.document()
        for start, end in highlight_spans(text, query, utf16=True):
            cursor = QTextCursor(document)
            cursor.setPosition(self.body_start + start)
            cursor.setPosition(self.body_start + end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(mark)

    def highlighted_words(self) -> list[str]:
        """The highlighted stretches of the shown text (for tests)."""
        words: list[str] = []
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().background().color() == QColor(HIGHLIGHT):
                    words.append(fragment.text())
                it += 1
            block = block.next()
        return words

    def _head_html(self, note: DiaryNote, goals: Mapping[int, Goal]) -> str:
        meta = [enum_label(note.state)]
        if note.signed_at:
            meta[0] = self.tr("Underskrevet {when}").format(when=fmt_datetime(note.signed_at))
        if note.author:
            meta.append(self.tr("skrevet af {name}").format(name=note.author))
        if note.entered_official_on:
            meta.append(self.tr("ført i fagsystem {date}").format(
                date=fmt_date(note.entered_official_on)))
        elif note.state == RecordState.SIGNED:
            meta.append(self.tr("ikke ført i fagsystem"))
        names = goal_names(note, goals)
        goal_html = (
            "".join(f"<div>◦ {html.escape(n)}</div>" for n in names)
            if names else
            "<div style='color:#b3261e'>" + html.escape(self.tr("Ikke knyttet til et delmål"))
            + "</div>"
        )
        return (
            f"<div style='{scaled_points('font-size:12pt')}; font-weight:600'>{html.escape(note_title(note))}</div>"
            f"<div style='color:#5f6b7a'>{html.escape(' · '.join(meta))}</div>"
            f"<div style='margin-top:6px; color:#2f5d8a'>{goal_html}</div><p></p>"
        )

    def _history_html(self, shown: DiaryNote, history: Sequence[DiaryNote]) -> str:
        rows = ["<hr><div style='font-weight:600; color:#2f5d8a'>"
                + html.escape(self.tr("Historik (%n version(er))", "", len(history)))
                + "</div>"]
        for number, version in enumerate(history):
            label = self.tr("Oprindeligt notat") if number == 0 else \
                self.tr("Rettelse {n}").format(n=number)
            state = (self.tr("underskrevet {when}").format(when=fmt_datetime(version.signed_at))
                     if version.state == RecordState.SIGNED else self.tr("kladde"))
            here = self.tr(" (vist ovenfor)") if version.id == shown.id else ""
            text = html.escape(version.text).replace("\n", "<br>")
            rows.append(
                f"<div style='margin-top:8px'><b>{html.escape(label)}</b>"
                f" <span style='color:#5f6b7a'>· {html.escape(state)}{html.escape(here)}</span></div>"
                f"<div style='color:#3e4a57; margin-left:10px'>{text}</div>"
            )
        return "".join(rows)

    def _correct(self) -> None:
        if self.note is not None and self.note.id is not None:
            self.correction_requested.emit(self.note.id)

    def _continue(self) -> None:
        if self.note is not None and self.note.id is not None:
            self.draft_opened.emit(self.note.id)
