"""A label that says how a piece of work stands ("Kladden er gemt kl. 10.12"); every new text is
also handed to a screen reader (ui/common/announce.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ui.common.announce import announce


class StatusLabel(QLabel):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        changed = text != self.text()
        super().setText(text)
        announce(self, text, aloud=changed)

    def clear(self) -> None:
        super().clear()
        announce(self, "", aloud=False)
