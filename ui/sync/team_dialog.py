"""What the team dialogs (Opret, Deltag, Invitér, Medlemmer, Forlad) have in common: the server
work runs through the worker (with its progress dialog when it may take a while), the dialog's
buttons rest meanwhile, and a failure is one Danish sentence in the dialog itself, in red above
the buttons, so the user can correct the address or the code and try again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.service import CaseService
from caseapp.sync.errors import SyncOffline
from ui.common.formatting import tr as _tr
from ui.common.messages import error_text
from ui.common.worker import QueryOp


class TeamDialog(QDialog):
    team_changed = Signal()  # the database joined, founded or left a team

    def __init__(self, service: CaseService, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.busy = False
        self.showing_result = False  # the form page gave way to the result (done_page)
        self.form_page: QWidget | None = None
        self.done_page: QWidget | None = None
        self.fields: tuple[QLineEdit, ...] = ()  # read-only while the server works
        self.setWindowTitle(title)
        self.setModal(True)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setAccessibleName(self.tr("Fejl"))
        self.error.hide()

    # -- the server work -------------------------------------------------------------------

    def run(
        self,
        op: Callable[[CaseService], Any],
        success: Callable[[Any], None],
        offline: str,
        progress: str | None = None,
    ) -> None:
        """Run `op` in the background; `offline` is the sentence when the server is out of reach
        (the core's own one speaks of a sync, which this is not)."""
        self.clear_error()
        self.set_busy(True)

        def done(result: Any) -> None:
            self.set_busy(False)
            success(result)

        def failed(exc: BaseException) -> None:
            self.set_busy(False)
            self.show_error_text(offline if isinstance(exc, SyncOffline) else error_text(exc))

        if progress is None:
            query = QueryOp(self, self._service, op, success=done)
        else:
            query = QueryOp(self, self._service, lambda s, _report: op(s), success=done)
            query.with_progress(progress)
        query.failure(failed).run_in_background()

    def set_busy(self, busy: bool) -> None:
        """The fields rest read-only (focus stays where it was, so Enter afterwards does not hit
        Annuller); submit() ignores a second press meanwhile."""
        self.busy = busy
        for field in self.fields:
            field.setReadOnly(busy)

    def lay_out(
        self, form_page: QWidget, done_page: QWidget, action_text: str, action_name: str
    ) -> QPushButton:
        """The form, the result (hidden until show_result), the one sentence and the buttons:
        the action (the default, wired to submit), Annuller, and Luk for the result. Returns
        the action button."""
        self.form_page, self.done_page = form_page, done_page
        done_page.hide()
        action = QPushButton(action_text)
        action.setAccessibleName(action_name)
        self.cancel_button = QPushButton(_tr("Annuller"))
        self.cancel_button.setAccessibleName(_tr("Annuller"))
        self.close_button = QPushButton(_tr("&Luk"))
        self.close_button.setAccessibleName(_tr("Luk"))
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.hide()
        action.setDefault(True)
        action.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (form_page, done_page, self.error, self.buttons):
            layout.addWidget(widget)
        self._action = action
        return action

    def submit(self) -> None:
        """The action button: subclasses that lay_out() a form send it to the server."""

    def show_result(self) -> None:
        """From the form to the result; only Luk stays, as the default."""
        self.turn_page()
        self._action.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)

    def turn_page(self) -> None:
        """From the form to the result: the form hides (it takes no room), the result shows."""
        self.showing_result = True
        if self.form_page is not None:
            self.form_page.hide()
        if self.done_page is not None:
            self.done_page.show()
        self.fit()

    def fit(self) -> None:
        """Height to the content at the dialog's width (word-wrapped labels make adjustSize()
        guess too tall a dialog, with a gap above the buttons)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = max(self.width() if self.isVisible() else layout.sizeHint().width(),
                    self.minimumWidth())
        height = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                  else layout.sizeHint().height())
        self.resize(width, max(height, self.minimumHeight()))

    # -- the one sentence ------------------------------------------------------------------

    def show_error_text(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleDescription(text)
        self.error.show()
        self.fit()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def problem(self) -> str:
        """The sentence shown, or '' (for tests and screen readers alike)."""
        return self.error.text() if not self.error.isHidden() else ""
