"""Where things are on the week grid: columns, the time axis, blocks, and back from a point to
a day and a time. Shared by the widget, its painting and printing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

from ui.week.week_items import SNAP_MINUTES, AllDayItem, WeekData, WeekItem

GUTTER = 52.0  # the hour labels, at the normal text size
HEADER = 46.0  # weekday, date and holiday name, at the normal text size
NORMAL_LINE = 15.0  # a line of the stylesheet's 10pt text at 96 dpi: text_scale 1
WEEKEND_WEIGHT = 0.7  # Saturday and Sunday get narrower columns
BLOCK_GAP = 2.0
MIN_BLOCK_HEIGHT = 14.0
ALL_DAY_ROW = 20.0  # one row of the all-day strip under the header
ALL_DAY_PADDING = 6.0


@dataclass(frozen=True)
class WeekLayout:
    data: WeekData
    area: QRectF
    text_scale: float = 1.0  # enlarged text (--font-scale) widens the labels' room with it

    @property
    def gutter(self) -> float:
        return GUTTER * self.text_scale

    @property
    def header_height(self) -> float:
        return HEADER * self.text_scale

    # -- columns ---------------------------------------------------------------------------

    def _weights(self) -> list[float]:
        if self.data.day_count == 1:
            return [1.0]
        return [WEEKEND_WEIGHT if d.weekday() >= 5 else 1.0 for d in self.data.days]

    def column(self, index: int) -> QRectF:
        """The body of one day's column (below the header)."""
        weights = self._weights()
        width = self.area.width() - self.gutter
        unit = width / sum(weights)
        left = self.area.left() + self.gutter + unit * sum(weights[:index])
        return QRectF(left, self.body_top, unit * weights[index], self.body_height)

    def header(self, index: int) -> QRectF:
        body = self.column(index)
        return QRectF(body.left(), self.area.top(), body.width(), self.header_height)

    def day_at(self, x: float) -> int | None:
        for index in range(self.data.day_count):
            column = self.column(index)
            if column.left() <= x < column.right():
                return index
        return None

    # -- time ------------------------------------------------------------------------------

    @property
    def strip_height(self) -> float:
        """The all-day strip between the header and the hours; none when nothing is in it."""
        rows = self.data.all_day_rows
        return rows * ALL_DAY_ROW + ALL_DAY_PADDING if rows else 0.0

    @property
    def body_top(self) -> float:
        return self.area.top() + self.header_height + self.strip_height

    @property
    def body_height(self) -> float:
        return self.area.height() - self.header_height - self.strip_height

    def strip(self) -> QRectF:
        top = self.area.top() + self.header_height
        return QRectF(self.area.left(), top, self.area.width(), self.strip_height)

    def all_day_rect(self, item: AllDayItem) -> QRectF:
        left, right = self.column(item.first).left(), self.column(item.last).right()
        top = self.area.top() + self.header_height + ALL_DAY_PADDING / 2 + item.row * ALL_DAY_ROW
        return QRectF(left + BLOCK_GAP, top + 1, right - left - 2 * BLOCK_GAP, ALL_DAY_ROW - 2)

    def all_day_at(self, point: QPointF) -> AllDayItem | None:
        return next((i for i in self.data.all_day if self.all_day_rect(i).contains(point)), None)

    @property
    def minute_height(self) -> float:
        minutes = (self.data.last_hour - self.data.first_hour) * 60
        return self.body_height / max(minutes, 60)

    def y_for(self, minute: float) -> float:
        return self.body_top + (minute - self.data.first_hour * 60) * self.minute_height

    def minute_at(self, y: float) -> float:
        return self.data.first_hour * 60 + (y - self.body_top) / self.minute_height

    def snapped_minute_at(self, y: float) -> int:
        """The nearest 15-minute mark inside the shown hours."""
        minute = round(self.minute_at(y) / SNAP_MINUTES) * SNAP_MINUTES
        return int(min(max(minute, self.data.first_hour * 60), self.data.last_hour * 60))

    def floor_minute_at(self, y: float) -> int:
        """The 15-minute mark at or before the point (where a click on empty time starts)."""
        minute = int(self.minute_at(y) // SNAP_MINUTES) * SNAP_MINUTES
        return int(min(max(minute, self.data.first_hour * 60), self.data.last_hour * 60 - 15))

    def moment(self, day: int, minute: int) -> dt.datetime:
        return dt.datetime.combine(self.data.days[day], dt.time()) + dt.timedelta(minutes=minute)

    # -- blocks ----------------------------------------------------------------------------

    def block(self, item: WeekItem) -> QRectF:
        return self.span(item.day, item.start_minute(), item.end_minute(), item.lane, item.lanes)

    def span(self, day: int, start: float, end: float, lane: int = 0, lanes: int = 1) -> QRectF:
        column = self.column(day)
        inner = column.width() - 2 * BLOCK_GAP
        width = inner / lanes
        top = self.y_for(start)
        height = max(self.y_for(end) - top, MIN_BLOCK_HEIGHT)
        return QRectF(
            column.left() + BLOCK_GAP + lane * width, top + 1, width - BLOCK_GAP, height - 2
        )

    def item_at(self, point: QPointF) -> WeekItem | None:
        """The topmost block under the point (later items are drawn on top)."""
        for item in reversed(self.data.items):
            if self.block(item).contains(point):
                return item
        return None
