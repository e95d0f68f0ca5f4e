"""Benchmark of the encrypted store on generated caseloads (DESIGN.md section 8).

    .venv/bin/python bench/store_bench.py --quick      # the 220-citizen set, a few repeats
    .venv/bin/python bench/store_bench.py              # 25, 50, 220 and the 1M-note stress set

Every measurement that opens a database runs in a fresh Python process (this file, started
again with --worker, parameters on stdin), so interpreter start-up, imports, key derivation and
the migration check are all paid for real. Each set is generated twice with the same seed: into
an encrypted database (random raw key, as the keyring gives) and into plain SQLite (sqlcipher3
without `PRAGMA key`, the same pragmas and migrations); a copy of the encrypted file is re-keyed
with a passphrase to measure SQLCipher's PBKDF2. Later calls are timed in one process holding
both the encrypted and the plain copy, each call on both back to back, so other load on the
machine falls on both alike. Medians are printed as Markdown to stdout; progress goes to stderr;
raw figures go to bench/data/results-*.json.

Data sets live in bench/data/ (git-ignored). The data are fictional (caseapp.demo).
"""

from __future__ import annotations

import argparse
import dataclasses
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
DEFAULT_DATA = HERE / "data"

PASSPHRASE = "bench-adgangsfrase-æøå"  # fictional data; the bench's own throwaway key
TODAY = "2025-06-02"  # the generator's "today", fixed so every run builds the same sets
SEED = 1
RESULT_MARK = "@@RESULT "

# DESIGN.md section 8.
TARGET_CITIZEN_MS = 50.0
TARGET_SEARCH_P95_MS = 50.0
TARGET_OVERHEAD_PCT = 20.0
TARGET_RSS_MB = 250.0
TARGET_FIRST_WINDOW_MS = 1000.0

# About thirty searches a caseworker would type: names (with æ, ø, å), common words from the
# notes, two-word searches and prefixes typed half-way. Danish throughout.
QUERIES: dict[str, list[str]] = {
    "name": [
        "Søren",
        "Bjørg",
        "Åse",
        "Jørgensen",
        "Mølgaard",
        "Kjærsgaard",
        "Grønbæk",
        "Trine",
    ],
    "word": [
        "medicin",
        "praktikken",
        "økonomi",
        "boligstøtte",
        "hjemmebesøg",
        "netværksmøde",
        "søvn",
        "tandlægen",
        "huslejen",
        "fællesspisningen",
        "aflyste",
        "weekenden",
    ],
    "two words": [
        "Søren praktik",
        "hjemmebesøg økonomi",
        "medicin lægen",
        "sms påmindelse",
        "Bjørg søvn",
        "netværksmøde mentor",
    ],
    "prefix": [
        "sø",
        "hjem",
        "øko",
        "tand",
        "net",
        "prak",
    ],
}


# --------------------------------------------------------------------------------------------
# Small helpers (no caseapp imports here: the worker measures its own imports)
# --------------------------------------------------------------------------------------------


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile; nan for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else math.nan


