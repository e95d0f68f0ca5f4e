"""Calendar changes as small reversible steps on appointment rows, through the façade only.

A change of the week (create, move, resize, edit, delete, cancel) becomes a list of `Step`s:
insert a row, update a row (keeping the row as it was) or delete a row. Applying the inverse
steps in reverse order undoes the change; a re-inserted row keeps its id, so later steps that
name it still hold. An occurrence of a series is changed on its own through a moved occurrence
(a row with `series_id` and `original_start`), and deleted on its own through an exdate.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from caseapp.domain.enums import AppointmentStatus
from caseapp.domain.models import Appointment
from caseapp.errors import CaseappError, NotFound
from caseapp.planning.recurrence import Occurrence
from caseapp.service import CaseService
from ui.common.formatting import tr
from ui.week.week_items import ItemKey

log = logging.getLogger(__name__)

Action = Literal["insert", "update", "delete"]
Scope = Literal["one", "series"]


@dataclass(frozen=True, slots=True)
class Step:
    action: Action
    row: Appointment  # the row inserted, the row after the update, or the row deleted
    before: Appointment | None = None  # for an update: the row as it was

    def inverse(self) -> Step:
        if self.action == "insert":
            return Step("delete", self.row)
        if self.action == "delete":
            return Step("insert", self.row)
        assert self.before is not None
        return Step("update", self.before, self.row)


@dataclass(frozen=True, slots=True)
class Change:
    """What a user action does, and which item to select afterwards."""

    text: str  # shown in the undo history ("Flyt aftale")
    steps: tuple[Step, ...]
    select: ItemKey | None = None


# -- applying ------------------------------------------------------------------------------


def delete_row(service: CaseService, appointment_id: int) -> None:
    service.calendar.delete_appointment(appointment_id)


def apply_step(service: CaseService, step: Step) -> Step:
    """Carry out one step; an insert comes back with the row's id."""
    if step.action == "insert":
        new_id = service.calendar.add_appointment(step.row)
        return dataclasses.replace(step, row=dataclasses.replace(step.row, id=new_id))
    if step.action == "update":
        service.calendar.update_appointment(step.row)
        return step
    assert step.row.id is not None
    delete_row(service, step.row.id)
    return step


def apply_steps(service: CaseService, steps: Sequence[Step]) -> tuple[Step, ...]:
    """All steps or, when one fails, none: the ones done are undone and the error raised."""
    done: list[Step] = []
    try:
        for step in steps:
            done.append(apply_step(service, step))
    except CaseappError:
        for step in reversed(done):
            try:
                apply_step(service, step.inverse())
            except CaseappError:
                log.error("a calendar change could not be rolled back completely")
        raise
    return tuple(done)


def undo_steps(service: CaseService, steps: Sequence[Step]) -> tuple[Step, ...]:
    return apply_steps(service, [s.inverse() for s in reversed(steps)])


# -- reading rows --------------------------------------------------------------------------


def row_of(service: CaseService, occurrence: Occurrence) -> Appointment:
    """The stored row holding an occurrence's data (a series for a generated occurrence)."""
    found = [
        a for a in service.calendar.appointments_between(occurrence.start, occurrence.end)
        if a.id == occurrence.appointment_id
    ]
    if not found:
        raise NotFound(tr("Aftalen findes ikke længere; ugen vises igen."))
    return found[0]


def series_of(service: CaseService, occurrence: Occurrence) -> Appointment | None:
    if occurrence.series_id is None:
        return None
    for row in service.calendar.appointments_between(occurrence.start, occurrence.end):
        if row.id == occurrence.series_id:
            return row
    raise NotFound(tr("Serien findes ikke længere; ugen vises igen."))


def is_generated(occurrence: Occurrence) -> bool:
    """An occurrence computed from a series' rule, not stored as its own row."""
    return occurrence.series_id is not None and occurrence.appointment_id == occurrence.series_id


def in_series(occurrence: Occurrence) -> bool:
    return occurrence.series_id is not None


def occurrence_row(series: Appointment, occurrence: Occurrence, **changes: object) -> Appointment:
    """A new row that replaces one occurrence of `series` (a moved occurrence)."""
    values: dict[str, object] = {
        "id": None,
        "rrule": "",
        "exdates": (),
        "series_id": series.id,
        "original_start": occurrence.recurrence_id or occurrence.start,
        "start": occurrence.start,
        "end": occurrence.end,
    }
    values.update(changes)
    return dataclasses.replace(series, **values)  # type: ignore[arg-type]


# -- changes -------------------------------------------------------------------------------


def create_change(appointment: Appointment) -> Change:
    return Change(tr("Opret aftale"), (Step("insert", appointment),))


