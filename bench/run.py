"""Run every benchmark and the crash harness; print one Markdown table against DESIGN.md §8.

    .venv/bin/python bench/run.py --quick     # a developer's check, under five minutes
    .venv/bin/python bench/run.py             # the full run (the one-million-note set too)

Each benchmark script already measures in fresh processes and prints its own Markdown; this
runner starts them one after another, keeps their whole output in bench/data/run-<time>/, and
gathers every row that carries a target and a verdict (✓ / ✗) into one table of medians. The
crash harness (tests/reliability/harness.py) runs in bench mode: SIGKILL at random moments into
note saving, the demo generator, restore and migration, many trials each.

Side by side figures come from the scripts themselves: encrypted vs plain SQLite and FTS vs a
LIKE scan (store_bench.py), team sync against its floor of the same rows (sync_bench.py), and
`caseapp export status` against LibreOffice converting the same ten pages as a .docx, both
whole processes (status_export_bench.py, full mode only; it needs `soffice`,
`gnome-keyring-daemon` and `dbus-run-session`, and without them the table says so). The sync benchmark needs PostgreSQL's server binaries
(`initdb`, Debian's `postgresql` package, as tests/sync do); without them it is left out and the
table says so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# (name, quick arguments, full arguments); None: left out of that mode.
SCRIPTS: list[tuple[str, list[str] | None, list[str] | None]] = [
    ("store_bench.py", ["--quick"], []),
    ("pdf_bench.py", ["--repeat-status", "5", "--repeat-overview", "3"], []),
    ("plan_bench.py", ["--repeat-pdf", "5", "--repeat-move", "10"], []),
    ("planning_bench.py", ["--runs", "5", "--import-runs", "1"], []),
    ("notes_bench.py", None, []),
    ("access_log_bench.py", ["--rows", "300"], []),
    ("sync_bench.py", ["--rounds", "5", "--first-rounds", "1"], ["--rounds", "9"]),
    ("status_export_bench.py", None, ["--rounds", "9"]),
]
# Scripts that need a program the machine may lack: name -> (check, what to install).
NEEDS: dict[str, tuple[Callable[[], bool], str]] = {
    "sync_bench.py": (lambda: _has_postgres(), "PostgreSQL is not installed (apt-get install postgresql)"),
    "status_export_bench.py": (
        lambda: all(shutil.which(p) for p in ("soffice", "gnome-keyring-daemon", "dbus-run-session")),
        "needs LibreOffice, gnome-keyring and D-Bus "
        "(apt-get install libreoffice-writer-nogui gnome-keyring dbus)",
    ),
}
CRASH_TRIALS = {"quick": 15, "full": 300}
KEY_VALUE_TARGETS_MS = {"import_ms": 2500}  # a 10,000-event .ics under 2.5 s
VERDICT = re.compile(r"✓|✗")


def _has_postgres() -> bool:
    """What tests/sync/pgcluster.py looks for: Debian's versioned initdb, or one on PATH."""
    return bool(glob.glob("/usr/lib/postgresql/*/bin/initdb")) or shutil.which("initdb") is not None


def run_script(name: str, args: list[str], out_dir: Path) -> tuple[str, float, int]:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(HERE / name), *args], cwd=ROOT, capture_output=True, text=True
    )
    seconds = time.perf_counter() - start
    (out_dir / f"{name}.md").write_text(proc.stdout, encoding="utf-8")
    (out_dir / f"{name}.stderr.txt").write_text(proc.stderr, encoding="utf-8")
    return proc.stdout, seconds, proc.returncode


def markdown_rows(text: str) -> list[tuple[str, dict[str, str], list[str]]]:
    """(heading, header -> cell, cells) for every data row of every Markdown table in `text`."""
    rows = []
    heading = ""
    header: list[str] | None = None
    for line in text.splitlines():
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
            header = None
            continue
        if not line.startswith("|"):
            header = None
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if header is None:
            header = cells
        elif all(set(c) <= set("-:") for c in cells):
            continue
        else:
            rows.append((heading, dict(zip(header, cells, strict=False)), cells))
    return rows


def _number(cell: str) -> float | None:
    m = re.search(r"-?\d[\d ]*(?:[.,]\d+)?", cell)
    return float(m.group().replace(" ", "").replace(",", ".")) if m else None


