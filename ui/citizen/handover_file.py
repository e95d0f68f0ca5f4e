"""Where the handover PDF goes: a name in the user's documents folder, and the save dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from caseapp.reports.files import handover_file_name
from ui.common.formatting import tr
from ui.common.pdf_file import ask_pdf_file, in_documents


def ask_handover_file(parent: QWidget, suggested: str) -> str:
    return ask_pdf_file(parent, tr("Gem overdragelsen som PDF"), suggested)


def suggested_handover_path(citizen_id: int, citizen_name: str) -> str:
    return in_documents(handover_file_name(citizen_id, citizen_name))
