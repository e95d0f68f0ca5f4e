"""Signing a note cannot be undone, so it is asked first. The safe answer is the default:
Enter and Escape both leave the note a draft; only "Underskriv" (or its letter) signs."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.common.formatting import tr


def ask_sign(parent: QWidget) -> bool:
    """True when the user chose to sign."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Underskriv notat"))
    box.setText(tr("Vil du underskrive notatet? Et underskrevet notat kan ikke ændres, "
                   "kun rettes med en rettelse."))
    sign = box.addButton(tr("&Underskriv"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is sign
