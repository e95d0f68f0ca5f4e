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


def test_a_chart_shows_its_titles_dates_scale_and_an_empty_panel() -> None:
    """The chart as a reader sees it in the PDF: both panels' titles, the first, middle and
    last day of the period under the ratings, the 1-10 scale, and the staff's empty panel."""
    import io

    from pypdf import PdfReader

    from caseapp.reports.status_pdf import RatingPoint, StatusReportData, build_status_pdf

    goal = GoalSection(level=GoalLevel.SUB, number="1.1", text="Søren handler selv ind",
                       status="Aktiv", self_ratings=(RatingPoint(dt.date(2026, 2, 1), 4),
                                                     RatingPoint(dt.date(2026, 8, 1), 7)))
    effort = GoalSection(level=GoalLevel.EFFORT, number="1", text="Hverdagen", status="Aktiv",
                         sub_goals=(goal,))
    data = StatusReportData(citizen_name="Søren Ågård", cpr_masked="010190-xxxx",
                            period_start=dt.date(2026, 1, 1), period_end=dt.date(2026, 11, 30),
                            printed_on=TODAY, efforts=(effort,))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(build_status_pdf(data))).pages)
    assert "Delmål 1.1 · borgerens egen vurdering (1-10, 10 er bedst)" in text
    assert "Delmål 1.1 · personalets vurdering (FFB 0-4, 0 er bedst)" in text
    assert "Ingen vurderinger i perioden" in text
    for day in ("01.01.26", "16.06.26", "30.11.26"):
        assert day in text
    assert all(f"{step}" in text for step in (1, 4, 7, 10))