def sidecars(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def remove_db(path: Path) -> None:
    for p in sidecars(path):
        p.unlink(missing_ok=True)
    for p in path.parent.glob(path.name + ".v*.bak"):
        p.unlink()


def file_size(path: Path) -> int:
    return sum(p.stat().st_size for p in sidecars(path) if p.exists())


def log(message: str, started: float = time.perf_counter()) -> None:
    sys.stderr.write(f"[{time.perf_counter() - started:7.1f} s] {message}\n")
    sys.stderr.flush()


@dataclasses.dataclass(frozen=True)
class DataSet:
    name: str
    citizens: int
    years: float
    notes_per_week: float | None
    scenario: str | None = None  # only this scenario (generate_demo's scenario_weights)

    @property
    def slug(self) -> str:
        npw = "default" if self.notes_per_week is None else f"{self.notes_per_week:g}"
        only = f"-{self.scenario}" if self.scenario else ""
        return f"{self.name}-c{self.citizens}-y{self.years:g}-n{npw}{only}-s{SEED}"

    def files(self, data: Path) -> dict[str, Path]:
        return {
            "enc": data / f"{self.slug}.enc.db",
            "pass": data / f"{self.slug}.pass.db",
            "plain": data / f"{self.slug}.plain.db",
            "meta": data / f"{self.slug}.json",
        }


# A 30-resident bosted over ten years, 64 notes per resident per week: 30 * 522 * 64 ≈ 1M.
STRESS = DataSet("stress", citizens=30, years=10.0, notes_per_week=64.0, scenario="bosted")


def caseload_set(size: int) -> DataSet:
    return DataSet(str(size), citizens=size, years=2.0, notes_per_week=None)


# --------------------------------------------------------------------------------------------
# Worker side: runs in a fresh process, prints one RESULT line of JSON
# --------------------------------------------------------------------------------------------


def _open_service(path: str, variant: str, key_hex: str | None, cache_mib: int | None = None):
    """Open the way the app does. Returns the service; `variant` is raw, pass or plain.
    `cache_mib` is the --cache-mib what-if: a larger SQLite page cache than the app sets."""
    from caseapp.service import CaseService
    from caseapp.storage.keys import DatabaseKey

    if variant == "raw":
        service = CaseService.open(Path(path), DatabaseKey(raw_hex=key_hex))
    elif variant == "pass":
        service = CaseService.open(Path(path), DatabaseKey(passphrase=PASSPHRASE))
    elif variant == "plain":
        service = CaseService(_plain_db(Path(path), create=False), Path(path), DatabaseKey.random())
    else:
        raise ValueError(variant)
    if cache_mib:
        service._db.execute(f"PRAGMA cache_size = -{int(cache_mib) * 1024}")
    return service


def _plain_db(path: Path, *, create: bool):
    """Plain SQLite through the same driver, pragmas and migrations as the encrypted store
    (caseapp/storage/connection.py and store.py), only without `PRAGMA key`."""
    import sqlcipher3
    import sqlite_utils

    from caseapp.storage import connection, schema

    connection._teach_sqlite_utils_sqlcipher()  # as connection.connect does before its Database

    if not create and not path.is_file():
        raise FileNotFoundError(path)
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -32768")  # as caseapp/storage/connection.py
    conn.execute("PRAGMA busy_timeout = 5000")
    db = sqlite_utils.Database(conn)
    schema.migrate(db, None if create else path)
    return db


def _rss_mb() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def worker_generate(p: dict[str, Any]) -> dict[str, Any]:
    t0 = time.perf_counter()
    from caseapp.demo.generator import generate_demo
    from caseapp.service import CaseService
    from caseapp.storage.keys import DatabaseKey

    import_s = time.perf_counter() - t0
    path = Path(p["path"])
    remove_db(path)
    t1 = time.perf_counter()
    if p["variant"] == "raw":
        service = CaseService.create(path, DatabaseKey(raw_hex=p["key_hex"]))
    else:
        service = CaseService(_plain_db(path, create=True), path, DatabaseKey.random())
    create_s = time.perf_counter() - t1

    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] > 15 or done >= total:
            last[0] = now
            sys.stderr.write(f"           {p['label']}: {done}/{total} ({now - t1:.0f} s)\n")
            sys.stderr.flush()

    extra = {"scenario_weights": {p["scenario"]: 1.0}} if p.get("scenario") else {}
    t2 = time.perf_counter()
    stats = generate_demo(
        service._db,
        citizens=p["citizens"],
        years=p["years"],
        seed=p["seed"],
        today=dt.date.fromisoformat(p["today"]),
        progress=progress,
        notes_per_week=p["notes_per_week"],
        **extra,
    )
    generate_s = time.perf_counter() - t2
    caseload = sorted(service.citizens.caseload(), key=lambda c: c.id)
    t3 = time.perf_counter()
    service.close()  # the last connection checkpoints the WAL into the file
    close_s = time.perf_counter() - t3
    return {
        "import_s": import_s,
        "create_s": create_s,
        "generate_s": generate_s,
        "close_s": close_s,
        "stats": dataclasses.asdict(stats),
        "citizen_ids": [c.id for c in caseload],
        "names": [c.name for c in caseload],
        "size_bytes": file_size(path),
        "rss_mb": _rss_mb(),
    }


def worker_rekey(p: dict[str, Any]) -> dict[str, Any]:
    """Copy the encrypted set and re-key the copy with the passphrase (same pages, same salt)."""
    from caseapp.storage import connection
    from caseapp.storage.keys import DatabaseKey

    src, dst = Path(p["src"]), Path(p["dst"])
    remove_db(dst)
    shutil.copyfile(src, dst)
    db = connection.connect(dst, DatabaseKey(raw_hex=p["key_hex"]))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA journal_mode = DELETE")  # re-keying is done outside WAL
    db.execute(f"PRAGMA rekey = {DatabaseKey(passphrase=PASSPHRASE).pragma_value()}")
    connection.close(db)
    return {"size_bytes": file_size(dst)}


def load_citizen(service, citizen_id: int) -> int:
    """What opening a citizen's page reads: the citizen, the goal tree, the newest 200 notes
    and the caseload row (next contact, active sub-goals, status due)."""
    service.citizens.citizen(citizen_id)
    service.plans.goals(citizen_id)
    notes = service.diary.notes(citizen_id, limit=200)
    service.citizens.citizen_summary(citizen_id)
    return len(notes)


def worker_session(p: dict[str, Any]) -> dict[str, Any]:
    """A fresh process on one copy, as the app starts: imports, open, the caseload, and the
    first citizens (cold page cache). With open_only, just the open."""
    t0 = time.perf_counter()
    import caseapp.service  # noqa: F401

    import_ms = _ms(t0)
    t1 = time.perf_counter()
    service = _open_service(p["path"], p["variant"], p.get("key_hex"), p.get("cache_mib"))
    open_ms = _ms(t1)
    result: dict[str, Any] = {
        "import_ms": import_ms,
        "open_ms": open_ms,
        "open_done_wall": time.time(),
    }
    if not p.get("open_only"):
        t = time.perf_counter()
        service.citizens.caseload()
        result["caseload_first_ms"] = _ms(t)
        cold = []
        for citizen_id in p["citizen_ids"]:
            t = time.perf_counter()
            load_citizen(service, citizen_id)
            cold.append(_ms(t))
        result["citizen_cold_ms"] = cold
    service.close()
    return result


