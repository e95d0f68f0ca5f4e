"""What one access-log row costs: `CaseService.records.record_access` on the UI's own connection, as
opening a citizen or a note does, each row its own committed transaction (BEGIN IMMEDIATE,
the previous row's hash read, the row inserted, COMMIT with `synchronous = FULL`).

    .venv/bin/python bench/access_log_bench.py            # 1,000 rows on an empty log and on 100,000
    .venv/bin/python bench/access_log_bench.py --rows 300

A fresh process per measurement, on a demo caseload of 220 citizens in an encrypted database
(random raw key, as the keyring gives), in a temporary folder on this machine's disk. Figures are
milliseconds per row: median and nearest-rank p95; the target (DESIGN.md's access-log issue) is
a median under 2 ms. Markdown on stdout.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
KEY_HEX = "cd" * 32  # a fixed raw key for throwaway benchmark data
TARGET_MS = 2.0


def _worker(path: str, rows: int, before: int) -> dict:
    sys.path.insert(0, str(ROOT))
    import datetime as dt

    from caseapp.domain.enums import AccessAction
    from caseapp.service import CaseService
    from caseapp.storage import access_log
    from caseapp.storage.keys import DatabaseKey

    with CaseService.open(Path(path), DatabaseKey(raw_hex=KEY_HEX)) as service:
        ids = [c.id for c in service.citizens.caseload()]
        if before:  # an old log, written in one go (not measured)
            access_log.record(service._db, AccessAction.OPENED_CITIZEN,
                              [ids[i % len(ids)] for i in range(before)], now=dt.datetime(2026, 9, 1))
        times = []
        for i in range(rows):
            start = time.perf_counter()
            service.records.record_access(AccessAction.OPENED_CITIZEN, [ids[i % len(ids)]])
            times.append((time.perf_counter() - start) * 1000)
        assert not service.check().access_log_problems
    return {"times": times}


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def _run(path: Path, rows: int, before: int) -> list[float]:
    done = subprocess.run([sys.executable, __file__, "--worker", str(path), str(rows), str(before)],
                          capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])["times"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        path, rows, before = args.worker
        print(json.dumps(_worker(path, int(rows), int(before))))
        return 0
    sys.path.insert(0, str(ROOT))
    from caseapp.demo.generator import generate_demo
    from caseapp.service import CaseService
    from caseapp.storage.keys import DatabaseKey

    print("| log before | rows | median ms | p95 ms | target |")
    print("|---|---|---|---|---|")
    for before in (0, 100_000):
        with tempfile.TemporaryDirectory(prefix="caseapp-logbench-", dir=str(ROOT / "bench")) as tmp:
            path = Path(tmp) / "log.db"
            with CaseService.create(path, DatabaseKey(raw_hex=KEY_HEX)) as service:
                generate_demo(service._db, citizens=220, years=1, seed=1)
            times = _run(path, args.rows, before)
        median = statistics.median(times)
        verdict = "✓" if median < TARGET_MS else "✗"
        print(f"| {before:,} | {len(times):,} | {median:.2f} | {_p95(times):.2f} | "
              f"< {TARGET_MS:.0f} ms {verdict} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
