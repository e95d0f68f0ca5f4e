"""The export behind `caseapp export plan --citizen ID --out FILE.pdf` (DESIGN.md section 6).

Written like `reports.commands`: the PDF goes to a hidden temporary file in the same folder and
is moved into place with os.replace, so a crash or a full disk never leaves half a file under the
final name. The default file name carries the citizen's id and an ASCII form of the name, never
the CPR number.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import sqlite_utils

from caseapp.domain.enums import AccessAction
from caseapp.reports.files import pdf_target, plan_file_name, write_atomic
from caseapp.reports.plan_data import plan_report_data
from caseapp.reports.plan_pdf import build_plan_pdf
from caseapp.storage import access_log

log = logging.getLogger(__name__)


def export_plan(
    db: sqlite_utils.Database, citizen_id: int, out: Path, today: dt.date | None = None
) -> Path:
    """Write the citizen's one-page plan to `out` (a .pdf file, or a folder: the file is then
    named for the citizen). An unknown id raises NotFound before anything is written."""
    data = plan_report_data(db, citizen_id, today=today)
    target = pdf_target(out, plan_file_name(citizen_id, data.citizen_name))
    path = write_atomic(target, build_plan_pdf(data))
    access_log.record(db, AccessAction.PRINTED, [citizen_id], "plan")
    log.info("plan for citizen %s written", citizen_id)
    return path
