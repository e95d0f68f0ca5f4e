"""The app side of the announcement check (tests/ui/shell/test_atspi_walk.py): a quick note on
the sample caseload is saved, then signed, as a user does with the buttons; then it quits.

Usage: python -m tests.ui.shell.atspi_note_app DATABASE_FOLDER
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from caseapp.service import CaseService
from caseapp.storage.keys import DatabaseKey
from tests.ui import sample
from ui.diary.quick_note_window import QuickNoteWindow


def main(folder: Path) -> int:
    app = QApplication(sys.argv[:1])
    service = CaseService.create(folder / "caseapp.db", DatabaseKey.random())
    ids = sample.fill(service)
    quick = QuickNoteWindow(service, service.citizens.caseload(), lambda: sample.NOW)
    quick.editor.confirm_sign = lambda: True
    quick.show()
    quick.start(ids.aase)
    QTest.keyClicks(quick.editor.text, "Åse ringede om mødet i morgen.")

    def save() -> None:
        QTest.mouseClick(quick.editor.save_button, Qt.MouseButton.LeftButton)
        QTimer.singleShot(500, sign)

    def sign() -> None:
        QTest.mouseClick(quick.editor.sign_button, Qt.MouseButton.LeftButton)
        QTimer.singleShot(500, app.quit)

    QTimer.singleShot(1000, save)  # the bridge is up and registered by then
    code = app.exec()  # signing closed the window (and deleted it)
    service.close()
    return code


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
