"""Where the insight print-out goes: the name suggested in the user's documents folder and the
save dialog that asks for it (the JSON copy is written beside it)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from caseapp.reports.commands import insight_file_name
from ui.common.formatting import tr
from ui.common.pdf_file import ask_pdf_file, in_documents


def ask_insight_file(parent: QWidget, suggested: str) -> str:
    return ask_pdf_file(parent, tr("Gem indsigten som PDF"), suggested)


def suggested_insight_path(citizen_id: int, citizen_name: str) -> str:
    return in_documents(insight_file_name(citizen_id, citizen_name))
