"""What the Status tab computes from outlines away from its widgets: the PDF preview (built on
the worker) and a pre-fill fetched again for a new period that keeps what was written."""

from __future__ import annotations

import dataclasses
import time

from caseapp.domain.models import StatusDescription
from caseapp.reports.status_data import StatusReportData
from caseapp.statuses import StatusOutline
from ui.common.pdf_pages import render_pages


def build_preview(data: StatusReportData) -> tuple[bytes, list, float, StatusReportData]:
    """On the worker: the PDF and its pages as images, and how long that took."""
    started = time.perf_counter()
    from caseapp.reports.status_pdf import build_status_pdf  # reportlab: when a preview is made

    pdf = build_status_pdf(data)
    images = render_pages(pdf)
    return pdf, images, (time.perf_counter() - started) * 1000, data


def refilled_outline(outline: StatusOutline, now: StatusDescription) -> StatusOutline | None:
    """The fetched pre-fill with the evaluation texts of `now`, the draft in the editor; None
    if the draft's period changed again meanwhile (the timer brings the next one)."""
    if (now.period_start, now.period_end) != (outline.source.period_start,
                                              outline.source.period_end):
        return None
    source = dataclasses.replace(
        outline.source, overall=now.overall, citizen_view=now.citizen_view,
        next_steps=now.next_steps, gone_through_on=now.gone_through_on,
    )
    return dataclasses.replace(outline, source=source)
