"""Two-letter prefixes in full-text search, with and without FTS5 prefix indexes (m016).

    .venv/bin/python bench/fts_prefix_bench.py               # 5 fresh processes
    .venv/bin/python bench/fts_prefix_bench.py --rounds 9 --regenerate

Data: the stress set of notes_bench.py (30 residents over ten years, about 970,000 notes,
as-generated layout; generated on first use, about 30 s). Two byte copies of it are made:
"before", whose notes_fts is built again exactly as m002 defines it (no prefix option), and
"after", whose notes_fts is built by m016 (`prefix='2 3'`). Both are rebuilt the same way, so
only the prefix option differs.

Every round is one fresh process that holds both copies open (cold SQLCipher page cache, warm
OS cache) and runs every query on both, back to back, in alternating order:

- global search: `storage.search.search` (citizens, goals and notes, 50 of each), what the
  search box does;
- diary + text: a resident's diary filtered by the text (`find_page`, 200 notes and the count);
- diary + sub-goal + text: the same within one sub-goal (`find_notes`, notes_bench's "heavy").

Queries: two-letter prefixes common in the notes, and three-letter ones beside them. Figures are
milliseconds; p95 is nearest-rank over every sample. Sizes: bytes of the FTS shadow tables
(dbstat) in each copy. Markdown on stdout, progress on stderr, raw figures to
bench/data/fts-prefix-<time>.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import notes_bench as nb  # noqa: E402

TWO = ["ma", "me", "be", "sø", "hj", "på", "fo", "st", "ti", "ha", "ar", "ko"]
THREE = ["med", "hje", "sam", "for", "tal", "aft"]
VARIANTS = ("before", "after")
FTS_TABLES = ("notes_fts", "notes_fts_data", "notes_fts_idx", "notes_fts_docsize",
              "notes_fts_config")  # fmt: skip


def copies() -> dict[str, Path]:
    return {v: nb.DATA / f"{nb.SLUG}.fts-{v}.enc.db" for v in VARIANTS}


class _Db:
    """What caseapp.notes.queries needs of a service: its database handle."""

    def __init__(self, db) -> None:
        self.db = db


def _connect(path: str, key_hex: str):
    from caseapp.storage.connection import connect
    from caseapp.storage.keys import DatabaseKey

    return connect(Path(path), DatabaseKey(raw_hex=key_hex))


def fts_bytes(db) -> dict[str, int]:
    """Bytes of the FTS shadow tables: from dbstat when SQLCipher has it, else the bytes of
    their rows (blocks, terms and sizes, plus 8 bytes per integer)."""
    marks = ",".join("?" * len(FTS_TABLES))
    try:
        rows = db.execute(
            f"SELECT name, sum(pgsize) FROM dbstat WHERE name IN ({marks}) GROUP BY name",
            list(FTS_TABLES),
        ).fetchall()
        return {name: int(size) for name, size in rows}
    except Exception:  # noqa: BLE001 - dbstat not compiled in: measure the rows instead
        queries = {
            "notes_fts_data": "SELECT sum(length(block) + 8) FROM notes_fts_data",
            "notes_fts_idx": "SELECT sum(length(term) + 16) FROM notes_fts_idx",
            "notes_fts_docsize": "SELECT sum(length(sz) + 8) FROM notes_fts_docsize",
        }
        return {name: int(db.execute(sql).fetchone()[0] or 0) for name, sql in queries.items()}


def file_bytes(db) -> int:
    """Bytes of the database's pages in use (the file after VACUUM)."""
    pages = int(db.execute("PRAGMA page_count").fetchone()[0])
    free = int(db.execute("PRAGMA freelist_count").fetchone()[0])
    return (pages - free) * int(db.execute("PRAGMA page_size").fetchone()[0])


def worker_prepare(p: dict[str, Any]) -> dict[str, Any]:
    from caseapp.storage.schema import create_notes_fts

    result: dict[str, Any] = {}
    for variant, path in p["paths"].items():
        nb.remove_db(Path(path))
        shutil.copy2(p["base"], path)
        db = _connect(path, p["key_hex"])
        t = time.perf_counter()
        with db.atomic():
            if variant == "before":
                create_notes_fts(db, options="")  # m002's definition
            else:
                create_notes_fts(db)  # m016's
        rebuild_s = time.perf_counter() - t
        db.execute("INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')")
        db.execute("VACUUM")
        db.conn.close()
        result[variant] = {"rebuild_s": rebuild_s}
    return result


