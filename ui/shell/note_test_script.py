"""TEST ONLY. With CASEAPP_TEST_SCRIPT=/path/script.json, ui/shell/app.py calls `run_script` after the
main window is shown: it opens a quick-note window and types the script's text into it one
character per tick, printing "typed N" after each, so tests/e2e/test_note_crash.py can kill the
process mid-sentence and check what the autosave kept. Nothing else in the app reads this.

    {"citizen_id": 1, "text": "Åse kom ...", "interval_ms": 25}
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from ui.shell.quick_note import open_quick_note

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

ENV = "CASEAPP_TEST_SCRIPT"


def run_script(window: MainWindow, path: str) -> QTimer:
    script = json.loads(Path(path).read_text(encoding="utf-8"))
    quick = open_quick_note(window, citizen_id=int(script["citizen_id"]))
    assert quick is not None
    text: str = script["text"]
    typed = [0]
    timer = QTimer(window)
    timer.setInterval(int(script.get("interval_ms", 25)))

    def tick() -> None:
        if typed[0] >= len(text):
            timer.stop()
            print("done", flush=True)
            return
        quick.editor.text.insertPlainText(text[typed[0]])
        typed[0] += 1
        sys.stdout.write(f"typed {typed[0]}\n")
        sys.stdout.flush()

    timer.timeout.connect(tick)
    timer.start()
    print("ready", flush=True)
    return timer
