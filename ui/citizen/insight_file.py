"""Where the insight print-out goes: the name suggested in the user's documents folder and the
save dialog that asks for it (the JSON copy is written beside it)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.reports.files import insight_file_name
from caseapp.reports.insight_review import Mention
from ui.common.formatting import tr
from ui.common.pdf_file import ask_pdf_file, in_documents


def ask_insight_file(parent: QWidget, suggested: str) -> str:
    return ask_pdf_file(parent, tr("Gem indsigten som PDF"), suggested)


def ask_leave_out(parent: QWidget, found: list[Mention]) -> bool | None:
    """The other people the print-out names: leave them out (the default), keep them, or stop."""
    named = "\n".join(
        tr("{name} ({kind}, %n tekst(er))", "", m.count).format(name=m.name, kind=m.kind) for m in found[:12])
    if len(found) > 12:
        named += "\n" + tr("… og {more} flere").format(more=len(found) - 12)
    box = QMessageBox(QMessageBox.Icon.Question, tr("Andre personer i indsigten"), tr(
        "Teksterne nævner andre personer, som borgeren ikke har ret til at se:\n\n{names}\n\n"
        "Udelad deres navne i udskriften? Notaterne selv ændres ikke.").format(names=named), parent=parent)
    leave = box.addButton(tr("Udelad navnene"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(tr("Behold navnene"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr("Annullér"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(leave)
    box.setEscapeButton(cancel)
    box.exec()
    if box.clickedButton() is leave:
        return True
    return False if box.clickedButton() is keep else None


def suggested_insight_path(citizen_id: int, citizen_name: str) -> str:
    return in_documents(insight_file_name(citizen_id, citizen_name))
