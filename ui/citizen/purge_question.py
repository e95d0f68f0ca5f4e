"""The one question before a citizen is deleted for good. Its default button is "Annullér", so
Enter and Escape both leave everything as it is."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.common.formatting import tr


def ask_purge(parent: QWidget, name: str, shared: bool = False) -> bool:
    """Say what goes and what stays (for a citizen shared with the team: also from the server
    and the colleagues' computers) before anything is deleted."""
    text = tr(
        "Alt om {name} slettes for altid fra denne computer: plan, notater i alle versioner, "
        "aftaler, statusbeskrivelser, netværk, samtykker og adgangslog. Tilbage bliver kun en "
        "kvittering uden navn og CPR-nummer. Sikkerhedskopier og PDF'er, der er skrevet før, "
        "slettes ikke."
    ).format(name=name)
    if shared:
        text += " " + tr("Borgeren deles med teamet: ved næste synkronisering slettes borgeren "
                         "også på serveren og hos dine kolleger.")
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Slet borgeren for altid"), text, parent=parent)
    delete = box.addButton(tr("Slet for altid"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr("Annullér"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is delete
