"""`caseapp export status` against LibreOffice, both as whole processes, ten pages each.

    .venv/bin/python bench/status_export_bench.py                          # this tree, 9 rounds
    .venv/bin/python bench/status_export_bench.py --tree /work/main --tree .  # two trees

Our side: a fresh `python -m caseapp.cli export status --db … --citizen … --out …` for a
fictional citizen whose status description is exactly ten pages (bench/status_fixture.py), the
database key taken from the keyring as the command takes it on a caseworker's machine: the
bench runs in a private D-Bus session with its own gnome-keyring-daemon (a throwaway login
keyring under a temporary XDG_DATA_HOME, so the user's keyring is never touched), the key is
put there by `keys.key_for_new_database`, and CASEAPP_PASSPHRASE is unset.

LibreOffice's side: `soffice --headless --convert-to pdf` of the same status description as a
.docx (bench/status_docx.py: the same structure, typeface, sizes and margins, a table of the
ratings where our PDF draws its chart), as a fresh process, twice: with a user profile made once
before the rounds and reused (what a user's LibreOffice has), and with a new, empty profile
each time. LibreOffice packs text a little tighter than our PDF, so the .docx's evaluations are
lengthened, sentence by sentence, until LibreOffice also makes exactly ten pages; the report
says how many sentences each side holds. Both PDFs' page counts are read with pypdf every round.

Every variant runs once unmeasured first (OS file cache, the .pyc files an installed caseapp
has, written under a prefix in the temporary folder, and the reused profile); the
rounds then run every variant in turn, the order rotated each round, and medians are reported
with the load average before and after, beside the CPU time (user + system) each process and
the processes it waited for used, which other work on the machine moves less. Needs `soffice` (apt-get install
libreoffice-writer-nogui), `gnome-keyring-daemon` (apt-get install gnome-keyring) and
`dbus-run-session`; a missing one is named and the bench exits with 2.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SESSION_FLAG = "CASEAPP_STATUS_BENCH_SESSION"
NEEDED = {
    "soffice": "apt-get install libreoffice-writer-nogui",
    "gnome-keyring-daemon": "apt-get install gnome-keyring",
    "dbus-run-session": "apt-get install dbus",
}
TARGET_RATIO = 3.0


def _timed(cmd: list[str], **kwargs: object) -> tuple[float, float]:
    """(wall ms, CPU ms) of one process and everything it waited for (user + system time)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    begin = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, stdin=subprocess.DEVNULL, **kwargs)
    wall = (time.perf_counter() - begin) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu


def _missing() -> list[str]:
    return [f"{name} ({how})" for name, how in NEEDED.items() if shutil.which(name) is None]


def _in_private_session(argv: list[str]) -> int:
    """Run this script again inside a D-Bus session of its own."""
    env = dict(os.environ, **{SESSION_FLAG: "1"})
    cmd = ["dbus-run-session", "--", sys.executable, str(Path(__file__).resolve()), *argv]
    return subprocess.run(cmd, env=env).returncode


def _start_keyring(home: Path) -> None:
    """An unlocked throwaway login keyring in this D-Bus session (gnome-keyring's Secret
    Service, what `keyring` finds on a Linux desktop)."""
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    os.environ.pop("CASEAPP_PASSPHRASE", None)
    out = subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets"],
                         input=b"bench-throwaway-keyring", capture_output=True, check=True)
    for line in out.stdout.decode().splitlines():
        name, _, value = line.partition("=")
        if name and value:
            os.environ[name] = value


