"""The status bar's sync corner: last synced, changes waiting, offline or a problem, and a button
to the Konflikter list when there are any. Hidden while the database is in no team."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from caseapp.sync.team_state import SyncStatus
from ui.common.announce import announce


class SyncStatusWidget(QWidget):
    conflicts_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setAccessibleName(self.tr("Synkronisering"))
        self._status: SyncStatus | None = None
        self._problem = ""
        self._offline = False
        self._syncing = False
        self.label = QLabel()
        self.label.setObjectName("syncStatusLabel")
        self.conflicts_button = QPushButton()
        self.conflicts_button.setObjectName("syncConflictsButton")
        self.conflicts_button.setFlat(True)
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(10)
        layout.addWidget(self.label)
        layout.addWidget(self.conflicts_button)
        self.conflicts_button.hide()
        self.hide()

    # -- what the runner tells ---------------------------------------------------------------

    def show_status(self, status: SyncStatus) -> None:
        self._status = status
        self.setVisible(status.in_team)
        self._render()

    def show_syncing(self) -> None:
        self._syncing = True
        self._render()

    def show_synced(self) -> None:
        self._syncing, self._problem, self._offline = False, "", False
        self._render()

    def show_problem(self, text: str, offline: bool) -> None:
        self._syncing = False
        self._offline = offline
        self._problem = "" if offline else text
        self._render()

    # -- reading (what a person sees) ----------------------------------------------------------

    def text(self) -> str:
        return self.label.text()

    def _render(self) -> None:
        status = self._status
        if status is None:
            return
        parts = [self._headline(status)]
        if status.pending:
            parts.append(self._pending(status.pending))
        said = "   ·   ".join(parts)
        announce(self, said, aloud=said != self.label.text())  # a screen reader hears the change
        self.label.setText(said)
        self.label.setProperty("problem", bool(self._problem))
        self.label.setStyleSheet("color: #b3261e;" if self._problem else "")
        self.label.setToolTip(self._tooltip(status))
        self.conflicts_button.setText(self.tr("Konflikter ({count})").format(count=status.conflicts))
        self.conflicts_button.setVisible(status.conflicts > 0)

    def _headline(self, status: SyncStatus) -> str:
        if self._syncing:
            return self.tr("Synkroniserer …")
        if self._problem:
            return self._problem
        if self._offline or status.offline:
            return self.tr("Offline – dit arbejde gemmes og sendes senere")
        if status.last_synced_at is None:
            return self.tr("Ikke synkroniseret endnu")
        return self.tr("Synkroniseret kl. {time}").format(
            time=status.last_synced_at.strftime("%H.%M"))

    def _pending(self, count: int) -> str:
        return self.tr("%n ændring(er) venter", "", count)

    def _tooltip(self, status: SyncStatus) -> str:
        lines = [self.tr("Team: {name}").format(name=status.team_name) if status.team_name
                 else self.tr("Delt med et team")]
        if status.last_synced_at is not None:
            lines.append(self.tr("Sidst synkroniseret {when}").format(
                when=status.last_synced_at.strftime("%d.%m.%Y %H.%M")))
        lines.append(self.tr("Ctrl+Shift+S synkroniserer nu"))
        return "\n".join(lines)
