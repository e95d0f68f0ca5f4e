"""Fault injection through the command line (DESIGN.md section 8): a full disk, a read-only
database, a missing keyring, a wrong passphrase, a damaged header, a newer database, a truncated
backup, a backup folder without room. Each gets one clear Danish sentence on stderr with a
non-zero exit code and no traceback, and loses nothing: the database opens afterwards with the
same content.

A full disk is a file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored, so writes fail with EFBIG). A
read-only database is enforced even for root by starting the command without the capabilities
that let root ignore file modes (setpriv).
"""

from __future__ import annotations

import re
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from caseapp.demo.generator import generate_demo
from caseapp.service import CaseService
from caseapp.storage import bulk, schema
from tests.reliability import harness

NO_ROOT_OVERRIDE = [
    "setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner,-linux_immutable",
]


def file_size_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def cli(
    *args: str,
    preexec: Callable[[], None] | None = None,
    read_only: bool = False,
    **env: str,
) -> subprocess.CompletedProcess[str]:
    prefix = NO_ROOT_OVERRIDE if read_only else []
    return subprocess.run(
        [*prefix, sys.executable, "-m", "ui.launcher", *args],
        env=harness.child_env(**env),
        cwd=harness.ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        preexec_fn=preexec,
    )


def assert_clear_refusal(result: subprocess.CompletedProcess[str], about: str) -> str:
    """Non-zero exit, no traceback, one Danish sentence on stderr that says what went wrong."""
    err = result.stderr.strip()
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    assert len(err.splitlines()) == 1, err
    assert err.startswith("caseapp: ") and err.endswith("."), err
    assert "uventet fejl" not in err, f"a known fault reported as an unexpected error: {err}"
    assert re.search(about, err, re.IGNORECASE), f"{err!r} does not say /{about}/"
    return err


def digest(db_path: Path) -> str:
    with CaseService.open(db_path, harness.key()) as service:
        assert service.check().ok
        return bulk.content_digest(service._db)


def nothing_left_over(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("faults-template")
    db_path = folder / "case.db"
    with CaseService.create(db_path, harness.key()) as service:
        generate_demo(service._db, citizens=3, years=1, seed=1, today=harness.TODAY)
    return db_path


@pytest.fixture
def db(template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "sager"
    folder.mkdir()
    target = folder / "case.db"
    shutil.copy2(template, target)
    return target


@pytest.fixture
def big_ics(tmp_path: Path) -> Path:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:fejl-{i}@eksempel\r\nDTSTART:20260301T{9 + i % 8:02d}0000\r\n"
        f"DTEND:20260301T{9 + i % 8:02d}3000\r\nSUMMARY:Møde nummer {i} med en lang titel\r\n"
        "END:VEVENT\r\n"
        for i in range(3000)
    )
    path = tmp_path / "stor.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//fejl//test//DA\r\n" + events + "END:VCALENDAR\r\n"
    )
    return path


# -- a full disk -------------------------------------------------------------------------------


def test_full_disk_during_a_write(db: Path, big_ics: Path) -> None:
    before = digest(db)
    result = cli("calendar", "import", "--db", str(db), str(big_ics), preexec=file_size_limit(64 * 1024))
    assert_clear_refusal(result, r"plads|disk|fuld")
    assert digest(db) == before


def test_full_disk_when_opening(db: Path) -> None:
    """Opening needs room for the WAL index (-shm). No room is not a wrong passphrase."""
    before = digest(db)
    result = cli("check", "--db", str(db), preexec=file_size_limit(16 * 1024))
    err = assert_clear_refusal(result, r"plads|disk|fuld")
    assert "adgangsfrase" not in err
    assert digest(db) == before


def test_backup_into_a_folder_without_room(db: Path, tmp_path: Path) -> None:
    before = digest(db)
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    out = out_dir / "kopi.bak"
    assert cli("backup", "--db", str(db), "--out", str(out)).returncode == 0
    old_backup = out.read_bytes()
    result = cli("backup", "--db", str(db), "--out", str(out), preexec=file_size_limit(100 * 1024))
    assert_clear_refusal(result, r"sikkerhedskopi")
    assert out.read_bytes() == old_backup  # the previous backup is kept whole
    assert nothing_left_over(out_dir) == []
    assert digest(db) == before


def test_pdf_and_calendar_export_without_room(db: Path, tmp_path: Path) -> None:
    before = digest(db)
    out_dir = tmp_path / "ud"
    out_dir.mkdir()
    limit = file_size_limit(40 * 1024)
    status = cli("export", "status", "--db", str(db), "--citizen", "1", "--out",
                 str(out_dir / "status.pdf"), preexec=limit)
    assert_clear_refusal(status, r"skrive|filsystem")
    ics = cli("calendar", "export", "--db", str(db), "--from", "2025-01-01", "--to", "2027-01-01",
              "--out", str(out_dir / "kalender.ics"), preexec=limit)
    assert_clear_refusal(ics, r"skrive|filsystem")
    assert list(out_dir.iterdir()) == []  # no half-written file, no temporary file
    assert digest(db) == before


