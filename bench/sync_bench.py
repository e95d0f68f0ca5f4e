"""Benchmark of team sharing through a real PostgreSQL on loopback, against a floor.

    .venv/bin/python bench/sync_bench.py                  # 220 citizens: first sync + 50 changes
    .venv/bin/python bench/sync_bench.py --rounds 15      # more incremental rounds
    .venv/bin/python bench/sync_bench.py --first-rounds 1 # one first sync instead of three
    .venv/bin/python bench/sync_bench.py --stress         # also the ~1M-note bosted set

A throwaway cluster is started from Debian's `postgresql` binaries (as tests/sync do) with its
default durability settings. Per first-sync round, on fresh copies of the same two databases:
laptop A (the demo caseload) creates the team (`membership.create_team`) and shares all
citizens; laptop B joins with the invite code (`membership.join_team`); A's first
`caseapp sync` pushes the whole caseload and vouches for B (sealing the team key to it); B's
first `caseapp sync` pulls and applies it. Both are fresh processes
(`python -m caseapp.cli sync`): wall time, and the child's own peak RSS (VmHWM).

The floor, measured in the same round on the same rows, also as whole fresh processes (same
interpreter start-up, same SQLCipher passphrase and key derivation through
`caseapp.storage.connection.connect`), run by bench/sync_floor.py:

- floor push: read A's outbox rows (kind, uuid, op, fields, hlc); json-encode each entry,
  AES-GCM-encrypt it (one AESGCM object) and insert the rows into a PostgreSQL table shaped like
  `caseapp.entries` with `executemany`, batches of 2000, one commit a batch, one connection over
  TCP loopback as the cluster's DBA; then one SQLite transaction on a copy of A records what was
  sent (the sealed rows into `sync_sent`, the rows deleted from `sync_outbox`);
- floor pull: select those rows back in batches of 2000, decrypt, json-decode, and insert the
  decoded rows into a fresh copy of B's own tables (the table per kind the app uses, the entry's
  fields that are columns, uuid references looked up by a sub-select, the links of notes and
  statuses to goals), `executemany` per run of rows of one table, all in one transaction, with
  the notes' full-text rows added by one INSERT ... SELECT as the app does.

Why this floor: issue 17 defines it as AES-GCM + json + one SQLite transaction + the PostgreSQL
insert. The floor before (kept, labelled "single-table floor") had no SQLite transaction on
push, and its pull wrote one plain table without indexes, while the app must put the rows into
its own tables, with their indexes, foreign keys and full-text index: work no sync can skip.
The report shows our ratio to both.

No signing, chaining, padding, checks, merging or clocks: the floor is what moving the same rows
through the same two databases into the same tables costs at least. The in-process figures
(from `main()` or the floor's work after imports) are printed too; the ratios are whole process
against whole process.

Incremental sync of 50 changes: per round, 50 edits on A (25 citizen fields, 25 signed notes),
then A's sync (push) and B's sync (pull and apply), timed in one long-lived process per laptop
through `engine.sync`, as the desktop app's timer would run it; p50 over rounds.

With --stress: one first-sync round of the bosted set (30 residents, ten years, 64 notes per
resident per week, about 970 000 notes), with its floor and peak RSS; its cost per entry is
compared with the 220-citizen set's, ours and the floor's (the floor keeps every row of its push
in memory: about 4 GB on this set).

Markdown on stdout, progress on stderr. Data are fictional (caseapp.demo).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from bench.sync_floor import CPU_SECONDS, FLOOR_SCHEMA, HWM_KB, PASSPHRASE  # noqa: E402
from caseapp.demo.generator import generate_demo  # noqa: E402
from caseapp.domain.enums import NoteKind  # noqa: E402
from caseapp.domain.models import DiaryNote  # noqa: E402
from caseapp.service import CaseService  # noqa: E402
from caseapp.storage.keys import DatabaseKey  # noqa: E402
from caseapp.sync import engine, membership  # noqa: E402
from tests.sync.pgcluster import MEMBER_PASSWORD, PgServer, start_cluster  # noqa: E402

TODAY = "2025-06-02"  # the generator's "today", fixed so every run builds the same rows
FLOOR = HERE / "sync_floor.py"
KEY = DatabaseKey(passphrase=PASSPHRASE)

# First push and first pull of the 220-citizen set: whole process, at most this many times the
# floor's whole process on the same rows.
TARGET_FLOOR_RATIO = 1.5
# Incremental sync of 50 changes on loopback, p50 of each side.
TARGET_INCREMENTAL_P50_MS = 100.0
# The ~1M-note set: time per entry (push and pull) at most this many times the 220-citizen set's.
TARGET_STRESS_PER_ENTRY_RATIO = 1.0
# Peak RSS of any sync process.
TARGET_RSS_MB = 250.0


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _env() -> dict[str, str]:
    return os.environ | {
        "CASEAPP_PASSPHRASE": PASSPHRASE, "PGPASSWORD": MEMBER_PASSWORD, "PGPASSFILE": os.devnull,
    }


_CHILD = (
    "import sys, time\n"
    "from caseapp.cli import main\n"
    "t0 = time.perf_counter()\n"
    "code = main(sys.argv[1:])\n"
    "print('@@T', time.perf_counter() - t0, file=sys.stderr)\n"
    f"print('@@HWM', {HWM_KB}, file=sys.stderr)\n"
    f"print('@@CPU', {CPU_SECONDS}, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


@dataclasses.dataclass
class Run:
    """One fresh process: wall seconds, seconds inside it (after imports), peak RSS in MB, and
    its own CPU seconds."""

    wall: float
    inner: float
    rss: float
    cpu: float
    phases: dict = dataclasses.field(default_factory=dict)


def _marker(stderr: str, name: str) -> str:
    return stderr.split(f"@@{name}")[1].strip().split("\n")[0].strip()


def _finish(start: float, done: subprocess.CompletedProcess, what: str) -> Run:
    wall = time.perf_counter() - start
    if done.returncode != 0 or "@@HWM" not in done.stderr:
        raise SystemExit(f"{what} failed: {done.stderr}")
    phases = json.loads(_marker(done.stderr, "FLOOR")) if "@@FLOOR" in done.stderr else {}
    return Run(wall, float(_marker(done.stderr, "T")), int(_marker(done.stderr, "HWM")) / 1024,
               float(_marker(done.stderr, "CPU")), phases)


def timed_process(*args: str) -> Run:
    """Run `caseapp ARGS` in a fresh interpreter. The peak is the child's own VmHWM: ru_maxrss
    from wait4 would count the parent's pages at fork time."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _CHILD, *args], env=_env(), cwd=ROOT,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return _finish(start, done, f"caseapp {' '.join(args)}")


