"""Status: the citizen's status descriptions on the left, the chosen one in the editor on the
right. "Ny statusbeskrivelse" drafts one for the period since the last, pre-filled from the plan
and the monthly summaries; a draft is saved (Ctrl+S) and made final; a final one is locked, and
"Lav en ny" starts a new draft from it. "Vis udskrift" previews the PDF before saving or printing.

Slow work (the pre-fill, saving, building the PDF) runs on the worker; a stored record is shown
directly when the tab is visible. The dialogs are attributes, so tests can replace them."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from caseapp.domain.enums import AccessAction
from caseapp.domain.models import StatusDescription
from caseapp.reports.files import status_file_name
from caseapp.reports.status_data import StatusReportData
from caseapp.service import CaseService
from caseapp.statuses import StatusOutline
from ui.common import messages
from ui.common.closed_banner import ClosedBanner
from ui.common.formatting import fmt_date, fmt_time
from ui.common.pdf_preview_dialog import PdfPreviewDialog
from ui.common.status_label import StatusLabel
from ui.common.views import fit_columns, make_table
from ui.status.status_editor import StatusEditor
from ui.status.status_list_model import status_list_model
from ui.status.status_outlines import build_preview, refilled_outline
from ui.status.status_tab_layout import lay_out_status_tab, status_banner
from ui.status.status_work import StatusWork

log = logging.getLogger(__name__)

REFILL_DELAY_MS = 600

class StatusTab(QWidget):
    status_saved = Signal(int)
    status_finalised = Signal(int)
    preview_opened = Signal(object)  # the PdfPreviewDialog

    def __init__(self, service: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._citizen_id: int | None = None
        self._stale = False  # the selected record is not yet in the editor
        self._guard = False  # selection changed by the tab itself
        self._shown_id: int | None = None
        self._closed = False  # a closed case: descriptions are read, never written (set_closed)
        # replaceable in tests
        self.today: Callable[[], dt.date] = dt.date.today
        self.confirm_finalise: Callable[[StatusDescription], bool] = self._ask_finalise
        self.confirm_discard: Callable[[], bool] = self._ask_discard
        self.preview_dialog = PdfPreviewDialog
        self.show_error = messages.show_error
        self.last_preview: PdfPreviewDialog | None = None
        self.preview_ms = 0.0

        self.model = status_list_model(self)
        self.table = make_table(self.model)
        self.table.setAccessibleName(self.tr("Statusbeskrivelser"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.new_button = QPushButton(self.tr("Ny statusbeskrivelse"))
        self.new_button.setToolTip(self.tr("En kladde for perioden siden den sidste, udfyldt ud "
                                           "fra planen og de månedlige opsamlinger"))
        self.new_button.clicked.connect(self.new_draft)
        self.list_hint = QLabel()
        self.list_hint.setObjectName("hint")
        self.list_hint.setWordWrap(True)

        self.editor = StatusEditor()
        self.editor.today = lambda: self.today()
        self.editor.edited.connect(self._update)
        self.editor.valid_changed.connect(lambda _valid: self._update())
        self.editor.period_changed.connect(self._period_changed)
        self._refill_timer = QTimer(self)
        self._refill_timer.setSingleShot(True)
        self._refill_timer.setInterval(REFILL_DELAY_MS)
        self._refill_timer.timeout.connect(self._refill)
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.remake_button = QPushButton(self.tr("Lav en ny"))
        self.remake_button.setToolTip(self.tr("En ny kladde med samme periode og tekst; den "
                                              "endelige forbliver, som den er"))
        self.remake_button.clicked.connect(self.remake)
        self.banner = status_banner()
        self.state_label = StatusLabel(self.tr("Statusbeskrivelsens tilstand"))
        self.state_label.setObjectName("hint")
        self._work = StatusWork(self._service, self, lambda: self._citizen_id, self.state_label,
                                self._update, lambda parent, exc: self.show_error(parent, exc))
        self.preview_button = QPushButton(self.tr("Vis udskrift …"))
        self.preview_button.clicked.connect(self.preview)
        self.finalise_button = QPushButton(self.tr("Gør endelig …"))
        self.finalise_button.clicked.connect(self.finalise)
        self.save_button = QPushButton(self.tr("Gem kladde"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(self.tr("Gem kladde (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self._lay_out()
        self._update()

    def _lay_out(self) -> None:
        lay_out_status_tab(self, [self.new_button, self.table, self.list_hint], self.banner,
                           [self.banner_label, self.remake_button], self.editor,
                           self.state_label,
                           [self.preview_button, self.finalise_button, self.save_button])
        self.closed_banner = ClosedBanner()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.closed_banner)

    def set_closed(self, closed: bool) -> None:
        """A closed case (the core refuses every change): the banner says so, the description
        shown is locked, and no new one, no saving, finalising or remaking; preview stays."""
        self._closed = closed
        self.closed_banner.set_closed(closed)
        if self.editor.has_record():
            self.editor.set_locked(closed or self._final_shown())
        self._update()

    def _final_shown(self) -> bool:
        outline = self.editor.outline
        return outline is not None and outline.data.finalised_on is not None

    @property
    def _busy(self) -> bool:
        return self._work.busy

    # -- the citizen -----------------------------------------------------------------------

    def show_citizen(self, citizen_id: int, statuses: list[StatusDescription]) -> None:
        """The citizen's status descriptions (newest first); the newest is shown in the editor."""
        self._citizen_id = citizen_id
        self._shown_id = None
        self.editor.clear(self.tr("Ingen statusbeskrivelser endnu.\n\nKlik på »Ny "
                                  "statusbeskrivelse« for at lave en kladde ud fra planen og de "
                                  "månedlige opsamlinger."))
        self._set_rows(statuses)
        if statuses:
            self._select_id(statuses[0].id, load=True)
        self.state_label.clear()
        self._update()

    def refresh(self, statuses: list[StatusDescription]) -> None:
        """The list as stored now, the same record still selected; the one in the editor is
        read again only when nothing typed in it is unsaved."""
        self._set_rows(statuses)
        self._select_id(self._shown_id, load=False)
        if (self._shown_id is not None and not self.editor.is_modified() and not self._busy
                and not self._shows_stored(self._shown_id)):
            said = self.state_label.text()  # "Kladden er gemt kl. …" stays true
            self._load_selected()
            self.state_label.setText(said)

    def _shows_stored(self, status_id: int) -> bool:
        """The editor already shows what is stored (its own save coming back): left as it is,
        cursor and all."""
        try:
            return self.editor.shows(self._service.statuses.status_description(status_id))
        except Exception:  # noqa: BLE001 - when in doubt, read it again
            return False

    def has_unsaved_changes(self) -> bool:
        return self.editor.is_modified()

    def _set_rows(self, statuses: list[StatusDescription]) -> None:
        self._guard = True
        try:
            self.model.set_rows(statuses)
            fit_columns(self.table)
        finally:
            self._guard = False
        self._show_due(bool(statuses))

    def _show_due(self, any_stored: bool) -> None:
        """When the next one is due (red when overdue), under the list."""
        due = None
        if self._citizen_id is not None:
            try:
                due = self._service.citizens.citizen_summary(self._citizen_id).next_status_due
            except Exception:  # noqa: BLE001 - the hint is a convenience, never an error
                log.warning("next status due could not be read")
        overdue = due is not None and due < self.today()
        if due is None:
            text = "" if any_stored else self.tr("Borgeren har ingen statusbeskrivelser endnu.")
        elif overdue:
            text = self.tr("Næste statusbeskrivelse skulle have været lavet senest {date}.")
        else:
            text = self.tr("Næste statusbeskrivelse skal laves senest {date}.")
        self.list_hint.setText(text.format(date=fmt_date(due)))
        self.list_hint.setProperty("alert", overdue)
        self.list_hint.style().unpolish(self.list_hint)
        self.list_hint.style().polish(self.list_hint)
        self.list_hint.setVisible(bool(text))

    def _select_id(self, status_id: int | None, load: bool) -> None:
        self._guard = not load
        try:
            self.table.clearSelection()
            for row, status in enumerate(self.model.rows()):
                if status.id == status_id:
                    self.table.selectRow(row)
                    break
        finally:
            self._guard = False

    def _selected(self) -> StatusDescription | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._guard:
            return
        chosen = self._selected()
        if chosen is None or chosen.id == self._shown_id:
            return
        if self.editor.is_modified() and not self.confirm_discard():
            self._select_id(self._shown_id, load=False)  # stay where we were
            return
        self._stale = True
        if self.isVisible():
            self._load_selected()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._load_selected()

    def _load_selected(self) -> None:
        """Show the selected stored record (fast: one citizen's period, read directly)."""
        self._stale = False
        chosen = self._selected()
        if chosen is None or chosen.id is None:
            return
        try:
            outline = self._service.statuses.stored_outline(chosen.id, self.today())
        except Exception as exc:  # noqa: BLE001 - one sentence to the user
            self.show_error(self, exc)
            return
        self._show(outline)
        self.state_label.clear()

    def _show(self, outline: StatusOutline) -> None:
        self._shown_id = outline.source.id
        self.editor.set_outline(outline)
        if self._closed:
            self.editor.set_locked(True)
        self._update()

    # -- actions ---------------------------------------------------------------------------

    def new_draft(self) -> None:
        citizen_id = self._citizen_id
        if citizen_id is None or self._busy or self._closed:
            return
        if self.editor.is_modified() and not self.confirm_discard():
            return
        today = self.today()

        def prefill(s: CaseService) -> StatusOutline:
            start, end = s.statuses.default_period(citizen_id, today)
            return s.statuses.new_outline(citizen_id, start, end, today)

        self._work.run(prefill, self._draft_ready, self.tr("Henter planen og opsamlingerne …"))

    def _period_changed(self) -> None:
        """A new draft nobody has written in yet follows its period: the summaries and
        ratings are fetched again for the dates chosen."""
        if self.editor.prefill_untouched() and self.editor.is_valid():
            self._refill_timer.start()
        else:
            self._refill_timer.stop()

    def _refill(self) -> None:
        citizen_id = self._citizen_id
        if citizen_id is None or self._busy or not self.editor.prefill_untouched():
            return
        status, today = self.editor.status(), self.today()
        if not self.editor.is_valid():
            return
        self._work.run(
            lambda s: s.statuses.new_outline(citizen_id, status.period_start, status.period_end, today),
            self._refilled, self.tr("Henter opsamlingerne for perioden …"),
        )

    def _refilled(self, outline: StatusOutline) -> None:
        if not self.editor.prefill_untouched():
            return  # someone started writing an evaluation meanwhile: keep theirs
        refilled = refilled_outline(outline, self.editor.status())
        if refilled is not None:  # else the period changed again; the timer brings the next
            self._draft_ready(refilled)

    def remake(self) -> None:
        status_id = self.editor.status_id
        if status_id is None or self._busy or self._closed:
            return
        today = self.today()
        self._work.run(lambda s: s.statuses.copy_outline(status_id, today), self._draft_ready,
                       self.tr("Laver en ny kladde …"))

    def _draft_ready(self, outline: StatusOutline) -> None:
        self._select_id(None, load=False)
        self._show(outline)
        self.state_label.setText(self.tr("Ny kladde – ikke gemt endnu"))
        self._update()

    def save(self) -> None:
        if not self._can_save():
            return
        status = self.editor.status()
        self._work.run(lambda s: s.statuses.save_status_draft(status), self._saved, self.tr("Gemmer …"),
                       elsewhere=self.status_saved.emit)

    def _saved(self, status_id: int) -> None:
        self.editor.mark_saved(status_id)
        self._shown_id = status_id
        self._reload_list(status_id)
        self.state_label.setText(
            self.tr("Kladden er gemt kl. {time}").format(time=fmt_time(dt.datetime.now()))
        )
        self._update()
        self.status_saved.emit(status_id)

    def finalise(self) -> None:
        if not self._can_edit() or not self.confirm_finalise(self.editor.status()):
            return
        status = self.editor.status()
        modified = self.editor.is_modified()
        today = self.today()

        def save_and_finalise(s: CaseService) -> StatusOutline:
            status_id = s.statuses.save_status_draft(status) if modified or status.id is None else status.id
            s.statuses.finalise_status(status_id)
            return s.statuses.stored_outline(status_id, today)

        self._work.run(save_and_finalise, self._finalised, self.tr("Gør endelig …"),
                       elsewhere=lambda outline: self.status_finalised.emit(outline.source.id))

    def _finalised(self, outline: StatusOutline) -> None:
        status_id = outline.source.id
        assert status_id is not None
        self._reload_list(status_id)
        self._show(outline)
        self.state_label.setText(self.tr("Statusbeskrivelsen er gjort endelig"))
        self.status_finalised.emit(status_id)

    def preview(self) -> None:
        if self._busy or not self.editor.has_record() or not self.editor.is_valid():
            return
        data = self.editor.report_data(self.today())
        self._work.run(lambda _s: build_preview(data), self._preview_ready,
                       self.tr("Laver udskriften …"))

    def _preview_ready(self, built: tuple[bytes, list, float, StatusReportData]) -> None:
        pdf, images, elapsed_ms, data = built
        self.preview_ms = elapsed_ms
        self._service.records.record_access(AccessAction.PRINTED, [data.citizen_id], "statusbeskrivelse")
        log.info("status preview: %d pages in %.0f ms", len(images), elapsed_ms)
        name = status_file_name(data.citizen_id or 0, data.citizen_name)
        dialog = self.preview_dialog(pdf, self.tr("Statusbeskrivelse"), name, images, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_preview = dialog
        dialog.destroyed.connect(lambda *_: self._forget_preview(dialog))
        dialog.open()
        self.preview_opened.emit(dialog)

    def _forget_preview(self, dialog: object) -> None:
        if self.last_preview is dialog:
            self.last_preview = None

    # -- helpers ---------------------------------------------------------------------------

    def _reload_list(self, select_id: int) -> None:
        if self._citizen_id is None:
            return
        self._set_rows(self._service.statuses.status_descriptions(self._citizen_id))
        self._select_id(select_id, load=False)

    def _can_edit(self) -> bool:
        e = self.editor
        return not (self._busy or self._closed) and e.has_record() and not e.is_locked() and e.is_valid()

    def _can_save(self) -> bool:
        return self._can_edit() and self.editor.is_modified()

    def _update(self) -> None:
        e = self.editor
        self.new_button.setEnabled(self._citizen_id is not None and not (self._busy or self._closed))
        self.save_button.setEnabled(self._can_save())
        self.finalise_button.setEnabled(self._can_edit())
        self.preview_button.setEnabled(not self._busy and e.has_record() and e.is_valid())
        locked = e.has_record() and e.is_locked() and (not self._closed or self._final_shown())
        self.banner.setVisible(locked)
        self.remake_button.setEnabled(locked and not (self._busy or self._closed))
        if locked and e.outline is not None:
            on = e.outline.data.finalised_on
            self.banner_label.setText(
                self.tr("Endelig {date} – låst. En ændring kræver en ny statusbeskrivelse; "
                        "den endelige forbliver, som den er.").format(date=fmt_date(on)).strip()
            )
        elif not self._busy and e.status_id is not None:
            unsaved = self.tr("Ikke gemte ændringer")
            if e.is_modified():
                self.state_label.setText(unsaved)
            elif self.state_label.text() == unsaved:
                self.state_label.clear()

    def _ask_finalise(self, status: StatusDescription) -> bool:
        text = self.tr("En endelig statusbeskrivelse er låst og kan ikke rettes bagefter. "
                       "En ændring kræver en ny.")
        if status.gone_through_on is None:
            text += "\n\n" + self.tr("Den er ikke markeret som gennemgået med borgeren.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Gør statusbeskrivelsen endelig?"),
                          text, QMessageBox.StandardButton.Cancel, self)
        make_final = box.addButton(self.tr("Gør endelig"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is make_final

    def _ask_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Statusbeskrivelse"),
            self.tr("Statusbeskrivelsen har ændringer, som ikke er gemt. Vil du kassere dem?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

