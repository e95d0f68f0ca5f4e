"""A whole team syncing at once through a real PostgreSQL on loopback: timings and convergence.

    .venv/bin/python bench/team_concurrency_bench.py                       # 30 laptops, 8 at a time
    .venv/bin/python bench/team_concurrency_bench.py --laptops 10 --notes 2 --rounds 2
    .venv/bin/python bench/team_concurrency_bench.py --parallel 30         # every laptop at once

A throwaway cluster is started from Debian's `postgresql` binaries (tests/sync/pgcluster.py, as
bench/sync_bench.py does) with its default durability (fsync on). Laptop A (a small demo
caseload, seed 1) creates the team and shares every citizen; N more laptops, each its own
encrypted database and PostgreSQL role, join with one-device invites; A syncs once (it vouches
for them and seals the team key to each).

Then, as whole fresh processes (`python -m caseapp.cli sync`: interpreter start-up, imports and
SQLCipher key derivation included), run through a pool of `--parallel` workers:

1. every laptop's first sync (pull of the shared caseload), all at once;
2. `--rounds` rounds: each laptop signs `--notes` notes on the shared citizens (in this process,
   not timed), then every laptop (A too) syncs, all at once; p50/p95 over every sync of these
   rounds, and the largest;
3. settling rounds (no new notes, all at once) until every laptop holds the same notes, at most
   `--settle` rounds; then, per laptop: the set of note uuids against the union over the team
   (none missing), the row count against the distinct uuids (no duplicates), and the bench's
   own note texts against those written (each exactly once);
4. a late joiner: one more laptop joins, A syncs, and the joiner's first sync pulls the team's
   whole history: wall time, entries pulled, and the entries the server holds.

The load average (/proc/loadavg, 1 min) is read before, every second while the bench runs
(the largest is reported) and after. Markdown on stdout, progress on stderr. Fictional data.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from caseapp.demo.generator import generate_demo  # noqa: E402
from caseapp.domain.enums import NoteKind  # noqa: E402
from caseapp.domain.models import DiaryNote  # noqa: E402
from caseapp.service import CaseService  # noqa: E402
from caseapp.storage.keys import DatabaseKey  # noqa: E402
from caseapp.sync import engine, membership  # noqa: E402
from tests.sync.pgcluster import MEMBER_PASSWORD, PgServer, start_cluster  # noqa: E402

PASSPHRASE = "bench-team-hemmelighed"
KEY = DatabaseKey(passphrase=PASSPHRASE)
NOTE_PREFIX = "Bench-notat"

_CHILD = (
    "import sys, time\n"
    "from caseapp.cli import main\n"
    "t0 = time.perf_counter()\n"
    "code = main(sys.argv[1:])\n"
    "print('@@T', time.perf_counter() - t0, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _env() -> dict[str, str]:
    return os.environ | {
        "CASEAPP_PASSPHRASE": PASSPHRASE, "PGPASSWORD": MEMBER_PASSWORD, "PGPASSFILE": os.devnull,
    }


def _load() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


class LoadWatch:
    """The 1-minute load average, read every second on a thread while the bench runs."""

    def __init__(self) -> None:
        self.before, self.peak, self._stop = _load(), _load(), threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.wait(1.0):
            self.peak = max(self.peak, _load())

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return _load()


@dataclasses.dataclass(frozen=True)
class Sync:
    """One `caseapp sync` process: wall seconds, seconds inside main(), and its JSON report."""

    laptop: str
    wall: float
    inner: float
    code: int
    pushed: int
    pulled: int
    stderr: str


def sync_process(name: str, db: Path) -> Sync:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, "sync", "--json", "--db", str(db)], env=_env(), cwd=ROOT,
        capture_output=True, text=True,
    )
    wall = time.perf_counter() - start
    report = json.loads(done.stdout) if done.returncode in (0, 7) and done.stdout.strip() else {}
    inner = float(done.stderr.split("@@T")[1].split()[0]) if "@@T" in done.stderr else wall
    told = done.stderr.split("@@T")[0].strip()
    return Sync(name, wall, inner, done.returncode, report.get("pushed", 0), report.get("pulled", 0), told)


def sync_all(laptops: dict[str, Path], parallel: int) -> list[Sync]:
    """Every laptop syncs once, `parallel` processes at a time, in the order given."""
    with ThreadPoolExecutor(max_workers=parallel) as pool:
        return list(pool.map(lambda item: sync_process(*item), laptops.items()))


def make_team(pg: PgServer, work: Path, n: int, citizens: int) -> tuple[dict[str, Path], Path]:
    """Laptop A with the demo caseload founds the team and shares it; n laptops join. Returns
    every laptop's database (A first) and A's."""
    a = work / "a.db"
    with CaseService.create(a, KEY) as service:
        generate_demo(service._db, seed=1, citizens=citizens, years=1, today=dt.date(2025, 6, 2))
        created = membership.create_team(service._db, pg.url(pg.member("bench_a")), "Bench-team")
        engine.share(service._db, None, True)
        engine.sync(service._db, "A")  # the first device must be known before it can invite
    laptops = {"a": a}
    for i in range(1, n + 1):
        laptops[f"l{i:02d}"] = join(pg, work, f"l{i:02d}", a, created.invite_code if i == 1 else None)
    with CaseService.open(a, KEY) as service:
        engine.sync(service._db, "A")  # vouches for every joiner, seals the team key to each
    return laptops, a


def join(pg: PgServer, work: Path, name: str, a: Path, code: str | None) -> Path:
    """A new laptop joins with a fresh one-device invite from A (or the team's first invite)."""
    if code is None:
        with CaseService.open(a, KEY) as service:
            code = membership.create_invite(service._db)
    path = work / f"{name}.db"
    with CaseService.create(path, KEY) as service:
        membership.join_team(service._db, pg.url(pg.member(f"bench_{name}")), code)
    return path


def write_notes(laptops: dict[str, Path], per_laptop: int, round_no: int) -> list[str]:
    """Each laptop signs `per_laptop` notes, spread over the shared citizens; returns the texts."""
    texts = []
    when = dt.datetime(2025, 6, 2, 9) + dt.timedelta(minutes=round_no)
    for name, path in laptops.items():
        with CaseService.open(path, KEY) as service:
            ids = sorted(c.id for c in service.citizens.caseload())
            for k in range(per_laptop):
                text = f"{NOTE_PREFIX} {name} runde {round_no} nr. {k}."
                note = DiaryNote(ids[(k + round_no) % len(ids)], NoteKind.OBSERVATION, when, text,
                                 author=name)
                service.diary.sign_note(service.diary.save_draft(note), at=when)
                texts.append(text)
    return texts


@dataclasses.dataclass(frozen=True)
class Holdings:
    uuids: frozenset[str]
    rows: int
    bench_texts: tuple[str, ...]


def holdings(path: Path) -> Holdings:
    with CaseService.open(path, KEY) as service:
        rows = service._db.execute("SELECT uuid, text FROM notes WHERE uuid IS NOT NULL").fetchall()
    return Holdings(frozenset(r[0] for r in rows), len(rows),
                    tuple(sorted(r[1] for r in rows if r[1].startswith(NOTE_PREFIX))))


@dataclasses.dataclass(frozen=True)
class Convergence:
    laptops: int
    team_notes: int
    same_set: int  # laptops holding exactly the team's union of note uuids
    missing: int  # note uuids missing, summed over laptops
    duplicates: int  # rows beyond one per uuid, summed over laptops
    texts_exact: int  # laptops holding each bench note text written exactly once

    @property
    def exact(self) -> bool:
        return self.same_set == self.texts_exact == self.laptops and not self.missing and not self.duplicates


def convergence(laptops: dict[str, Path], written: list[str]) -> Convergence:
    held = {name: holdings(path) for name, path in laptops.items()}
    union = frozenset().union(*(h.uuids for h in held.values()))
    expected = tuple(sorted(written))
    return Convergence(
        len(held), len(union),
        sum(h.uuids == union for h in held.values()),
        sum(len(union - h.uuids) for h in held.values()),
        sum(h.rows - len(h.uuids) for h in held.values()),
        sum(h.bench_texts == expected for h in held.values()),
    )


def server_entries(pg: PgServer) -> int:
    with pg.admin() as conn:
        row = conn.execute("SELECT count(*) FROM caseapp.entries").fetchone()
    return int(row[0]) if row else 0


def _pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))]