def target_rows(source: str, text: str) -> list[list[str]]:
    """Rows with a target (and a verdict, or a number left of the target to compare), or with a
    median, as (benchmark, measure, figures, target, met)."""
    out = []
    for heading, by_header, cells in markdown_rows(text):
        verdicts = [c for c in cells if VERDICT.search(c)]
        target_at = next((i for i, h in enumerate(by_header) if h.lower().startswith("target")), None)
        target = cells[target_at] if target_at is not None and target_at < len(cells) else ""
        met = ""
        if verdicts:
            met = "✓" if "✓" in verdicts[-1] else "✗"
        elif target and target_at:
            # the limit is the number after "<" ("p95 < 50" is 50, not 95)
            limit, value = _number(target.split("<")[-1]), _number(cells[target_at - 1])
            if limit is not None and value is not None:
                met = "✓" if value < limit else "✗"
        has_median = any("median" in h.lower() for h in by_header)
        if not met and not has_median:
            continue
        figures = "; ".join(
            f"{h}: {v}" for h, v in by_header.items()
            if v and h and not VERDICT.search(v) and v != target and not h.lower().startswith("target")
        )
        measure = re.sub(r"^[\d.–\- ]+", "", heading)[:60] or cells[0][:60]
        out.append([source, measure, figures, target or "–", met])
    if not out:  # key-value output (planning_bench.py)
        for line in text.splitlines():
            m = re.match(r"\s+(\w+_ms)\s+([\d.]+)$", line)
            if m:
                limit = KEY_VALUE_TARGETS_MS.get(m.group(1))
                target = f"< {limit}" if limit else "–"
                met = ("✓" if float(m.group(2)) < limit else "✗") if limit else ""
                out.append([source, m.group(1), f"{m.group(2)} ms", target, met])
    return out


def crash_rows(trials: int, out_dir: Path) -> list[list[str]]:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "tests.reliability.harness", "run", "--trials", str(trials),
         "--cli-every", "10"],
        cwd=ROOT, capture_output=True, text=True,
    )
    (out_dir / "crash.txt").write_text(proc.stdout + proc.stderr, encoding="utf-8")
    rows = []
    for line in proc.stdout.splitlines():
        m = re.match(r"(\w+): (\d+) trials, (\d+) killed mid-write, (\d+) failed, (\d+) commits", line)
        if m:
            kind, n, killed, failed, commits = m.groups()
            rows.append([
                "crash harness", f"SIGKILL during {kind}",
                f"trials: {n}; killed mid-write: {killed}; commits checked: {commits}; failed: {failed}",
                "0 lost, integrity ok", "✓" if failed == "0" else "✗",
            ])
    if not rows:
        rows.append(["crash harness", "did not run", proc.stderr[-200:].replace("\n", " "), "", "✗"])
    rows.append(["crash harness", "(wall time)", f"{time.perf_counter() - start:.0f} s", "–", ""])
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="the developer's run, under 5 minutes")
    parser.add_argument("--crash-trials", type=int, default=None, help="trials per crash writer")
    parser.add_argument("--only", default=None, help="comma-separated script names (debugging)")
    args = parser.parse_args(argv)
    mode = "quick" if args.quick else "full"
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    out_dir = HERE / "data" / f"run-{mode}-{stamp}"
    out_dir.mkdir(parents=True, exist_ok=True)
    rows: list[list[str]] = []
    timings: list[str] = []
    for name, quick_args, full_args in SCRIPTS:
        chosen = quick_args if args.quick else full_args
        if chosen is None or (args.only and name not in args.only.split(",")):
            continue
        if name in NEEDS and not NEEDS[name][0]():
            rows.append([name, "not measured", NEEDS[name][1], "–", ""])
            timings.append(f"{name} skipped")
            continue
        print(f"running {name} {' '.join(chosen)} ...", file=sys.stderr, flush=True)
        text, seconds, code = run_script(name, chosen, out_dir)
        timings.append(f"{name} {seconds:.0f} s" + (f" (exit {code})" if code else ""))
        found = target_rows(name, text)
        rows.extend(found or [[name, "no targeted rows", f"exit {code}; see {out_dir.name}", "", ""]])
    if not args.only or "crash" in args.only:
        print("running the crash harness ...", file=sys.stderr, flush=True)
        rows.extend(crash_rows(args.crash_trials or CRASH_TRIALS[mode], out_dir))
    print(f"### bench/run.py — {mode} mode, {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %z}\n")
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}, "
          f"Python {platform.python_version()}. Script times: {', '.join(timings)}. "
          f"Full outputs: bench/data/{out_dir.name}/.\n")
    print("| Benchmark | Measure | Medians (ms unless named) | Target (§8) | Met |")
    print("|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(cell.replace("|", "/") for cell in row) + " |")
    missed = [r for r in rows if r[4] == "✗"]
    print(f"\n{len(rows)} rows, {len(missed)} missed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
