"""Benchmark of the Plan tab's edits through the UI path ("under 50 ms per edit").

    .venv/bin/python bench/plan_ui_bench.py              # median of 30 of each
    .venv/bin/python bench/plan_ui_bench.py --repeat 10

The 40-goal plan of bench/plan_bench.py (1 long-term goal, 5 effort goals, 34 sub-goals, two
actions each) in a fresh encrypted store; the PlanTab offscreen at 1100x700. Each figure runs
from the user's gesture to the repainted tab: the façade call (one transaction with its audit
entries), reading the plan back, updating the model and the side panel, and a synchronous
repaint (`repaint()`), so nothing is left for later. Measured:

- edit: a sub-goal's text changed in the side form and saved (an EditGoal on the undo stack);
- move: Ctrl+Down then Ctrl+Up on a sub-goal (the tree is rebuilt, expansion kept);
- add + undo: Insert on an effort goal, then Ctrl+Z (the new sub-goal deleted again);
- undo + redo of an edit;
- open: show_plan for the citizen (what opening the Plan tab costs).

Results print as Markdown (milliseconds).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from plan_bench import TODAY, _plan  # noqa: E402
from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from caseapp.service import CaseService  # noqa: E402
from caseapp.storage.keys import DatabaseKey  # noqa: E402
from ui.plan.plan_tab import PlanTab  # noqa: E402
from ui.plan.plan_tree_model import GOAL  # noqa: E402
from ui.shell.app import application  # noqa: E402


def _samples(func: Callable[[], object], repeat: int) -> list[float]:
    func()  # warm-up
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        out.append((time.perf_counter() - start) * 1000)
    return out


def _key(tab: PlanTab, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    press = QKeyEvent(QKeyEvent.Type.KeyPress, key, modifiers)
    QApplication.sendEvent(tab.tree, press)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args(argv)
    application()
    with tempfile.TemporaryDirectory() as folder:
        service = CaseService.create(Path(folder) / "bench.db", DatabaseKey.random())
        citizen_id, efforts, subs = _plan(service, crowded=False)
        tab = PlanTab(service, today=lambda: TODAY)
        tab.show_error = lambda _parent, exc: (_ for _ in ()).throw(exc)  # fail loudly
        tab.resize(1100, 700)
        tab.show()

        def open_plan() -> None:
            tab.show_plan(service.citizens.citizen(citizen_id), service.plans.goals(citizen_id),
                          service.plans.actions(citizen_id), 2)
            tab.repaint()

        open_plan()
        QCoreApplication.processEvents()
        sub = subs[7]
        tab.tree.select_key((GOAL, sub))
        form = tab.side.goal_form
        turn = [0]

        def edit() -> None:
            turn[0] += 1
            form.text.setPlainText(f"Søren deltager i fællesspisningen om onsdagen ({turn[0]}).")
            form.save()
            tab.repaint()

        def move() -> None:
            _key(tab, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
            tab.repaint()
            _key(tab, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
            tab.repaint()

        def add_undo() -> None:
            tab.tree.select_key((GOAL, efforts[2]))
            _key(tab, Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier)
            tab.repaint()
            tab.undo()
            tab.repaint()

        def undo_redo() -> None:
            tab.undo()
            tab.repaint()
            tab.redo()
            tab.repaint()

        rows = [
            ("edit a sub-goal's text (save)", _samples(edit, args.repeat), 1),
            ("move a sub-goal (Ctrl+Down, Ctrl+Up)", _samples(move, args.repeat), 2),
            ("add a sub-goal, then undo", _samples(add_undo, args.repeat), 2),
            ("undo, then redo an edit", _samples(undo_redo, args.repeat), 2),
            ("open the plan (show_plan)", _samples(open_plan, args.repeat), 1),
        ]
        tab.close()
        service.close()
    print("| Plan tab, 40 goals, 68 actions | runs | gestures | median ms / gesture "
          "| max ms / gesture |")
    print("|---|---|---|---|---|")
    for name, samples, gestures in rows:
        print(f"| {name} | {len(samples)} | {gestures} | "
              f"{statistics.median(samples) / gestures:.1f} | {max(samples) / gestures:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
