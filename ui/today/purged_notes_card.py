"""I dag's "Ikke ført – borger slettet": signed notes written here about a citizen the team
purged before they were filed in the fagsystem. The user reads or copies a note's text into
the fagsystem and then marks it filed, which removes it from this computer for good (the
card asks first: the text cannot be brought back). Shown only while there is one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.models import PurgedNote
from ui.common.formatting import first_line, fmt_date

NOTE_ROLE = Qt.ItemDataRole.UserRole + 20


class PurgedNotesCard(QFrame):
    filed = Signal(int)  # the kept note the user has filed in the fagsystem, to remove here

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._notes: dict[int, PurgedNote] = {}
        self.title = QLabel(self.tr("Ikke ført – borger slettet"))
        self.title.setObjectName("cardTitle")
        self.explanation = QLabel(self.tr(
            "Borgeren er slettet i teamet, før disse underskrevne notater herfra var ført i "
            "fagsystemet. Før notatet i fagsystemet, og markér det så som ført: så slettes det her."))
        self.explanation.setWordWrap(True)
        self.items = QListWidget()
        self.items.setObjectName("cardList")
        self.items.setAccessibleName(self.tr("Ikke førte notater om slettede borgere"))
        self.items.setWordWrap(True)
        self.items.setResizeMode(QListView.ResizeMode.Adjust)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.currentItemChanged.connect(lambda *_: self._show_current())
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Notatets tekst"))
        self.copy_button = QPushButton(self.tr("&Kopiér teksten"))
        self.copy_button.setAccessibleName(self.tr("Kopiér notatets tekst til udklipsholderen"))
        self.copy_button.clicked.connect(self._copy)
        self.filed_button = QPushButton(self.tr("&Markér som ført…"))
        self.filed_button.setAccessibleName(self.tr("Markér notatet som ført i fagsystemet og slet det her"))
        self.filed_button.clicked.connect(self._mark_filed)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.filed_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        row = QHBoxLayout()
        row.addWidget(self.items, 1)
        row.addWidget(self.text, 2)
        layout.addLayout(row, 1)
        layout.addLayout(buttons)
        self.hide()

    def set_notes(self, notes: Sequence[PurgedNote]) -> None:
        keep = self.current_note_id()
        self._notes = {n.id: n for n in notes}
        self.items.clear()
        self.title.setText(self.tr("Ikke ført – borger slettet ({count})").format(count=len(notes)))
        for note in notes:
            item = QListWidgetItem(self.tr("{case} · underskrevet {date}: {text}").format(
                case=note.case_ref, date=fmt_date(note.signed_at), text=first_line(note.text, 50)))
            item.setData(NOTE_ROLE, note.id)
            self.items.addItem(item)
            if note.id == keep:
                self.items.setCurrentItem(item)
        if self.items.currentItem() is None and self.items.count():
            self.items.setCurrentRow(0)
        self._show_current()
        self.setVisible(bool(notes))

    def texts(self) -> list[str]:
        return [self.items.item(i).text() for i in range(self.items.count())]

    def current_note_id(self) -> int | None:
        item = self.items.currentItem()
        return int(item.data(NOTE_ROLE)) if item is not None else None

    def _show_current(self) -> None:
        note = self._notes.get(self.current_note_id() or -1)
        self.text.setPlainText(note.text if note else "")
        self.copy_button.setEnabled(note is not None)
        self.filed_button.setEnabled(note is not None)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())

    def _mark_filed(self) -> None:
        note_id = self.current_note_id()
        if note_id is not None and self.confirm_filed():
            self.filed.emit(note_id)

    def confirm_filed(self) -> bool:
        """The one question before the text goes; Enter and Escape leave it where it is."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Ført i fagsystemet"), self.tr(
            "Er notatet ført i fagsystemet? Det slettes nu for altid fra denne computer."), parent=self)
        yes = box.addButton(self.tr("Ja, det er ført"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Annullér"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is yes