def _with_sentences(data, sentences: int):  # noqa: ANN001, ANN202 (StatusReportData)
    """`data` with every evaluation and the overall assessment `sentences` long."""
    from status_fixture import evaluation_text

    from caseapp.domain.enums import GoalLevel

    text = evaluation_text(sentences)

    def goal(section):  # noqa: ANN001, ANN202
        own = text if section.level == GoalLevel.SUB else text[: len(text) // 2]
        return dataclasses.replace(section, evaluation=own,
                                   sub_goals=tuple(goal(s) for s in section.sub_goals))

    return dataclasses.replace(data, overall=text, efforts=tuple(goal(e) for e in data.efforts))


class Office:
    """`soffice --headless --convert-to pdf` of one .docx, as a fresh process."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.kept_profile = folder / "profile-kept"
        self.count = 0

    def convert(self, docx: Path, fresh_profile: bool) -> tuple[tuple[float, float], Path]:
        self.count += 1
        profile = self.folder / f"profile-{self.count}" if fresh_profile else self.kept_profile
        out_dir = self.folder / f"office-out-{self.count}"
        cmd = ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
               "--convert-to", "pdf", "--outdir", str(out_dir), str(docx)]
        took = _timed(cmd)
        if fresh_profile:
            shutil.rmtree(profile, ignore_errors=True)
        return took, out_dir / f"{docx.stem}.pdf"


def _caseapp(tree: Path, db: Path, citizen_id: int, out: Path) -> tuple[float, float]:
    cmd = [sys.executable, "-m", "caseapp.cli", "export", "status", "--db", str(db),
           "--citizen", str(citizen_id), "--out", str(out)]
    return _timed(cmd, cwd=tree, env=_compiled_env(db.parent))


def _compiled_env(folder: Path) -> dict[str, str]:
    # An installed caseapp has its .pyc files; a checkout run with PYTHONDONTWRITEBYTECODE set
    # would compile every module from source on every run (~0.1 s). The unmeasured first run
    # writes them, under a prefix in the temporary folder so no checkout is written to.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return env


def _phases(trees: list[Path], rounds: int, db: Path, citizen_id: int) -> int:
    """Medians of status_export_phases.py's phases per tree, and of `python -c pass`."""
    script = str(ROOT / "bench" / "status_export_phases.py")
    out = str(db.parent / "phases.pdf")
    times: dict[Path, list[dict[str, float]]] = {tree: [] for tree in trees}

    def once(tree: Path) -> dict[str, float]:
        env = _compiled_env(db.parent) | {"PYTHONPATH": str(tree)}
        run = subprocess.run([sys.executable, script, str(db), str(citizen_id), out], cwd=tree,
                             env=env, check=True, capture_output=True, text=True)
        start = _timed([sys.executable, "-c", "pass"], env=env)[0]
        return {"interpreter start (`python -c pass`)": start, **json.loads(run.stdout)}

    load_before = _load()
    for tree in trees:
        once(tree)  # unmeasured: .pyc files, OS cache
    for r in range(rounds):
        for tree in trees[r % len(trees):] + trees[: r % len(trees)]:
            times[tree].append(once(tree))
    print(f"Load average (1/5/15 min): {load_before} before, {_load()} after; {rounds} rounds.\n")
    print("| phase | " + " | ".join(str(tree) for tree in trees) + " |")
    print("|---|" + "---:|" * len(trees))
    for phase in times[trees[0]][0]:
        medians = [statistics.median(t.get(phase, 0.0) for t in times[tree]) for tree in trees]
        print(f"| {phase} | " + " | ".join(f"{m:.0f}" for m in medians) + " |")
    sums = [statistics.median(sum(t.values()) for t in times[tree]) for tree in trees]
    print("| sum (median of the rounds' sums) | " + " | ".join(f"{m:.0f}" for m in sums) + " |")
    return 0


def _docx_for_ten_pages(data, start: int, folder: Path, office: Office) -> tuple[Path, int, int]:  # noqa: ANN001
    """The .docx with the fewest sentences per evaluation (from `start`) that LibreOffice lays
    out on ten pages; (path, sentences, pages)."""
    from status_docx import write_status_docx
    from status_fixture import pdf_pages

    def pages(sentences: int) -> int:
        path = write_status_docx(_with_sentences(data, sentences), folder / "status.docx")
        _, pdf = office.convert(path, fresh_profile=False)
        return pdf_pages(pdf.read_bytes())

    low, high = start, start + 60
    while low < high:
        middle = (low + high) // 2
        if pages(middle) < 10:
            low = middle + 1
        else:
            high = middle
    found = pages(low)
    return folder / "status.docx", low, found


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", action="append", type=Path,
                        help="a checkout to run `caseapp export status` from (repeat: side by side)")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--phases", action="store_true",
                        help="time one export phase by phase instead (status_export_phases.py);"
                             " no LibreOffice")
    args = parser.parse_args(argv)
    missing = _missing()
    if missing:
        print("not measured; missing: " + ", ".join(missing), file=sys.stderr)
        return 2
    if os.environ.get(SESSION_FLAG) != "1":
        return _in_private_session(argv)
    trees = [t.resolve() for t in (args.tree or [ROOT])]
    with tempfile.TemporaryDirectory(prefix="caseapp-status-bench-") as tmp:
        return _run(trees, args.rounds, Path(tmp), args.phases)