def floor_process(params: dict) -> Run:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, str(FLOOR)], input=json.dumps(params),
                          env=_env(), cwd=ROOT, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    return _finish(start, done, f"floor {params['mode']}")


def make_laptop(path: Path, **demo: object) -> None:
    with CaseService.create(path, KEY) as service:
        if demo:
            generate_demo(service._db, seed=1, today=dt.date.fromisoformat(TODAY),  # type: ignore[arg-type]
                          **demo)


def _copy_db(source: Path, target: Path) -> None:
    """A byte copy of a closed database (its WAL is checkpointed at close)."""
    for suffix in ("", "-wal"):
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")


def _dba_conninfo(pg: PgServer) -> str:
    password = (pg.root / "pw").read_text().strip()  # the throwaway cluster's DBA
    return f"host=127.0.0.1 port={pg.port} dbname=caseapp user=dba password={password}"


def _make_floor_table(pg: PgServer) -> None:
    with pg.admin() as conn:
        conn.execute(f"CREATE SCHEMA IF NOT EXISTS {FLOOR_SCHEMA}")
        conn.execute(
            f"CREATE TABLE IF NOT EXISTS {FLOOR_SCHEMA}.entries (team_id uuid NOT NULL, "
            "seq bigint NOT NULL, device_id uuid NOT NULL, device_seq bigint NOT NULL, "
            "proto smallint NOT NULL, key_epoch integer NOT NULL, prev bytea NOT NULL, "
            "nonce bytea NOT NULL, payload bytea NOT NULL, signature bytea NOT NULL, "
            "stored_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (team_id, seq), "
            "UNIQUE (team_id, device_id, device_seq))"
        )