def reschedule_change(
    service: CaseService, occurrence: Occurrence, start: dt.datetime, end: dt.datetime, text: str
) -> Change:
    """Move or resize one occurrence (a single, a moved occurrence, or one of a series)."""
    if is_generated(occurrence):
        series = row_of(service, occurrence)
        row = occurrence_row(series, occurrence, start=start, end=end)
        return Change(text, (Step("insert", row),))
    before = row_of(service, occurrence)
    after = dataclasses.replace(before, start=start, end=end)
    return Change(text, (Step("update", after, before),), (before.id, occurrence.recurrence_id))


def delete_change(service: CaseService, occurrence: Occurrence) -> Change:
    """Delete one occurrence: a single row, or this occurrence only of a series."""
    text = tr("Slet aftale")
    if occurrence.series_id is None:
        return Change(text, (Step("delete", row_of(service, occurrence)),))
    series = series_of(service, occurrence)
    assert series is not None
    slot = occurrence.recurrence_id or occurrence.start
    after = dataclasses.replace(series, exdates=tuple(sorted({*series.exdates, slot})))
    steps = [Step("update", after, series)]
    if not is_generated(occurrence):
        steps.append(Step("delete", row_of(service, occurrence)))
    return Change(text, tuple(steps))


def status_change(
    service: CaseService,
    occurrence: Occurrence,
    status: AppointmentStatus,
    reason: str,
    rebook: Appointment | None = None,
) -> Change:
    """Mark one occurrence held, cancelled or missed (with a reason); optionally book a new time."""
    text = tr("Afbud") if status == AppointmentStatus.CANCELLED else tr("Udeblivelse")
    if status == AppointmentStatus.HELD:
        text = tr("Markér som afholdt")
    elif status == AppointmentStatus.PLANNED:
        text = tr("Markér som planlagt")
    steps: list[Step]
    if is_generated(occurrence):
        series = row_of(service, occurrence)
        row = occurrence_row(series, occurrence, status=status, status_reason=reason)
        steps = [Step("insert", row)]
        select = None
    else:
        before = row_of(service, occurrence)
        after = dataclasses.replace(before, status=status, status_reason=reason)
        steps = [Step("update", after, before)]
        select = (before.id, occurrence.recurrence_id)
    if rebook is not None:
        steps.append(Step("insert", rebook))
    return Change(text, tuple(steps), select)


def edit_change(
    service: CaseService, occurrence: Occurrence, edited: Appointment, scope: Scope
) -> Change:
    """Save what the editor returned for an existing occurrence."""
    text = tr("Redigér aftale")
    if not in_series(occurrence):
        before = row_of(service, occurrence)
        after = _edited_row(before, edited)
        return Change(text, (Step("update", after, before),), (before.id, None))
    if scope == "one":
        if is_generated(occurrence):
            series = row_of(service, occurrence)
            row = occurrence_row(series, occurrence)
            row = dataclasses.replace(_edited_row(row, edited), rrule="", exdates=())
            return Change(text, (Step("insert", row),))
        before = row_of(service, occurrence)
        after = dataclasses.replace(_edited_row(before, edited), rrule="", exdates=())
        return Change(text, (Step("update", after, before),), (before.id, occurrence.recurrence_id))
    found = series_of(service, occurrence)
    assert found is not None
    series = found
    shift = edited.start - occurrence.start
    length = edited.end - edited.start
    after = _edited_row(series, edited)
    after = dataclasses.replace(
        after,
        start=series.start + shift,
        end=series.start + shift + length,
        exdates=series.exdates if edited.rrule.strip() else (),
    )
    return Change(tr("Redigér serie"), (Step("update", after, series),))


def _edited_row(row: Appointment, edited: Appointment) -> Appointment:
    """The stored row with the fields the editor owns taken from `edited`."""
    return dataclasses.replace(
        row,
        kind=edited.kind,
        title=edited.title,
        citizen_id=edited.citizen_id,
        place=edited.place,
        start=edited.start,
        end=edited.end,
        preparation_minutes=edited.preparation_minutes,
        rrule=edited.rrule,
        exdates=row.exdates if edited.rrule.strip() else (),
        status=edited.status,
        status_reason=edited.status_reason,
        all_day=edited.all_day,
    )


def selection_after(change: Change, done: Sequence[Step]) -> ItemKey | None:
    """The item to select once `change` is applied: the one it names, or the row it inserted."""
    if change.select is not None:
        return change.select
    for step in done:
        if step.action == "insert" and step.row.id is not None:
            original = step.row.original_start if step.row.series_id is not None else None
            return step.row.id, original
    return None
