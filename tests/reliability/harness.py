"""Crash harness: run a writer in a subprocess, SIGKILL it at a random moment, then check.

Writers (run as `python -m tests.reliability.harness worker KIND DB [ARG]`):

- notes:     saves, autosaves and signs diary notes in a loop; prints `draft ID N` / `signed ID N`
             to stdout (flushed) right after each commit.
- demo:      creates a database and fills it with the demo generator.
- restore:   restores the database from two backups in turn, forever; prints `restored X`.
- migration: opens a database of an older schema version (which migrates it).

Each writer prints `ready` once its imports are done; the kill comes a random time after that.
After the kill the database must open, pass `PRAGMA integrity_check` and `caseapp check`, and
hold every note printed as committed (for restore: be exactly one of the two backups).

Bench mode: `python -m tests.reliability.harness run --trials 200` (or CASEAPP_CRASH_TRIALS)
prints one summary line per writer. Everything here is fictional data.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "nedbrud-hemmelighed"
KINDS = ("notes", "demo", "restore", "migration")
CI_TRIALS = {"notes": 4, "demo": 3, "restore": 3, "migration": 3}
TODAY = dt.date(2026, 3, 2)


def trials_for(kind: str) -> int:
    """CI keeps a few trials per writer; CASEAPP_CRASH_TRIALS asks for more (bench mode)."""
    value = os.environ.get("CASEAPP_CRASH_TRIALS")
    return int(value) if value else CI_TRIALS[kind]


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CASEAPP_", "PYTHON_KEYRING"))}
    env.update(
        CASEAPP_PASSPHRASE=PASSPHRASE,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    env.update(extra)
    return env


def key():  # noqa: ANN201 - imported lazily so `worker` starts its clock after imports
    from caseapp.storage.keys import DatabaseKey

    return DatabaseKey(passphrase=PASSPHRASE)


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", *args],
        env=child_env(**env),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


# -- set-up (in the harness process) ---------------------------------------------------------


def note_text(n: int) -> str:
    return f"Observation nummer {n}: borgeren dækkede selv bord og ryddede op bagefter. " * 3


def make_notes_db(path: Path) -> int:
    from caseapp.domain.models import Citizen
    from caseapp.service import CaseService

    with CaseService.create(path, key()) as service:
        return service.citizens.add_citizen(Citizen(name="Fiktiv Nedbrudsen", cpr="0101901234"))


def make_backup(path: Path, marker: str, citizens: int) -> None:
    """A backup file whose caseload is `citizens` citizens named `marker N`."""
    from caseapp.demo.generator import generate_demo
    from caseapp.domain.models import Citizen
    from caseapp.service import CaseService

    work = path.with_name(path.name + ".src.db")
    with CaseService.create(work, key()) as service:
        generate_demo(service._db, citizens=citizens, years=1, seed=len(marker), today=TODAY)
        for n in range(3):
            service.citizens.add_citizen(Citizen(name=f"{marker} {n}"))
        service.backup(path)
    for p in work.parent.glob(work.name + "*"):
        p.unlink()


def make_old_schema_db(path: Path, citizens: int = 6) -> int:
    """A database stopped before m003 (schema version 2) with demo data; returns its note count."""
    from caseapp.demo.generator import generate_demo
    from caseapp.storage import connection, schema

    db = connection.connect(path, key(), must_exist=False)
    schema.migrations.apply(db, stop_before="m003_protect_signed_records")
    db.execute("PRAGMA user_version = 2")
    generate_demo(db, citizens=citizens, years=2, seed=3, today=TODAY)
    count = int(db.execute("SELECT count(*) FROM notes").fetchone()[0])
    connection.close(db)
    return count


# -- writers (in the child process) ----------------------------------------------------------


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def worker_notes(db_path: Path) -> None:
    from caseapp.domain.enums import NoteKind
    from caseapp.domain.models import DiaryNote
    from caseapp.service import CaseService

    service = CaseService.open(db_path, key())
    citizen_id = service.citizens.caseload()[0].id
    _say("ready")
    n = 0
    while True:
        n += 1
        note = DiaryNote(
            citizen_id=citizen_id,
            kind=NoteKind.OBSERVATION,
            occurred_at=dt.datetime(2026, 1, 1, 9) + dt.timedelta(minutes=n),
            text=note_text(n)[: 40 + n % 100],
        )
        if n % 3 == 0:  # the editor's autosave: a draft that stays a draft
            draft_id = service.diary.autosave_draft(note)
            _say(f"draft {draft_id} {n}")
            continue
        note_id = service.diary.save_draft(dataclasses.replace(note, text=note_text(n)))
        service.diary.sign_note(note_id)
        _say(f"signed {note_id} {n}")


def worker_demo(db_path: Path) -> None:
    from caseapp.demo.generator import generate_demo
    from caseapp.service import CaseService

    _say("ready")
    with CaseService.create(db_path, key()) as service:
        generate_demo(service._db, citizens=8, years=2, seed=5, today=TODAY)
    _say("done")


def worker_restore(db_path: Path, backups: str) -> None:
    from caseapp.storage import store

    files = [Path(p) for p in backups.split(os.pathsep)]
    _say("ready")
    n = 0
    while True:
        source = files[n % len(files)]
        store.restore(db_path, key(), source)
        _say(f"restored {source.name}")
        n += 1


def worker_migration(db_path: Path) -> None:
    from caseapp.service import CaseService

    _say("ready")
    with CaseService.open(db_path, key()):
        pass
    _say("done")


WORKERS = {
    "notes": worker_notes,
    "demo": worker_demo,
    "restore": worker_restore,
    "migration": worker_migration,
}


# -- one trial -------------------------------------------------------------------------------


@dataclasses.dataclass
class Outcome:
    kind: str
    killed: bool
    lines: list[str]
    problems: list[str]
    checked_by_cli: bool
    seconds: float

    @property
    def ok(self) -> bool:
        return not self.problems


def run_worker(kind: str, db_path: Path, arg: str | None, delay: float | None) -> tuple[bool, list[str]]:
    """Start a writer; SIGKILL it `delay` seconds after it is ready (None: let it finish).

    Returns whether it was killed and the complete lines it printed."""
    cmd = [sys.executable, "-m", "tests.reliability.harness", "worker", kind, str(db_path)]
    if arg:
        cmd.append(arg)
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline().decode()
    if first.strip() != "ready":
        proc.kill()
        _out, err = proc.communicate()
        raise RuntimeError(f"{kind} writer did not start: {first!r} {err.decode()[-2000:]}")
    killed = False
    if delay is None:
        proc.wait(timeout=300)
    else:
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            killed = True
            proc.wait()
    out, err = proc.communicate()
    if not killed and proc.returncode != 0:
        raise RuntimeError(f"{kind} writer failed ({proc.returncode}): {err.decode()[-2000:]}")
    text = out.decode()
    lines = text.split("\n")
    complete = lines[:-1]  # the last piece has no newline yet: not reported as committed
    return killed, complete


def check_database(db_path: Path, expect: dict) -> list[str]:
    """Every problem found in the database after the kill (empty: all is well)."""
    from caseapp.domain.enums import RecordState
    from caseapp.service import CaseService
    from caseapp.storage import connection

    problems: list[str] = []
    # integrity before anything migrates or writes
    try:
        db = connection.connect(db_path, key())
    except Exception as exc:  # noqa: BLE001 - the report names it
        return [f"could not open after kill: {exc!r}"]
    try:
        integrity = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
        if integrity != ["ok"]:
            problems.append(f"integrity_check: {integrity[:5]}")
    finally:
        connection.close(db)
    try:
        service = CaseService.open(db_path, key())
    except Exception as exc:  # noqa: BLE001
        return [*problems, f"CaseService.open failed after kill: {exc!r}"]
    with service:
        report = service.check()
        if not report.ok:
            problems.append(f"service.check not ok: {report}")
        for note_id, n in expect.get("signed", []):
            try:
                note = service.diary.note(note_id)
            except Exception as exc:  # noqa: BLE001
                problems.append(f"signed note {note_id} lost: {exc!r}")
                continue
            if note.state != RecordState.SIGNED or note.text != note_text(n).strip():
                problems.append(f"signed note {note_id} changed: {note.state}")
        for note_id, _n in expect.get("drafts", []):
            try:
                service.diary.note(note_id)
            except Exception as exc:  # noqa: BLE001
                problems.append(f"autosaved draft {note_id} lost: {exc!r}")
        if "notes" in expect and report.notes != expect["notes"]:
            problems.append(f"notes {report.notes} != {expect['notes']} after migration")
        if "one_of" in expect:
            names = {c.name for c in service.citizens.caseload()}
            markers = {m for m in expect["one_of"] if f"{m} 0" in names}
            if len(markers) != 1:
                problems.append(f"restore left neither or both backups: {sorted(names)[:6]}")
            elif report.citizens != expect["one_of"][next(iter(markers))]:
                problems.append("restore left a partial caseload")
    return problems


def cli_check(db_path: Path) -> list[str]:
    result = run_cli("check", "--db", str(db_path))
    if result.returncode != 0 or "Traceback" in result.stderr:
        return [f"caseapp check: exit {result.returncode}: {result.stdout} {result.stderr}"]
    return []


class Trials:
    """Runs trials of each writer in `folder`; keeps the set-up files between trials."""

    def __init__(self, folder: Path, seed: int | None = None) -> None:
        self.folder = folder
        self.rnd = random.Random(seed)
        self._durations: dict[str, float] = {}
        self._templates: dict[str, Path] = {}
        self._backups: dict[str, int] | None = None
        self._old_notes = 0

    def _fresh(self, name: str) -> Path:
        trial = self.folder / name
        if trial.exists():
            shutil.rmtree(trial)
        trial.mkdir(parents=True)
        return trial / "case.db"

    def _prepare(self, kind: str, db_path: Path) -> tuple[str | None, dict]:
        if kind == "notes":
            make_notes_db(db_path)
            return None, {}
        if kind == "demo":
            return None, {}
        if kind == "restore":
            if self._backups is None:
                self._backups = {}
                for marker, size in (("KopiA", 3), ("KopiB", 6)):
                    make_backup(self.folder / f"{marker}.bak", marker, size)
                    self._backups[marker] = size + 3
            first = sorted(self._backups)[0]
            from caseapp.storage import store

            store.restore(db_path, key(), self.folder / f"{first}.bak")
            arg = os.pathsep.join(str(self.folder / f"{m}.bak") for m in sorted(self._backups))
            return arg, {"one_of": self._backups}
        if kind == "migration":
            template = self._templates.get(kind)
            if template is None:
                template = self.folder / "old-schema.db"
                self._old_notes = make_old_schema_db(template)
                self._templates[kind] = template
            shutil.copy2(template, db_path)
            return None, {"notes": self._old_notes}
        raise ValueError(kind)

    def _window(self, kind: str) -> float:
        """How long after `ready` to wait at most before the kill."""
        if kind in ("notes", "restore"):  # endless writers
            return 0.8
        if kind not in self._durations:  # calibrate: one run to completion
            db_path = self._fresh(f"{kind}-calibrate")
            arg, _expect = self._prepare(kind, db_path)
            start = time.perf_counter()
            run_worker(kind, db_path, arg, None)
            self._durations[kind] = time.perf_counter() - start
        return self._durations[kind] * 1.1

    def run(self, kind: str, number: int, with_cli: bool = True) -> Outcome:
        window = self._window(kind)
        db_path = self._fresh(f"{kind}-{number}")
        arg, expect = self._prepare(kind, db_path)
        delay = self.rnd.uniform(0.02, window)
        start = time.perf_counter()
        killed, lines = run_worker(kind, db_path, arg, delay)
        expect = dict(expect)
        words = [line.split() for line in lines]
        expect["signed"] = [(int(w[1]), int(w[2])) for w in words if w and w[0] == "signed"]
        expect["drafts"] = [(int(w[1]), int(w[2])) for w in words if w and w[0] == "draft"]
        if kind == "demo" and not db_path.exists():
            problems: list[str] = []  # killed before the file was created: nothing to lose
        else:
            problems = check_database(db_path, expect)
            if with_cli and not problems:
                problems += cli_check(db_path)
        return Outcome(kind, killed, lines, problems, with_cli, time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("worker")
    w.add_argument("kind", choices=KINDS)
    w.add_argument("db")
    w.add_argument("arg", nargs="?")
    r = sub.add_parser("run", help="bench mode: many trials per writer, a summary per writer")
    r.add_argument("--trials", type=int, default=None, help="per writer (default CASEAPP_CRASH_TRIALS or 100)")
    r.add_argument("--kinds", default=",".join(KINDS))
    r.add_argument("--cli-every", type=int, default=10, help="run `caseapp check` every Nth trial")
    r.add_argument("--seed", type=int, default=None)
    r.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "worker":
        func = WORKERS[args.kind]
        if args.arg is not None:
            func(Path(args.db), args.arg)  # type: ignore[call-arg]
        else:
            func(Path(args.db))  # type: ignore[call-arg]
        return 0
    import tempfile

    trials = args.trials or int(os.environ.get("CASEAPP_CRASH_TRIALS") or 100)
    summary = []
    with tempfile.TemporaryDirectory(prefix="caseapp-crash-") as tmp:
        harness = Trials(Path(tmp), args.seed)
        for kind in args.kinds.split(","):
            killed = failed = committed = 0
            failures: list[str] = []
            for n in range(trials):
                outcome = harness.run(kind, n, with_cli=(n % args.cli_every == 0))
                killed += outcome.killed
                committed += sum(1 for line in outcome.lines if line.startswith(("signed", "draft", "restored")))
                if not outcome.ok:
                    failed += 1
                    failures.extend(outcome.problems[:2])
                shutil.rmtree(Path(tmp) / f"{kind}-{n}", ignore_errors=True)
                print(f"\r{kind}: {n + 1}/{trials}", end="", file=sys.stderr, flush=True)
            print(file=sys.stderr)
            row = {"kind": kind, "trials": trials, "killed": killed, "failed": failed,
                   "committed_seen": committed, "failures": failures[:10]}
            summary.append(row)
            if not args.json:
                print(f"{kind}: {trials} trials, {killed} killed mid-write, {failed} failed, "
                      f"{committed} commits reported and checked")
                for line in failures[:10]:
                    print(f"  {line}")
    if args.json:
        print(json.dumps(summary))
    return 1 if any(r["failed"] for r in summary) else 0


if __name__ == "__main__":
    sys.exit(main())
