"""Benchmark of the diary queries on the one-million-note stress set.

    .venv/bin/python bench/notes_bench.py                 # both layouts, 3 processes each
    .venv/bin/python bench/notes_bench.py --layout as-generated --rounds 1 --citizens 2
    .venv/bin/python bench/notes_bench.py --regenerate    # build the data sets again

Target: filtering one citizen's diary (about 30,000 notes) by
sub-goal and full text in under 50 ms at the 95th percentile.

Data: the stress set of store_bench.py (30 residents of a bosted over ten years, 64 notes per
resident per week, seed 1, today 2025-06-02: about 970,000 notes), generated here into its own
files with its own random key (bench/data/notes-stress-*.enc.db and .json; store_bench.py
regenerates its files with a new key, so they are not shared). Two layouts of the same rows:

- as-generated: the generator writes resident after resident, so each resident's notes are one
  run of ids, and their rows sit together on disk;
- interleaved: the same notes renumbered in the order they were written (created_at), as a real
  diary grows with six staff writing about thirty residents every day. A resident's notes are
  then spread over the whole file, which is what reading a page of them really costs.

Every measurement runs on a copy of the set (writes are measured too), in fresh processes
(`--worker`, parameters on stdin), so the SQLCipher page cache starts cold; the OS file cache is
warm. Each process takes its own few residents, and for each of them one active and one
achieved sub-goal. Figures are milliseconds; p95 is the nearest-rank 95th percentile over every
sample of every process. Markdown goes to stdout, progress to stderr, raw figures to
bench/data/notes-results-<time>.json. The data are fictional (caseapp.demo).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
SLUG = "notes-stress-c30-y10-n64-bosted-s1"
TODAY = dt.date(2025, 6, 2)
RESULT_MARK = "@@RESULT "
TARGET_P95_MS = 50.0
MIN_NOTES = 30_000  # "one citizen with 30,000 notes"
LAYOUTS = ("as-generated", "interleaved")

# The searches of store_bench.py (about thirty a caseworker would type: names, common words,
# two words, prefixes typed half-way), so the figures compare with the global search's.
QUERIES: list[str] = [
    "Søren", "Bjørg", "Åse", "Jørgensen", "Mølgaard", "Kjærsgaard", "Grønbæk", "Trine",
    "medicin", "praktikken", "økonomi", "boligstøtte", "hjemmebesøg", "netværksmøde",
    "søvn", "tandlægen", "huslejen", "fællesspisningen", "aflyste", "weekenden",
    "Søren praktik", "hjemmebesøg økonomi", "medicin lægen", "sms påmindelse",
    "Bjørg søvn", "netværksmøde mentor",
    "sø", "hjem", "øko", "tand", "net", "prak",
]  # fmt: skip
# Prefixes that match a quarter of all notes or more: the worst case, reported on their own.
HEAVY: list[str] = ["med", "ma", "be", "sms", "mads", "aftale"]


def log(message: str, started: float = time.perf_counter()) -> None:
    sys.stderr.write(f"[{time.perf_counter() - started:7.1f} s] {message}\n")
    sys.stderr.flush()


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(1, math.ceil(pct / 100 * len(ordered))) - 1]


def files(layout: str) -> dict[str, Path]:
    suffix = "" if layout == "as-generated" else f"-{layout}"
    return {
        "db": DATA / f"{SLUG}{suffix}.enc.db",
        "work": DATA / f"{SLUG}{suffix}.work.enc.db",
        "meta": DATA / f"{SLUG}.json",
    }


def remove_db(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        p.unlink(missing_ok=True)
    for p in path.parent.glob(path.name + ".v*.bak"):
        p.unlink()


# --------------------------------------------------------------------------------------------
# Worker side (a fresh process; prints one RESULT line)
# --------------------------------------------------------------------------------------------


def _open(path: str, key_hex: str):
    from caseapp.service import CaseService
    from caseapp.storage.keys import DatabaseKey

    return CaseService.open(Path(path), DatabaseKey(raw_hex=key_hex))


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def worker_generate(p: dict[str, Any]) -> dict[str, Any]:
    from caseapp.demo.generator import generate_demo
    from caseapp.service import CaseService
    from caseapp.storage.keys import DatabaseKey

    path = Path(p["path"])
    remove_db(path)
    service = CaseService.create(path, DatabaseKey(raw_hex=p["key_hex"]))
    t = time.perf_counter()
    stats = generate_demo(
        service._db,
        citizens=30,
        years=10.0,
        seed=1,
        today=TODAY,
        notes_per_week=64.0,
        scenario_weights={"bosted": 1.0},
    )
    service.close()
    return {"generate_s": time.perf_counter() - t, "notes": stats.notes}


def worker_interleave(p: dict[str, Any]) -> dict[str, Any]:
    """Copy the set with the notes renumbered in the order they were written."""
    from caseapp.service import CaseService
    from caseapp.storage import bulk
    from caseapp.storage.keys import DatabaseKey

    t = time.perf_counter()
    src = _open(p["src"], p["key_hex"])
    dst_path = Path(p["dst"])
    remove_db(dst_path)
    dst = CaseService.create(dst_path, DatabaseKey(raw_hex=p["key_hex"]))
    cols = bulk.COLUMNS
    first: dict[str, list] = {}
    for table in bulk.TABLES:
        if table in ("notes", "note_goals"):
            continue
        select = ", ".join(f'"{c}"' for c in cols[table])
        first[table] = src._db.execute(f"SELECT {select} FROM {table}").fetchall()
    dst._db.execute("DELETE FROM profile")
    for key, value in src._db.execute("SELECT key, value FROM profile"):
        dst._db.execute("INSERT INTO profile (key, value) VALUES (?, ?)", [key, value])
    bulk.write_chunk(dst._db, first)
    order = src._db.execute("SELECT id FROM notes ORDER BY created_at, id").fetchall()
    new_id = {old: i for i, (old,) in enumerate(order, start=1)}
    note_cols = ", ".join(f'"{c}"' for c in cols["notes"])
    corrects = cols["notes"].index("corrects_id")
    step = 20_000
    for start in range(0, len(order), step):
        old_ids = [o for (o,) in order[start : start + step]]
        marks = ",".join("?" * len(old_ids))
        rows = {
            r[0]: r
            for r in src._db.execute(
                f"SELECT {note_cols} FROM notes WHERE id IN ({marks})", old_ids
            ).fetchall()
        }
        notes = []
        for old in old_ids:
            row = list(rows[old])
            row[0] = new_id[old]
            if row[corrects] is not None:
                row[corrects] = new_id[row[corrects]]
            notes.append(tuple(row))
        links = [
            (new_id[n], g)
            for n, g in src._db.execute(
                f"SELECT note_id, goal_id FROM note_goals WHERE note_id IN ({marks})", old_ids
            )
        ]
        bulk.write_chunk(dst._db, {"notes": notes, "note_goals": links})
    count = dst.diary.note_count()
    src.close()
    dst.close()
    return {"interleave_s": time.perf_counter() - t, "notes": count}


def worker_reads(p: dict[str, Any]) -> dict[str, Any]:
    t0 = time.perf_counter()
    from caseapp.notes import (
        NoteFilter,
        citizen_timeline,
        count_notes,
        find_notes,
        find_page,
        highlight_spans,
        month_overview,
        months_without_summary,
        notes_as_text,
        pending_drafts,
    )
    from caseapp.notes.queries import query_plan

    import_ms = _ms(t0)
    t = time.perf_counter()
    service = _open(p["path"], p["key_hex"])
    open_ms = _ms(t)
    series: dict[str, list[float]] = {}
    hits: dict[str, int] = {}

    def timed(name: str, fn, *args, **kwargs):
        start = time.perf_counter()
        value = fn(*args, **kwargs)
        series.setdefault(name, []).append(_ms(start))
        return value

    first_ms = None
    for citizen_id, goal_ids in p["citizens"]:
        for goal_id in goal_ids:
            for group, queries in (("target", p["queries"]), ("heavy", p["heavy"])):
                for q in queries:
                    flt = NoteFilter(citizen_id, goal_id=goal_id, text=q)
                    start = time.perf_counter()
                    found = find_notes(service._db, flt, limit=200)
                    ms = _ms(start)
                    if first_ms is None:
                        first_ms = ms
                    series.setdefault(f"{group}: find_notes", []).append(ms)
                    n = timed(f"{group}: count_notes", count_notes, service, flt)
                    page = timed(f"{group}: find_page", find_page, service, flt, limit=200)
                    assert page.total == n and len(page.notes) == len(found)
                    hits[f"{citizen_id}/{goal_id}/{q}"] = n
        for q in p["queries"]:  # the whole diary, no sub-goal
            flt = NoteFilter(citizen_id, text=q)
            timed("citizen+text: find_notes", find_notes, service, flt)
            timed("citizen+text: count_notes", count_notes, service, flt)
        goal_id = goal_ids[0]
        month = dt.date(2024, 3, 1)
        filters = {
            "sub-goal": NoteFilter(citizen_id, goal_id=goal_id),
            "kinds samtale+telefon": NoteFilter(citizen_id, kinds=("samtale", "telefon")),
            "kind opsamling": NoteFilter(citizen_id, kinds=("opsamling",)),
            "signed": NoteFilter(citizen_id, state="signed"),
            "one month": NoteFilter(
                citizen_id, date_from=month, date_to=dt.date(2024, 3, 31)
            ),
            "author": NoteFilter(citizen_id, author=p["authors"][str(citizen_id)]),
            "not entered": NoteFilter(citizen_id, only_not_entered=True),
            "drafts": NoteFilter(citizen_id, state="draft"),
            "sub-goal+month+text": NoteFilter(
                citizen_id, goal_id=goal_id, date_from=month, date_to=dt.date(2024, 3, 31),
                text="hjem",
            ),
            "sub-goal+not entered+text": NoteFilter(
                citizen_id, goal_id=goal_id, only_not_entered=True, text="medicin"
            ),
        }  # fmt: skip
        for name, flt in filters.items():
            timed(f"filter {name}: find_notes", find_notes, service, flt)
            timed(f"filter {name}: count_notes", count_notes, service, flt)
        notes = timed("citizen timeline, one month", citizen_timeline, service, citizen_id,
                      month, dt.date(2024, 3, 31))  # fmt: skip
        timed("month_overview", month_overview, service, citizen_id, month)
        timed("months_without_summary", months_without_summary, service, citizen_id, TODAY)
        page = find_notes(service._db, NoteFilter(citizen_id, goal_id=goal_id), limit=200)
        goals = {g.id: g for g in service.plans.goals(citizen_id, include_archived=True)}
        timed("notes_as_text, 200 notes", notes_as_text, page, goals)
        timed("highlight_spans, 200 notes", _highlight_all, highlight_spans, page, "hjem sø")
        hits[f"timeline {citizen_id}"] = len(notes)
    timed("pending_drafts (all citizens)", pending_drafts, service)
    timed("count_notes, drafts of all citizens", count_notes, service, NoteFilter(state="draft"))
    citizen_id, goal_ids = p["citizens"][0]
    plans = {
        "sub-goal + text": query_plan(service._db, NoteFilter(citizen_id, goal_id=goal_ids[0],
                                                          text="hjem")),
        "sub-goal": query_plan(service._db, NoteFilter(citizen_id, goal_id=goal_ids[0])),
        "not entered": query_plan(service._db, NoteFilter(citizen_id, only_not_entered=True)),
        "drafts, all citizens": query_plan(service._db, NoteFilter(state="draft")),
        "period": query_plan(service._db, NoteFilter(citizen_id, date_from=dt.date(2024, 3, 1))),
        "kind": query_plan(service._db, NoteFilter(citizen_id, kinds=("opsamling",))),
        "author + text": query_plan(service._db, NoteFilter(citizen_id, author="x", text="hjem")),
    }  # fmt: skip
    service.close()
    return {
        "import_ms": import_ms,
        "open_ms": open_ms,
        "first_query_ms": first_ms,
        "series": series,
        "hits": hits,
        "plans": plans,
    }


def _highlight_all(highlight_spans, notes, query: str) -> int:
    return sum(len(highlight_spans(n.text, query)) for n in notes)


def worker_writes(p: dict[str, Any]) -> dict[str, Any]:
    from caseapp.domain.enums import NoteKind, RatingScale
    from caseapp.domain.models import DiaryNote
    from caseapp.notes import autosave_draft, pending_drafts, save_month_summary

    service = _open(p["path"], p["key_hex"])
    series: dict[str, list[float]] = {}
    citizen_id, goal_ids = p["citizens"][0]
    words = "Søren hjalp til ved fællesspisningen og ryddede selv op bagefter. ".split() * 5
    for round_ in range(5):
        draft = DiaryNote(
            citizen_id=citizen_id,
            kind=NoteKind.OBSERVATION,
            occurred_at=dt.datetime(2025, 6, 2, 10, round_),
            text=words[0],
            goal_ids=(goal_ids[0],),
        )
        t = time.perf_counter()
        note_id = autosave_draft(service._db, draft)
        series.setdefault("autosave_draft, new", []).append(_ms(t))
        for n in range(2, 40):
            draft = DiaryNote(**{**_fields(draft), "id": note_id, "text": " ".join(words[:n])})
            t = time.perf_counter()
            autosave_draft(service._db, draft)
            series.setdefault("autosave_draft, changed", []).append(_ms(t))
        t = time.perf_counter()
        autosave_draft(service._db, draft)
        series.setdefault("autosave_draft, unchanged", []).append(_ms(t))
    for goal_id in goal_ids:
        t = time.perf_counter()
        save_month_summary(
            service._db,
            citizen_id,
            dt.date(2025, 5, 1),
            {goal_id: "Søren har deltaget i fællesspisningen hver tirsdag."},
            {goal_id: (RatingScale.SELF_1_10, 7)},
            author="Bench",
        )
        series.setdefault("save_month_summary, one sub-goal + rating", []).append(_ms(t))
    t = time.perf_counter()
    pending = pending_drafts(service._db)
    series.setdefault("pending_drafts after the writes", []).append(_ms(t))
    service.close()
    return {"series": series, "pending": len(pending)}


def _fields(note) -> dict[str, Any]:
    import dataclasses

    return {f.name: getattr(note, f.name) for f in dataclasses.fields(note)}


WORKERS = {
    "generate": worker_generate,
    "interleave": worker_interleave,
    "reads": worker_reads,
    "writes": worker_writes,
}


def run_worker() -> int:
    params = json.loads(sys.stdin.read())
    result = WORKERS[params.pop("task")](params)
    sys.stdout.write(RESULT_MARK + json.dumps(result) + "\n")
    return 0


# --------------------------------------------------------------------------------------------
# Driver side
# --------------------------------------------------------------------------------------------


def spawn(task: str, **params: Any) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker"],
        input=json.dumps({"task": task, **params}),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"worker {task} failed")
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT_MARK):
            return json.loads(line[len(RESULT_MARK) :])
    raise SystemExit(f"worker {task} printed no result")


def ensure_sets(layouts: list[str], regenerate: bool) -> str:
    meta_path = files("as-generated")["meta"]
    meta = json.loads(meta_path.read_text()) if meta_path.is_file() else {}
    base = files("as-generated")["db"]
    if regenerate or not base.is_file() or "key_hex" not in meta:
        import secrets

        meta = {"key_hex": secrets.token_hex(32)}
        log("generating the stress set (about 30 s)")
        meta["generate"] = spawn("generate", path=str(base), key_hex=meta["key_hex"])
        files("interleaved")["db"].unlink(missing_ok=True)
        meta_path.write_text(json.dumps(meta, indent=1))
    if "interleaved" in layouts and (regenerate or not files("interleaved")["db"].is_file()):
        log("renumbering the notes in the order they were written (about 60 s)")
        meta["interleave"] = spawn(
            "interleave", src=str(base), dst=str(files("interleaved")["db"]),
            key_hex=meta["key_hex"],
        )  # fmt: skip
        meta_path.write_text(json.dumps(meta, indent=1))
    return meta["key_hex"]


def pick_citizens(path: Path, key_hex: str) -> tuple[list[list], dict[str, str]]:
    """Residents with at least MIN_NOTES notes, each with one active and one achieved sub-goal
    that have notes, and each resident's most frequent author."""
    sys.path.insert(0, str(ROOT))
    from caseapp.service import CaseService
    from caseapp.storage.keys import DatabaseKey

    with CaseService.open(path, DatabaseKey(raw_hex=key_hex)) as service:
        rows = service._db.execute(
            "SELECT citizen_id, count(*) FROM notes GROUP BY citizen_id HAVING count(*) >= ? "
            "ORDER BY citizen_id",
            [MIN_NOTES],
        ).fetchall()
        picked, authors = [], {}
        for citizen_id, _n in rows:
            linked = service._db.execute(
                "SELECT g.id, g.status FROM goals g WHERE g.citizen_id = ? AND g.level = 'sub' "
                "AND EXISTS (SELECT 1 FROM note_goals l WHERE l.goal_id = g.id) ORDER BY g.id",
                [citizen_id],
            ).fetchall()
            active = [g for g, s in linked if s == "active"][:1]
            other = [g for g, s in linked if s != "active"][:1]
            goals = active + other or [g for g, _s in linked][:2]
            if goals:
                picked.append([citizen_id, goals])
            authors[str(citizen_id)] = service._db.execute(
                "SELECT author FROM notes WHERE citizen_id = ? GROUP BY author "
                "ORDER BY count(*) DESC LIMIT 1",
                [citizen_id],
            ).fetchone()[0]
    return picked, authors


