"""Start-up beside its floor, as whole processes:

- `caseapp citizens --json` on a 25-citizen file against a process that opens the same file
  with sqlcipher3, `PRAGMA key` and one read (the floor: interpreter, the SQLCipher library, key
  derivation, the first page); both use the passphrase in CASEAPP_PASSPHRASE, so both pay the
  same key derivation;
- the import of `caseapp.service` alone;
- key known -> first painted window at 220 citizens (shell_bench.py's `--first-window`, its data
  set bench/data/shell-220.db, raw key), with the imports and QApplication before the key.

Every sample is a fresh interpreter and the variants are interleaved round by round, so the
machine's load hits them alike; medians are reported. With several `--tree` the same file is
measured from each checkout side by side (their schema must match).

    .venv/bin/python bench/start_bench.py                              # this tree
    .venv/bin/python bench/start_bench.py --tree /work/main --tree .   # two trees side by side

Data sets go to bench/data/ (git-ignored). Results print as Markdown (ms).

The processes measured keep their compiled modules, as an installed caseapp does (pip writes the
.pyc files): in bench/data/pycache, also when the environment says PYTHONDONTWRITEBYTECODE, which
would otherwise make every sample compile the whole tree's source again and time the compiler.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
PASSPHRASE = "bench-start-passphrase"  # throwaway data only

FLOOR = (
    "import sqlcipher3, sys\n"
    "c = sqlcipher3.connect(sys.argv[1])\n"
    "c.execute(\"PRAGMA key = '" + PASSPHRASE + "'\")\n"
    "c.execute('SELECT count(*) FROM sqlite_master').fetchone()\n"
)


def ensure_data(citizens: int) -> Path:
    path = DATA / f"cli-start-{citizens}.db"
    if path.exists():
        return path
    sys.path.insert(0, str(ROOT))
    os.environ["CASEAPP_PASSPHRASE"] = PASSPHRASE
    from caseapp.demo.generator import generate_demo
    from caseapp.service import CaseService
    from caseapp.storage.keys import DatabaseKey

    DATA.mkdir(parents=True, exist_ok=True)
    with CaseService.create(path, DatabaseKey(passphrase=PASSPHRASE)) as service:
        generate_demo(service._db, citizens=citizens, seed=1, today=dt.date(2026, 11, 24))
    return path


def first_window_data() -> Path:
    sys.path.insert(0, str(ROOT / "bench"))
    import shell_bench

    return shell_bench.ensure_data("220", citizens=220, years=2)


def measured_env(**extra: str) -> dict[str, str]:
    """The environment of a measured process: compiled modules kept (see the docstring)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return env | {"PYTHONPYCACHEPREFIX": str(DATA / "pycache")} | extra


def first_window(tree: Path, path: Path) -> tuple[float, float]:
    """(imports and QApplication before the key, key known -> first paint) in a fresh process."""
    out = subprocess.run([sys.executable, str(tree / "bench" / "shell_bench.py"), "--first-window",
                          str(path)], cwd=tree, env=measured_env(), capture_output=True, text=True,
                         check=True)
    before, after = json.loads(out.stdout.strip().splitlines()[-1])
    return before, after


def timed(cmd: list[str], cwd: Path) -> float:
    env = measured_env(CASEAPP_PASSPHRASE=PASSPHRASE)
    begin = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - begin) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", action="append", type=Path,
                        help="a checkout to run the CLI from (repeat for side by side)")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--citizens", type=int, default=25)
    parser.add_argument("--window-rounds", type=int, default=7)
    args = parser.parse_args()
    trees = [t.resolve() for t in (args.tree or [ROOT])]
    path = ensure_data(args.citizens)
    window_db = first_window_data()
    py = sys.executable
    variants = {"sqlcipher3 + PRAGMA key (floor)": ([py, "-c", FLOOR, str(path)], trees[0])}
    for tree in trees:
        variants[f"{tree}: caseapp citizens --json"] = (
            [py, "-m", "caseapp.cli", "citizens", "--json", "--db", str(path)], tree)
        variants[f"{tree}: import caseapp.service"] = ([py, "-c", "import caseapp.service"], tree)
    samples: dict[str, list[float]] = {name: [] for name in variants}
    load_before = os.getloadavg()
    for cmd, cwd in variants.values():  # one unmeasured run each: warm OS cache, .pyc files
        timed(cmd, cwd)
    for _ in range(args.rounds):
        for name, (cmd, cwd) in variants.items():
            samples[name].append(timed(cmd, cwd))
    windows: dict[Path, list[tuple[float, float]]] = {tree: [] for tree in trees}
    for tree in trees:
        first_window(tree, window_db)  # unmeasured
    for _ in range(args.window_rounds):
        for tree in trees:
            windows[tree].append(first_window(tree, window_db))
    floor = statistics.median(samples["sqlcipher3 + PRAGMA key (floor)"])
    load_after = os.getloadavg()
    print(f"load average (1/5/15 min) before {' '.join(f'{x:.2f}' for x in load_before)}, after "
          f"{' '.join(f'{x:.2f}' for x in load_after)}; {args.rounds} rounds, {args.citizens} citizens\n")
    print("| process | median ms | min ms | × floor |\n|---|---|---|---|")
    for name, values in samples.items():
        med = statistics.median(values)
        print(f"| {name} | {med:.0f} | {min(values):.0f} | {med / floor:.2f} |")

    print("\n| tree | imports + QApplication before the key | key known -> first window painted (220) |"
          "\n|---|---|---|")
    for tree, values in windows.items():
        print(f"| {tree} | {statistics.median(v[0] for v in values):.0f} ms | "
              f"{statistics.median(v[1] for v in values):.0f} ms (target < 700) |")


if __name__ == "__main__":
    main()