@dataclasses.dataclass
class FirstSync:
    label: str
    citizens: int
    notes: int
    entries: int  # outbox rows A pushes (the shared rows and the team's name)
    push: list[Run] = dataclasses.field(default_factory=list)
    pull: list[Run] = dataclasses.field(default_factory=list)
    floor_push: list[Run] = dataclasses.field(default_factory=list)
    floor_pull: list[Run] = dataclasses.field(default_factory=list)
    # The floor before: push without a SQLite write, pull into one plain table (sync_floor.py).
    single_push: list[Run] = dataclasses.field(default_factory=list)
    single_pull: list[Run] = dataclasses.field(default_factory=list)
    a: Path | None = None
    b: Path | None = None


def first_sync(pg: PgServer, work: Path, label: str, rounds: int, floor: bool, **demo: object) -> FirstSync:
    a0, b0 = work / f"{label}-a0.db", work / f"{label}-b0.db"
    t0 = time.perf_counter()
    make_laptop(a0, **demo)
    make_laptop(b0)
    with CaseService.open(a0, KEY) as service:
        result = FirstSync(label, service.citizens.citizen_count(), service.diary.note_count(), 0)
    log(f"{label}: generated in {time.perf_counter() - t0:.0f} s")
    os.environ.update(_env())
    for r in range(rounds):
        a, b, fa, fb, sb = (work / f"{label}-{r}-{x}.db" for x in ("a", "b", "floor-a", "floor-b", "single-b"))
        _copy_db(a0, a)
        for copy in (b, fb, sb):
            _copy_db(b0, copy)
        role_a, role_b = pg.member("bench_a"), pg.member("bench_b")
        with CaseService.open(a, KEY) as service:
            created = membership.create_team(service._db, pg.url(role_a), "Bench")
            engine.share(service._db, None, True)
            result.entries = service._db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
        _copy_db(a, fa)  # the floor's push records what it sent: on its own copy of A
        with CaseService.open(b, KEY) as service:
            membership.join_team(service._db, pg.url(role_b), created.invite_code)
        params = {"db": str(a), "pg": _dba_conninfo(pg), "aes_key": os.urandom(32).hex(),
                  "team": str(uuid.uuid4()), "device": str(uuid.uuid4())}
        single = params | {"team": str(uuid.uuid4())}  # its own rows on the server
        log(f"{label} round {r + 1}/{rounds}: {result.entries} entries queued")
        if floor:
            result.floor_push.append(floor_process(params | {"mode": "push", "db": str(fa)}))
            result.single_push.append(floor_process(single | {"mode": "push-single"}))
            log(f"  floor push {result.floor_push[-1].wall:.1f} s, single-table floor push "
                f"{result.single_push[-1].wall:.1f} s")
        result.push.append(timed_process("sync", "--db", str(a)))
        log(f"  first push {result.push[-1].wall:.1f} s")
        if floor:
            result.floor_pull.append(floor_process(params | {"mode": "pull", "db": str(fb)}))
            result.single_pull.append(floor_process(single | {"mode": "pull-single", "db": str(sb)}))
            log(f"  floor pull {result.floor_pull[-1].wall:.1f} s, single-table floor pull "
                f"{result.single_pull[-1].wall:.1f} s")
        result.pull.append(timed_process("sync", "--db", str(b)))
        log(f"  first pull {result.pull[-1].wall:.1f} s")
        with CaseService.open(b, KEY) as service:
            assert service.citizens.citizen_count() == result.citizens, "B did not receive every citizen"
            if service.diary.note_count() != result.notes:
                log(f"  B has {service.diary.note_count()} of A's {result.notes} notes (drafts stay local)")
        if r < rounds - 1:
            for path in (a, b, fa, fb, sb):
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
        result.a, result.b = a, b
    return result


def fifty_changes(service: CaseService, round_no: int) -> None:
    ids = [c.id for c in service.citizens.caseload() if c.deletion_date is None][:25]  # a closed case refuses edits
    with service._db.atomic():
        for i, citizen_id in enumerate(ids):
            c = service.citizens.citizen(citizen_id)
            service.citizens.update_citizen(dataclasses.replace(c, next_step=f"Opfølgning {round_no}.{i}"))
    when = dt.datetime(2025, 6, 2, 9) + dt.timedelta(minutes=round_no)
    for i, citizen_id in enumerate(ids):
        note = DiaryNote(citizen_id, NoteKind.OBSERVATION, when, f"Bench-notat {round_no}.{i}",
                         author="A")
        service.diary.sign_note(service.diary.save_draft(note))


