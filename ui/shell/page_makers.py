"""How the main window makes each sidebar page the first time it is needed: the page, its
signals to the window, and the rows the window's last reload read for it (a page made later
shows what one made at the start would)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QWidget

from caseapp.domain.followup import Deadline
from caseapp.domain.models import CitizenSummary
from caseapp.service import CaseService
from ui.caseload.caseload_view import CaseloadView
from ui.citizen.citizen_page import CitizenPage
from ui.diary.diary_tab import DiaryTab
from ui.followup.deadlines_view import DeadlinesView
from ui.followup.followup_tab import FollowUpTab
from ui.plan.plan_tab import PlanTab
from ui.shell import sidebar
from ui.shell.week_minutes import open_minutes_from_week
from ui.status.status_tab import StatusTab
from ui.sync.sync_actions import SyncActions
from ui.today.today_view import TodayView
from ui.week.week_view import WeekView

# Frister's rows (the team's, in a team), how many days ahead, and the user's own citizens
Frister = tuple[list[Deadline], int, frozenset[int] | None]


class PageHost(Protocol):
    """What the makers need from the main window (so this module need not import it)."""

    service: CaseService
    caseload: list[CitizenSummary]
    shared_citizens: set[int]
    deadlines: Frister | None  # None until the first reload has read them
    team_sync: SyncActions
    show_error: Callable[[QWidget | None, BaseException], None]
    _now: Callable[[], dt.datetime]

    def open_citizen(self, citizen_id: int, tab: str = "") -> bool: ...

    def refresh(self) -> None: ...

    def citizen_purged(self, citizen_id: int) -> None: ...

    def file_purged_note(self, note_id: int) -> None: ...


def page_makers(window: PageHost) -> dict[int, Callable[[], QWidget]]:
    """One maker per sidebar page, by its index."""
    return {
        sidebar.TODAY: lambda: _today_view(window),
        sidebar.WEEK: lambda: _week_view(window),
        sidebar.CASELOAD: lambda: _caseload_view(window),
        sidebar.CITIZEN: lambda: _citizen_page(window),
        sidebar.DEADLINES: lambda: _deadlines_view(window),
    }


def _today(window: PageHost) -> Callable[[], dt.date]:
    return lambda: window._now().date()


def _today_view(window: PageHost) -> TodayView:
    view = TodayView()
    view.citizen_opened.connect(window.open_citizen)
    view.purged_note_filed.connect(window.file_purged_note)
    return view


def _week_view(window: PageHost) -> WeekView:
    today = _today(window)
    view = WeekView(window.service, today, now=window._now)
    view.citizen_opened.connect(window.open_citizen)
    view.minutes_requested.connect(lambda meeting_id: open_minutes_from_week(
        window.service, view, meeting_id, today(), window.show_error))
    view.set_names({c.id: c.name for c in window.caseload})
    return view


def _caseload_view(window: PageHost) -> CaseloadView:
    view = CaseloadView(_today(window))
    view.citizen_opened.connect(window.open_citizen)
    if window.deadlines is not None:  # the first reload has read the caseload too
        view.set_shared(window.shared_citizens)
        view.set_rows(window.caseload)
    return view


def _deadlines_view(window: PageHost) -> DeadlinesView:
    view = DeadlinesView(_today(window))
    view.citizen_opened.connect(lambda citizen_id: window.open_citizen(citizen_id, "followup"))
    view.days_changed.connect(lambda _days: window.refresh())
    if window.deadlines is not None:
        view.set_rows(*window.deadlines)
    return view


def _citizen_page(window: PageHost) -> CitizenPage:
    service = window.service
    page = CitizenPage(service, PlanTab(service), DiaryTab(service), StatusTab(service), FollowUpTab(service))
    page.statuses.today = page.followup.today = page.overview.today = page.today = _today(window)
    page.citizen_shared.connect(lambda _id: window.team_sync.runner.update_status())
    page.citizen_purged.connect(window.citizen_purged)
    return page
