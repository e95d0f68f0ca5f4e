"""The leader's print-outs in the File menu: "Udskriv alle statusbeskrivelser …" (one PDF per
active citizen, in a folder) and "Udskriv overblik over sagsstammen …" (the caseload sheet for
the monthly case review, previewed before it is saved or printed); and, for the Team menu,
"Teamets sagsstamme …" (the leader's team view, which prints the sheet grouped by worker).

The dialogs are attributes, so tests can replace them. Nothing runs while the app is locked."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from caseapp.domain.enums import AccessAction
from caseapp.service import CaseService
from ui.common import messages
from ui.common.pdf_pages import render_pages
from ui.common.pdf_preview_dialog import PdfPreviewDialog
from ui.common.worker import QueryOp
from ui.status.batch_export_dialog import BatchExportDialog
from ui.status.team_view_dialog import TeamViewDialog

log = logging.getLogger(__name__)


class ReportActions(QObject):
    citizen_opened = Signal(int)  # from the team view
    def __init__(
        self,
        service: CaseService,
        today: Callable[[], dt.date],
        is_locked: Callable[[], bool],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._today = today
        self._is_locked = is_locked
        self._window = parent
        # replaceable in tests
        self.batch_dialog = BatchExportDialog
        self.preview_dialog = PdfPreviewDialog
        self.show_error = messages.show_error
        self.last_dialog: BatchExportDialog | PdfPreviewDialog | None = None
        self.export_all_action = QAction(self.tr("Udskriv alle &statusbeskrivelser …"), self)
        self.export_all_action.triggered.connect(self.export_all)
        self.overview_action = QAction(self.tr("Udskriv &overblik over sagsstammen …"), self)
        self.overview_action.triggered.connect(lambda: self.print_overview())
        self.team_view: TeamViewDialog | None = None
        self.team_action = QAction(self.tr("&Teamets sagsstamme …"), self)
        self.team_action.triggered.connect(self.open_team_view)

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.export_all_action)
        menu.addAction(self.overview_action)
        menu.aboutToShow.connect(self._refresh_enabled)

    def _refresh_enabled(self) -> None:
        for action in (self.export_all_action, self.overview_action):
            action.setEnabled(not self._is_locked())

    def export_all(self) -> None:
        if self._is_locked():
            return
        previous = self.last_dialog
        if isinstance(previous, BatchExportDialog) and previous.is_running():
            previous.open()  # still writing: show it again rather than start a second run
            return
        if previous is not None and not previous.isVisible():
            previous.deleteLater()
        # not deleted on close: the worker may still report to it after Cancel
        dialog = self.batch_dialog(self._service, self._today(), self._window)
        self._keep(dialog)
        dialog.open()

    def open_team_view(self) -> None:
        if self._is_locked():
            return
        if self.team_view is None:
            self.team_view = TeamViewDialog(self._service, self._today, self._window)
            self.team_view.print_requested.connect(lambda: self.print_overview(by_worker=True))
            self.team_view.citizen_opened.connect(self.citizen_opened)
        self.team_view.reload()
        self.team_view.show()
        self.team_view.raise_()

    def refresh_team_view(self) -> None:
        """The data changed (a sync, a colleague's handover): an open team view reads again."""
        if self.team_view is not None and self.team_view.isVisible():
            self.team_view.reload()

    def print_overview(self, by_worker: bool = False) -> None:
        if self._is_locked():
            return
        today = self._today()

        def build(s: CaseService) -> tuple[bytes, list]:
            data = s.reports.overview_data(today=today, by_worker=by_worker)
            from caseapp.reports.overview_pdf import build_overview_pdf  # reportlab, when asked

            pdf = build_overview_pdf(data)
            s.records.record_access(AccessAction.PRINTED, [r.citizen_id for r in data.rows],
                            "overblik over sagsstammen")
            return pdf, render_pages(pdf)

        QueryOp(self._window, self._service, build, success=self._overview_ready).failure(
            lambda exc: self.show_error(self._window, exc)
        ).run_in_background()

    def _overview_ready(self, built: tuple[bytes, list]) -> None:
        if self._is_locked():
            return
        pdf, images = built
        name = f"sagsstamme_{self._today():%Y-%m-%d}.pdf"
        dialog = self.preview_dialog(pdf, self.tr("Overblik over sagsstammen"), name, images,
                                     self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._keep(dialog)
        dialog.open()

    def _keep(self, dialog: BatchExportDialog | PdfPreviewDialog) -> None:
        self.last_dialog = dialog
        dialog.destroyed.connect(lambda *_: self._forget(dialog))

    def _forget(self, dialog: object) -> None:
        if self.last_dialog is dialog:
            self.last_dialog = None
