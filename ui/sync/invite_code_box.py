"""A new invite code, shown once: read-only, selectable from the keyboard, a "Kopiér" button, and
the sentence that the code is a key that lets one machine into the team for a number of days."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class InviteCodeBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        self.caption = QLabel(self.tr("&Invitationskode:"))
        self.code_view = QPlainTextEdit()
        self.code_view.setObjectName("inviteCode")
        self.code_view.setReadOnly(True)
        self.code_view.setTabChangesFocus(True)
        self.code_view.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.code_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code_view.setAccessibleName(self.tr("Invitationskode"))
        lines = self.code_view.fontMetrics().lineSpacing()
        self.code_view.setFixedHeight(lines * 3 + 16)  # room for a third line on a narrow font
        self.caption.setBuddy(self.code_view)
        self.copy_button = QPushButton(self.tr("&Kopiér"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.setAccessibleName(self.tr("Kopiér invitationskoden"))
        self.copy_button.clicked.connect(self.copy)
        self.copied = QLabel()
        self.copied.setWordWrap(True)
        self.copied.setAccessibleName(self.tr("Kopieret"))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Om invitationskoden"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.copy_button)
        row.addWidget(self.copied, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.code_view)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        QWidget.setTabOrder(self.code_view, self.copy_button)

    def set_code(self, code: str, days: int) -> None:
        self._code = code
        self.code_view.setPlainText(code)
        self.copied.clear()
        self.warning.setText(self.tr(
            "Koden er en nøgle: den lukker én maskine ind i teamet og gælder i %n dag(e). Den "
            "vises kun nu, så giv den direkte til den kollega, den er til.", "", days))

    def code(self) -> str:
        return self._code

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._code)
        self.copied.setText(self.tr("Kopieret – indsæt den hos kollegaen under Team → Deltag i team."))
