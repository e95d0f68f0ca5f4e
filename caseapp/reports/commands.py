"""The export commands behind `caseapp export status|overview` (DESIGN.md section 6).

Each function takes an open database handle, writes the PDF and returns the path(s) written. A file
is first written to a hidden temporary file in the same folder and then moved into place with
os.replace, so a crash or a full disk never leaves a half-written PDF under the final name.
File names carry the citizen's id and an ASCII form of the name, never the CPR number.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from caseapp.domain.enums import AccessAction, CitizenStatus
from caseapp.errors import CaseappError, InvalidInput
from caseapp.reports.insight_data import insight_data
from caseapp.reports.insight_pdf import build_insight_pdf
from caseapp.reports.insight_review import Mention, left_out, mentions
from caseapp.reports.overview_pdf import OverviewData, build_overview_pdf, overview_data
from caseapp.reports.status_pdf import build_status_pdf, status_report_data
from caseapp.storage import access_log, caseload
from caseapp.storage import profile as profile_store

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

_DANISH = str.maketrans(
    {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", "ß": "ss"}
)


def ascii_name(name: str, limit: int = 48) -> str:
    """'Søren Ågård Bækgaard' -> 'soeren_aagaard_baekgaard' (safe on every file system)."""
    text = unicodedata.normalize("NFKD", name.translate(_DANISH))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "_", text).strip("_")
    return text[:limit].rstrip("_") or "borger"


def status_file_name(citizen_id: int, name: str) -> str:
    return f"status_{citizen_id}_{ascii_name(name)}.pdf"


def write_atomic(path: Path, data: bytes) -> Path:
    """Write `data` to `path` through a temporary file in the same folder and os.replace."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise InvalidInput(f"Mappen {folder} findes ikke.")
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".caseapp-", suffix=".pdf.tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
    except PermissionError:
        raise CaseappError(f"Der er ikke adgang til at skrive i mappen {folder}.") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} er en mappe; angiv et filnavn, der ender på .pdf.") from None
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise CaseappError(f"Filen kunne ikke skrives i mappen {folder} ({reason}).") from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return path


def _pdf_target(out: Path, default_name: str) -> Path:
    out = Path(out).expanduser()
    if out.is_dir():
        return out / default_name
    if out.suffix.lower() != ".pdf":
        raise InvalidInput(f"Filnavnet {out.name} skal ende på .pdf.")
    return out


def export_status(
    db: sqlite_utils.Database, citizen_id: int, out: Path, today: dt.date | None = None
) -> Path:
    """`export status --citizen ID --out FILE.pdf`: the citizen's latest status description,
    or a draft made from the plan. `out` may also be a folder (the file is then named for the
    citizen). An unknown id raises NotFound before anything is written."""
    data = status_report_data(db, citizen_id=citizen_id, today=today)
    target = _pdf_target(out, status_file_name(citizen_id, data.citizen_name))
    path = write_atomic(target, build_status_pdf(data))
    access_log.record(db, AccessAction.PRINTED, [citizen_id], "statusbeskrivelse")
    log.info("status description for citizen %s written", citizen_id)
    return path


def export_status_description(
    db: sqlite_utils.Database, status_id: int, out: Path, today: dt.date | None = None
) -> Path:
    """One stored status description by its own id (for the UI's print button)."""
    data = status_report_data(db, status_id=status_id, today=today)
    assert data.citizen_id is not None
    target = _pdf_target(out, status_file_name(data.citizen_id, data.citizen_name))
    return write_atomic(target, build_status_pdf(data))


def export_all_status(
    db: sqlite_utils.Database,
    out_dir: Path,
    today: dt.date | None = None,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> list[Path]:
    """`export status --all --out DIR`: one PDF per active citizen, named
    status_<id>_<ascii-name>.pdf. The folder is created if it does not exist.

    `progress(done, total)` is called after each file. `should_stop()` is asked before each
    file; when it answers True the export stops there and returns the files written so far
    (each of them whole: a file is only ever moved into place complete)."""
    folder = Path(out_dir).expanduser()
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(f"{folder} er en fil; --all skal have en mappe.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except PermissionError:
        raise CaseappError(f"Der er ikke adgang til at oprette mappen {folder}.") from None
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise CaseappError(f"Mappen {folder} kunne ikke oprettes ({reason}).") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CaseappError(f"Der er ikke adgang til at skrive i mappen {folder}.")
    citizens = [c for c in caseload.summaries(db) if c.status == CitizenStatus.ACTIVE]
    written: list[Path] = []
    for done, summary in enumerate(citizens, start=1):
        if should_stop is not None and should_stop():
            log.info("status export stopped after %d of %d files", len(written), len(citizens))
            return written
        data = status_report_data(db, citizen_id=summary.id, today=today)
        target = folder / status_file_name(summary.id, summary.name)
        written.append(write_atomic(target, build_status_pdf(data)))
        access_log.record(db, AccessAction.PRINTED, [summary.id], "statusbeskrivelse")
        if progress:
            progress(done, len(citizens))
    log.info("%d status descriptions written", len(written))
    return written


def export_overview(db: sqlite_utils.Database, out: Path, today: dt.date | None = None,
                    by_worker: bool = False) -> Path:
    """`export overview --out FILE.pdf [--by-worker]`: the leader's caseload sheet."""
    data = overview_data(db, today=today, by_worker=by_worker)
    target = _pdf_target(out, f"sagsstamme_{data.printed_on:%Y-%m-%d}.pdf")
    path = write_atomic(target, build_overview_pdf(data))
    log_overview(db, data)
    return path


def insight_file_name(citizen_id: int, name: str) -> str:
    return f"indsigt_{citizen_id}_{ascii_name(name)}.pdf"


def insight_mentions(db: sqlite_utils.Database, citizen_id: int) -> list[Mention]:
    """The other people an insight print-out of the citizen would name (insight_review.py)."""
    return mentions(db, citizen_id, insight_data(db, citizen_id, dt.date.today()))


def export_insight(
    db: sqlite_utils.Database, citizen_id: int, out: Path, data_out: Path | None = None,
    today: dt.date | None = None, leave_out: list[str] | None = None,
) -> Path:
    """`export insight --citizen ID --out FILE.pdf [--data FILE.json]`: everything caseapp
    holds on the citizen (insight_data.py), as PDF/A and, with `data_out`, as JSON, the names in
    `leave_out` replaced in its texts. An unknown id raises NotFound before anything is written."""
    data = left_out(insight_data(db, citizen_id, today or dt.date.today()), leave_out or [])
    author = profile_store.load(db).name
    target = _pdf_target(out, insight_file_name(citizen_id, data["citizen"]["name"]))
    path = write_atomic(target, build_insight_pdf(data, author))
    if data_out is not None:
        write_atomic(Path(data_out).expanduser(),
                     json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    access_log.record(db, AccessAction.PRINTED, [citizen_id], "indsigt")
    log.info("insight print-out for citizen %s written", citizen_id)
    return path


def log_overview(db: sqlite_utils.Database, data: OverviewData) -> None:
    """The caseload sheet shows every citizen on it: one access-log row each."""
    access_log.record(db, AccessAction.PRINTED, [r.citizen_id for r in data.rows],
                      "overblik over sagsstammen")
