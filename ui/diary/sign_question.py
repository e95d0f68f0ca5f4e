"""Signing a note cannot be undone, so it is asked first. The safe answer is the default:
Enter and Escape both leave the note a draft; only "Underskriv" (or its letter) signs.

"Vis ikke igen", ticked when signing, stops the question for this user on this computer
(QSettings: a yes/no, never personal data); Indstillinger turns it back on."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from ui.common.formatting import tr

ASK_KEY = "diary/ask_before_signing"


def asks_before_signing() -> bool:
    """Whether signing asks first (the default, until "Vis ikke igen")."""
    value = QSettings().value(ASK_KEY, True)
    return value not in (False, "false", "0", 0)


def remember_asking(ask: bool) -> None:
    QSettings().setValue(ASK_KEY, ask)


def ask_sign(parent: QWidget) -> bool:
    """True when the user chose to sign (at once, when they asked not to be asked again)."""
    if not asks_before_signing():
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Underskriv notat"))
    box.setText(tr("Vil du underskrive notatet? Et underskrevet notat kan ikke ændres, "
                   "kun rettes med en rettelse."))
    sign = box.addButton(tr("&Underskriv"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    again = QCheckBox(tr("&Vis ikke igen"), box)  # parented: PySide does not hand it to the box
    box.setCheckBox(again)
    box.exec()
    signed = box.clickedButton() is sign
    if signed and again.isChecked():  # ticked, then cancelled: the question stays
        remember_asking(False)
    return signed
