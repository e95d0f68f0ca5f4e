"""Benchmark of the Dagbog tab on one resident with about 30,000 notes ("a citizen
with 30,000 notes scrolls smoothly (the list model fetches lazily)").

    .venv/bin/python bench/diary_ui_bench.py               # generate (about 1 min) and measure
    .venv/bin/python bench/diary_ui_bench.py --reuse       # keep bench/data/diary-30k.db

One bosted resident over ten years at 60 notes a week (`generate_demo(citizens=1, years=10,
notes_per_week=60, scenario_weights={"bosted": 1}, seed=3)`) in an encrypted store; the DiaryTab
offscreen at 1100x700. Measured, each from the call to a synchronous repaint:

- open: DiaryTab.show_citizen (authors, the first page of 200, the first note's detail);
- fetchMore: one more page of 200 as the view asks when scrolled to the end (every page
  down to the oldest note, so the deep OFFSETs count too);
- scroll step: the vertical scroll bar moved one page (what the user's wheel does), with
  any fetchMore it triggers;
- filter by sub-goal, full-text search ("bussen"), and the two together;
- jump: select_note on the oldest note (loads every row down to it).

Results print as Markdown (milliseconds): median, 95th percentile, max.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QModelIndex  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from caseapp.domain.enums import GoalLevel  # noqa: E402
from caseapp.service import CaseService  # noqa: E402
from caseapp.storage.keys import DatabaseKey  # noqa: E402
from ui.diary.diary_tab import DiaryTab  # noqa: E402
from ui.shell.app import application  # noqa: E402

DATA = ROOT / "bench" / "data"
PASSPHRASE = "diary-bench"
SEED = 3  # seed 3's resident has lived there ten years: 30,635 notes (seed 1's only 3,899)


def _open(path: Path, reuse: bool) -> CaseService:
    key = DatabaseKey(passphrase=PASSPHRASE)
    if reuse and path.exists():
        return CaseService.open(path, key)
    from caseapp.demo.generator import generate_demo

    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    service = CaseService.create(path, key)
    started = time.perf_counter()
    generate_demo(service._db, citizens=1, years=10, notes_per_week=60,
                  scenario_weights={"bosted": 1}, seed=SEED)
    print(f"generated in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return service


def _time(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return (time.perf_counter() - start) * 1000


def _row(name: str, samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return (f"| {name} | {len(samples)} | {statistics.median(samples):.1f} | {p95:.1f} "
            f"| {max(samples):.1f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reuse", action="store_true", help="keep a generated data set")
    parser.add_argument("--db", type=Path, default=DATA / "diary-30k.db")
    args = parser.parse_args()
    application()
    service = _open(args.db, args.reuse)
    citizen = service.citizens.caseload()[0]
    total = service.diary.note_count(citizen.id)
    tab = DiaryTab(service)
    tab.resize(1100, 700)
    tab.show()
    results: dict[str, list[float]] = {}

    def painted(func: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            func()
            tab.repaint()
        return run

    results["open (show_citizen)"] = [
        _time(painted(lambda: tab.show_citizen(citizen.id))) for _ in range(5)]

    model = tab.model
    fetch: list[float] = []
    while model.canFetchMore(QModelIndex()):
        fetch.append(_time(painted(lambda: model.fetchMore(QModelIndex()))))
    results["fetchMore (200 rows)"] = fetch

    tab.show_citizen(citizen.id)
    bar = tab.table.verticalScrollBar()
    steps: list[float] = []
    for _ in range(400):
        steps.append(_time(painted(lambda: (bar.setValue(bar.value() + bar.pageStep()),
                                            QApplication.processEvents()))))
    results["scroll one page"] = steps
    scrolled_rows = model.rowCount()

    goal = next(g for g in service.plans.goals(citizen.id) if g.level == GoalLevel.SUB)
    bar_filter = tab.filters

    def by_goal() -> None:
        bar_filter.goal.setCurrentIndex(bar_filter.goal.findData(goal.id))

    def clear() -> None:
        bar_filter.set_citizen(citizen.id, service.plans.goals(citizen.id, include_archived=True), [])

    def search(text: str) -> Callable[[], None]:
        def run() -> None:
            bar_filter.search.setText(text)
            bar_filter.apply_now()
        return run

    for name, func in (("filter: sub-goal", by_goal), ("search: bussen", search("bussen")),
                       ("search: m (one letter)", search("m"))):
        samples = []
        for _ in range(15):
            clear()
            tab.apply_filter()
            samples.append(_time(painted(func)))
        results[name] = samples
    samples = []
    for _ in range(15):
        clear()
        by_goal()
        samples.append(_time(painted(search("bussen"))))
    results["sub-goal + search"] = samples

    clear()
    tab.apply_filter()
    oldest = service.diary.find_notes(tab.model.note_filter, limit=1, offset=tab.model.total - 1)[0]
    jump = []
    for _ in range(3):
        tab.show_citizen(citizen.id)
        jump.append(_time(painted(lambda: tab.select_note(oldest.id or 0))))
    results["jump to the oldest note"] = jump

    print(f"\nOne resident, {total:,} notes (the list shows {tab.model.total:,}: corrected "
          f"originals hidden); scrolling 400 pages loaded {scrolled_rows:,} rows.\n")
    print("| step | n | median ms | p95 ms | max ms |\n|---|---|---|---|---|")
    for name, samples in results.items():
        print(_row(name, samples))
    tab.close()
    service.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