def summarise(samples: dict[str, list[float]]) -> list[dict[str, Any]]:
    return [
        {
            "measure": name,
            "n": len(values),
            "p50": statistics.median(values),
            "p95": percentile(values, 95),
            "max": max(values),
        }
        for name, values in samples.items()
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--layout", choices=[*LAYOUTS, "both"], default="both")
    parser.add_argument("--rounds", type=int, default=3, help="fresh processes per layout")
    parser.add_argument("--citizens", type=int, default=3, help="residents per process")
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--keep-work", action="store_true", help="keep the working copies")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return run_worker()

    layouts = list(LAYOUTS) if args.layout == "both" else [args.layout]
    DATA.mkdir(exist_ok=True)
    key_hex = ensure_sets(layouts, args.regenerate)
    report: dict[str, Any] = {
        "when": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                    "platform": platform.platform()},
        "queries": QUERIES, "heavy": HEAVY, "layouts": {},
    }  # fmt: skip
    for layout in layouts:
        paths = files(layout)
        log(f"{layout}: copying the set")
        remove_db(paths["work"])
        shutil.copyfile(paths["db"], paths["work"])
        t = time.perf_counter()
        citizens, authors = pick_citizens(paths["work"], key_hex)  # also applies migrations
        migrate_s = time.perf_counter() - t
        for p in paths["work"].parent.glob(paths["work"].name + ".v*.bak"):
            p.unlink()
        samples: dict[str, list[float]] = {}
        runs = []
        for r in range(args.rounds):
            mine = [citizens[(r * args.citizens + i) % len(citizens)] for i in range(args.citizens)]
            log(f"{layout}: process {r + 1}/{args.rounds}, residents {[c for c, _ in mine]}")
            result = spawn("reads", path=str(paths["work"]), key_hex=key_hex, citizens=mine,
                           authors=authors, queries=QUERIES, heavy=HEAVY)  # fmt: skip
            runs.append(result)
            for name, values in result["series"].items():
                samples.setdefault(name, []).extend(values)
        log(f"{layout}: writes")
        writes = spawn("writes", path=str(paths["work"]), key_hex=key_hex, citizens=citizens[:1])
        for name, values in writes["series"].items():
            samples.setdefault(name, []).extend(values)
        report["layouts"][layout] = {
            "residents": len(citizens),
            "open_and_migrate_s": migrate_s,
            "first_query_ms": [r["first_query_ms"] for r in runs],
            "open_ms": [r["open_ms"] for r in runs],
            "summary": summarise(samples),
            "plans": runs[0]["plans"],
            "hits": runs[0]["hits"],
        }
        if not args.keep_work:
            remove_db(paths["work"])
    out = DATA / f"notes-results-{dt.datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps(report, indent=1, ensure_ascii=False))
    print_markdown(report)
    log(f"raw figures: {out}")
    return 0