@dataclasses.dataclass
class Result:
    loads: dict[str, list[float]] = dataclasses.field(default_factory=dict)  # phase -> load seen
    first: list[Sync] = dataclasses.field(default_factory=list)
    rounds: list[list[Sync]] = dataclasses.field(default_factory=list)
    settle: list[list[Sync]] = dataclasses.field(default_factory=list)
    converged: Convergence | None = None
    late: Sync | None = None
    history: int = 0


def _phase(result: Result, phase: str, laptops: dict[str, Path], parallel: int) -> list[Sync]:
    """Every laptop syncs once; the load average before and after is kept for the phase."""
    result.loads.setdefault(phase, []).append(_load())
    syncs = sync_all(laptops, parallel)
    result.loads[phase].append(_load())
    return syncs


def run(pg: PgServer, work: Path, args: argparse.Namespace) -> Result:
    result = Result()
    t0 = time.perf_counter()
    laptops, a = make_team(pg, work, args.laptops, args.citizens)
    log(f"team of {len(laptops)} made in {time.perf_counter() - t0:.0f} s")
    joiners = {k: v for k, v in laptops.items() if k != "a"}
    result.first = _phase(result, "first", joiners, args.parallel)
    log(f"first syncs: median {statistics.median(s.wall for s in result.first):.2f} s")
    written: list[str] = []
    for r in range(args.rounds):
        written += write_notes(laptops, args.notes, r)
        result.rounds.append(_phase(result, "rounds", laptops, args.parallel))
        log(f"round {r + 1}: median {statistics.median(s.wall for s in result.rounds[-1]):.2f} s")
    for _ in range(args.settle):
        result.settle.append(_phase(result, "settle", laptops, args.parallel))
        result.converged = convergence(laptops, written)
        log(f"settling round {len(result.settle)}: exact = {result.converged.exact}")
        if result.converged.exact:
            break
    late = join(pg, work, "late", a, None)
    with CaseService.open(a, KEY) as service:
        engine.sync(service._db, "A")
    result.history = server_entries(pg)
    result.late = sync_process("late", late)
    log(f"late joiner: {result.late.wall:.2f} s, {result.late.pulled} entries")
    return result


