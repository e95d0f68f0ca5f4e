"""Status descriptions (statusbeskrivelser), core half of the status editor: the stored
descriptions and their rules (`service.Statuses`, `CaseService.statuses`), the default period
of a new one, and the outline the editor starts from (the document's data plus the monthly
summaries in the period, `prefill`). Pure Python over a database handle; the document itself is
`caseapp.reports.status_pdf`.

The names of `prefill` are offered here but loaded on first use: prefill reads the status PDF's
data (reportlab), which the service must not load when a database is merely opened."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'caseapp.statuses' has no attribute {name!r}")
    from caseapp.statuses import prefill

    return getattr(prefill, name)
