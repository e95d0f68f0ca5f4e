"""A meeting's minutes opened from its appointment in the week (Uge sits beside the follow-up
feature, so the shell brings the two together). The case's state decides read-only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from caseapp.errors import CaseappError
from caseapp.service import CaseService
from ui.followup.minutes_dialog import MinutesDialog
from ui.week.week_view import WeekView


def open_minutes_from_week(
    service: CaseService,
    week: WeekView,
    meeting_id: int,
    today: dt.date,
    show_error: Callable[[QWidget | None, BaseException], None],
) -> None:
    """Open the minutes; afterwards the week reads again (a finished minutes leaves Frister)."""
    try:
        dialog = MinutesDialog.for_meeting(service, meeting_id, today, week)
    except CaseappError as exc:  # the meeting went in a sync or a purge meanwhile
        show_error(week, exc)
        week.show_week()
        return
    dialog.exec()
    week.show_week()
