"""What opening Frister costs: the core's due list (`CaseService.deadlines` for the 30 days the
view shows, and everything overdue, as the desktop loads it) and filling the Frister view's table
with it, over 220 citizens with 5 efforts and 3 requested documents each (the target in the
follow-up issue: under 50 ms, median).

    .venv/bin/python bench/deadlines_bench.py              # 30 rounds
    .venv/bin/python bench/deadlines_bench.py --rounds 100

One fresh process measures every round on a demo caseload (220 citizens, one year, seed 1) in an
encrypted database (random raw key, as the keyring gives) in a temporary folder on this disk;
"today" is fixed (2026-12-07). The first round is left out (cold caches). Milliseconds: median
and nearest-rank p95. Markdown on stdout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
KEY_HEX = "ef" * 32
TODAY = dt.date(2026, 12, 7)
TARGET_MS = 50.0
EFFORTS, DOCUMENTS = 5, 3


def _fill(path: Path) -> tuple[int, int]:
    """The demo caseload, topped up to EFFORTS efforts and DOCUMENTS requests per open case."""
    from caseapp.demo.generator import generate_demo
    from caseapp.domain.enums import EffortKind
    from caseapp.domain.followup import DocumentRequest, Effort
    from caseapp.service import CaseService
    from caseapp.storage.keys import DatabaseKey

    with CaseService.create(path, DatabaseKey(raw_hex=KEY_HEX)) as service:
        generate_demo(service._db, citizens=220, years=1, seed=1, today=TODAY)
        for c in service.citizens.caseload():
            if c.status == "closed":
                continue
            for i in range(EFFORTS - len(service.efforts.of_citizen(c.id))):
                end = TODAY + dt.timedelta(days=(c.id * 7 + i * 73) % 365)  # spread over a year
                service.efforts.add(Effort(c.id, f"Forløb {i + 1}", TODAY - dt.timedelta(days=60), end,
                                           EffortKind.OTHER, review_on=end - dt.timedelta(days=14)),
                                    provider="Leverandør")
            for i in range(DOCUMENTS - len(service.documents.of_citizen(c.id))):
                service.documents.request(DocumentRequest(c.id, f"Attest {i + 1}", "Lægen",
                                                          TODAY - dt.timedelta(days=20),
                                                          TODAY + dt.timedelta(days=(c.id + 15 * i) % 40 - 10)))
        efforts = service._db.execute("SELECT count(*) FROM efforts").fetchone()[0]
        documents = service._db.execute("SELECT count(*) FROM document_requests").fetchone()[0]
    return efforts, documents


def _worker(path: str, rounds: int) -> dict:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from caseapp.service import CaseService
    from caseapp.storage.keys import DatabaseKey
    from ui.followup.deadlines_view import DeadlinesView

    app = QApplication.instance() or QApplication([])
    view = DeadlinesView(lambda: TODAY)
    view.resize(1200, 700)
    view.show()
    core, fill, lines = [], [], 0
    with CaseService.open(Path(path), DatabaseKey(raw_hex=KEY_HEX)) as service:
        for _ in range(rounds + 1):
            start = time.perf_counter()
            found = service.deadlines(TODAY, days=view.days())
            middle = time.perf_counter()
            view.set_rows(found, view.days())
            app.processEvents()
            end = time.perf_counter()
            core.append((middle - start) * 1000)
            fill.append((end - middle) * 1000)
            lines = len(found)
    return {"core": core[1:], "fill": fill[1:], "lines": lines}


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(_worker(args.worker[0], int(args.worker[1]))))
        return 0
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="caseapp-deadlines-", dir=str(ROOT / "bench")) as tmp:
        path = Path(tmp) / "frister.db"
        efforts, documents = _fill(path)
        done = subprocess.run([sys.executable, __file__, "--worker", str(path), str(args.rounds)],
                              capture_output=True, text=True, cwd=ROOT, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    total = [c + f for c, f in zip(result["core"], result["fill"], strict=True)]
    print(f"{efforts:,} efforts, {documents:,} documents, {result['lines']:,} lines due within 30 days or overdue; "
          f"load average {os.getloadavg()[0]:.2f}\n")
    print("| step | median ms | p95 ms |")
    print("|---|---|---|")
    for name, values in (("due list (core)", result["core"]), ("table filled", result["fill"]),
                         ("both", total)):
        print(f"| {name} | {statistics.median(values):.1f} | {_p95(values):.1f} |")
    verdict = "✓" if statistics.median(total) < TARGET_MS else "✗"
    print(f"\nTarget: opening Frister under {TARGET_MS:.0f} ms (median) {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