def print_markdown(report: dict[str, Any]) -> None:
    print(f"# Diary queries on the 1M-note stress set ({report['when']})\n")
    print(f"Python {report['machine']['python']}, {report['machine']['cpus']} CPUs, "
          f"{report['machine']['platform']}. Milliseconds.\n")  # fmt: skip
    for layout, data in report["layouts"].items():
        print(f"## Layout: {layout}\n")
        firsts = ", ".join(f"{v:.1f}" for v in data["first_query_ms"])
        print(f"{data['residents']} residents with at least {MIN_NOTES:,} notes; first query "
              f"in each fresh process (cold page cache): {firsts} ms.\n")  # fmt: skip
        print("| measure | samples | p50 | p95 | max | target |")
        print("|---|---:|---:|---:|---:|---|")
        for row in data["summary"]:
            target = ""
            if row["measure"].startswith("target:") and row["measure"] != "target: count_notes":
                ok = row["p95"] < TARGET_P95_MS
                target = f"p95 < {TARGET_P95_MS:.0f}: {'yes' if ok else 'NO'}"
            print(f"| {row['measure']} | {row['n']} | {row['p50']:.1f} | {row['p95']:.1f} | "
                  f"{row['max']:.1f} | {target} |")  # fmt: skip
        print("\nQuery plans (EXPLAIN QUERY PLAN of find_notes):\n")
        for name, plan in data["plans"].items():
            print(f"- {name}: `{' | '.join(plan)}`")
        print()


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
