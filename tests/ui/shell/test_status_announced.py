"""Status changes reach a screen reader: a note saved or signed, a status description saved, the
sync state. Each status widget has a name, and its accessible description (what Qt hands
AT-SPI, asked here through Qt's own accessibility interface) says the news; with Qt 6.8 an
announcement has it spoken at once (ui/common/announce.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from caseapp.service import CaseService
from caseapp.sync.team_state import SyncStatus
from tests.ui import sample
from tests.ui.status.test_status_tab import new_draft, open_status
from ui.diary.quick_note_window import QuickNoteWindow
from ui.shell.main_window import MainWindow
from ui.sync.sync_status_widget import SyncStatusWidget


def heard(widget: QWidget) -> tuple[str, str]:
    """The status widget's name and what it says now, as a screen reader reads them."""
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def test_a_saved_and_a_signed_note_are_told(
    qtbot: QtBot, service: CaseService, ids: sample.Sample,
) -> None:
    quick = QuickNoteWindow(service, service.citizens.caseload(), lambda: sample.NOW)
    qtbot.addWidget(quick)
    quick.show()
    quick.start(ids.aase)
    quick.editor.confirm_sign = lambda: True
    qtbot.keyClicks(quick.editor.text, "Åse ringede om mødet i morgen.")
    qtbot.mouseClick(quick.editor.save_button, Qt.MouseButton.LeftButton)
    assert heard(quick.editor.status) == ("Notatets status", "Kladden er gemt kl. 09.00.00.")
    quick.editor.sign()
    assert heard(quick.editor.status)[1].startswith("Notatet er underskrevet kl. 09.00.")


def test_a_saved_status_description_is_told(
    qtbot: QtBot, window: MainWindow, ids: sample.Sample,
) -> None:
    tab = open_status(window, ids.aase)
    new_draft(qtbot, tab)
    tab.editor.overall.setPlainText("Åse har fundet sin rytme.")
    with qtbot.waitSignal(tab.status_saved, timeout=10_000):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    name, said = heard(tab.state_label)
    assert name == "Statusbeskrivelsens tilstand"
    assert said.startswith("Kladden er gemt kl.")


def test_the_sync_state_is_told(qtbot: QtBot) -> None:
    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    synced = dt.datetime(2025, 11, 24, 8, 45)
    widget.show_status(SyncStatus(True, "Team Øst", synced, pending=2, offline=False, conflicts=0))
    assert heard(widget) == ("Synkronisering",
                             "Synkroniseret kl. 08.45   ·   2 ændringer venter")
    widget.show_syncing()
    assert heard(widget)[1].startswith("Synkroniserer …")
    widget.show_problem("Serveren svarer ikke.", offline=True)
    assert heard(widget)[1].startswith("Offline – dit arbejde gemmes og sendes senere")
