"""Udskriv alle statusbeskrivelser: one PDF per active citizen in a chosen folder, written on the
worker with a progress bar and Cancel.

Cancel takes effect between two files: every file is written whole (through a temporary file
and a rename in the core), so nothing half-written is left behind. The folder picker and the
"open the folder" action are attributes, so tests can replace them."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import CitizenStatus
from caseapp.service import CaseService
from ui.common import messages
from ui.common.worker import QueryOp

log = logging.getLogger(__name__)


class BatchExportDialog(QDialog):
    export_progressed = Signal(int, int)  # files written, files in all
    export_finished = Signal(int)  # files written
    export_cancelled = Signal(int)  # files written before Cancel took effect

    def __init__(
        self, service: CaseService, today: dt.date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._today = today
        self._cancel = threading.Event()
        self._running = False
        self._done = 0
        self._total = 0
        self.folder: Path | None = None
        self.written: list[Path] = []
        # replaceable in tests
        self.choose_folder: Callable[..., str] = QFileDialog.getExistingDirectory
        self.open_folder: Callable[[Path], object] = (
            lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        )
        self.show_error = messages.show_error
        self.setWindowTitle(self.tr("Udskriv alle statusbeskrivelser"))
        self.setMinimumWidth(520)
        active = sum(1 for c in service.citizens.caseload() if c.status == CitizenStatus.ACTIVE)
        self.intro = QLabel(self.tr(
            "Der laves én PDF for hver aktiv borger ({count}): den seneste statusbeskrivelse, "
            "eller en kladde ud fra planen, hvor der ikke er nogen. Filnavnene indeholder "
            "borgerens navn, aldrig CPR-nummeret. Filer med samme navn i mappen erstattes."
        ).format(count=active))
        self.intro.setWordWrap(True)
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setAccessibleName(self.tr("Mappe"))
        self.folder_edit.setPlaceholderText(self.tr("Vælg en mappe …"))
        self.folder_button = QPushButton(self.tr("Vælg mappe …"))
        self.folder_button.clicked.connect(self.pick_folder)
        self.progress = QProgressBar()
        self.progress.setRange(0, max(active, 1))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v af %m"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setAccessibleName(self.tr("Resultat"))
        self.start_button = QPushButton(self.tr("Udskriv"))
        self.start_button.setObjectName("primaryButton")
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Annuller"))
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button = QPushButton(self.tr("Åbn mappen"))
        self.open_button.clicked.connect(lambda: self.folder and self.open_folder(self.folder))
        self.open_button.hide()
        self.close_button = QPushButton(self.tr("Luk"))
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        self.export_progressed.connect(self._progressed)
        self._lay_out()

    def _lay_out(self) -> None:
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.open_button, self.cancel_button, self.close_button, self.start_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addLayout(folder_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)

    # -- choosing the folder ---------------------------------------------------------------

    def pick_folder(self) -> bool:
        start = str(self.folder or Path.home())
        chosen = self.choose_folder(self, self.tr("Vælg mappe til statusbeskrivelserne"), start)
        if not chosen:
            return False
        self.folder = Path(chosen)
        self.folder_edit.setText(str(self.folder))
        return True

    # -- running ---------------------------------------------------------------------------

    def start(self) -> None:
        if self._running:
            return
        if self.folder is None and not self.pick_folder():
            return
        folder, today, cancel = self.folder, self._today, self._cancel
        assert folder is not None
        cancel.clear()
        self._running = True
        self._done = 0
        self.result_label.setText(self.tr("Skriver statusbeskrivelserne …"))
        self.progress.setValue(0)
        self._set_running(True)

        written_so_far = [0]
        stopped = threading.Event()

        def report(done: int, total: int) -> None:  # on the worker, after each whole file
            written_so_far[0] = done
            self.export_progressed.emit(done, total)

        def should_stop() -> bool:  # on the worker, before each file
            # As before: the file being written when Cancel is pressed (the first one, if
            # none is done yet) is finished; the export stops before the next.
            if cancel.is_set() and written_so_far[0] > 0:
                stopped.set()
            return stopped.is_set()

        def export(s: CaseService) -> tuple[list[Path], bool]:
            written = s.reports.export_all_status(folder, today=today, progress=report,
                                        should_stop=should_stop)
            return written, stopped.is_set()

        QueryOp(self, self._service, export, success=self._ended).failure(
            self._failed).run_in_background()

    def cancel(self) -> None:
        if self._running:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.result_label.setText(self.tr("Stopper efter den fil, der skrives nu …"))
        else:
            self.reject()

    def reject(self) -> None:
        """Closing the window (or locking the app) while it runs cancels it."""
        if self._running:
            self._cancel.set()
        super().reject()

    def is_running(self) -> bool:
        return self._running

    def _progressed(self, done: int, total: int) -> None:
        self._done, self._total = done, total
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _ended(self, result: tuple[list[Path], bool]) -> None:
        written, stopped = result
        if stopped:
            self._cancelled(written)
        else:
            self._finished(written)

    def _finished(self, written: list[Path]) -> None:
        self._running = False
        self.written = list(written)
        count = len(written)
        self.progress.setRange(0, max(count, 1))
        self.progress.setValue(count)
        self.result_label.setText(
            self.tr("{count} statusbeskrivelser er skrevet til {folder}.").format(
                count=count, folder=self.folder)
            if count != 1 else
            self.tr("1 statusbeskrivelse er skrevet til {folder}.").format(folder=self.folder)
        )
        self._set_running(False, finished=True)
        log.info("batch export finished: %d files", count)
        self.export_finished.emit(count)

    def _cancelled(self, written: list[Path]) -> None:
        self._running = False
        self.written = list(written)
        done = len(written)
        self.result_label.setText(
            self.tr("Afbrudt. {done} af %n statusbeskrivelse(r) blev skrevet til "
                    "{folder}; ingen fil er halvt skrevet.", "", self._total).format(
                done=done, folder=self.folder)
        )
        self._set_running(False, finished=True)
        log.info("batch export cancelled after %d files", done)
        self.export_cancelled.emit(done)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self.result_label.setText(self.tr("Udskrivningen mislykkedes; se beskeden."))
        self._set_running(False)
        if self.isVisible():
            self.show_error(self, exc)

    def _set_running(self, running: bool, finished: bool = False) -> None:
        self.folder_button.setEnabled(not running)
        self.start_button.setEnabled(not running)
        self.start_button.setVisible(not finished)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(not finished)
        self.close_button.setVisible(finished)
        self.open_button.setVisible(finished and self.folder is not None)
        if finished:
            self.close_button.setDefault(True)
