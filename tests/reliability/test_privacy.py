"""Privacy scan (DESIGN.md section 7 and 8): after an end-to-end run with planted names and CPR
numbers, none of them is found outside the encrypted database and its backup: not in the data,
config or cache folders, temporary files, logs, settings files, the calendar export (default
mode), the PDFs' metadata, nor in what the commands print to stderr. The full CPR number is
found nowhere at all; the masked one only in PDF page text (the status description shows it
by design).

HOME, the XDG folders and TMPDIR all point into one temporary folder, which is scanned whole.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from caseapp.domain.enums import AppointmentKind, GoalLevel, NoteKind
from caseapp.domain.models import Appointment, Citizen, DiaryNote, Goal
from caseapp.service import CaseService
from tests.reliability import harness

NAME = "Zølvfrid Plantesen"
CPR = "0102031234"
OTHER_NAME = "Ægirhild Qvistbjerg"
OTHER_CPR = "1512855678"
NOTE_WORD = "Kvækfløjtespil"  # a planted word in a diary note and a goal

FULL_CPRS = (CPR, "010203-1234", OTHER_CPR, "151285-5678")
MASKED = ("010203-xxxx", "151285-xxxx")
NAMES = (NAME, "Zølvfrid", "Plantesen", "zolvfrid", "plantesen", OTHER_NAME, "Ægirhild",
         "Qvistbjerg", "aegirhild", "qvistbjerg", "Kvækfløjte", "kvaekfloejte")
EVERYTHING = FULL_CPRS + MASKED + NAMES

DATABASE_FILES = {"case.db", "case.db-wal", "case.db-shm", "kopi.bak"}


def variants(secret: str) -> list[bytes]:
    out = []
    for text in {secret, secret.lower(), secret.upper()}:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            out.append(text.encode(encoding))
    return out


def found_in(data: bytes, secrets: tuple[str, ...]) -> list[str]:
    return [s for s in secrets if any(v in data for v in variants(s))]


class Run:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.home = root / "home"
        self.tmp = root / "tmp"
        for folder in (self.home, self.tmp, root / "data", root / "config", root / "cache",
                       root / "state", root / "out"):
            folder.mkdir(parents=True, exist_ok=True)
        self.db = root / "data" / "case.db"
        self.stderr: list[str] = []
        self.quiet_stdout: list[str] = []
        self.env = {
            "HOME": str(self.home),
            "TMPDIR": str(self.tmp),
            "TMP": str(self.tmp),
            "TEMP": str(self.tmp),
            "XDG_DATA_HOME": str(root / "data-home"),
            "XDG_CONFIG_HOME": str(root / "config"),
            "XDG_CACHE_HOME": str(root / "cache"),
            "XDG_STATE_HOME": str(root / "state"),
            "XDG_RUNTIME_DIR": str(root / "runtime"),
        }

    def __call__(self, *args: str, quiet: bool = True) -> subprocess.CompletedProcess[str]:
        """Run a command; `quiet` commands must not print personal data to stdout either."""
        result = subprocess.run(
            [sys.executable, "-m", "ui.launcher", *args],
            env=harness.child_env(**self.env),
            cwd=harness.ROOT,
            capture_output=True,
            text=True,
            timeout=300,
            stdin=subprocess.DEVNULL,
        )
        assert result.returncode == 0, (args, result.stderr)
        self.stderr.append(result.stderr)
        if quiet:
            self.quiet_stdout.append(result.stdout)
        return result


def plant(db: Path) -> tuple[int, int]:
    with CaseService.open(db, harness.key()) as service:
        first = service.citizens.add_citizen(Citizen(
            name=NAME, cpr=CPR, case_type="Bostøtte § 85",
            own_words=f"{NAME} vil gerne spille {NOTE_WORD} igen.",
        ))
        other = service.citizens.add_citizen(Citizen(name=OTHER_NAME, cpr=OTHER_CPR))
        long_term = service.plans.add_goal(Goal(citizen_id=first, level=GoalLevel.LONG_TERM,
                                          text=f"{NAME} bor i egen lejlighed."))
        effort = service.plans.add_goal(Goal(citizen_id=first, level=GoalLevel.EFFORT,
                                       parent_id=long_term, text=f"Zølvfrid øver {NOTE_WORD}."))
        sub = service.plans.add_goal(Goal(citizen_id=first, level=GoalLevel.SUB, parent_id=effort,
                                    text=f"Zølvfrid spiller {NOTE_WORD} hver tirsdag.",
                                    deadline=dt.date(2027, 6, 1)))
        for who in (first, other):
            service.calendar.add_appointment(Appointment(
                kind=AppointmentKind.CONVERSATION, citizen_id=who,
                title=f"Samtale med {NAME if who == first else OTHER_NAME} ({CPR})",
                start=dt.datetime(2026, 3, 3, 10), end=dt.datetime(2026, 3, 3, 11),
            ))
        note_id = service.diary.save_draft(DiaryNote(
            citizen_id=first, kind=NoteKind.OBSERVATION, occurred_at=dt.datetime(2026, 3, 3, 11),
            text=f"{NAME} ({CPR}) øvede {NOTE_WORD} og var glad.", goal_ids=(sub,),
        ))
        service.diary.sign_note(note_id)
        service.diary.autosave_draft(DiaryNote(
            citizen_id=other, kind=NoteKind.OBSERVATION, occurred_at=dt.datetime(2026, 3, 4, 9),
            text=f"Kladde om {OTHER_NAME} {OTHER_CPR} som ikke er færdig",
        ))
    return first, other


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    r = Run(tmp_path_factory.mktemp("privacy"))
    out = r.root / "out"
    r("init", "--db", str(r.db))
    first, _other = plant(r.db)
    r("citizens", "--db", str(r.db), quiet=False)
    r("citizens", "--db", str(r.db), "--json", quiet=False)
    r("search", "--db", str(r.db), "Zølvfrid", quiet=False)
    r("search", "--db", str(r.db), CPR, quiet=False)
    r("backup", "--db", str(r.db), "--out", str(r.root / "data" / "kopi.bak"))
    r("export", "status", "--db", str(r.db), "--citizen", str(first), "--out", str(out / "status.pdf"))
    r("export", "overview", "--db", str(r.db), "--out", str(out / "overblik.pdf"))
    r("export", "plan", "--db", str(r.db), "--citizen", str(first), "--out", str(out / "plan.pdf"))
    r("calendar", "export", "--db", str(r.db), "--from", "2026-03-01", "--to", "2026-03-31",
      "--out", str(out / "kalender.ics"))
    r("check", "--db", str(r.db))
    return r


def scanned_files(run: Run) -> list[Path]:
    return [p for p in run.root.rglob("*") if p.is_file() and p.name not in DATABASE_FILES]


def test_the_run_wrote_what_it_should(run: Run) -> None:
    names = {p.name for p in run.root.rglob("*") if p.is_file()}
    assert {"case.db", "kopi.bak", "status.pdf", "overblik.pdf", "plan.pdf", "kalender.ics"} <= names


def test_encrypted_files_hold_nothing_readable(run: Run) -> None:
    for path in run.root.rglob("*"):
        if path.is_file() and path.name in DATABASE_FILES:
            assert found_in(path.read_bytes(), EVERYTHING) == [], path.name


def test_no_planted_data_in_any_other_file(run: Run) -> None:
    leaks = {}
    for path in scanned_files(run):
        if path.suffix == ".pdf":
            continue  # page text shows the name by design; metadata is checked below
        hits = found_in(path.read_bytes(), EVERYTHING)
        if hits:
            leaks[str(path.relative_to(run.root))] = hits
    assert leaks == {}


def test_no_planted_data_in_file_names(run: Run) -> None:
    for path in run.root.rglob("*"):
        assert found_in(str(path.relative_to(run.root)).encode(), EVERYTHING) == [], path


def test_temporary_folder_is_left_empty(run: Run) -> None:
    assert sorted(p.name for p in run.tmp.rglob("*")) == []


def test_calendar_export_default_mode_has_no_names(run: Run) -> None:
    ics = (run.root / "out" / "kalender.ics").read_bytes()
    assert b"BEGIN:VEVENT" in ics  # the planted appointments are in it
    assert found_in(ics, EVERYTHING) == []


def pdf_metadata(path: Path) -> bytes:
    reader = pypdf.PdfReader(path)
    parts = [repr(dict(reader.metadata or {}))]
    root = reader.trailer["/Root"].get_object()
    if "/Metadata" in root:
        parts.append(root["/Metadata"].get_object().get_data().decode("utf-8", "replace"))
    info = reader.trailer.get("/Info")
    if info is not None:
        parts.append(repr(dict(info.get_object())))
    return "\n".join(parts).encode("utf-8")


@pytest.mark.parametrize("name", ["status.pdf", "overblik.pdf", "plan.pdf"])
def test_pdf_metadata_and_full_cpr(run: Run, name: str) -> None:
    path = run.root / "out" / name
    assert found_in(pdf_metadata(path), EVERYTHING) == []
    reader = pypdf.PdfReader(path)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert found_in(text.encode(), FULL_CPRS) == []
    assert found_in(path.read_bytes(), FULL_CPRS) == []


def test_status_pdf_shows_name_and_masked_cpr_on_the_page(run: Run) -> None:
    reader = pypdf.PdfReader(run.root / "out" / "status.pdf")
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert "Plantesen" in text
    assert "010203-xxxx" in text


def test_commands_print_no_personal_data_to_stderr(run: Run) -> None:
    assert found_in("\n".join(run.stderr).encode(), EVERYTHING) == []
    assert found_in("\n".join(run.quiet_stdout).encode(), EVERYTHING) == []


def test_listing_commands_mask_the_cpr(run: Run) -> None:
    result = run("citizens", "--db", str(run.db), "--json", quiet=False)
    assert found_in(result.stdout.encode(), FULL_CPRS) == []
    assert "010203-xxxx" in result.stdout


def test_nothing_written_outside_the_run_folder_home(run: Run) -> None:
    """The run used its own HOME: no caseapp folder appeared in the real user's folders."""
    real_home = Path.home()
    for folder in (real_home / ".local/share/caseapp", real_home / ".config/caseapp"):
        if folder.exists():
            for path in folder.rglob("*"):
                if path.is_file() and path.name not in DATABASE_FILES and path.suffix != ".db":
                    assert found_in(path.read_bytes(), EVERYTHING) == [], path
