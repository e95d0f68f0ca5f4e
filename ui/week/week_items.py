"""What the week grid shows, read through the façade: occurrences laid out in lanes, with the
citizen's initials, overlaps and notes owed. No Qt widgets and no SQL here.

Only initials reach the grid (the week may be shown on a projector); titles are shown for
appointments without a citizen only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from caseapp.domain.enums import AppointmentStatus
from caseapp.errors import InvalidInput
from caseapp.planning.recurrence import Occurrence
from caseapp.planning.week_planner import danish_holiday, parse_clock
from caseapp.service import CaseService
from ui.common.formatting import enum_label

log = logging.getLogger(__name__)

DEFAULT_FIRST_HOUR = 7
DEFAULT_LAST_HOUR = 18
SNAP_MINUTES = 15
INACTIVE = (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)

# (appointment id, recurrence id): stable across moves of a single or of a moved occurrence
ItemKey = tuple[int | None, dt.datetime | None]


def initials(name: str) -> str:
    """'Åse Nørgaard' -> 'ÅN' (the same rule as Citizen.initials)."""
    return "".join(part[0] for part in name.split() if part[:1].isalpha()).upper()


def key_of(occurrence: Occurrence) -> ItemKey:
    return occurrence.appointment_id, occurrence.recurrence_id


@dataclass(frozen=True, slots=True)
class WeekItem:
    occurrence: Occurrence
    day: int  # index into the shown days
    who: str  # the citizen's initials, or the title / kind when there is no citizen
    kind_label: str
    lane: int = 0
    lanes: int = 1
    overlaps: bool = False  # overlaps another active appointment (flagged, not forbidden)
    note_owed: bool = False  # passed, with a citizen, and no diary note linked yet

    @property
    def key(self) -> ItemKey:
        return key_of(self.occurrence)

    @property
    def inactive(self) -> bool:
        return self.occurrence.status in INACTIVE

    def start_minute(self) -> int:
        start = self.occurrence.start
        return start.hour * 60 + start.minute

    def end_minute(self) -> int:
        """Minutes after midnight of the start day; an end past midnight is cut at 24.00."""
        end, start = self.occurrence.end, self.occurrence.start
        if end.date() > start.date():
            return 24 * 60
        return max(end.hour * 60 + end.minute, self.start_minute() + 1)


@dataclass(frozen=True, slots=True)
class AllDayItem:
    """A whole-day appointment in the strip above the hours, from one shown day to another."""

    occurrence: Occurrence
    first: int  # index of the first shown day it covers
    last: int  # index of the last shown day it covers
    row: int  # its row in the strip (overlapping whole-day events are stacked)
    who: str
    kind_label: str
    overlaps: bool = False
    note_owed: bool = False

    @property
    def key(self) -> ItemKey:
        return key_of(self.occurrence)

    @property
    def inactive(self) -> bool:
        return self.occurrence.status in INACTIVE


@dataclass(frozen=True)
class WeekData:
    first_day: dt.date
    day_count: int
    items: tuple[WeekItem, ...] = ()
    holidays: Mapping[dt.date, str] = field(default_factory=dict)
    first_hour: int = DEFAULT_FIRST_HOUR
    last_hour: int = DEFAULT_LAST_HOUR
    work_start: int = 8 * 60  # minutes after midnight
    work_end: int = 16 * 60
    now: dt.datetime | None = None
    all_day: tuple[AllDayItem, ...] = ()

    @property
    def all_day_rows(self) -> int:
        return max((item.row + 1 for item in self.all_day), default=0)

    @property
    def days(self) -> list[dt.date]:
        return [self.first_day + dt.timedelta(days=i) for i in range(self.day_count)]

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.first_day, dt.time())

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(days=self.day_count)

    def find(self, key: ItemKey) -> WeekItem | AllDayItem | None:
        found = next((i for i in self.items if i.key == key), None)
        return found or next((i for i in self.all_day if i.key == key), None)


def load_week(
    service: CaseService,
    first_day: dt.date,
    day_count: int,
    now: dt.datetime,
    names: Mapping[int, str],
) -> WeekData:
    """The shown days as the grid draws them."""
    start = dt.datetime.combine(first_day, dt.time())
    end = start + dt.timedelta(days=day_count)
    occurrences = service.calendar.occurrences_between(start, end)
    owed = {key_of(o) for o in service.calendar.notes_owed(start, min(now, end))} if now > start else set()
    profile = service.profile()
    work_start, work_end = _minutes(profile.work_start, 8 * 60), _minutes(profile.work_end, 16 * 60)
    items = build_items(occurrences, first_day, day_count, names, owed)
    first_hour, last_hour = hour_range(items, work_start, work_end)
    days = [first_day + dt.timedelta(days=i) for i in range(day_count)]
    return WeekData(
        first_day=first_day,
        day_count=day_count,
        items=tuple(items),
        holidays={d: name for d in days if (name := danish_holiday(d))},
        first_hour=first_hour,
        last_hour=last_hour,
        work_start=work_start,
        work_end=work_end,
        now=now,
        all_day=tuple(build_all_day(occurrences, first_day, day_count, names)),
    )


def _minutes(text: str, default: int) -> int:
    try:
        clock = parse_clock(text)
    except InvalidInput:  # a broken profile value falls back to the default
        return default
    return clock.hour * 60 + clock.minute


def hour_range(items: Iterable[WeekItem], work_start: int, work_end: int) -> tuple[int, int]:
    """07-18 by default, widened to the working hours and to every appointment shown."""
    first = min(DEFAULT_FIRST_HOUR, work_start // 60)
    last = max(DEFAULT_LAST_HOUR, -(-work_end // 60))
    for item in items:
        busy_from = max(0, item.start_minute() - item.occurrence.preparation_minutes)
        first = min(first, busy_from // 60)
        last = max(last, -(-item.end_minute() // 60))
    return max(0, first), min(24, last)


def build_items(
    occurrences: Sequence[Occurrence],
    first_day: dt.date,
    day_count: int,
    names: Mapping[int, str],
    owed: set[ItemKey],
) -> list[WeekItem]:
    by_day: dict[int, list[WeekItem]] = {}
    for occurrence in occurrences:
        day = (occurrence.start.date() - first_day).days
        if occurrence.all_day or not 0 <= day < day_count:
            continue
        by_day.setdefault(day, []).append(_item(occurrence, day, names, owed))
    laid_out: list[WeekItem] = []
    for day in sorted(by_day):
        laid_out.extend(assign_lanes(by_day[day]))
    return laid_out


def build_all_day(
    occurrences: Sequence[Occurrence],
    first_day: dt.date,
    day_count: int,
    names: Mapping[int, str],
) -> list[AllDayItem]:
    """Whole-day occurrences cut to the shown days, each in the first strip row free for all
    the days it covers."""
    rows: list[list[tuple[int, int]]] = []
    laid_out: list[AllDayItem] = []
    for occurrence in sorted((o for o in occurrences if o.all_day), key=lambda o: o.start):
        first = max(0, (occurrence.start.date() - first_day).days)
        last_day = (occurrence.end - dt.timedelta(seconds=1)).date()
        last = min(day_count - 1, (last_day - first_day).days)
        if last < first:
            continue
        row = next((n for n, taken in enumerate(rows)
                    if all(b < first or a > last for a, b in taken)), len(rows))
        if row == len(rows):
            rows.append([])
        rows[row].append((first, last))
        base = _item(occurrence, first, names, set())
        laid_out.append(AllDayItem(occurrence, first, last, row, base.who, base.kind_label))
    return laid_out


def _item(
    occurrence: Occurrence, day: int, names: Mapping[int, str], owed: set[ItemKey]
) -> WeekItem:
    kind_label = enum_label(occurrence.kind)
    if occurrence.citizen_id is not None:
        who = initials(names.get(occurrence.citizen_id, "")) or "?"
    else:
        who = occurrence.title.strip() or kind_label
    return WeekItem(
        occurrence=occurrence,
        day=day,
        who=who,
        kind_label=kind_label,
        note_owed=key_of(occurrence) in owed,  # each occurrence of a series by its own slot
    )


def assign_lanes(items: list[WeekItem]) -> list[WeekItem]:
    """Overlapping items of one day side by side: each cluster of overlaps shares its lanes."""
    items = sorted(items, key=lambda i: (i.start_minute(), -i.end_minute()))
    result: list[WeekItem] = []
    cluster: list[tuple[WeekItem, int]] = []
    lane_ends: list[int] = []
    cluster_end = -1
    for item in items:
        if cluster and item.start_minute() >= cluster_end:
            result.extend(_close_cluster(cluster, len(lane_ends)))
            cluster, lane_ends, cluster_end = [], [], -1
        lane = next((i for i, end in enumerate(lane_ends) if end <= item.start_minute()), None)
        if lane is None:
            lane = len(lane_ends)
            lane_ends.append(item.end_minute())
        else:
            lane_ends[lane] = item.end_minute()
        cluster.append((item, lane))
        cluster_end = max(cluster_end, item.end_minute())
    if cluster:
        result.extend(_close_cluster(cluster, len(lane_ends)))
    return result


def _close_cluster(cluster: list[tuple[WeekItem, int]], lanes: int) -> list[WeekItem]:
    closed = []
    for item, lane in cluster:
        clash = any(
            other is not item
            and not other.inactive
            and other.start_minute() < item.end_minute()
            and item.start_minute() < other.end_minute()
            for other, _ in cluster
        )
        closed.append(_replace(item, lane=lane, lanes=lanes, overlaps=clash and not item.inactive))
    return closed


def _replace(item: WeekItem, **changes: object) -> WeekItem:
    return dataclasses.replace(item, **changes)  # type: ignore[arg-type]
