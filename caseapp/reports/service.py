"""The feature service for print-outs (`CaseService.reports`): the citizen's plan, every
active citizen's status description, and the data of the leader's caseload sheet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from caseapp.reports import commands, plan_commands
from caseapp.reports.overview_pdf import OverviewData, overview_data


class Reports:
    """PDF print-outs of one database (`CaseService.reports`); each print-out is logged."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def export_plan(self, citizen_id: int, out: Path, today: dt.date | None = None) -> Path:
        """The citizen's one-page plan to `out` (a file, or a folder to name it in)."""
        return plan_commands.export_plan(self._db, citizen_id, out, today=today)

    def export_all_status(
        self, out_dir: Path, today: dt.date | None = None,
        progress: commands.Progress | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> list[Path]:
        """One status description PDF per active citizen in `out_dir` (see commands.py)."""
        return commands.export_all_status(self._db, out_dir, today=today, progress=progress,
                                          should_stop=should_stop)

    def overview_data(self, today: dt.date | None = None, by_worker: bool = False) -> OverviewData:
        """The caseload as the leader's sheet shows it."""
        return overview_data(self._db, today=today, by_worker=by_worker)
