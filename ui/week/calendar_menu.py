"""The calendar's items in the File menu: export and import iCalendar (.ics) and print the week
(to a PDF file or a printer).

Export leaves citizens' names out unless asked (initials or a case reference instead), so the
calendar can go into Outlook without personal data; an import is all or nothing. The file
pickers, the range question and the print dialog are attributes, so tests can replace them.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMenu,
    QWidget,
)

from caseapp.domain.enums import AccessAction
from caseapp.errors import InvalidInput
from caseapp.planning.commands import write_private_file
from caseapp.planning.ics import MAX_ICS_BYTES, ImportReport
from caseapp.service import CaseService
from ui.common import messages
from ui.common.formatting import fmt_datetime, iso_week
from ui.common.worker import QueryOp
from ui.week.week_print import RESOLUTION, page_layout, paint_page, write_pdf
from ui.week.week_view import WeekView

log = logging.getLogger(__name__)

EXPORT_WEEKS = 13  # a quarter from the shown week, unless the user says otherwise
ExportRange = tuple[dt.date, dt.date, bool]  # first day, last day, with names


class CalendarMenu(QObject):
    calendar_exported = Signal(str)
    calendar_imported = Signal(int)
    week_printed = Signal(str)

    def __init__(
        self,
        service: CaseService,
        week_view: Callable[[], WeekView],
        is_locked: Callable[[], bool],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._week = week_view
        self._is_locked = is_locked
        self._window = parent
        # replaceable in tests
        self.save_file_name = QFileDialog.getSaveFileName
        self.open_file_name = QFileDialog.getOpenFileName
        self.ask_export_range: Callable[[dt.date, dt.date], ExportRange | None] = self._ask_range
        self.print_dialog = QPrintDialog
        self.show_error = messages.show_error
        self.show_info = messages.show_info
        self.export_action = QAction(self.tr("&Eksportér kalender (.ics) …"), self)
        self.export_action.triggered.connect(self.export_calendar)
        self.import_action = QAction(self.tr("&Importér kalender …"), self)
        self.import_action.triggered.connect(self.import_calendar)
        self.pdf_action = QAction(self.tr("&Gem ugen som PDF …"), self)
        self.pdf_action.triggered.connect(self.save_week_pdf)
        self.print_action = QAction(self.tr("&Udskriv uge …"), self)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(self.print_week)
        self.actions = (self.export_action, self.import_action, self.pdf_action, self.print_action)

    def add_to(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addAction(self.import_action)
        menu.addSeparator()
        menu.addAction(self.print_action)
        menu.addAction(self.pdf_action)
        menu.aboutToShow.connect(self._refresh_enabled)

    def _refresh_enabled(self) -> None:
        for action in self.actions:
            action.setEnabled(not self._is_locked())

    # -- iCalendar -------------------------------------------------------------------------

    def export_calendar(self) -> None:
        if self._is_locked():
            return
        first = self._week().monday
        chosen = self.ask_export_range(first, first + dt.timedelta(weeks=EXPORT_WEEKS, days=-1))
        if chosen is None:
            return
        start, last, with_names = chosen
        name, _ = self.save_file_name(
            self._window, self.tr("Eksportér kalender"), f"kalender_{start:%Y-%m-%d}.ics",
            self.tr("Kalenderfiler (*.ics)"))
        if not name:
            return
        path = Path(name)

        def write(s: CaseService) -> int:
            data = s.export_calendar(start, last, with_names=with_names)
            write_private_file(path, data)
            return data.count(b"BEGIN:VEVENT")

        QueryOp(self._window, self._service, write, success=lambda n: self._exported(path, n)
                ).failure(lambda exc: self.show_error(self._window, exc)).run_in_background()

    def _exported(self, path: Path, count: int) -> None:
        self._service.records.record_access(AccessAction.EXPORTED_CALENDAR, detail=path.name)
        self.show_info(self._window, self.tr("Kalenderen er gemt: %n begivenhed(er) i {file}.",
                                             "", count).format(file=path.name))
        self.calendar_exported.emit(str(path))

    def import_calendar(self) -> None:
        if self._is_locked():
            return
        name, _ = self.open_file_name(self._window, self.tr("Importér kalender"), "",
                                      self.tr("Kalenderfiler (*.ics)"))
        if not name:
            return
        path = Path(name)
        try:
            if path.stat().st_size > MAX_ICS_BYTES:
                raise InvalidInput(self.tr("Kalenderfilen er for stor; intet blev importeret."))
            data = path.read_bytes()
        except OSError:
            self.show_error(self._window, InvalidInput(
                self.tr("Kalenderfilen kunne ikke læses; intet blev importeret.")))
            return
        except InvalidInput as exc:
            self.show_error(self._window, exc)
            return
        QueryOp(self._window, self._service, lambda s: s.calendar.import_ics(data),
                success=self._imported).failure(
            lambda exc: self.show_error(self._window, exc)).run_in_background()

    def _imported(self, report: ImportReport) -> None:
        self._week().show_week()
        self._week().appointments_changed.emit()
        new = self.tr("%n ny(e) aftale(r)", "", report.created)
        text = self.tr("Kalenderen er indlæst: {new}, {updated} opdateret, {same} uændret."
                       ).format(new=new, updated=report.updated, same=report.unchanged)
        if report.missing:
            text += " " + self.tr("%n aftale(r) fra samme kalender findes ikke længere i filen "
                                  "og er beholdt.", "", len(report.missing))
        self.show_info(self._window, text)
        self.calendar_imported.emit(report.written)

    def _ask_range(self, first: dt.date, last: dt.date) -> ExportRange | None:
        dialog = QDialog(self._window)
        dialog.setWindowTitle(self.tr("Eksportér kalender"))
        start, end = self._date_edit(first), self._date_edit(last)
        names = QCheckBox(self.tr("Medtag borgernes navne og titler (ellers kun initialer)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form = QFormLayout(dialog)
        form.addRow(self.tr("Fra"), start)
        form.addRow(self.tr("Til og med"), end)
        form.addRow(names)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        first_day, last_day = start.date(), end.date()
        return (
            dt.date(first_day.year(), first_day.month(), first_day.day()),
            dt.date(last_day.year(), last_day.month(), last_day.day()),
            names.isChecked(),
        )

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        return edit

    # -- printing --------------------------------------------------------------------------

    def _titles(self) -> tuple[str, str]:
        profile = self._service.profile()
        printed = self.tr("Udskrevet {when}").format(when=fmt_datetime(self._week().now()))
        subtitle = f"{profile.name} · {printed}" if profile.name else printed
        return self._week().heading.text(), subtitle

    def save_week_pdf(self) -> None:
        if self._is_locked():
            return
        monday = self._week().monday
        name, _ = self.save_file_name(
            self._window, self.tr("Gem ugen som PDF"),
            f"uge_{iso_week(monday)}_{monday.isocalendar().year}.pdf", self.tr("PDF (*.pdf)"))
        if not name:
            return
        path = Path(name)
        try:
            write_pdf(path, self._week().data, *self._titles())
        except Exception as exc:  # noqa: BLE001 - one sentence to the user
            self.show_error(self._window, exc)
            return
        self.week_printed.emit(str(path))

    def print_week(self) -> None:
        if self._is_locked():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        dialog = self.print_dialog(printer, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        printer.setResolution(RESOLUTION)
        try:
            paint_page(printer, self._week().data, *self._titles())
        except Exception as exc:  # noqa: BLE001 - one sentence to the user
            self.show_error(self._window, exc)
            return
        self.week_printed.emit(printer.outputFileName() or printer.printerName())