def worker_paired(p: dict[str, Any]) -> dict[str, Any]:
    """One process with the encrypted and the plain copy both open. Every measurement runs on
    both, back to back, in alternating order, so whatever else the machine is doing falls on
    both alike. Returns {measure: {"enc": [...], "plain": [...]}}."""
    from caseapp.storage import search as store_search

    services = {
        "enc": _open_service(p["enc_path"], "raw", p["key_hex"], p.get("cache_mib")),
        "plain": _open_service(p["plain_path"], "plain", None, p.get("cache_mib")),
    }
    for service in services.values():  # the first call is measured cold in worker_session
        service.citizens.caseload()
    flip = [False]

    def pair(run) -> dict[str, tuple[float, Any]]:
        order = ("plain", "enc") if flip[0] else ("enc", "plain")
        flip[0] = not flip[0]
        out = {}
        for variant in order:
            t = time.perf_counter()
            value = run(services[variant])
            out[variant] = (_ms(t), value)
        return out

    series: dict[str, dict[str, list[float]]] = {}

    def record(measure: str, timed: dict[str, tuple[float, Any]]) -> None:
        slot = series.setdefault(measure, {"enc": [], "plain": []})
        for variant, (ms, _value) in timed.items():
            slot[variant].append(ms)

    for _ in range(p["caseload_rounds"]):
        record("caseload", pair(lambda s: s.citizens.caseload()))
    notes_shown = []
    for citizen_id in p["citizen_ids"]:
        timed = pair(lambda s, c=citizen_id: load_citizen(s, c))
        record("citizen", timed)
        notes_shown.append(timed["enc"][1])
    hits: dict[str, int] = {}
    like_hits: dict[str, int] = {}
    for _ in range(p["search_rounds"]):
        for q in p["queries"]:
            timed = pair(lambda s, q=q: len(s.search(q)))
            record("search:" + q, timed)
            hits[q] = timed["enc"][1]
    for _ in range(p["like_rounds"]):
        for q in p["queries"]:
            timed = pair(lambda s, q=q: len(store_search.like_scan(s._db, q)))
            record("like:" + q, timed)
            like_hits[q] = timed["enc"][1]
    for service in services.values():
        service.close()
    return {"series": series, "notes_shown": notes_shown, "hits": hits, "like_hits": like_hits}


def worker_memory(p: dict[str, Any]) -> dict[str, Any]:
    """Peak resident memory of a process that opens one copy, loads the caseload and one
    citizen; then the peak after every query has run once on top."""
    service = _open_service(p["path"], p["variant"], p.get("key_hex"), p.get("cache_mib"))
    service.citizens.caseload()
    load_citizen(service, p["citizen_id"])
    rss = _rss_mb()
    for q in p["queries"]:
        service.search(q)
    rss_search = _rss_mb()
    service.close()
    return {"rss_mb": rss, "rss_after_search_mb": rss_search}


def worker_versions(_p: dict[str, Any]) -> dict[str, Any]:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    conn.execute("PRAGMA key = 'x'")
    settings = {
        name: conn.execute(f"PRAGMA {name}").fetchone()[0]
        for name in (
            "kdf_iter",
            "cipher_page_size",
            "cipher_hmac_algorithm",
            "cipher_kdf_algorithm",
            "cipher_memory_security",
        )
    }
    sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    conn.close()
    import tempfile

    from caseapp.storage.connection import close, connect
    from caseapp.storage.keys import DatabaseKey

    with tempfile.TemporaryDirectory() as tmp:  # the page cache the app's connect() sets
        db = connect(Path(tmp) / "probe.db", DatabaseKey.random(), must_exist=False)
        cache_size = db.execute("PRAGMA cache_size").fetchone()[0]
        close(db)
    return {
        "cipher_version": cipher,
        "sqlite_version": sqlite,
        "settings": settings,
        "cache_size": cache_size,
    }


WORKERS = {
    "generate": worker_generate,
    "rekey": worker_rekey,
    "session": worker_session,
    "paired": worker_paired,
    "memory": worker_memory,
    "versions": worker_versions,
}


def run_worker() -> int:
    """Parameters arrive as JSON on stdin (not argv: the key is not for `ps` to show)."""
    params = json.loads(sys.stdin.read())
    result = WORKERS[params.pop("task")](params)
    sys.stdout.write(RESULT_MARK + json.dumps(result) + "\n")
    return 0


# --------------------------------------------------------------------------------------------
# Parent side
# --------------------------------------------------------------------------------------------


