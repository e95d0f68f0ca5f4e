"""Writing one diary note: kind, when, text, the sub-goals it is about, the appointment it
belongs to. Used in the Dagbog tab and in the quick-note window.

Never lose a word: the draft is stored (ui.note_autosave) at most AUTOSAVE_MS after the first
change, when the text loses focus and when the editor is hidden or closed. Records stay records:
Ctrl+Enter signs, after which the note is read-only; "Ret" starts a correction
(service.diary.correct_note) that points to the signed note. The writing help (hints, marked judging
words, the four questions) lives in ui.note_writing_help and ui.note_questions_button.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QHideEvent, QTextCursor
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from caseapp.domain.enums import NoteKind, RecordState
from caseapp.domain.models import DiaryNote
from caseapp.domain.validation import clean_text
from caseapp.errors import CaseappError
from caseapp.service import CaseService
from ui.common import messages
from ui.common.announce import announce
from ui.common.formatting import fmt_datetime
from ui.diary import note_editor_fields as fields
from ui.diary.note_appointment_box import NoteAppointmentBox
from ui.diary.note_autosave import NoteAutosave, StoredDraft
from ui.diary.note_choices import goal_choices
from ui.diary.note_drafts import blank_note, correction_of, moved_to
from ui.diary.note_editor_layout import add_editor_shortcuts, lay_out_note_editor, set_tab_order
from ui.diary.note_goal_checks import NoteGoalChecks
from ui.diary.note_hints_view import NoteHintsView
from ui.diary.note_length_label import NoteLengthLabel
from ui.diary.note_questions_button import NoteQuestionsButton
from ui.diary.note_text_checks import text_problem
from ui.diary.note_writing_help import NoteWritingHelp
from ui.diary.sign_question import ask_sign

log = logging.getLogger(__name__)



class NoteEditor(QWidget):
    note_saved = Signal(int)  # stored by hand, or created by the first autosave
    draft_autosaved = Signal(int)
    note_signed = Signal(int)
    draft_discarded = Signal(int)
    correction_requested = Signal(int)  # "Ret" on a note just signed here
    editor_closed = Signal()

    def __init__(self, service: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.now: Callable[[], dt.datetime] = dt.datetime.now  # replaceable in tests
        self.confirm_discard: Callable[[], bool] = self._ask_discard
        self.confirm_sign: Callable[[], bool] = lambda: ask_sign(self)
        self._citizen_id: int | None = None
        self._signed_note: DiaryNote | None = None
        self._author = ""
        self._loading = False
        self._build()
        self._connect()
        self._lay_out()
        self._set_read_only(False)
        self._update_buttons()

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Nyt notat"))
        self.heading.setObjectName("cardTitle")
        self.kind = fields.note_kind_box()
        self.occurred = fields.note_time_edit()
        self.appointment = NoteAppointmentBox()
        self.goals = NoteGoalChecks()
        self.text = fields.note_text_edit(self.tr(
            "Hvad så eller hørte du? Beskriv observationen – fx »Hans svarede ikke på Pias "
            "henvendelser«."))
        self.text.setAccessibleName(self.tr("Notatets tekst"))
        self.hints = NoteHintsView()
        self.writing_help = NoteWritingHelp(self.text, self.goals, self.hints, self)
        self.count_label = NoteLengthLabel()
        self.questions_button = NoteQuestionsButton()
        self.questions_label = self.questions_button.label
        self.discard_button = fields.button(self.tr("Kassér"), self.tr("Kassér kladden (teksten slettes)"))
        self.close_button = fields.button(self.tr("Luk"))
        self.save_button = fields.button(self.tr("Gem kladde"),
                                  self.tr("Gem (Ctrl+S). Kladden gemmes også af sig selv."))
        self.sign_button = fields.button(self.tr("Underskriv"), self.tr(
            "Underskriv (Ctrl+Enter). Et underskrevet notat kan ikke ændres, kun rettes."),
            object_name="primaryButton")
        self.correct_button = fields.button(self.tr("Ret"), self.tr(
            "Skriv en rettelse. Det oprindelige notat bevares uændret."))
        self.status = fields.note_status_bar()
        self._autosave = NoteAutosave(self._service, self.text, self)
        self.autosave_timer = self._autosave.timer

    def _connect(self) -> None:
        self.text.textChanged.connect(self._changed)
        self.kind.currentIndexChanged.connect(self._changed)
        self.occurred.dateTimeChanged.connect(self._changed)
        self.appointment.currentIndexChanged.connect(self._appointment_chosen)
        self.goals.goals_changed.connect(self._changed)
        self.autosave_timer.timeout.connect(self.autosave)
        self._autosave.flush_due.connect(self.flush)
        self.save_button.clicked.connect(self.save)
        self.sign_button.clicked.connect(self.sign)
        self.discard_button.clicked.connect(self.discard)
        self.close_button.clicked.connect(self.close_editor)
        self.correct_button.clicked.connect(self._correct_signed)
        add_editor_shortcuts(self, sign=self.sign, save=self.save)

    def _lay_out(self) -> None:
        lay_out_note_editor(
            self, [self.heading, self.count_label, self.discard_button, self.questions_button],
            [(self.tr("Type"), self.kind), (self.tr("Tidspunkt"), self.occurred),
             (self.tr("Aftale"), self.appointment), (self.tr("Delmål"), self.goals)],
            self.text, self.hints,
            [self.close_button, self.correct_button, self.save_button, self.sign_button],
            self.status)

    # -- what the editor holds -------------------------------------------------------------

    @property
    def note_id(self) -> int | None:
        return self._autosave.note_id

    @property
    def citizen_id(self) -> int | None:
        return self._citizen_id

    @property
    def corrects_id(self) -> int | None:
        return self._autosave.corrects_id

    def is_read_only(self) -> bool:
        return self.text.isReadOnly()

    def is_dirty(self) -> bool:
        return self._autosave.is_dirty()

    def has_text(self) -> bool:
        return bool(clean_text(self.text.toPlainText()).strip())

    def current_draft(self) -> DiaryNote:
        moment = self.occurred.dateTime().toPython().replace(second=0, microsecond=0)
        return DiaryNote(
            citizen_id=self._citizen_id or 0,
            kind=NoteKind(self.kind.currentData()),
            occurred_at=moment,
            text=self.text.toPlainText(),
            author=self._author,
            goal_ids=self.goals.checked_ids(),
            appointment_id=self.appointment.currentData(),
            corrects_id=self.corrects_id,
            id=self.note_id,
            occurrence_date=self.appointment.chosen_occurrence_date(),
        )

    # -- opening ---------------------------------------------------------------------------

    def new_note(self, citizen_id: int, appointment_id: int | None = None,
                 occurrence_date: dt.date | None = None) -> None:
        """An empty note for the citizen, now (or at the appointment, when given; for a series,
        at its occurrence on occurrence_date)."""
        self.flush()
        note = blank_note(self._service, citizen_id, appointment_id, occurrence_date, self.now())
        self._open(note, self.tr("Nyt notat"))

    def open_note(self, note: DiaryNote) -> None:
        """A draft to go on writing, or a signed note to read (read-only)."""
        self.flush()
        if note.state == RecordState.SIGNED:
            self._open(note, "")
            self._show_signed(note)
            return
        title = self.tr("Rettelse (kladde)") if note.corrects_id else self.tr("Kladde")
        self._open(note, title)

    def correct(self, original: DiaryNote) -> None:
        """Start a correction of a signed note; stored as a new draft once something changes."""
        self.flush()
        if original.state != RecordState.SIGNED or original.id is None:
            self.status.showMessage(self.tr("Kun underskrevne notater rettes; en kladde "
                                            "redigeres direkte."))
            return
        self._open(correction_of(original), self.tr("Rettelse af notat fra {when}").format(
            when=fmt_datetime(original.occurred_at)))
        self.status.showMessage(self.tr(
            "Rettelsen gemmes som en ny version; det oprindelige notat bevares."
        ))

    def change_citizen(self, citizen_id: int) -> None:
        """Move the note being written to another citizen (the quick-note picker). The text
        stays; the sub-goals and the appointment, which were the other citizen's, are cleared."""
        if citizen_id == self._citizen_id or self.is_read_only():
            return
        self._open(moved_to(self.current_draft(), citizen_id), self.heading.text(), keep_id=True)
        if self.has_text():
            self._changed()

    def _open(self, note: DiaryNote, title: str, keep_id: bool = False) -> None:
        self._loading = True
        try:
            self._citizen_id = note.citizen_id
            self._autosave.track(self.note_id if keep_id else note.id, note.corrects_id)
            self._signed_note = None
            self._author = note.author or self._service.profile().name
            self.heading.setText(title)
            self.kind.setCurrentIndex(max(0, self.kind.findData(note.kind.value)))
            self.occurred.setDateTime(QDateTime(note.occurred_at))
            self._fill_goals(note)
            # a note linked to a series without a date: the occurrence on the note's own day
            self._fill_appointments(note.appointment_id,
                                    note.occurrence_date or note.occurred_at.date())
            self.text.setPlainText(note.text)
            self.text.moveCursor(QTextCursor.MoveOperation.End)
            self._set_read_only(False)
            self.status.clearMessage()
        finally:
            self._loading = False
        self.update_hints()
        self._update_buttons()

    def _fill_goals(self, note: DiaryNote) -> None:
        goals = self._service.plans.goals(note.citizen_id, include_archived=True)
        self.goals.set_goals(goal_choices(goals, note.goal_ids), note.goal_ids)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab follows the reading order, also past sub-goal boxes made after the buttons."""
        set_tab_order([self.discard_button, self.questions_button, self.kind, self.occurred,
                       self.appointment, *self.goals.boxes.values(), self.text, self.close_button,
                       self.correct_button, self.save_button, self.sign_button])

    def _fill_appointments(self, selected: int | None, day: dt.date | None = None) -> None:
        """The appointments a note may be about; an occurrence of a series carries its date."""
        appointments = self._service.calendar.citizen_appointments(self._citizen_id or 0)
        self.appointment.fill(appointments, selected, day, self.now())

    # -- changes and autosave --------------------------------------------------------------

    def _appointment_chosen(self) -> None:
        self._changed()

    def _changed(self) -> None:
        if self._loading or self.is_read_only():
            return
        self._autosave.changed()
        self.writing_help.schedule()
        self._update_buttons()

    def autosave(self) -> None:
        """The timer's slot: store what is typed so far, quietly."""
        if self.is_dirty():
            self._store(explicit=False)

    def flush(self) -> bool:
        """Store pending changes now (focus lost, hidden, closed, another note opened)."""
        self.autosave_timer.stop()
        if not self.is_dirty() or self.is_read_only():
            return True
        return self._store(explicit=False)

    def save(self) -> bool:
        if self.is_read_only() or self._citizen_id is None:
            return False
        return self._store(explicit=True)

    def _store(self, explicit: bool) -> bool:
        self.autosave_timer.stop()
        draft = self.current_draft()
        cleaned = clean_text(draft.text).strip()
        problem = text_problem(cleaned)
        if problem is not None:  # an empty text is not stored, said only when asked to store
            if explicit or cleaned:
                self._report(problem)
            return not explicit and not cleaned
        try:
            stored = self._autosave.store(draft)
        except Exception as exc:  # noqa: BLE001 - told to the user, the text stays here
            self._report(messages.error_text(exc))
            return False
        if stored is None:
            return not explicit
        self._stored(stored, explicit)
        return True

    def _stored(self, stored: StoredDraft, explicit: bool) -> None:
        moment = self.now().strftime("%H.%M.%S")
        self._report(self.tr("Kladden er gemt kl. {time}.").format(time=moment), aloud=explicit)
        if self.heading.text() == self.tr("Nyt notat"):
            self.heading.setText(self.tr("Kladde"))
        self._update_buttons()
        if explicit or stored.created:
            self.note_saved.emit(stored.note_id)
        else:
            self.draft_autosaved.emit(stored.note_id)

    # -- signing, discarding, closing ------------------------------------------------------

    def sign(self) -> bool:
        """Ctrl+Enter: store and sign. There is no undo; a mistake is put right with "Ret"."""
        if self.is_read_only() or self._citizen_id is None:
            return False
        if not self._store(explicit=True) or self.note_id is None:
            return False
        if not self.confirm_sign():  # there is no undo: the draft stays a draft
            return False
        note_id = self.note_id
        try:
            self._service.diary.sign_note(note_id, at=self.now())
            note = self._service.diary.note(note_id)
        except CaseappError as exc:
            self._report(exc.message)
            return False
        self._show_signed(note)
        self._report(self.tr(
            "Notatet er underskrevet kl. {time}. Det kan ikke fortrydes; ret det med »Ret«."
        ).format(time=self.now().strftime("%H.%M")))
        self.note_signed.emit(note_id)
        return True

    def discard(self) -> None:
        if self.is_read_only():
            return
        if self.has_text() and not self.confirm_discard():
            return
        self.autosave_timer.stop()
        note_id = self.note_id
        if note_id is not None:
            try:
                self._service.diary.delete_draft(note_id)
            except CaseappError as exc:
                self._report(exc.message)
                return
        self._autosave.track(None, self.corrects_id)
        self._loading = True
        self.text.clear()
        self._loading = False
        self.status.showMessage(self.tr("Kladden er kasseret."))
        if note_id is not None:
            self.draft_discarded.emit(note_id)
        self.editor_closed.emit()

    def close_editor(self) -> None:
        self.flush()
        self.editor_closed.emit()

    def _correct_signed(self) -> None:
        if self._signed_note is not None and self._signed_note.id is not None:
            self.correction_requested.emit(self._signed_note.id)

    def _ask_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Kassér kladde"),
            self.tr("Vil du kassere kladden? Teksten slettes."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # -- read-only -------------------------------------------------------------------------

    def _show_signed(self, note: DiaryNote) -> None:
        self._loading = True
        self.text.setPlainText(note.text)
        self._loading = False
        self._signed_note = note
        self._autosave.track(note.id, self.corrects_id)
        self.heading.setText(self.tr("Underskrevet {when}").format(
            when=fmt_datetime(note.signed_at)))
        self._set_read_only(True)
        self.writing_help.clear()
        self._update_buttons()

    def _set_read_only(self, on: bool) -> None:
        self.text.setReadOnly(on)
        for widget in (self.kind, self.occurred, self.appointment, self.goals):
            widget.setEnabled(not on)
        self.correct_button.setVisible(on)
        for shown in (self.save_button, self.sign_button, self.discard_button):
            shown.setVisible(not on)

    def _update_buttons(self) -> None:
        can_write = not self.is_read_only() and self._citizen_id is not None
        has_text = self.has_text()
        self.save_button.setEnabled(can_write and has_text and (self.is_dirty() or self.note_id is None))
        self.sign_button.setEnabled(can_write and has_text)
        self.discard_button.setEnabled(can_write and (has_text or self.note_id is not None))
        self.count_label.show_length(self.text.toPlainText())

    def _report(self, message: str, aloud: bool = True) -> None:
        """In the status bar, and to a screen reader (aloud unless it is a quiet autosave)."""
        self.status.showMessage(message)
        announce(self.status, message, aloud)

    # -- writing help ----------------------------------------------------------------------

    def update_hints(self) -> None:
        self.writing_help.refresh()

    def marked_words(self) -> list[str]:
        return self.writing_help.marked_words()

    # -- events ----------------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)
