"""What the Dagbog detail pane shows for a timeline row that is not a diary note: an
appointment's occurrence, or another event (a goal, a status description …) as when · what and
its description."""

from __future__ import annotations

import html
from collections.abc import Mapping

from caseapp.domain.models import Appointment, Goal
from caseapp.notes import TimelineItem
from caseapp.planning.recurrence import Occurrence
from ui.common.details import appointment_html
from ui.diary.timeline_model import description, what, when


def timeline_item_html(item: TimelineItem, goals: Mapping[int, Goal]) -> str:
    """The detail HTML of a timeline row whose item is not a diary note."""
    if isinstance(item.item, Occurrence):
        return occurrence_html(item.item)
    return (
        f"<p><b>{html.escape(when(item) + ' · ' + what(item))}</b></p>"
        f"<p>{html.escape(description(item, goals))}</p>"
    )


def occurrence_html(occurrence: Occurrence) -> str:
    return appointment_html(Appointment(
        kind=occurrence.kind, start=occurrence.start, end=occurrence.end,
        title=occurrence.title, citizen_id=occurrence.citizen_id, place=occurrence.place,
        status=occurrence.status,
    ))