def _run(trees: list[Path], rounds: int, folder: Path, phases: bool = False) -> int:
    _start_keyring(folder)
    sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
    from status_fixture import TODAY, pdf_pages, ten_page_status

    from caseapp.reports.status_pdf import status_report_data
    from caseapp.storage import keys

    if not keys.secure_keyring_available():
        print("not measured: the private Secret Service is not usable", file=sys.stderr)
        return 2
    db = folder / "status.db"
    print("preparing the ten-page status description ...", file=sys.stderr)
    service, status_id, sentences = ten_page_status(db, keys.key_for_new_database(db))
    data = status_report_data(service._db, status_id=status_id, today=TODAY)
    citizen_id = data.citizen_id
    service.close()
    if phases:
        return _phases(trees, rounds, db, citizen_id)
    office = Office(folder)
    print("finding the .docx LibreOffice makes ten pages of ...", file=sys.stderr)
    docx, docx_sentences, docx_pages = _docx_for_ten_pages(data, sentences, folder, office)

    variants: dict[str, object] = {}
    for n, tree in enumerate(trees):
        out = folder / f"caseapp-{n}.pdf"
        variants[f"`caseapp export status` ({tree})"] = (
            lambda tree=tree, out=out: (_caseapp(tree, db, citizen_id, out), out))
    variants["LibreOffice, profile kept"] = lambda: office.convert(docx, fresh_profile=False)
    variants["LibreOffice, new profile each run"] = lambda: office.convert(docx, fresh_profile=True)
    samples: dict[str, list[float]] = {name: [] for name in variants}
    cpu: dict[str, list[float]] = {name: [] for name in variants}
    pages: dict[str, set[int]] = {name: set() for name in variants}
    load_before = _load()
    for run in variants.values():  # unmeasured: OS cache, .pyc files, the kept profile
        run()
    names = list(variants)
    for r in range(rounds):
        order = names[r % len(names):] + names[: r % len(names)]
        for name in order:
            (took, used), pdf = variants[name]()
            samples[name].append(took)
            cpu[name].append(used)
            pages[name].add(pdf_pages(pdf.read_bytes()))
    load_after = _load()

    office_median = statistics.median(samples["LibreOffice, profile kept"])
    fresh_median = statistics.median(samples["LibreOffice, new profile each run"])
    office_cpu = statistics.median(cpu["LibreOffice, profile kept"])
    print("#### `caseapp export status` against LibreOffice, whole processes, ten pages each\n")
    print(f"Load average (1/5/15 min): {load_before} before, {load_after} after; {rounds} rounds, "
          f"order rotated each round; {os.cpu_count()} CPUs.\n")
    print(f"Text: {sentences} sentences per sub-goal evaluation in caseapp's PDF, "
          f"{docx_sentences} in the .docx (LibreOffice: {docx_pages} pages at that length).\n")
    print("| process | pages (every round) | median ms | min ms | LibreOffice (kept profile) ÷ this"
          " | LibreOffice (new profile) ÷ this | CPU median ms | LibreOffice (kept) CPU ÷ this"
          " | target |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for name, values in samples.items():
        med = statistics.median(values)
        page_text = ", ".join(str(p) for p in sorted(pages[name]))
        ours = name.startswith("`caseapp")
        verdict = ""
        if ours:
            ratio = office_median / med
            verdict = f"≥ {TARGET_RATIO:.0f}× {'✓' if ratio >= TARGET_RATIO else '✗'}"
        used = statistics.median(cpu[name])
        print(f"| {name} | {page_text} | {med:.0f} | {min(values):.0f} | "
              f"{office_median / med:.2f}× | {fresh_median / med:.2f}× | {used:.0f} | "
              f"{office_cpu / used:.2f}× | {verdict} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
