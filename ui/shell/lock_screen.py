"""The lock screen: covers the window, shows no personal data, asks for the unlock password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.common.text_size import scaled


class LockScreen(QWidget):
    unlocked = Signal()

    def __init__(
        self,
        check: Callable[[str], bool],
        has_password: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self._check = check
        self._has_password = has_password
        self.title = QLabel(self.tr("caseapp er låst"))
        self.title.setObjectName("lockTitle")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Adgangskode"))
        self.password.setAccessibleName(self.tr("Adgangskode"))
        self.password.returnPressed.connect(self.try_unlock)
        self.unlock_button = QPushButton(self.tr("Lås op"))
        self.unlock_button.setObjectName("primaryButton")
        self.unlock_button.clicked.connect(self.try_unlock)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self._lay_out()

    def _lay_out(self) -> None:
        card = QFrame()
        card.setObjectName("lockCard")
        card.setFixedWidth(scaled(card, 380))
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        inner.addWidget(self.title)
        inner.addWidget(self.explanation)
        inner.addWidget(self.password)
        inner.addWidget(self.unlock_button)
        inner.addWidget(self.error)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def prepare(self) -> None:
        """Called each time the screen is shown."""
        self.password.clear()
        self.error.clear()
        needs_password = self._has_password()
        self.password.setVisible(needs_password)
        if needs_password:
            self.explanation.setText(self.tr("Skriv din adgangskode for at fortsætte."))
            self.password.setFocus()
        else:
            self.explanation.setText(
                self.tr("Der er ikke valgt en adgangskode. Vælg en under Indstillinger.")
            )
            self.unlock_button.setFocus()

    def try_unlock(self) -> None:
        if self._has_password() and not self._check(self.password.text()):
            self.password.clear()
            self.error.setText(self.tr("Forkert adgangskode."))
            return
        self.password.clear()
        self.error.clear()
        self.unlocked.emit()
