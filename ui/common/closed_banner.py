"""The line on top of the Plan, Dagbog and Status tabs of a closed case: the case is read-only
until it is reopened (the core refuses any change; this says why the editing controls are off)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class ClosedBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closedBanner")
        self.setWordWrap(True)
        self.setText(self.tr("Sagen er afsluttet – kun læsning. Genåbn sagen øverst på siden "
                             "for at ændre i den."))
        self.setAccessibleName(self.tr("Sagen er afsluttet"))
        # Read by a screen reader with the tab, but never a Tab stop of its own.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def set_closed(self, closed: bool) -> None:
        self.setVisible(closed)
