"""Painting the week grid with QPainter: on screen, in print and in a PDF alike.

Blocks are coloured by kind and show the time and the citizen's initials; cancelled and missed
appointments are struck through; overlaps get a warning mark; a passed appointment that still
owes a diary note says "notat mangler"; Danish holidays are shaded and named.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from caseapp.domain.enums import AppointmentKind
from ui.common.formatting import WEEKDAYS, enum_label, fmt_time
from ui.week.week_items import AllDayItem, ItemKey, WeekItem
from ui.week.week_layout import WeekLayout

INK = QColor("#1f2933")
MUTED = QColor("#5f6b7a")
ACCENT = QColor("#2f5d8a")
ALERT = QColor("#b3261e")
WARNING = QColor("#d98e04")
GRID_LINE = QColor("#e3e7ec")
HALF_LINE = QColor("#f0f2f5")
SEPARATOR = QColor("#d5dbe3")
OFF_HOURS = QColor("#f4f6f8")
WEEKEND = QColor("#eef1f4")
HOLIDAY = QColor("#fbeee6")
HOLIDAY_INK = QColor("#a4452c")
TODAY_HEADER = QColor("#e3ecf6")

KIND_COLOURS: dict[AppointmentKind, QColor] = {
    AppointmentKind.CONVERSATION: QColor("#2f6db0"),
    AppointmentKind.HOME_VISIT: QColor("#2e8049"),
    AppointmentKind.NETWORK_MEETING: QColor("#7b4fa0"),
    AppointmentKind.PHONE: QColor("#13828a"),
    AppointmentKind.OFFICE_TIME: QColor("#9a7212"),
    AppointmentKind.TEAM_MEETING: QColor("#56657a"),
    AppointmentKind.SUPERVISION: QColor("#a8467a"),
    AppointmentKind.STATUS_MEETING: QColor("#c2571f"),
    AppointmentKind.FIXED_ACTIVITY: QColor("#66802a"),
    AppointmentKind.OTHER: QColor("#7a7a7a"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: bare tr() and _tr() have context ""


def _tint(colour: QColor, amount: float) -> QColor:
    """The colour mixed with white: 0 is white, 1 the colour itself."""
    return QColor(
        round(255 + (colour.red() - 255) * amount),
        round(255 + (colour.green() - 255) * amount),
        round(255 + (colour.blue() - 255) * amount),
    )


FILLS = {kind: _tint(colour, 0.16) for kind, colour in KIND_COLOURS.items()}
BORDERS = {kind: _tint(colour, 0.55) for kind, colour in KIND_COLOURS.items()}
INACTIVE_FILL = QColor("#f2f3f5")
SHORT_WEEKDAYS: tuple[str, ...] = tuple(map(str, (
    QT_TR_NOOP("Man"), QT_TR_NOOP("Tir"), QT_TR_NOOP("Ons"), QT_TR_NOOP("Tor"),
    QT_TR_NOOP("Fre"), QT_TR_NOOP("Lør"), QT_TR_NOOP("Søn"),
)))


@dataclass(frozen=True)
class Preview:
    """The block being dragged or drawn, before it is let go."""

    day: int
    start: int  # minutes after midnight
    end: int
    lane: int = 0
    lanes: int = 1


class WeekPainter:
    """Fonts and pens made once; `paint` draws everything inside the layout's area."""

    def __init__(self, base: QFont) -> None:
        self.font = QFont(base)
        self.font.setPointSizeF(max(base.pointSizeF(), 9.0))
        self.small = QFont(self.font)
        self.small.setPointSizeF(self.font.pointSizeF() - 1)
        self.bold = QFont(self.small)
        self.bold.setBold(True)
        self.header_bold = QFont(self.font)
        self.header_bold.setBold(True)
        self.struck = QFont(self.bold)
        self.struck.setStrikeOut(True)
        self.line_height = QFontMetricsF(self.small).height()
        self._metrics = {
            id(f): QFontMetricsF(f)
            for f in (self.font, self.small, self.bold, self.header_bold, self.struck)
        }

    def metrics(self, font: QFont) -> QFontMetricsF:
        return self._metrics[id(font)]

    # -- the whole grid --------------------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        layout: WeekLayout,
        selected: ItemKey | None = None,
        preview: Preview | None = None,
        hidden: ItemKey | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(layout.area, QColor("#ffffff"))
        self._paint_backgrounds(painter, layout)
        self._paint_lines(painter, layout)
        self._paint_headers(painter, layout)
        self._paint_all_day(painter, layout, selected)
        shown = [item for item in layout.data.items if item.key != hidden]
        for item in shown:  # preparation under every block, so blocks stay readable
            self._paint_preparation(painter, layout, item)
        for item in shown:
            self._paint_item(painter, layout, item, item.key == selected)
        self._paint_now(painter, layout)
        if preview is not None:
            self.paint_preview(painter, layout, preview)

    def _paint_backgrounds(self, painter: QPainter, layout: WeekLayout) -> None:
        data = layout.data
        painter.fillRect(
            QRectF(layout.area.left(), layout.area.top(), layout.gutter, layout.area.height()),
            QColor("#f7f8fa"),
        )
        for index, day in enumerate(data.days):
            column = layout.column(index)
            if day in data.holidays:
                painter.fillRect(column, HOLIDAY)
                painter.fillRect(column, QBrush(_tint(HOLIDAY_INK, 0.12), Qt.BrushStyle.BDiagPattern))
            elif day.weekday() >= 5:
                painter.fillRect(column, WEEKEND)
            else:
                top = QRectF(column.left(), column.top(), column.width(),
                             layout.y_for(data.work_start) - column.top())
                bottom_y = layout.y_for(data.work_end)
                bottom = QRectF(column.left(), bottom_y, column.width(), column.bottom() - bottom_y)
                for part in (top, bottom):
                    if part.height() > 0:
                        painter.fillRect(part, OFF_HOURS)

    def _paint_lines(self, painter: QPainter, layout: WeekLayout) -> None:
        data = layout.data
        left, right = layout.area.left() + layout.gutter, layout.area.right()
        painter.setFont(self.small)
        metrics = self.metrics(self.small)
        for hour in range(data.first_hour, data.last_hour + 1):
            y = layout.y_for(hour * 60)
            painter.setPen(QPen(GRID_LINE, 1))
            painter.drawLine(QPointF(left - 6, y), QPointF(right, y))
            if hour < data.last_hour:
                half = layout.y_for(hour * 60 + 30)
                painter.setPen(QPen(HALF_LINE, 1, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(left, half), QPointF(right, half))
                label = f"{hour:02d}.00"
                painter.setPen(MUTED)
                top = y + 1 if hour == data.first_hour else y - metrics.height() / 2
                painter.drawText(
                    QRectF(layout.area.left(), top, layout.gutter - 10, metrics.height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    label,
                )
        painter.setPen(QPen(SEPARATOR, 1))
        for index in range(data.day_count):
            x = layout.column(index).left()
            painter.drawLine(QPointF(x, layout.area.top()), QPointF(x, layout.area.bottom()))
        painter.drawLine(QPointF(left, layout.body_top), QPointF(right, layout.body_top))

    def _paint_headers(self, painter: QPainter, layout: WeekLayout) -> None:
        data = layout.data
        today = data.now.date() if data.now else None
        widths = [layout.header(index).width() - 8 for index in range(len(data.days))]
        form = self._day_title_form(data.days, widths)
        for index, day in enumerate(data.days):
            rect = layout.header(index)
            if day == today:
                painter.fillRect(rect.adjusted(1, 0, 0, 0), TODAY_HEADER)
            elif day in data.holidays:
                painter.fillRect(rect.adjusted(1, 0, 0, 0), HOLIDAY)
            title, font = self._day_titles(day)[form]
            painter.setFont(font)
            painter.setPen(ACCENT if day == today else INK)
            top = rect.adjusted(4, 4, -4, -rect.height() / 2)
            painter.drawText(top, Qt.AlignmentFlag.AlignCenter, title)
            holiday = data.holidays.get(day)
            if holiday:
                painter.setFont(self.small)
                painter.setPen(HOLIDAY_INK)
                metrics = self.metrics(self.small)
                text = metrics.elidedText(holiday, Qt.TextElideMode.ElideRight, rect.width() - 8)
                painter.drawText(
                    rect.adjusted(4, rect.height() / 2, -4, -4), Qt.AlignmentFlag.AlignCenter, text
                )
            elif day == today:
                painter.setFont(self.small)
                painter.setPen(ACCENT)
                painter.drawText(
                    rect.adjusted(4, rect.height() / 2, -4, -4),
                    Qt.AlignmentFlag.AlignCenter,
                    _tr("I dag"),
                )

    # -- the all-day strip -----------------------------------------------------------------

    def _paint_all_day(
        self, painter: QPainter, layout: WeekLayout, selected: ItemKey | None
    ) -> None:
        """Whole-day events as bars across the days they cover, above the hours."""
        if not layout.data.all_day:
            return
        strip = layout.strip()
        painter.fillRect(strip.adjusted(layout.gutter, 0, 0, 0), QColor("#f7f8fa"))
        painter.setPen(QPen(SEPARATOR, 1))
        painter.drawLine(QPointF(strip.left() + layout.gutter, strip.bottom()),
                         QPointF(strip.right(), strip.bottom()))
        painter.setFont(self.small)
        painter.setPen(MUTED)
        painter.drawText(QRectF(strip.left(), strip.top(), layout.gutter - 6, strip.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         _tr("Heldag"))
        for item in layout.data.all_day:
            self._paint_all_day_item(painter, layout.all_day_rect(item), item,
                                     item.key == selected)

    def _paint_all_day_item(
        self, painter: QPainter, rect: QRectF, item: AllDayItem, selected: bool
    ) -> None:
        kind = item.occurrence.kind
        painter.setPen(QPen(INK, 2) if selected else QPen(BORDERS[kind], 1))
        painter.setBrush(INACTIVE_FILL if item.inactive else FILLS[kind])
        painter.drawRoundedRect(rect, 3, 3)
        painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), KIND_COLOURS[kind])
        font = self.struck if item.inactive else self.bold
        painter.setFont(font)
        painter.setPen(INK)
        text = self.metrics(font).elidedText(item.who, Qt.TextElideMode.ElideRight,
                                             rect.width() - 12)
        painter.drawText(rect.adjusted(8, 0, -4, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _day_titles(self, day: dt.date) -> list[tuple[str, QFont]]:
        """A day's header from the fullest to the barest: "Onsdag 9.12.", "ons 9.12.", "9.12."."""
        full = f"{_tr(WEEKDAYS[day.weekday()]).capitalize()} {day.day}.{day.month}."
        short = f"{_tr(SHORT_WEEKDAYS[day.weekday()])} {day.day}.{day.month}."
        return [(full, self.header_bold), (short, self.header_bold), (short, self.bold),
                (f"{day.day}.{day.month}.", self.bold)]

    def _day_title_form(self, days: Sequence[dt.date], widths: Sequence[float]) -> int:
        """The fullest form every day's header fits its own column in, so a week never mixes
        "Wednesday" and "Thu" (the longest name and the narrowest column, the weekend's, decide)."""
        for form in range(3):
            if all(self.metrics(font).horizontalAdvance(text) <= width
                   for (text, font), width in zip((self._day_titles(day)[form] for day in days),
                                                  widths, strict=True)):
                return form
        return 3

    def _paint_now(self, painter: QPainter, layout: WeekLayout) -> None:
        now = layout.data.now
        if now is None or not layout.data.start <= now < layout.data.end:
            return
        minute = now.hour * 60 + now.minute
        if not layout.data.first_hour * 60 <= minute <= layout.data.last_hour * 60:
            return
        column = layout.column((now.date() - layout.data.first_day).days)
        y = layout.y_for(minute)
        painter.setPen(QPen(ALERT, 2))
        painter.drawLine(QPointF(column.left(), y), QPointF(column.right(), y))
        painter.setBrush(ALERT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(column.left() + 1, y), 4, 4)

    # -- blocks ----------------------------------------------------------------------------

    def _paint_item(
        self, painter: QPainter, layout: WeekLayout, item: WeekItem, selected: bool
    ) -> None:
        rect = layout.block(item)
        occurrence = item.occurrence
        colour = KIND_COLOURS[occurrence.kind]
        fill = INACTIVE_FILL if item.inactive else FILLS[occurrence.kind]
        border = QPen(INK, 2) if selected else QPen(BORDERS[occurrence.kind], 1)
        if item.inactive and not selected:
            border.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()),
                         _tint(colour, 0.4) if item.inactive else colour)
        if item.note_owed:
            painter.fillRect(QRectF(rect.right() - 3, rect.top(), 3, rect.height()), ALERT)
        mark = 0.0
        if item.overlaps:
            mark = self._paint_warning(painter, rect)
        self._paint_text(painter, rect.adjusted(7, 1, -4 - mark, -1), item, layout)

    def _paint_preparation(self, painter: QPainter, layout: WeekLayout, item: WeekItem) -> None:
        """Preparation time as a hatched strip above the block."""
        minutes = item.occurrence.preparation_minutes
        if not minutes or item.inactive:
            return
        rect = layout.block(item)
        top = layout.y_for(max(item.start_minute() - minutes, layout.data.first_hour * 60))
        prep = QRectF(rect.left() + 4, top, rect.width() - 4, rect.top() - top)
        if prep.height() > 1:
            colour = _tint(KIND_COLOURS[item.occurrence.kind], 0.45)
            painter.fillRect(prep, QBrush(colour, Qt.BrushStyle.BDiagPattern))

    def _paint_text(
        self, painter: QPainter, rect: QRectF, item: WeekItem, layout: WeekLayout
    ) -> None:
        """Time and initials first; then the kind, then a status or "notat mangler" as room
        allows (with two lines, the flag wins over the kind)."""
        occurrence = item.occurrence
        rows = max(1, int((rect.height() + 2) // self.line_height))
        bold = self.struck if item.inactive else self.bold
        metrics = self.metrics(bold)
        start = fmt_time(occurrence.start)
        span = f"{start}–{fmt_time(occurrence.end)}"
        fits = [t for t in (f"{span} {item.who}", f"{start} {item.who}")
                if metrics.horizontalAdvance(t) <= rect.width()]
        lines: list[tuple[str, QFont, QColor]]
        if fits or rows == 1:
            lines = [(fits[0] if fits else f"{start} {item.who}", bold, INK)]
        else:  # too narrow for one line: the time above the initials or title
            time = span if metrics.horizontalAdvance(span) <= rect.width() else start
            lines = [(time, bold, INK), (item.who, bold, INK)]
        kind = (item.kind_label, self.small, MUTED) if item.who != item.kind_label else None
        flag = self._flag(item)
        room = rows - len(lines)
        if room == 1:
            lines.extend(x for x in (flag or kind,) if x)
        elif room > 1:
            lines.extend(x for x in (kind, flag) if x)
        painter.setClipRect(rect.adjusted(-1, -1, 1, 1))
        y = rect.top()
        for text, font, pen in lines:
            painter.setFont(font)
            painter.setPen(pen)
            shown = self.metrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(QRectF(rect.left(), y, rect.width(), self.line_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
            y += self.line_height
        painter.setClipping(False)

    def _flag(self, item: WeekItem) -> tuple[str, QFont, QColor] | None:
        if item.inactive:
            return enum_label(item.occurrence.status), self.bold, MUTED
        if item.note_owed:
            return _tr("notat mangler"), self.bold, ALERT
        return None

    def _paint_warning(self, painter: QPainter, rect: QRectF) -> float:
        """A small amber triangle with '!': top right, or bottom right in a narrow block so the
        text keeps the width. Returns the width taken from the text."""
        size = 11.0
        if rect.width() < size + 10 or rect.height() < size + 2:
            return 0.0
        narrow = rect.width() < 80 and rect.height() >= 2 * size + 6
        x = rect.right() - size - 4
        y = rect.bottom() - size - 3 if narrow else rect.top() + 2
        path = QPainterPath(QPointF(x + size / 2, y))
        path.lineTo(x + size, y + size)
        path.lineTo(x, y + size)
        path.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(WARNING)
        painter.drawPath(path)
        painter.setPen(QPen(QColor("#ffffff"), 1.6))
        painter.drawLine(QPointF(x + size / 2, y + 3.5), QPointF(x + size / 2, y + size - 4))
        painter.drawPoint(QPointF(x + size / 2, y + size - 2))
        return 0.0 if narrow else size + 4

    def paint_preview(self, painter: QPainter, layout: WeekLayout, preview: Preview) -> None:
        rect = layout.span(preview.day, preview.start, preview.end, preview.lane, preview.lanes)
        painter.setPen(QPen(ACCENT, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(47, 93, 138, 60))
        painter.drawRoundedRect(rect, 3, 3)
        start = layout.moment(preview.day, preview.start)
        end = layout.moment(preview.day, preview.end)
        painter.setFont(self.bold)
        painter.setPen(INK)
        painter.drawText(rect.adjusted(6, 1, -2, -1),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         f"{fmt_time(start)}–{fmt_time(end)}")