def _failed(syncs: list[Sync]) -> list[Sync]:
    return [s for s in syncs if s.code != 0]


def report(result: Result, args: argparse.Namespace, load: tuple[float, float, float], wall: float) -> None:
    rounds = [s for batch in result.rounds for s in batch]
    settle = [s for batch in result.settle for s in batch]
    print(f"## {args.laptops} laptops syncing at once (PostgreSQL on loopback)\n")
    print(f"- Machine: `{platform.platform()}`, {os.cpu_count()} CPUs, Python "
          f"{platform.python_version()}; load average {load[0]:.2f} before, at most {load[1]:.2f} "
          f"while running, {load[2]:.2f} after; wall time {wall / 60:.1f} min")
    print(f"- Team: A (demo, {args.citizens} citizens, one year, seed 1) + {args.laptops} joiners; "
          f"{args.notes} signed notes per laptop per round, {args.rounds} rounds; "
          f"{args.parallel} sync processes at a time")
    print("- Whole processes (`caseapp sync`: start-up, imports, key derivation included); "
          "seconds; nearest-rank percentiles\n")
    print("| measure | syncs | p50 | p95 | max | p50 inside main() | failed | load at start, end |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for label, phase, syncs in (("first sync of each joiner (pull)", "first", result.first),
                                ("rounds with new notes (push + pull)", "rounds", rounds),
                                ("settling rounds (pull)", "settle", settle)):
        if syncs:
            walls = [s.wall for s in syncs]
            loads = ", ".join(f"{x:.1f}" for x in result.loads.get(phase, []))
            print(f"| {label} | {len(syncs)} | {_pct(walls, 50):.2f} | {_pct(walls, 95):.2f} | "
                  f"{max(walls):.2f} | {statistics.median(s.inner for s in syncs):.2f} | "
                  f"{len(_failed(syncs))} | {loads} |")
    c = result.converged
    print("\n| convergence | value |")
    print("|---|---:|")
    if c is not None:
        print(f"| laptops | {c.laptops} |")
        print(f"| notes in the team (union of uuids) | {c.team_notes} |")
        print(f"| laptops holding exactly that set | {c.same_set} |")
        print(f"| uuids missing (summed over laptops) | {c.missing} |")
        print(f"| duplicate rows (summed over laptops) | {c.duplicates} |")
        print(f"| laptops with each bench note exactly once | {c.texts_exact} |")
        print(f"| settling rounds needed | {len(result.settle)} |")
        print(f"| converged exactly | {'✓' if c.exact else '✗'} |")
    if result.late is not None:
        print("\n| late joiner's first sync | value |")
        print("|---|---:|")
        print(f"| entries on the server (the team's history) | {result.history} |")
        print(f"| entries pulled | {result.late.pulled} |")
        print(f"| wall time (whole process) | {result.late.wall:.2f} s |")
        print(f"| inside main() | {result.late.inner:.2f} s |")
        print(f"| exit code | {result.late.code} |")
    failed = _failed(result.first + rounds + settle)
    for s in failed[:5]:
        print(f"\n- {s.laptop} exited {s.code}: {s.stderr[:200]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--laptops", type=int, default=30, help="laptops joining A's team")
    parser.add_argument("--parallel", type=int, default=8, help="sync processes at a time")
    parser.add_argument("--notes", type=int, default=3, help="signed notes per laptop per round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of new notes and syncs")
    parser.add_argument("--settle", type=int, default=3, help="at most this many settling rounds")
    parser.add_argument("--citizens", type=int, default=10, help="citizens in A's shared caseload")
    args = parser.parse_args()
    pg = start_cluster(durable=True)
    if pg is None:
        raise SystemExit("No PostgreSQL binaries (initdb); install the postgresql package.")
    os.environ.update(_env())
    watch, started = LoadWatch(), time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="caseapp-teambench-") as tmp:
            result = run(pg, Path(tmp), args)
    finally:
        after = watch.stop()
        pg.discard()
    report(result, args, (watch.before, watch.peak, after), time.perf_counter() - started)
    c = result.converged
    return 0 if c is not None and c.exact else 1


if __name__ == "__main__":
    sys.exit(main())
