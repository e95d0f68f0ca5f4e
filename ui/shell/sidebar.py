"""The navigation column: I dag, Uge, Sagsstamme, Frister, the open citizen; search, lock, settings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

TODAY, WEEK, CASELOAD, CITIZEN, DEADLINES = range(5)
# The list shows Frister beside the other overviews; the open citizen stays last.
_ROWS = (TODAY, WEEK, CASELOAD, DEADLINES, CITIZEN)


MIN_WIDTH, MAX_WIDTH = 180, 420


class Sidebar(QWidget):
    page_chosen = Signal(int)
    search_requested = Signal()
    lock_requested = Signal()
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        # a QWidget subclass paints its style-sheet background only when asked to
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.pages = QListWidget()
        self.pages.setObjectName("sidebarPages")
        self.pages.setAccessibleName(self.tr("Sider"))
        for text, shortcut in (
            (self.tr("I dag"), "Ctrl+1"),
            (self.tr("Uge"), "Ctrl+2"),
            (self.tr("Sagsstamme"), "Ctrl+3"),
            (self.tr("Frister"), "Ctrl+5"),
        ):
            item = QListWidgetItem(text)
            item.setToolTip(shortcut)
            self.pages.addItem(item)
        self._citizen_item = QListWidgetItem("")
        self._citizen_item.setToolTip("Ctrl+4")
        self.pages.addItem(self._citizen_item)
        self._citizen_item.setHidden(True)
        self.pages.currentRowChanged.connect(self._row_changed)
        self.search_button = self._button(self.tr("Søg  (Ctrl+F)"), self.search_requested)
        self.lock_button = self._button(self.tr("Lås  (Ctrl+L)"), self.lock_requested)
        self.settings_button = self._button(self.tr("Indstillinger"), self.settings_requested)
        self._lay_out()
        self._fit_width()

    def _button(self, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("sidebarButton")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(signal.emit)
        return button

    def _lay_out(self) -> None:
        title = QLabel(self.tr("caseapp"))
        title.setObjectName("appTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 14, 10, 12)
        layout.addWidget(title)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.search_button)
        layout.addWidget(self.settings_button)
        layout.addWidget(self.lock_button)
        self.title = title

    def _fit_width(self) -> None:
        """180 px at the normal text size; wider for enlarged text (--font-scale, a stylesheet
        in points) so no page name or button is cut off."""
        for widget in (self, *self.findChildren(QWidget)):
            widget.ensurePolished()  # the stylesheet's fonts, before measuring
        buttons = (self.search_button, self.settings_button, self.lock_button)
        content = max(self.title.sizeHint().width(),
                      self.pages.sizeHintForColumn(0) + 2 * self.pages.frameWidth() + 8,
                      *(button.sizeHint().width() for button in buttons))
        margins = self.layout().contentsMargins()
        self.setFixedWidth(min(max(MIN_WIDTH, content + margins.left() + margins.right()), MAX_WIDTH))

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.page_chosen.emit(_ROWS[row])

    def set_current(self, page: int) -> None:
        self.pages.blockSignals(True)
        self.pages.setCurrentRow(_ROWS.index(page))
        self.pages.blockSignals(False)

    def set_citizen(self, name: str | None) -> None:
        """Show the open citizen as the fourth entry, or hide it."""
        self._citizen_item.setText(name or "")
        self._citizen_item.setHidden(not name)

    def has_citizen(self) -> bool:
        return not self._citizen_item.isHidden()