def incremental(first: FirstSync, rounds: int) -> dict:
    push_ms, pull_ms = [], []
    assert first.a is not None and first.b is not None
    with CaseService.open(first.a, KEY) as sa, CaseService.open(first.b, KEY) as sb:
        for r in range(rounds):
            fifty_changes(sa, r)
            t0 = time.perf_counter()
            report_a = engine.sync(sa._db, "A")
            t1 = time.perf_counter()
            report_b = engine.sync(sb._db, "B")
            t2 = time.perf_counter()
            assert report_a.pushed >= 50 and report_b.pulled == report_a.pushed, (report_a, report_b)
            push_ms.append((t1 - t0) * 1000)
            pull_ms.append((t2 - t1) * 1000)
    return {"push_ms": push_ms, "pull_ms": pull_ms, "rounds": rounds,
            "entries": report_a.pushed}


def _med(runs: list[Run], attr: str = "wall") -> float:
    return statistics.median(getattr(r, attr) for r in runs)


def _ok(value: float, limit: float) -> str:
    return "✓" if value <= limit else "✗"


def _sides(r: FirstSync) -> tuple[tuple[str, list[Run], list[Run], list[Run]], ...]:
    return (("push", r.push, r.floor_push, r.single_push), ("pull", r.pull, r.floor_pull, r.single_pull))


