"""Where a PDF the user saves goes: a name suggested in their documents folder, the save dialog
that asks, and the ".pdf" a chosen name ends with."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.common.formatting import tr


def ask_pdf_file(parent: QWidget, title: str, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, tr("PDF-filer (*.pdf)"))
    return path


def in_documents(file_name: str) -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder) / file_name)


def pdf_path(chosen: str) -> Path:
    return Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