# -- read-only -----------------------------------------------------------------------------------


def test_read_only_database_file(db: Path, big_ics: Path) -> None:
    before = digest(db)
    db.chmod(0o444)
    try:
        reading = cli("check", "--db", str(db), read_only=True)
        assert reading.returncode == 0, reading.stderr  # reading a read-only file works
        writing = cli("calendar", "import", "--db", str(db), str(big_ics), read_only=True)
        assert_clear_refusal(writing, r"skrivebeskyt|læse|rettighed|adgang")
    finally:
        db.chmod(0o644)
    assert digest(db) == before


def test_read_only_folder(db: Path, tmp_path: Path) -> None:
    before = digest(db)
    folder = db.parent
    folder.chmod(0o555)
    try:
        backup = cli("backup", "--db", str(db), "--out", str(folder / "kopi.bak"), read_only=True)
        assert_clear_refusal(backup, r"skrive|filsystem|rettighed")
        restore = cli("restore", "--db", str(db), str(tmp_path / "findes-ikke.bak"), read_only=True)
        assert_clear_refusal(restore, r"findes ikke")
    finally:
        folder.chmod(0o755)
    assert digest(db) == before


# -- keys ----------------------------------------------------------------------------------------


def test_missing_keyring_and_no_passphrase(db: Path, tmp_path: Path) -> None:
    before = db.read_bytes()
    env = {"CASEAPP_PASSPHRASE": "", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    assert_clear_refusal(cli("check", "--db", str(db), **env), r"nøglering")
    assert_clear_refusal(cli("init", "--db", str(tmp_path / "ny.db"), **env), r"nøglering")
    assert not (tmp_path / "ny.db").exists()
    assert db.read_bytes() == before
    assert digest(db)


def test_wrong_passphrase(db: Path) -> None:
    before = digest(db)
    raw = db.read_bytes()
    for command in (["check"], ["citizens"], ["search", "Søren"]):
        result = cli(command[0], "--db", str(db), *command[1:], CASEAPP_PASSPHRASE="forkert")
        assert_clear_refusal(result, r"adgangsfrase")
    assert db.read_bytes() == raw
    assert digest(db) == before


# -- damaged, newer, truncated ------------------------------------------------------------------


def test_damaged_header(db: Path, tmp_path: Path) -> None:
    backup = tmp_path / "kopi.bak"
    assert cli("backup", "--db", str(db), "--out", str(backup)).returncode == 0
    before = digest(db)
    with db.open("r+b") as handle:
        handle.write(b"\x00" * 101)
    damaged = db.read_bytes()
    assert_clear_refusal(cli("check", "--db", str(db)), r"kunne ikke åbnes|beskadiget")
    assert_clear_refusal(cli("citizens", "--db", str(db)), r"kunne ikke åbnes|beskadiget")
    assert db.read_bytes() == damaged  # refused untouched: nothing made worse
    restored = cli("restore", "--db", str(db), str(backup))
    assert restored.returncode == 0, restored.stderr
    assert digest(db) == before


def test_newer_database(db: Path) -> None:
    with CaseService.open(db, harness.key()) as service:
        service._db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
        service._db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('caseapp', 'm999_from_the_future', 'x')"
        )
        expected = bulk.content_digest(service._db)
    raw = db.read_bytes()
    assert_clear_refusal(cli("check", "--db", str(db)), r"nyere version")
    assert_clear_refusal(cli("citizens", "--db", str(db)), r"nyere version")
    assert db.read_bytes() == raw
    assert sorted(p.name for p in db.parent.iterdir()) == ["case.db"]  # no migration copy
    from caseapp.storage import connection

    plain = connection.connect(db, harness.key())
    assert bulk.content_digest(plain) == expected
    connection.close(plain)


def test_truncated_backup_is_refused(db: Path, tmp_path: Path) -> None:
    backup = tmp_path / "kopi.bak"
    assert cli("backup", "--db", str(db), "--out", str(backup)).returncode == 0
    # the database moves on after the backup, so an accepted backup would lose this
    with CaseService.open(db, harness.key()) as service:
        from caseapp.domain.models import Citizen

        service.citizens.add_citizen(Citizen(name="Efter kopien"))
    before = digest(db)
    data = backup.read_bytes()
    backup.write_bytes(data[: len(data) // 2])
    result = cli("restore", "--db", str(db), str(backup))
    assert_clear_refusal(result, r"sikkerhedskopi|beskadiget")
    assert digest(db) == before
    assert nothing_left_over(db.parent) == []
