"""Benchmark of team sharing through a real PostgreSQL on loopback (issue 12, DESIGN.md 7a).

    .venv/bin/python bench/sync_bench.py               # 220 citizens: first sync + 50 changes
    .venv/bin/python bench/sync_bench.py --stress      # also the ~1M-note bosted set
    .venv/bin/python bench/sync_bench.py --rounds 15

A throwaway cluster is started from Debian's `postgresql` binaries (as tests/sync do) with its
default durability settings. Laptop A (the demo caseload) creates the team and shares all
citizens; laptop B joins. Measured:

- first full sync: A's first `caseapp sync` (pushes the whole caseload) and B's first (pulls
  and applies it), each a fresh process (`python -m caseapp.cli sync`), wall time and peak RSS;
- incremental sync of 50 changes: per round, 50 edits on A (25 citizen fields, 25 signed
  notes), then A's sync (push) and B's sync (pull and apply), timed in one long-lived process
  per laptop through `engine.sync`, as the desktop app's timer would run it; p50 over rounds;
- with --stress: the same first sync of the bosted set (30 residents, ten years, 64 notes per
  resident per week, about 970 000 notes).

Markdown on stdout, progress on stderr. Data are fictional (caseapp.demo).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from caseapp.demo.generator import generate_demo  # noqa: E402
from caseapp.domain.enums import NoteKind  # noqa: E402
from caseapp.domain.models import DiaryNote  # noqa: E402
from caseapp.service import CaseService  # noqa: E402
from caseapp.storage.keys import DatabaseKey  # noqa: E402
from caseapp.sync import engine  # noqa: E402
from tests.sync.pgcluster import MEMBER_PASSWORD, PgServer, start_cluster  # noqa: E402

PASSPHRASE = "bench-sync-hemmelighed"
KEY = DatabaseKey(passphrase=PASSPHRASE)

TARGET_INCREMENTAL_P50_MS = 200.0
TARGET_FIRST_SYNC_S = 10.0
TARGET_RSS_MB = 250.0


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _env() -> dict[str, str]:
    return os.environ | {
        "CASEAPP_PASSPHRASE": PASSPHRASE, "PGPASSWORD": MEMBER_PASSWORD, "PGPASSFILE": os.devnull,
    }


_CHILD = (
    "import sys\n"
    "from caseapp.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "status = open('/proc/self/status').read()\n"
    "print('@@HWM', status.split('VmHWM:')[1].split()[0], file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def timed_process(*args: str) -> tuple[float, float]:
    """Run `caseapp ARGS` in a fresh interpreter; (seconds, peak RSS in MB). The peak is the
    child's own VmHWM: ru_maxrss from wait4 would count the parent's pages at fork time."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _CHILD, *args], env=_env(), cwd=ROOT,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"caseapp {' '.join(args)} failed: {done.stderr}")
    kib = int(done.stderr.split("@@HWM")[1].split()[0])
    return seconds, kib / 1024


def make_laptop(path: Path, **demo: object) -> None:
    with CaseService.create(path, KEY) as service:
        if demo:
            generate_demo(service.db, seed=1, **demo)  # type: ignore[arg-type]


def first_sync(pg: PgServer, work: Path, label: str, **demo: object) -> dict:
    a, b = work / f"{label}-a.db", work / f"{label}-b.db"
    t0 = time.perf_counter()
    make_laptop(a, **demo)
    make_laptop(b)
    log(f"{label}: generated in {time.perf_counter() - t0:.0f} s")
    role_a, role_b = pg.member("bench_a"), pg.member("bench_b")
    os.environ.update(_env())
    with CaseService.open(a, KEY) as service:
        created = engine.create_team(service.db, pg.url(role_a), "Bench", "A")
        queued = engine.share(service.db, None, True)
        notes = service.note_count()
        citizens = service.citizen_count()
    with CaseService.open(b, KEY) as service:
        engine.join_team(service.db, pg.url(role_b), created.invite_code)
    log(f"{label}: {queued} entries queued; pushing")
    push_s, push_rss = timed_process("sync", "--db", str(a))
    log(f"{label}: pushed in {push_s:.1f} s; pulling")
    pull_s, pull_rss = timed_process("sync", "--db", str(b))
    with CaseService.open(b, KEY) as service:
        assert service.citizen_count() == citizens, "B did not receive every citizen"
    return {"label": label, "citizens": citizens, "notes": notes, "entries": queued,
            "push_s": push_s, "push_rss": push_rss, "pull_s": pull_s, "pull_rss": pull_rss,
            "a": a, "b": b}


