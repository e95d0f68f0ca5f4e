"""Where the one-page plan PDF goes: the file name suggested in the user's documents folder and
the save dialog that asks for it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from caseapp.reports.files import plan_file_name
from ui.common.formatting import tr
from ui.common.pdf_file import ask_pdf_file as _ask
from ui.common.pdf_file import in_documents


def ask_pdf_file(parent: QWidget, suggested: str) -> str:
    return _ask(parent, tr("Gem planen som PDF"), suggested)


def suggested_pdf_path(citizen_id: int, citizen_name: str) -> str:
    return in_documents(plan_file_name(citizen_id, citizen_name))