def worker_sizes(p: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for variant, path in p["paths"].items():
        db = _connect(path, p["key_hex"])
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'notes_fts'").fetchone()[0]
        result[variant] = {"sql": sql, "fts": fts_bytes(db), "file_bytes": file_bytes(db)}
        db.conn.close()
    return result


def worker_measure(p: dict[str, Any]) -> dict[str, Any]:
    from caseapp.notes.queries import NoteFilter, find_notes, find_page
    from caseapp.storage import search

    dbs = {v: _Db(_connect(path, p["key_hex"])) for v, path in p["paths"].items()}
    samples: dict[str, list[float]] = {}
    counts: dict[str, int] = {}

    def run(measure: str, query: str, fn) -> None:
        order = VARIANTS if p["round"] % 2 == 0 else tuple(reversed(VARIANTS))
        found = {}
        for variant in order:
            start = time.perf_counter()
            found[variant] = fn(dbs[variant])
            samples.setdefault(f"{variant}|{measure}", []).append(nb._ms(start))
        assert found["before"] == found["after"], (measure, query)
        counts[f"{measure}|{query}"] = found["after"]

    for size, queries in (("2 letters", TWO), ("3 letters", THREE)):
        for q in queries:
            run(f"global search, {size}", q, lambda s, q=q: len(search.search(s._db, q)))
            for citizen_id, goal_ids in p["citizens"]:
                run(f"diary + text, {size}", q, lambda s, q=q, c=citizen_id:
                    find_page(s, NoteFilter(c, text=q), limit=200).total)  # fmt: skip
                run(f"diary + sub-goal + text, {size}", q, lambda s, q=q, c=citizen_id,
                    g=goal_ids[0]: len(find_notes(s, NoteFilter(c, goal_id=g, text=q))))  # fmt: skip
    for s in dbs.values():
        s._db.conn.close()
    return {"samples": samples, "counts": counts}


nb.WORKERS["fts_prepare"] = worker_prepare
nb.WORKERS["fts_measure"] = worker_measure
nb.WORKERS["fts_sizes"] = worker_sizes


def spawn(task: str, **params: Any) -> dict[str, Any]:
    """notes_bench's spawn, but running this script as the worker."""
    import os
    import subprocess

    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker"],
        input=json.dumps({"task": task, **params}), capture_output=True, text=True,
        cwd=nb.ROOT, env={**os.environ, "PYTHONPATH": str(nb.ROOT)},
    )  # fmt: skip
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"worker {task} failed")
    for line in proc.stdout.splitlines():
        if line.startswith(nb.RESULT_MARK):
            return json.loads(line[len(nb.RESULT_MARK) :])
    raise SystemExit(f"worker {task} printed no result")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="fresh processes")
    parser.add_argument("--citizens", type=int, default=3, help="residents per process")
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--keep-copies", action="store_true",
                        help="keep the two copies for the next run (about 1 GB)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return nb.run_worker()
    started = time.time()
    nb.DATA.mkdir(parents=True, exist_ok=True)
    key_hex = nb.ensure_sets(["as-generated"], args.regenerate)
    base = nb.files("as-generated")["db"]
    paths = {v: str(p) for v, p in copies().items()}
    built = nb.DATA / f"{nb.SLUG}.fts-copies.json"
    if args.regenerate or not built.is_file() or not all(copies()[v].is_file() for v in VARIANTS):
        nb.log("copying the set twice and building notes_fts with and without prefix indexes")
        built.write_text(json.dumps(spawn("fts_prepare", base=str(base), paths=paths,
                                          key_hex=key_hex)))  # fmt: skip
    prepared = json.loads(built.read_text())
    for variant, info in spawn("fts_sizes", paths=paths, key_hex=key_hex).items():
        prepared[variant].update(info)
    picked, _authors = nb.pick_citizens(base, key_hex)
    samples: dict[str, list[float]] = {}
    counts: dict[str, int] = {}
    for r in range(args.rounds):
        chosen = [picked[(r * args.citizens + i) % len(picked)] for i in range(args.citizens)]
        nb.log(f"round {r + 1}/{args.rounds}")
        out = spawn("fts_measure", paths=paths, key_hex=key_hex, citizens=chosen, round=r)
        for name, values in out["samples"].items():
            samples.setdefault(name, []).extend(values)
        counts.update(out["counts"])
    report = {"machine": platform.platform(), "python": platform.python_version(),
              "rounds": args.rounds, "prepared": prepared, "samples": samples,
              "counts": counts, "wall_s": time.time() - started}  # fmt: skip
    out_path = nb.DATA / f"fts-prefix-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out_path.write_text(json.dumps(report, indent=1))
    print_markdown(report)
    if not args.keep_copies:
        for path in paths.values():
            nb.remove_db(Path(path))
        built.unlink(missing_ok=True)
    return 0


def print_markdown(report: dict[str, Any]) -> None:
    samples = report["samples"]
    print(f"Machine: {report['machine']}, Python {report['python']}; {report['rounds']} fresh "
          f"processes; wall time {report['wall_s']:.0f} s\n")  # fmt: skip
    print("| Measure | n | before p50 | before p95 | after p50 | after p95 | p95 after/before |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    measures = sorted({k.partition("|")[2] for k in samples})
    for measure in measures:
        b, a = samples[f"before|{measure}"], samples[f"after|{measure}"]
        bp95, ap95 = nb.percentile(b, 95), nb.percentile(a, 95)
        print(f"| {measure} | {len(a)} | {statistics.median(b):.1f} | {bp95:.1f} | "
              f"{statistics.median(a):.1f} | {ap95:.1f} | {ap95 / bp95:.2f}× |")  # fmt: skip
    prepared = report["prepared"]
    print("\n| Copy | FTS shadow tables, bytes | notes_fts_data | notes_fts_idx "
          "| pages in use, bytes (after VACUUM) | building the index, s |")
    print("|---|---:|---:|---:|---:|---:|")
    for variant in VARIANTS:
        info = prepared[variant]
        fts = info["fts"]
        print(f"| {variant} | {sum(fts.values()):,} | {fts.get('notes_fts_data', 0):,} | "
              f"{fts.get('notes_fts_idx', 0):,} | {info['file_bytes']:,} | "
              f"{info['rebuild_s']:.1f} |")  # fmt: skip
    before, after = (sum(prepared[v]["fts"].values()) for v in VARIANTS)
    grown = prepared["after"]["file_bytes"] - prepared["before"]["file_bytes"]
    print(f"\nFTS growth: {after - before:,} bytes ({(after / before - 1) * 100:+.0f} %); "
          f"the database file: {grown:,} bytes "
          f"({grown / prepared['before']['file_bytes'] * 100:+.0f} %).")


if __name__ == "__main__":
    raise SystemExit(main())
