"""The export commands behind `caseapp export status|overview|insight` (DESIGN.md section 6).

Each function takes an open database handle, writes the PDF and returns the path(s) written. A file
is first written to a hidden temporary file in the same folder and then moved into place with
os.replace (files.py), so a crash or a full disk never leaves a half-written PDF under the final
name. The overview and the insight print-out load their modules when one is made: a status
description needs neither.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.domain.enums import AccessAction, CitizenStatus
from caseapp.errors import CaseappError, InvalidInput
from caseapp.reports.files import ascii_name as ascii_name
from caseapp.reports.files import insight_file_name, pdf_target, status_file_name, write_atomic
from caseapp.reports.status_pdf import build_status_pdf, status_report_data
from caseapp.storage import access_log, caseload, store
from caseapp.storage import profile as profile_store

if TYPE_CHECKING:
    import sqlite_utils

    from caseapp.reports.insight_review import Mention
    from caseapp.reports.overview_pdf import OverviewData
    from caseapp.storage.keys import DatabaseKey

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


def export_status(
    db: sqlite_utils.Database, citizen_id: int, out: Path, today: dt.date | None = None
) -> Path:
    """`export status --citizen ID --out FILE.pdf`: the citizen's latest status description,
    or a draft made from the plan. `out` may also be a folder (the file is then named for the
    citizen). An unknown id raises NotFound before anything is written."""
    data = status_report_data(db, citizen_id=citizen_id, today=today)
    target = pdf_target(out, status_file_name(citizen_id, data.citizen_name))
    path = write_atomic(target, build_status_pdf(data))
    access_log.record(db, AccessAction.PRINTED, [citizen_id], "statusbeskrivelse")
    log.info("status description for citizen %s written", citizen_id)
    return path


def export_status_from_file(path: Path, key: DatabaseKey, citizen_id: int, out: Path) -> Path:
    """`export status --citizen ID` from the command line: the file opened over the plain
    SQLCipher connection (store.open_for_reading; brought up to date first when its schema is
    older), the description written and its printing logged as `export_status` does, the file
    closed. One description so loads neither sqlite-utils nor the rest of the core."""
    conn = store.open_for_reading(path, key)
    try:
        return export_status(conn, citizen_id, out)
    finally:
        conn.close()


def export_status_description(
    db: sqlite_utils.Database, status_id: int, out: Path, today: dt.date | None = None
) -> Path:
    """One stored status description by its own id (for the UI's print button)."""
    data = status_report_data(db, status_id=status_id, today=today)
    assert data.citizen_id is not None
    target = pdf_target(out, status_file_name(data.citizen_id, data.citizen_name))
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
    from caseapp.reports.overview_pdf import build_overview_pdf, overview_data

    data = overview_data(db, today=today, by_worker=by_worker)
    target = pdf_target(out, f"sagsstamme_{data.printed_on:%Y-%m-%d}.pdf")
    path = write_atomic(target, build_overview_pdf(data))
    log_overview(db, data)
    return path


def insight_mentions(db: sqlite_utils.Database, citizen_id: int) -> list[Mention]:
    """The other people an insight print-out of the citizen would name (insight_review.py)."""
    from caseapp.reports.insight_data import insight_data
    from caseapp.reports.insight_review import mentions

    return mentions(db, citizen_id, insight_data(db, citizen_id, dt.date.today()))


def export_insight(
    db: sqlite_utils.Database, citizen_id: int, out: Path, data_out: Path | None = None,
    today: dt.date | None = None, leave_out: list[str] | None = None,
) -> Path:
    """`export insight --citizen ID --out FILE.pdf [--data FILE.json]`: everything caseapp
    holds on the citizen (insight_data.py), as PDF/A and, with `data_out`, as JSON, the names in
    `leave_out` replaced in its texts. An unknown id raises NotFound before anything is written."""
    from caseapp.reports.insight_data import insight_data
    from caseapp.reports.insight_pdf import build_insight_pdf
    from caseapp.reports.insight_review import left_out

    data = left_out(insight_data(db, citizen_id, today or dt.date.today()), leave_out or [])
    author = profile_store.load(db).name
    target = pdf_target(out, insight_file_name(citizen_id, data["citizen"]["name"]))
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
