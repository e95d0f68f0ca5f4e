"""Status descriptions (statusbeskrivelser), core half of the status editor: the default period
of a new one, and the outline the editor starts from (the document's data plus the monthly
summaries in the period). Pure Python over a database handle; the document itself is
`caseapp.reports.status_pdf`."""

from caseapp.statuses.prefill import (
    StatusOutline,
    Summary,
    copy_outline,
    default_period,
    new_outline,
    stored_outline,
    summaries_in_period,
    trend,
)

__all__ = [
    "StatusOutline",
    "Summary",
    "copy_outline",
    "default_period",
    "new_outline",
    "stored_outline",
    "summaries_in_period",
    "trend",
]