def fifty_changes(service: CaseService, round_no: int) -> None:
    ids = [c.id for c in service.caseload()][:25]
    with service.db.atomic():
        for i, citizen_id in enumerate(ids):
            c = service.citizen(citizen_id)
            service.update_citizen(dataclasses.replace(c, next_step=f"Opfølgning {round_no}.{i}"))
    when = dt.datetime(2025, 6, 2, 9) + dt.timedelta(minutes=round_no)
    for i, citizen_id in enumerate(ids):
        note = DiaryNote(citizen_id, NoteKind.OBSERVATION, when, f"Bench-notat {round_no}.{i}",
                         author="A")
        service.sign_note(service.save_draft(note))


def incremental(first: dict, rounds: int) -> dict:
    push_ms, pull_ms = [], []
    with CaseService.open(first["a"], KEY) as sa, CaseService.open(first["b"], KEY) as sb:
        for r in range(rounds):
            fifty_changes(sa, r)
            t0 = time.perf_counter()
            report_a = engine.sync(sa.db, "A")
            t1 = time.perf_counter()
            report_b = engine.sync(sb.db, "B")
            t2 = time.perf_counter()
            assert report_a.pushed == 50 and report_b.applied == 50, (report_a, report_b)
            push_ms.append((t1 - t0) * 1000)
            pull_ms.append((t2 - t1) * 1000)
    return {"push_p50": statistics.median(push_ms), "pull_p50": statistics.median(pull_ms),
            "push_max": max(push_ms), "pull_max": max(pull_ms), "rounds": rounds}


def report(results: list[dict], inc: dict) -> None:
    print("## Sync through PostgreSQL (loopback)\n")
    print("| set | citizens | notes | entries | first push | RSS | first pull | RSS |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(f"| {r['label']} | {r['citizens']} | {r['notes']} | {r['entries']} | "
              f"{r['push_s']:.1f} s | {r['push_rss']:.0f} MB | {r['pull_s']:.1f} s | "
              f"{r['pull_rss']:.0f} MB |")
    print(f"\nIncremental sync of 50 changes on the 220-citizen set, {inc['rounds']} rounds: "
          f"push p50 {inc['push_p50']:.0f} ms (max {inc['push_max']:.0f}), "
          f"pull and apply p50 {inc['pull_p50']:.0f} ms (max {inc['pull_max']:.0f}); "
          f"target p50 < {TARGET_INCREMENTAL_P50_MS:.0f} ms.")
    print(f"Targets: first sync of 220 citizens < {TARGET_FIRST_SYNC_S:.0f} s per side, "
          f"memory < {TARGET_RSS_MB:.0f} MB.")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--stress", action="store_true", help="also the ~1M-note bosted set")
    args = parser.parse_args()
    pg = start_cluster(durable=True)
    if pg is None:
        raise SystemExit("No PostgreSQL binaries (initdb); install the postgresql package.")
    try:
        with tempfile.TemporaryDirectory(prefix="caseapp-syncbench-") as tmp:
            work = Path(tmp)
            results = [first_sync(pg, work, "220 citizens", citizens=220, years=2)]
            inc = incremental(results[0], args.rounds)
            if args.stress:
                results.append(first_sync(
                    pg, work, "bosted ~1M notes", citizens=30, years=10, notes_per_week=64,
                    scenario_weights={"bosted": 1.0},
                ))
            report(results, inc)
    finally:
        pg.discard()
    return 0


if __name__ == "__main__":
    sys.exit(main())