def spawn(task: str, **params: Any) -> dict[str, Any]:
    """Run one worker in a fresh interpreter; return its result plus the parent-side wall time."""
    argument = json.dumps({"task": task, **params})
    started = time.time()
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker"],
        input=argument,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    if proc.returncode != 0:
        raise SystemExit(f"worker {task} failed with exit code {proc.returncode}")
    line = next(x for x in proc.stdout.splitlines() if x.startswith(RESULT_MARK))
    result = json.loads(line[len(RESULT_MARK) :])
    result["spawn_wall"] = started
    result["process_s"] = time.time() - started
    return result


def prepare(ds: DataSet, data: Path, reuse: bool) -> dict[str, Any]:
    """Generate (or reuse) the encrypted, passphrase and plain copies of one set."""
    files = ds.files(data)
    if (
        reuse
        and files["meta"].is_file()
        and all(files[k].is_file() for k in ("enc", "pass", "plain"))
    ):
        meta = json.loads(files["meta"].read_text(encoding="utf-8"))
        meta["reused"] = True
        log(f"set {ds.name}: reusing {files['enc'].name} (generated {meta['generated_on']})")
        return meta
    import secrets

    key_hex = secrets.token_hex(32)
    common = dict(
        citizens=ds.citizens,
        years=ds.years,
        seed=SEED,
        today=TODAY,
        notes_per_week=ds.notes_per_week,
        scenario=ds.scenario,
    )
    log(f"set {ds.name}: generating encrypted ({ds.citizens} citizens, {ds.years:g} years)")
    enc = spawn(
        "generate",
        path=str(files["enc"]),
        variant="raw",
        key_hex=key_hex,
        label=f"{ds.name} encrypted",
        **common,
    )
    log(
        f"set {ds.name}: {enc['stats']['notes']} notes in {enc['generate_s']:.1f} s; "
        "generating plain"
    )
    plain = spawn(
        "generate", path=str(files["plain"]), variant="plain", label=f"{ds.name} plain", **common
    )
    if plain["stats"] != enc["stats"]:
        raise SystemExit(
            f"set {ds.name}: plain and encrypted generation differ: "
            f"{plain['stats']} vs {enc['stats']}"
        )
    log(f"set {ds.name}: re-keying a copy with a passphrase")
    spawn("rekey", src=str(files["enc"]), dst=str(files["pass"]), key_hex=key_hex)
    meta = {
        "set": dataclasses.asdict(ds),
        "slug": ds.slug,
        "key_hex": key_hex,
        "generated_on": dt.datetime.now().isoformat(timespec="seconds"),
        "enc": {k: v for k, v in enc.items() if k not in ("citizen_ids", "names")},
        "plain": {k: v for k, v in plain.items() if k not in ("citizen_ids", "names")},
        "citizen_ids": enc["citizen_ids"],
        "names": enc["names"],
        "reused": False,
    }
    files["meta"].write_text(json.dumps(meta, indent=1), encoding="utf-8")
    return meta


def pick_citizens(ids: list[int], count: int, session: int) -> list[int]:
    """`count` citizens spread over the caseload, a different handful in every session."""
    ordered = sorted(ids)
    if len(ordered) <= count:
        return ordered
    stride = len(ordered) / count
    shift = (session * 7919) % len(ordered)
    return [ordered[(int(i * stride) + shift) % len(ordered)] for i in range(count)]


def query_groups(meta: dict[str, Any]) -> dict[str, list[str]]:
    """The fixed queries, plus four names of citizens who are in this set (the fixed names are
    not all in every set): a first name, a surname, a whole name and a first name half typed."""
    names = meta.get("names") or []
    if not names:
        return dict(QUERIES)
    a, b, c, d = (names[int(i * len(names) / 4)].split() for i in range(4))
    return {**QUERIES, "name in set": [a[0], b[-1], " ".join(c), d[0][:3]]}


def measure(ds: DataSet, meta: dict[str, Any], data: Path, args: argparse.Namespace) -> dict:
    files = ds.files(data)
    queries = [q for group in query_groups(meta).values() for q in group]
    ids = meta["citizen_ids"]
    big = meta["enc"]["stats"]["notes"] > 200_000
    key = meta["key_hex"]
    paths = {"raw": str(files["enc"]), "pass": str(files["pass"]), "plain": str(files["plain"])}
    cache = args.cache_mib
    out: dict[str, Any] = {"raw": [], "pass": [], "plain": [], "paired": []}

    for variant in ("raw", "pass", "plain"):  # one unmeasured open: warms the OS cache
        spawn(
            "session",
            path=paths[variant],
            variant=variant,
            key_hex=key,
            open_only=True,
            cache_mib=cache,
        )

    like_sessions = min(args.repeat, 2 if big else 3)
    for i in range(args.repeat):
        log(f"set {ds.name}: round {i + 1}/{args.repeat}")
        cold = pick_citizens(ids, 3, i + 101)
        for variant in ("raw", "plain", "pass") if i % 2 == 0 else ("plain", "pass", "raw"):
            out[variant].append(
                spawn(
                    "session",
                    path=paths[variant],
                    variant=variant,
                    key_hex=key,
                    citizen_ids=cold,
                    cache_mib=cache,
                    open_only=variant == "pass",
                )
            )
        out["paired"].append(
            spawn(
                "paired",
                enc_path=paths["raw"],
                plain_path=paths["plain"],
                key_hex=key,
                caseload_rounds=3,
                citizen_ids=pick_citizens(ids, args.citizens_per_session, i),
                queries=queries,
                search_rounds=args.search_rounds,
                like_rounds=1 if i < like_sessions else 0,
                cache_mib=cache,
            )
        )
    out["memory"] = {
        variant: [
            spawn(
                "memory",
                path=paths[variant],
                variant=variant,
                key_hex=key,
                citizen_id=pick_citizens(ids, 1, i)[0],
                queries=queries,
                cache_mib=cache,
            )
            for i in range(min(args.repeat, 3))
        ]
        for variant in ("raw", "plain")
    }
    return out


