"""Benchmark of the desktop shell's targets:

- first window painted after the key is known (a fresh process per sample: opening the database,
  the main window, the caseload and I dag loaded on the worker, one paint; the imports and the
  QApplication, which exist before any passphrase can be asked, are reported beside it);
- a keystroke in the caseload filter (typing a name one letter at a time, each followed by a
  synchronous repaint of the table);
- opening a citizen (the citizen page as it opens, on Overblik, then a synchronous repaint; the
  Dagbog and Aftaler tabs are read when first shown, see citizen_open_bench.py).

    .venv/bin/python bench/shell_bench.py                 # 220 citizens
    .venv/bin/python bench/shell_bench.py --stress        # also 30 residents x 10 years (~1M notes)

Data sets go to bench/data/shell-*.db (git-ignored). Results print as Markdown (milliseconds).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "bench" / "data"
PASSPHRASE_FREE_KEY = "ab" * 32  # a fixed raw key for throwaway benchmark data


def _key():
    from caseapp.storage.keys import DatabaseKey

    return DatabaseKey(raw_hex=PASSPHRASE_FREE_KEY)


def ensure_data(name: str, **generate) -> Path:
    from caseapp.demo.generator import generate_demo
    from caseapp.service import CaseService

    path = DATA / f"shell-{name}.db"
    if path.exists():
        return path
    DATA.mkdir(parents=True, exist_ok=True)
    with CaseService.create(path, _key()) as service:
        generate_demo(service._db, seed=1, today=dt.date(2026, 11, 24), **generate)
    return path


def first_window(path: Path) -> tuple[float, float]:
    """Runs in a fresh process. Returns (start-up before the key: imports and the
    QApplication, which must exist to ask for a passphrase; then key known -> first paint)."""
    begin = time.perf_counter()
    from PySide6.QtCore import QCoreApplication

    from caseapp.service import CaseService
    from ui.common.worker import wait_for_all
    from ui.shell.app import application
    from ui.shell.main_window import MainWindow

    application()
    start = time.perf_counter()
    service = CaseService.open(path, _key())
    window = MainWindow(service)
    window.resize(1280, 800)
    window.show()
    window.refresh()
    wait_for_all()
    QCoreApplication.processEvents()
    window.repaint()
    end = time.perf_counter()
    return (start - begin) * 1000, (end - start) * 1000


def in_process(path: Path, repeat: int) -> dict[str, list[float]]:
    from PySide6.QtCore import QCoreApplication

    from caseapp.service import CaseService
    from ui.common.worker import wait_for_all
    from ui.shell import sidebar
    from ui.shell.app import application
    from ui.shell.main_window import MainWindow

    service = CaseService.open(path, _key())
    application()
    window = MainWindow(service)
    window.resize(1280, 800)
    window.show()
    window.refresh()
    wait_for_all()
    window.show_page(sidebar.CASELOAD)
    QCoreApplication.processEvents()
    view = window.caseload_view
    names = [c.name for c in window.caseload][: max(repeat, 5)]
    keystrokes: list[float] = []
    for name in names:
        typed = ""
        for letter in name[:6]:
            typed += letter
            start = time.perf_counter()
            view.filter_edit.setText(typed)
            view.repaint()
            keystrokes.append((time.perf_counter() - start) * 1000)
        view.filter_edit.clear()
    opens: list[float] = []
    for summary in window.caseload[:repeat]:
        start = time.perf_counter()
        window.open_citizen(summary.id)
        window.repaint()
        opens.append((time.perf_counter() - start) * 1000)
    return {"keystroke": keystrokes, "open citizen": opens}


def _fresh_first_window(path: Path) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--first-window", str(path)],
        capture_output=True, text=True, check=True,
    )
    before, after = json.loads(out.stdout.strip().splitlines()[-1])
    return before, after


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * len(ordered))) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stress", action="store_true")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--first-window", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--in-process", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.first_window:
        print(json.dumps(first_window(Path(args.first_window))))
        return
    if args.in_process:
        print(json.dumps(in_process(Path(args.in_process), args.repeat)))
        return
    sets = {"220 citizens": ensure_data("220", citizens=220, years=2)}
    if args.stress:
        sets["stress (~1M notes)"] = ensure_data(
            "stress", citizens=30, years=10, notes_per_week=64, scenario_weights={"bosted": 1}
        )
    print("| set | start-up before the key | key known -> first window painted | "
          "filter keystroke p50 / p95 | open citizen p50 / p95 |")
    print("|---|---|---|---|---|")
    for label, path in sets.items():
        firsts = [_fresh_first_window(path) for _ in range(5)]
        before = statistics.median(f[0] for f in firsts)
        after = statistics.median(f[1] for f in firsts)
        out = subprocess.run(
            [sys.executable, __file__, "--in-process", str(path), "--repeat", str(args.repeat)],
            capture_output=True, text=True, check=True,
        )
        samples = json.loads(out.stdout.strip().splitlines()[-1])
        keys, opens = samples["keystroke"], samples["open citizen"]
        print(f"| {label} | {before:.0f} ms | {after:.0f} ms (target < 1000) | "
              f"{statistics.median(keys):.1f} / {_p95(keys):.1f} ms (target < 30) | "
              f"{statistics.median(opens):.1f} / {_p95(opens):.1f} ms (target < 50) |")


if __name__ == "__main__":
    main()
