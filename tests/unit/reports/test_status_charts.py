"""A goal section without ratings has no chart."""

from __future__ import annotations

import datetime as dt

from caseapp.domain.enums import GoalLevel
from caseapp.reports.status_pdf import GoalSection

TODAY = dt.date(2026, 11, 25)


def test_goal_section_without_ratings_has_no_chart() -> None:
    from caseapp.reports.status_pdf import progress_chart

    section = GoalSection(level=GoalLevel.SUB, number="1.1", text="x", status="Aktiv")
    assert progress_chart(section, TODAY, TODAY, 400) is None
