"""How errors reach the user: one Danish sentence in a message box, never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.errors import CaseappError
from ui.common.formatting import tr

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """The sentence to show. Unexpected errors are named by class only (no personal data)."""
    if isinstance(exc, CaseappError):
        return exc.message
    log.error("unexpected error: %s", exc.__class__.__name__)
    return tr("Der opstod en uventet fejl ({name}); intet blev ændret.").format(
        name=exc.__class__.__name__
    )


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    QMessageBox.warning(parent, tr("caseapp"), error_text(exc))


def show_info(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, tr("caseapp"), text)
