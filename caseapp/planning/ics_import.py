"""Importing an .ics file: all or nothing, and again without duplicates.

Each event is matched on its UID (and, for a moved occurrence, its RECURRENCE-ID) with what an
earlier import wrote: a newer version (higher SEQUENCE, then later LAST-MODIFIED) or the same
version with other content updates the appointment in place, keeping what the user added here
(the citizen, the kind, held or no-show); an older version leaves it alone. Events imported
before from the same calendar that the file no longer has, in the stretch of time the file
covers, are reported and kept. Everything is checked before the one transaction that writes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import sqlite_utils

from caseapp.domain.enums import AppointmentStatus
from caseapp.domain.models import Appointment
from caseapp.errors import CaseappError, CaseClosed, NotFound
from caseapp.planning.ics_events import ParsedEvent, read_events
from caseapp.planning.ics_reader import refuse, refuse_event
from caseapp.planning.recurrence import parse_rule
from caseapp.planning.saving import clean_appointment
from caseapp.storage import appointments, audit, citizens, closed_lock, connection

log = logging.getLogger(__name__)

Key = tuple[str, dt.datetime | None]


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did; `missing` are ids of appointments the calendar no longer has."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0  # moved occurrences a newer version of their series no longer has
    missing: tuple[int, ...] = ()

    @property
    def written(self) -> int:
        return self.created + self.updated

    def sentence(self) -> str:
        text = (
            f"Kalender indlæst: {_count(self.created, 'ny aftale', 'nye aftaler')}, "
            f"{self.updated} opdateret, {self.unchanged} uændret."
        )
        if self.missing:
            gone = _count(len(self.missing), "aftale", "aftaler")
            text += f" {gone} fra samme kalender findes ikke længere i filen og er beholdt."
        return text


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def import_ics(
    db: sqlite_utils.Database,
    data: bytes,
    keep_citizens: bool = False,
    source: str | None = None,
) -> ImportReport:
    """Import every event of the file in one transaction.

    With `keep_citizens`, events exported by caseapp stay linked to the same case id, which
    must exist; otherwise imported appointments belong to no citizen (ids from another
    database could point at the wrong person). `source` names the calendar (by default its
    X-WR-CALNAME or PRODID), for finding the events it no longer has.
    """
    events, file_source = read_events(data)
    source = source or file_source
    known = _check_citizens(db, events) if keep_citizens else set()
    stored = {_key_of(a): a for a in appointments.imported(db, sorted({e.uid for e in events}))}
    try:
        with db.atomic():
            report = _write(db, events, stored, keep_citizens, source, known)
    except connection.IntegrityError as exc:
        if closed_lock.refused(exc):
            raise CaseClosed(closed_lock.SENTENCE) from None
        raise refuse("Kalenderen strider mod databasens regler og blev ikke gemt") from None
    report = dataclasses.replace(report, missing=_missing(db, events, source))
    log.info(
        "calendar import: %d new, %d updated, %d unchanged, %d missing",
        report.created, report.updated, report.unchanged, len(report.missing),
    )
    return report


def _key_of(appointment: Appointment) -> Key:
    return appointment.ics_uid or "", appointment.original_start


def _check_citizens(db: sqlite_utils.Database, events: Sequence[ParsedEvent]) -> set[int]:
    known: set[int] = set()
    for event in events:
        if event.citizen_ref is None or event.citizen_ref in known:
            continue
        try:
            citizens.get(db, event.citizen_ref)
        except NotFound:
            raise refuse_event(
                event.number, f"henviser til sag {event.citizen_ref}, som ikke findes"
            ) from None
        known.add(event.citizen_ref)
    return known


@dataclass(slots=True)
class _Batch:
    """The rows of one pass (series and singles first, then moved occurrences)."""

    new: list[tuple[ParsedEvent, Appointment]] = dataclasses.field(default_factory=list)
    changed: list[tuple[ParsedEvent, Appointment]] = dataclasses.field(default_factory=list)
    unchanged: int = 0


def _write(
    db: sqlite_utils.Database,
    events: list[ParsedEvent],
    stored: dict[Key, Appointment],
    keep_citizens: bool,
    source: str,
    known: set[int],
) -> ImportReport:
    series = {a.ics_uid: a.id for a in stored.values() if a.rrule and a.id is not None}
    firsts = _sort(db, [e for e in events if not e.is_exception], stored, None, keep_citizens,
                   source, known)
    created = _store(db, firsts)
    for (event, row), new_id in zip(firsts.new, created, strict=True):
        if row.rrule:
            series.setdefault(event.uid, new_id)
    renewed = {e.uid for e, row in firsts.changed if row.rrule}
    moved = _sort(db, [e for e in events if e.is_exception], stored, series, keep_citizens,
                  source, known)
    _store(db, moved)
    in_file = {(e.uid, e.appointment.original_start) for e in events}
    removed = _drop_stale_occurrences(db, renewed, in_file, stored)
    return ImportReport(
        created=len(firsts.new) + len(moved.new),
        updated=len(firsts.changed) + len(moved.changed),
        unchanged=firsts.unchanged + moved.unchanged,
        removed=removed,
    )


def _sort(
    db: sqlite_utils.Database,
    events: Iterable[ParsedEvent],
    stored: dict[Key, Appointment],
    series: Mapping[str | None, int | None] | None,
    keep_citizens: bool,
    source: str,
    known: set[int],
) -> _Batch:
    batch = _Batch()
    for event in events:
        row = _row(event, keep_citizens, source, series)
        old = stored.get((event.uid, row.original_start))
        if old is None:
            batch.new.append((event, _clean(db, event, row, known)))
            continue
        merged = _merge(old, row, event, keep_citizens)
        if merged is None:
            batch.unchanged += 1
        else:
            batch.changed.append((event, _clean(db, event, merged, known)))
    return batch


def _row(
    event: ParsedEvent,
    keep_citizens: bool,
    source: str,
    series: Mapping[str | None, int | None] | None,
) -> Appointment:
    series_id = series.get(event.uid) if series is not None else None
    citizen_id = event.citizen_ref if keep_citizens else None
    a = event.appointment
    if (a.series_id, a.citizen_id, a.ics_uid, a.ics_source) == (
        series_id, citizen_id, event.uid, source
    ):
        return a
    return dataclasses.replace(
        event.appointment,
        ics_uid=event.uid,
        ics_source=source,
        series_id=series_id,
        citizen_id=citizen_id,
    )


def _merge(
    old: Appointment, new: Appointment, event: ParsedEvent, keep_citizens: bool
) -> Appointment | None:
    """The updated row, or None when the stored one is as new and the same, or newer."""
    if event.version < (old.ics_sequence, old.ics_last_modified or dt.datetime.min):
        return None
    ours = event.from_caseapp
    merged = dataclasses.replace(
        new,
        id=old.id,
        series_id=new.series_id if new.series_id is not None else old.series_id,
        citizen_id=new.citizen_id if keep_citizens else old.citizen_id,
        kind=new.kind if ours else old.kind,
        preparation_minutes=new.preparation_minutes if ours else old.preparation_minutes,
        status=_merged_status(old, new, ours),
        status_reason=old.status_reason,
    )
    return None if merged == old else merged


def _merged_status(old: Appointment, new: Appointment, ours: bool) -> AppointmentStatus:
    if ours or new.status == AppointmentStatus.CANCELLED:
        return new.status
    if old.status in (AppointmentStatus.HELD, AppointmentStatus.NO_SHOW):
        return old.status
    return new.status


def _clean(
    db: sqlite_utils.Database, event: ParsedEvent, row: Appointment, known: set[int]
) -> Appointment:
    try:
        return clean_appointment(db, row, known)
    except CaseappError as exc:
        raise refuse_event(event.number, "kunne ikke gemmes: " + exc.message.rstrip(".")) from None


def _store(db: sqlite_utils.Database, batch: _Batch) -> list[int]:
    ids = appointments.insert_many(db, [row for _, row in batch.new])
    for _, row in batch.changed:
        appointments.update(db, row)
    audit.record_many(db, "create", "appointment", ids)
    audit.record_many(db, "update", "appointment", [row.id or 0 for _, row in batch.changed])
    return ids


def _drop_stale_occurrences(
    db: sqlite_utils.Database,
    renewed: set[str],
    in_file: set[Key],
    stored: dict[Key, Appointment],
) -> int:
    """A newer version of a series no longer moves an occurrence it used to: that moved
    occurrence goes, unless a diary note points to it."""
    stale = [
        a.id
        for (uid, original), a in stored.items()
        if uid in renewed and original is not None and (uid, original) not in in_file and a.id
    ]
    removed = 0
    for appointment_id in stale:
        if not appointments.linked_note_count(db, [appointment_id]):
            appointments.delete(db, [appointment_id])
            audit.record(db, "delete", "appointment", appointment_id)
            removed += 1
    return removed


# -- what the calendar no longer has -------------------------------------------------------


def _missing(
    db: sqlite_utils.Database, events: list[ParsedEvent], source: str
) -> tuple[int, ...]:
    """Appointments imported before from `source`, absent from this file although they fall in
    the stretch of time it covers (so an export of a shorter period reports nothing older)."""
    if not events or not source:
        return ()
    span_start = min(e.appointment.start for e in events)
    span_end = max(_last_end(e.appointment) for e in events)
    in_file = {e.uid for e in events}
    absent = [i for i, uid in appointments.imported_heads(db, source) if uid not in in_file]
    rows = (appointments.get(db, appointment_id) for appointment_id in absent)
    return tuple(
        a.id for a in rows
        if a.id is not None and a.start < span_end and _last_end(a) > span_start
    )


def _last_end(appointment: Appointment) -> dt.datetime:
    """When the appointment's last occurrence ends (a series without an end: never)."""
    rule = appointment.rrule
    if not rule:
        return appointment.end
    if "COUNT=" not in rule and "UNTIL=" not in rule:
        return dt.datetime.max
    last = None
    for last in parse_rule(appointment):  # noqa: B007 - bounded by COUNT or UNTIL
        pass
    return (last or appointment.start) + (appointment.end - appointment.start)
