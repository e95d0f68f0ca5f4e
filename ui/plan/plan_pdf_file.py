"""Where the one-page plan PDF goes: the file name suggested in the user's documents folder,
the save dialog that asks for it, and the ".pdf" the chosen name ends with."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from caseapp.reports.plan_commands import plan_file_name
from ui.common.formatting import tr


def ask_pdf_file(parent: QWidget, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(
        parent, tr("Gem planen som PDF"), suggested, tr("PDF-filer (*.pdf)")
    )
    return path


def suggested_pdf_path(citizen_id: int, citizen_name: str) -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder) / plan_file_name(citizen_id, citizen_name))


def pdf_path(chosen: str) -> Path:
    return Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