# --------------------------------------------------------------------------------------------
# Summaries and Markdown
# --------------------------------------------------------------------------------------------


def summarise_cold(sessions: list[dict[str, Any]]) -> dict[str, float]:
    s = {
        "open_ms": median([r["open_ms"] for r in sessions]),
        "start_to_open_ms": median(
            [(r["open_done_wall"] - r["spawn_wall"]) * 1000 for r in sessions]
        ),
        "import_ms": median([r["import_ms"] for r in sessions]),
    }
    if "caseload_first_ms" in sessions[0]:
        s["caseload_first_ms"] = median([r["caseload_first_ms"] for r in sessions])
        s["open_to_caseload_ms"] = median([r["open_ms"] + r["caseload_first_ms"] for r in sessions])
        s["citizen_first_ms"] = median([r["citizen_cold_ms"][0] for r in sessions])
    return s


def _samples(
    paired: list[dict[str, Any]], prefix: str, variant: str, queries: list[str] | None = None
) -> list[float]:
    out = []
    for r in paired:
        for measure, slot in r["series"].items():
            name, _, q = measure.partition(":")
            if name == prefix and (queries is None or q in queries):
                out.extend(slot[variant])
    return out


def _ratios(paired: list[dict[str, Any]], prefix: str) -> list[float]:
    """enc/plain for every pair of the measure (the two ran back to back)."""
    out = []
    for r in paired:
        for measure, slot in r["series"].items():
            if measure.partition(":")[0] == prefix:
                out.extend(e / p for e, p in zip(slot["enc"], slot["plain"], strict=True) if p > 0)
    return out


