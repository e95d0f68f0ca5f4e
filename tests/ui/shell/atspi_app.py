"""The app side of the AT-SPI walk (tests/ui/shell/test_atspi_walk.py), run in its own process.

It opens the main window on a small demo caseload under a real X server (Xvfb) with Qt's AT-SPI
bridge on, shows one view at a time and says on stdout which one ("view NAME"); the test then
walks the tree Orca would read and answers on stdin ("next") to go on. The Qt event loop keeps
running while it waits, so the bridge can answer the walker.

Usage: python -m tests.ui.shell.atspi_app DATABASE_FOLDER
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication

from caseapp.demo.generator import generate_demo
from caseapp.service import CaseService
from caseapp.storage.keys import DatabaseKey
from tests.ui import sample
from ui.common.worker import wait_for_all
from ui.shell import sidebar
from ui.shell.main_window import MainWindow


def _steps(window: MainWindow) -> list[tuple[str, Callable[[], object]]]:
    """Each view a user reaches from the sidebar and a citizen's tabs, then the lock screen."""
    citizen = max(window.caseload, key=lambda c: c.active_subgoals).id
    pages = [(name, lambda page=page: window.show_page(page)) for name, page in (
        ("I dag", sidebar.TODAY), ("Uge", sidebar.WEEK), ("Sagsstamme", sidebar.CASELOAD),
        ("Frister", sidebar.DEADLINES))]
    tabs = [(f"borger, {tab}", lambda tab=tab: window.open_citizen(citizen, tab))
            for tab in ("overview", "appointments", "plan", "notes", "status", "followup")]
    return [*pages, *tabs, ("låseskærm", window.lock)]


def main(folder: Path) -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("caseapp")
    service = CaseService.create(folder / "caseapp.db", DatabaseKey.random())
    generate_demo(service._db, citizens=6, years=1, seed=2, today=sample.TODAY)
    window = MainWindow(service, now=lambda: sample.NOW)
    window.confirm_discard = lambda: True  # type: ignore[method-assign]
    window.resize(1280, 800)
    window.show()
    window.refresh()
    wait_for_all()
    steps = iter(_steps(window))

    def show_next() -> None:
        step = next(steps, None)
        if step is None:
            app.quit()
            return
        name, show = step
        show()
        wait_for_all()
        app.processEvents()
        print(f"view {name}", flush=True)

    def on_input() -> None:
        if sys.stdin.readline().strip() == "next":
            show_next()
        else:  # the test ended or gave up
            app.quit()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_input)
    show_next()
    code = app.exec()
    window.close()
    wait_for_all()
    service.close()
    return code


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