def report(results: list[FirstSync], inc: dict, load: tuple[str, str]) -> None:
    base = results[0]
    print("## Sync through PostgreSQL (loopback)\n")
    print(f"- Machine: `{platform.platform()}`, {os.cpu_count()} CPUs, Python "
          f"{platform.python_version()}; load average {load[0]} before, {load[1]} after")
    print("- Whole processes (interpreter start-up, imports, SQLCipher key derivation included); "
          "medians over first-sync rounds; the floor runs in the same round on the same rows\n")
    print("### First sync against the floor\n")
    print("The floor: AES-GCM + json + one SQLite transaction + the PostgreSQL insert, the rows "
          "landing in B's real tables (bench/sync_floor.py). The single-table floor (the floor "
          "before) writes nothing to SQLite on push and one plain table on pull.\n")
    print("| set | entries | measure | rounds | floor median | single-table floor median | ours median "
          "| ratio to floor | ratio to single-table floor | target | met |")
    print("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in results:
        for side, ours, floor, single in _sides(r):
            if floor:
                ratio = _med(ours) / _med(floor)
                target = f"< {TARGET_FLOOR_RATIO}× floor" if r is base else "–"
                met = _ok(ratio, TARGET_FLOOR_RATIO) if r is base else ""
                print(f"| {r.label} | {r.entries} | first {side} | {len(ours)} | {_med(floor):.2f} s | "
                      f"{_med(single):.2f} s | {_med(ours):.2f} s | {ratio:.2f}× | "
                      f"{_med(ours) / _med(single):.2f}× | {target} | {met} |")
            else:
                print(f"| {r.label} | {r.entries} | first {side} | {len(ours)} | – | – | "
                      f"{_med(ours):.2f} s | – | – | – | |")
    for title, attr in (
        ("Inside the process (after interpreter start-up and imports)", "inner"),
        ("CPU time of each process (its own user + system seconds; PostgreSQL's work is not in it)", "cpu"),
    ):
        print(f"\n### {title}\n")
        print("| set | measure | floor median | single-table floor median | ours median | ratio to floor "
              "| ratio to single-table floor |")
        print("|---|---|---:|---:|---:|---:|---:|")
        for r in results:
            for side, ours, floor, single in _sides(r):
                if floor:
                    mine = _med(ours, attr)
                    print(f"| {r.label} | first {side} | {_med(floor, attr):.2f} s | {_med(single, attr):.2f} s | "
                          f"{mine:.2f} s | {mine / _med(floor, attr):.2f}× | {mine / _med(single, attr):.2f}× |")
                else:
                    print(f"| {r.label} | first {side} | – | – | {_med(ours, attr):.2f} s | – | – |")
    print("\n### Peak memory (VmHWM of each process, largest over rounds)\n")
    print("| set | process | peak RSS | target | met |")
    print("|---|---|---:|---:|---|")
    for r in results:
        for name, runs in (("first push", r.push), ("first pull", r.pull),
                           ("floor push", r.floor_push), ("floor pull", r.floor_pull),
                           ("single-table floor push", r.single_push),
                           ("single-table floor pull", r.single_pull)):
            if runs:
                peak = max(x.rss for x in runs)
                own = name.startswith("first")
                print(f"| {r.label} | {name} | {peak:.0f} MB | {f'< {TARGET_RSS_MB:.0f} MB' if own else '–'} | "
                      f"{_ok(peak, TARGET_RSS_MB) if own else ''} |")
    if len(results) > 1:
        print("\n### Cost per entry, stress set against the 220-citizen set\n")
        print("The floor's own growth beside ours: the same rows into the same tables, whose uuid "
              "indexes outgrow the page cache on the large set.\n")
        print("| set | measure | entries | per entry | 220-citizen per entry | ratio | target | met "
              "| floor per entry | floor's ratio |")
        print("|---|---|---:|---:|---:|---:|---:|---|---:|---:|")
        for r in results[1:]:
            for side, ours, b, floor, base_floor in (
                ("first push", r.push, base.push, r.floor_push, base.floor_push),
                ("first pull", r.pull, base.pull, r.floor_pull, base.floor_pull),
            ):
                mine, theirs = _med(ours) / r.entries, _med(b) / base.entries
                floor_cell = "– | –"
                if floor and base_floor:
                    f_mine, f_base = _med(floor) / r.entries, _med(base_floor) / base.entries
                    floor_cell = f"{f_mine * 1e6:.0f} µs | {f_mine / f_base:.2f}×"
                print(f"| {r.label} | {side} | {r.entries} | {mine * 1e6:.0f} µs | {theirs * 1e6:.0f} µs | "
                      f"{mine / theirs:.2f}× | < {TARGET_STRESS_PER_ENTRY_RATIO}× | "
                      f"{_ok(mine / theirs, TARGET_STRESS_PER_ENTRY_RATIO)} | {floor_cell} |")
    print(f"\n### Incremental sync of 50 changes ({base.label}, {inc['rounds']} rounds, "
          f"{inc['entries']} entries a round)\n")
    print("| measure | median | max | target | met |")
    print("|---|---:|---:|---:|---|")
    for side, key in (("push (A's engine.sync)", "push_ms"), ("pull and apply (B's engine.sync)", "pull_ms")):
        p50 = statistics.median(inc[key])
        print(f"| {side} | {p50:.0f} ms | {max(inc[key]):.0f} ms | < {TARGET_INCREMENTAL_P50_MS:.0f} ms | "
              f"{_ok(p50, TARGET_INCREMENTAL_P50_MS)} |")
    print("\nEvery sample (seconds, whole process):")
    for r in results:
        for name, runs in (("floor push", r.floor_push), ("single-table floor push", r.single_push),
                           ("first push", r.push), ("floor pull", r.floor_pull),
                           ("single-table floor pull", r.single_pull), ("first pull", r.pull)):
            if runs:
                print(f"- {r.label}, {name}: " + ", ".join(f"{x.wall:.2f}" for x in runs))
    print("- incremental push ms: " + ", ".join(f"{x:.0f}" for x in inc["push_ms"]))
    print("- incremental pull ms: " + ", ".join(f"{x:.0f}" for x in inc["pull_ms"]))


def _load() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=9, help="incremental rounds")
    parser.add_argument("--first-rounds", type=int, default=3,
                        help="first-sync rounds of the 220-citizen set, each with its floor")
    parser.add_argument("--stress", action="store_true", help="also the ~1M-note bosted set")
    args = parser.parse_args()
    pg = start_cluster(durable=True)
    if pg is None:
        raise SystemExit("No PostgreSQL binaries (initdb); install the postgresql package.")
    load_before = _load()
    try:
        _make_floor_table(pg)
        with tempfile.TemporaryDirectory(prefix="caseapp-syncbench-") as tmp:
            work = Path(tmp)
            results = [first_sync(pg, work, "220 citizens", args.first_rounds, True,
                                  citizens=220, years=2)]
            inc = incremental(results[0], args.rounds)
            if args.stress:
                results.append(first_sync(
                    pg, work, "bosted ~1M notes", 1, True, citizens=30, years=10,
                    notes_per_week=64, scenario_weights={"bosted": 1.0},
                ))
            report(results, inc, (load_before, _load()))
    finally:
        pg.discard()
    return 0


if __name__ == "__main__":
    sys.exit(main())
