"""The feature service for print-outs (`CaseService.reports`): the citizen's plan, every
active citizen's status description, the data of the leader's caseload sheet, the insight
print-out and the handover summary. Each print-out's modules load when it is first made, so
`caseapp export status` loads neither the sheet's nor the insight's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from caseapp.reports import commands

if TYPE_CHECKING:
    from caseapp.reports.handover_data import HandoverSummary
    from caseapp.reports.insight_review import Mention
    from caseapp.reports.overview_pdf import OverviewData


class Reports:
    """PDF print-outs of one database (`CaseService.reports`); each print-out is logged."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def export_plan(self, citizen_id: int, out: Path, today: dt.date | None = None) -> Path:
        """The citizen's one-page plan to `out` (a file, or a folder to name it in)."""
        from caseapp.reports import plan_commands

        return plan_commands.export_plan(self._db, citizen_id, out, today=today)

    def export_status(self, citizen_id: int, out: Path, today: dt.date | None = None) -> Path:
        """The citizen's latest status description (or a draft made from the plan) to `out`."""
        return commands.export_status(self._db, citizen_id, out, today)

    def export_overview(self, out: Path, today: dt.date | None = None,
                        by_worker: bool = False) -> Path:
        """The leader's caseload sheet to `out` (grouped by responsible worker with `by_worker`)."""
        return commands.export_overview(self._db, out, today=today, by_worker=by_worker)

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
        from caseapp.reports.overview_pdf import overview_data

        return overview_data(self._db, today=today, by_worker=by_worker)

    def insight_mentions(self, citizen_id: int) -> list[Mention]:
        """Other people (citizens, network) the citizen's insight print-out would name."""
        return commands.insight_mentions(self._db, citizen_id)

    def export_insight(self, citizen_id: int, out: Path, data_out: Path | None = None,
                       today: dt.date | None = None, leave_out: list[str] | None = None) -> Path:
        """Everything held on the citizen as PDF/A (and JSON with `data_out`), for their
        insight request, the names in `leave_out` left out of its texts; the print-out is logged."""
        return commands.export_insight(self._db, citizen_id, out, data_out, today, leave_out)

    def handover_summary(self, citizen_id: int, today: dt.date | None = None,
                         to_role: str = "") -> HandoverSummary:
        """What the colleague who takes over needs to know, as the page and the PDF show it."""
        from caseapp.reports.handover_data import handover_summary

        return handover_summary(self._db, citizen_id, today or dt.date.today(), to_role)

    def export_handover(self, citizen_id: int, out: Path, today: dt.date, to_role: str) -> Path:
        """The handover summary as PDF to `out` (a file or a folder); the print-out is logged.
        `CaseService.team.hand_over` calls it before it offers the citizen."""
        from caseapp.reports.handover_pdf import write_handover_pdf

        return write_handover_pdf(self._db, self.handover_summary(citizen_id, today, to_role), out)