def summarise_warm(paired: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    s: dict[str, dict[str, float]] = {}
    for variant in ("enc", "plain"):
        caseload = _samples(paired, "caseload", variant)
        citizen = _samples(paired, "citizen", variant)
        fts = _samples(paired, "search", variant)
        like = _samples(paired, "like", variant)
        s[variant] = {
            "caseload_ms": median(caseload),
            "citizen_ms": median(citizen),
            "citizen_p95_ms": percentile(citizen, 95),
            "search_p50_ms": median(fts),
            "search_p95_ms": percentile(fts, 95),
            "search_max_ms": max(fts) if fts else math.nan,
            "like_p50_ms": median(like),
            "like_p95_ms": percentile(like, 95),
        }
    s["ratio"] = {
        name: median(_ratios(paired, name)) for name in ("caseload", "citizen", "search", "like")
    }
    s["notes_shown"] = {"median": median([x for r in paired for x in r["notes_shown"]])}
    return s


def per_group(paired: list[dict[str, Any]], groups: dict[str, list[str]]) -> list[list[str]]:
    rows = []
    for group, queries in groups.items():
        fts = _samples(paired, "search", "enc", queries)
        like = _samples(paired, "like", "enc", queries)
        hits = sum(paired[0]["hits"][q] for q in queries)
        rows.append(
            [
                group,
                f(median(fts), 2),
                f(percentile(fts, 95), 2),
                f(median(like), 2),
                f(percentile(like, 95), 2),
                str(hits),
            ]
        )
    return rows


def per_query(paired: list[dict[str, Any]]) -> list[list[str]]:
    rows = []
    for q in paired[0]["hits"]:
        fts = _samples(paired, "search", "enc", [q])
        like = _samples(paired, "like", "enc", [q])
        fts_plain = _samples(paired, "search", "plain", [q])
        like_plain = _samples(paired, "like", "plain", [q])
        rows.append(
            [
                f"`{q}`",
                f(median(fts), 2),
                f(median(fts_plain), 2),
                f(median(like), 2),
                f(median(like_plain), 2),
                str(paired[0]["hits"][q]),
                str(paired[0]["like_hits"].get(q, "–")),
            ]
        )
    return rows


def f(value: float, digits: int = 1) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if abs(value) >= 1000:
        return f"{value:,.0f}".replace(",", " ")
    return f"{value:.{digits}f}"


def pct_of(ratio: float) -> str:
    return "–" if math.isnan(ratio) else f"{(ratio - 1) * 100:+.0f} %"


def ok(value: float, target: float) -> str:
    if math.isnan(value):
        return "–"
    return "✓" if value < target else "✗ missed"


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|",
    ]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def render(report: dict[str, Any]) -> str:
    v = report["versions"]
    sets = report["sets"]
    load = report["loadavg"]
    cache_note = (
        f"**what-if `--cache-mib {report['cache_mib']}`**: `PRAGMA cache_size = "
        f"-{report['cache_mib'] * 1024}` on every connection"
        if report.get("cache_mib")
        else f"as the app leaves it (`PRAGMA cache_size` = {v['cache_size']})"
    )
    out = [
        f"## Store benchmark — {report['mode']} mode, {report['date']}",
        "",
        f"- Machine: `{report['platform']}`, {report['cpus']} CPUs, Python {report['python']}; "
        f"load average {load['before']:.2f} before, {load['after']:.2f} after the run",
        f"- SQLCipher {v['cipher_version']} (SQLite {v['sqlite_version']}); "
        + ", ".join(f"{k} {val}" for k, val in v["settings"].items()),
        f"- {report['repeat']} rounds per set; each round starts fresh processes for the "
        "encrypted, passphrase and plain copies (open, caseload, first citizens) and one "
        f"paired process ({report['citizens_per_session']} citizens, "
        f"{report['search_rounds']}× {report['queries']} searches, encrypted and plain back to "
        "back). Figures are medians in ms unless marked.",
        f"- Page cache: {cache_note}",
        f"- Wall time of this run: {report['wall_s'] / 60:.1f} min",
        "",
        "### 1. Data sets and generation rate",
        "",
    ]
    rows = []
    for name, s in sets.items():
        st, enc, plain = s["meta"]["enc"]["stats"], s["meta"]["enc"], s["meta"]["plain"]
        reused = " (reused)" if s["meta"]["reused"] else ""
        rows.append(
            [
                name + reused,
                str(st["citizens"]),
                thousands(st["goals"]),
                thousands(st["appointments"]),
                thousands(st["notes"]),
                f(enc["size_bytes"] / 1e6),
                f(enc["generate_s"], 2),
                f(st["citizens"] / enc["generate_s"]),
                f(st["notes"] / enc["generate_s"], 0),
                f(plain["generate_s"], 2),
                f(st["notes"] / plain["generate_s"], 0),
            ]
        )
    out += [
        table(
            [
                "Set",
                "Citizens",
                "Goals",
                "Appointments",
                "Notes",
                "MB (enc)",
                "Generate s (enc)",
                "Citizens/s",
                "Notes/s (enc)",
                "Generate s (plain)",
                "Notes/s (plain)",
            ],
            rows,
        ),
        "",
    ]

    out += [
        "### 2. Opening the database (fresh process each time)",
        "",
        "`open` = `CaseService.open` (connect + key derivation + migration check); "
        "`start → open` = from starting the process (interpreter and imports included) "
        "until the database is open. The design's target is the first window within 1 s "
        "of the key being known; `open + caseload` (the data of the first window) is the "
        "store's share of it.",
        "",
    ]
    rows = []
    for name, s in sets.items():
        raw, pw, plain = s["cold"]["raw"], s["cold"]["pass"], s["cold"]["plain"]
        rows.append(
            [
                name,
                f(raw["open_ms"]),
                f(raw["start_to_open_ms"], 0),
                f(pw["open_ms"]),
                f(pw["start_to_open_ms"], 0),
                f(plain["open_ms"]),
                f(plain["start_to_open_ms"], 0),
                f(raw["open_to_caseload_ms"]),
                f"< {TARGET_FIRST_WINDOW_MS:.0f}",
                ok(raw["start_to_open_ms"] + raw["caseload_first_ms"], TARGET_FIRST_WINDOW_MS),
            ]
        )
    out += [
        table(
            [
                "Set",
                "Raw key: open",
                "Raw key: start → open",
                "Passphrase: open",
                "Passphrase: start → open",
                "Plain: open",
                "Plain: start → open",
                "Raw: open + caseload",
                "Target (first window)",
                "",
            ],
            rows,
        ),
        "",
    ]

    out += [
        "### 3–4. Loading a citizen and the caseload (encrypted, raw key)",
        "",
        "A citizen = `citizen(id)` + `goals(id)` + `notes(id, limit=200)` + "
        "`citizen_summary(id)`. `first` = the first citizen after opening and loading the "
        "caseload, in a fresh process (cold page cache); median and p95 over the citizens "
        "of the paired processes. Caseload = `caseload()`: the first call in a fresh "
        "process, and later calls.",
        "",
    ]
    rows = []
    for name, s in sets.items():
        warm, cold = s["warm"]["enc"], s["cold"]["raw"]
        rows.append(
            [
                name,
                f(warm["citizen_ms"], 2),
                f(warm["citizen_p95_ms"], 2),
                f(cold["citizen_first_ms"], 2),
                f(s["warm"]["notes_shown"]["median"], 0),
                f"< {TARGET_CITIZEN_MS:.0f}",
                ok(max(warm["citizen_p95_ms"], cold["citizen_first_ms"]), TARGET_CITIZEN_MS),
                str(s["meta"]["enc"]["stats"]["citizens"]),
                f(cold["caseload_first_ms"], 1),
                f(warm["caseload_ms"], 1),
            ]
        )
    out += [
        table(
            [
                "Set",
                "Citizen median",
                "Citizen p95",
                "Citizen first",
                "Notes shown",
                "Target",
                "",
                "Caseload rows",
                "Caseload first",
                "Caseload later",
            ],
            rows,
        ),
        "",
    ]

    out += [
        "### 5. Full-text search against a LIKE scan (encrypted)",
        "",
        f"{report['queries']} queries: names with æøå, four names of citizens in the set, "
        "words from the notes, two-word searches, prefixes. FTS = `CaseService.search` "
        "(citizens, goals and notes, up to 50 of each); LIKE = "
        "`storage.search.like_scan` (notes only, the 50 newest). p50/p95 over every query "
        "and round.",
        "",
    ]
    rows = []
    for name, s in sets.items():
        w = s["warm"]["enc"]
        rows.append(
            [
                name,
                f(w["search_p50_ms"], 2),
                f(w["search_p95_ms"], 2),
                f(w["search_max_ms"], 1),
                f"< {TARGET_SEARCH_P95_MS:.0f} (p95)",
                ok(w["search_p95_ms"], TARGET_SEARCH_P95_MS),
                f(w["like_p50_ms"], 2),
                f(w["like_p95_ms"], 2),
                f"{w['like_p50_ms'] / w['search_p50_ms']:.1f}×",
                f"{w['like_p95_ms'] / w['search_p95_ms']:.1f}×",
            ]
        )
    out += [
        table(
            [
                "Set",
                "FTS p50",
                "FTS p95",
                "FTS max",
                "Target",
                "",
                "LIKE p50",
                "LIKE p95",
                "LIKE/FTS p50",
                "LIKE/FTS p95",
            ],
            rows,
        ),
        "",
    ]
    for name, s in sets.items():
        out += [
            f"By kind of query, set {name}:",
            "",
            table(
                ["Queries", "FTS p50", "FTS p95", "LIKE p50", "LIKE p95", "FTS hits (sum)"],
                per_group(s["paired"], s["groups"]),
            ),
            "",
        ]

    out += [
        "### 6. Encrypted (SQLCipher) against plain SQLite, same data, same run",
        "",
        "Open and the first calls: separate fresh processes, overhead = ratio of medians. "
        "Later calls: both copies open in one process and each call run on both back to "
        "back; overhead = median of the per-pair ratios (robust to other load on the "
        "machine), the medians beside it for reference.",
        "",
    ]
    rows = []
    for name, s in sets.items():
        raw, plain = s["cold"]["raw"], s["cold"]["plain"]
        for label, key in (
            ("open", "open_ms"),
            ("start → open", "start_to_open_ms"),
            ("caseload, first", "caseload_first_ms"),
            ("citizen, first", "citizen_first_ms"),
        ):
            ratio = raw[key] / plain[key]
            rows.append(
                [
                    name,
                    label,
                    f(raw[key], 2),
                    f(plain[key], 2),
                    pct_of(ratio),
                    f"< {TARGET_OVERHEAD_PCT:.0f} %",
                    ok((ratio - 1) * 100, TARGET_OVERHEAD_PCT),
                ]
            )
        we, wp, ratios = s["warm"]["enc"], s["warm"]["plain"], s["warm"]["ratio"]
        for label, key, measure in (
            ("caseload, later", "caseload_ms", "caseload"),
            ("citizen", "citizen_ms", "citizen"),
            ("search (p50 / p95)", "search", "search"),
            ("LIKE scan (p50 / p95)", "like", "like"),
        ):
            if key in ("search", "like"):
                enc_s = f"{f(we[key + '_p50_ms'], 2)} / {f(we[key + '_p95_ms'], 1)}"
                plain_s = f"{f(wp[key + '_p50_ms'], 2)} / {f(wp[key + '_p95_ms'], 1)}"
            else:
                enc_s, plain_s = f(we[key], 2), f(wp[key], 2)
            verdict = ok((ratios[measure] - 1) * 100, TARGET_OVERHEAD_PCT)
            if measure == "like" and verdict != "✓":
                verdict += " (full scans; no app path)"
            rows.append(
                [
                    name,
                    label,
                    enc_s,
                    plain_s,
                    pct_of(ratios[measure]),
                    f"< {TARGET_OVERHEAD_PCT:.0f} %",
                    verdict,
                ]
            )
        enc_m, plain_m = s["meta"]["enc"], s["meta"]["plain"]
        rows.append(
            [
                name,
                "generate (s)",
                f(enc_m["generate_s"], 2),
                f(plain_m["generate_s"], 2),
                pct_of(enc_m["generate_s"] / plain_m["generate_s"]),
                "–",
                "",
            ]
        )
    out += [table(["Set", "Measure", "Encrypted", "Plain", "Overhead", "Target", ""], rows), ""]
    out += [
        "A raw key skips PBKDF2; the passphrase column in section 2 shows what key "
        "derivation adds to opening.",
        "",
    ]

    out += [
        "### 7. Resident memory (peak RSS, `ru_maxrss`)",
        "",
        "A fresh process that opens one copy, loads the caseload and one citizen; then the "
        "peak after every search query has run once on top.",
        "",
    ]
    rows = []
    for name, s in sets.items():
        mem = s["memory"]
        enc_rss = median([m["rss_mb"] for m in mem["raw"]])
        rows.append(
            [
                name,
                f(enc_rss),
                f(median([m["rss_mb"] for m in mem["plain"]])),
                f(median([m["rss_after_search_mb"] for m in mem["raw"]])),
                f"< {TARGET_RSS_MB:.0f}",
                ok(enc_rss, TARGET_RSS_MB),
            ]
        )
    out += [
        table(
            ["Set", "Encrypted MB", "Plain MB", "Encrypted, after searches MB", "Target", ""], rows
        ),
        "",
    ]

    if report.get("per_query"):
        for name, s in sets.items():
            out += [
                f"### Per query, set {name}",
                "",
                table(
                    [
                        "Query",
                        "FTS enc",
                        "FTS plain",
                        "LIKE enc",
                        "LIKE plain",
                        "FTS hits",
                        "LIKE hits",
                    ],
                    per_query(s["paired"]),
                ),
                "",
            ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Benchmark caseapp's encrypted store on generated caseloads (DESIGN.md §8).",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="the 220-citizen set only, fewer repeats (well under 3 minutes)",
    )
    parser.add_argument(
        "--sizes",
        default=None,
        help="caseload sizes, comma-separated (default 25,50,220; quick: 220)",
    )
    parser.add_argument(
        "--no-stress",
        action="store_true",
        help="leave out the one-million-note stress set in full mode",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=None,
        help="rounds of fresh processes per set (default 5 quick, 9 full)",
    )
    parser.add_argument(
        "--search-rounds",
        type=int,
        default=3,
        help="times each query runs per paired process (default 3)",
    )
    parser.add_argument(
        "--citizens-per-session",
        type=int,
        default=10,
        help="citizens loaded per paired process (default 10)",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="reuse data sets already in --data (generation figures are then the recorded ones)",
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="where the data sets go (default bench/data)",
    )
    parser.add_argument("--per-query", action="store_true", help="also print a line per query")
    parser.add_argument(
        "--cache-mib",
        type=int,
        default=None,
        help="what-if: set PRAGMA cache_size to this many MiB on every "
        "connection (default: leave the app's setting alone)",
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return run_worker()

    started = time.perf_counter()
    mode = "quick" if args.quick else "full"
    args.repeat = args.repeat or (5 if args.quick else 9)
    sizes = [
        int(x)
        for x in (args.sizes or ("220" if args.quick else "25,50,220")).split(",")
        if x.strip()
    ]
    sets = [caseload_set(n) for n in sizes]
    if not args.quick and not args.no_stress:
        sets.append(STRESS)
    args.data.mkdir(parents=True, exist_ok=True)

    report: dict[str, Any] = {
        "mode": mode,
        "date": dt.datetime.now().astimezone().isoformat(timespec="minutes"),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "loadavg": {"before": os.getloadavg()[0]},
        "versions": spawn("versions"),
        "repeat": args.repeat,
        "search_rounds": args.search_rounds,
        "citizens_per_session": args.citizens_per_session,
        "queries": sum(len(v) for v in QUERIES.values()) + 4,
        "per_query": args.per_query,
        "cache_mib": args.cache_mib,
        "sets": {},
    }
    for ds in sets:
        meta = prepare(ds, args.data, args.reuse)
        measured = measure(ds, meta, args.data, args)
        report["sets"][ds.name] = {
            "meta": meta,
            "groups": query_groups(meta),
            "sessions": {k: measured[k] for k in ("raw", "pass", "plain")},
            "paired": measured["paired"],
            "memory": measured["memory"],
            "cold": {k: summarise_cold(measured[k]) for k in ("raw", "pass", "plain")},
            "warm": summarise_warm(measured["paired"]),
        }
    report["loadavg"]["after"] = os.getloadavg()[0]
    report["wall_s"] = time.perf_counter() - started
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    what_if = f"-cache{args.cache_mib}" if args.cache_mib else ""
    raw_file = args.data / f"results-{mode}{what_if}-{stamp}.json"
    public = json.loads(json.dumps(report))
    for s in public["sets"].values():
        s["meta"].pop("key_hex", None)
    raw_file.write_text(json.dumps(public, indent=1), encoding="utf-8")
    print(render(report))
    log(f"done in {report['wall_s'] / 60:.1f} min; raw figures in {raw_file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
