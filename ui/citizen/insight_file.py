"""Where the insight print-out goes: the name suggested in the user's documents folder and the
save dialog that asks for it (the JSON copy is written beside it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from caseapp.reports.commands import insight_file_name
from ui.common.formatting import tr


def ask_insight_file(parent: QWidget, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(
        parent, tr("Gem indsigten som PDF"), suggested, tr("PDF-filer (*.pdf)")
    )
    return path


def suggested_insight_path(citizen_id: int, citizen_name: str) -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder) / insight_file_name(citizen_id, citizen_name))
