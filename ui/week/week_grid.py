"""The calendar grid of the week view (and the day view): a QWidget painted with QPainter.

Drag on empty time to draw a new appointment, drag a block to move it, drag its top or bottom
edge to resize it (15-minute snap); double-click edits, Delete deletes, the arrow keys move the
selection. The grid changes nothing itself: it says what the user did through its signals.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from caseapp.planning.recurrence import Occurrence
from ui.common.formatting import enum_label, fmt_span
from ui.week.week_items import SNAP_MINUTES, AllDayItem, ItemKey, WeekData, WeekItem
from ui.week.week_layout import HEADER, NORMAL_LINE, WeekLayout
from ui.week.week_paint import Preview, WeekPainter

log = logging.getLogger(__name__)

EDGE = 5.0  # pixels at a block's top and bottom that resize rather than move
HOUR_HEIGHT_HINT = 56


@dataclass
class _Drag:
    mode: str  # "create", "move", "resize_top", "resize_bottom"
    press: QPointF
    day: int
    anchor: int  # minute where a new appointment starts, or the grab offset inside a block
    item: WeekItem | None = None
    active: bool = False
    preview: Preview | None = None


class WeekGrid(QWidget):
    range_selected = Signal(object, object)  # start, end: a new appointment was drawn
    occurrence_moved = Signal(object, object, object)  # occurrence, new start, new end
    occurrence_resized = Signal(object, object, object)
    occurrence_activated = Signal(object)  # double-click or Enter
    deletion_requested = Signal(object)
    selection_changed = Signal(object)  # the selected occurrence or None
    context_menu_requested = Signal(object, QPoint, object)  # occurrence or None, where, moment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.data = WeekData(first_day=dt.date.today(), day_count=7)
        self.selected: ItemKey | None = None
        self._painter = WeekPainter(self.font())
        self._drag: _Drag | None = None
        self._version = 0  # bumped with every new week, so the cached picture is redrawn
        self._cache: QPixmap | None = None
        self._cache_key: tuple[object, ...] = ()

    # -- data ------------------------------------------------------------------------------

    def set_data(self, data: WeekData, select: ItemKey | None = None) -> None:
        self.data = data
        self._version += 1
        self._drag = None
        wanted = select if select is not None else self.selected
        self.selected = wanted if wanted is not None and data.find(wanted) else None
        self.updateGeometry()
        self.update()
        self.selection_changed.emit(self.selected_occurrence())

    def week_layout(self) -> WeekLayout:
        line = QFontMetricsF(self.font()).height()
        return WeekLayout(self.data, QRectF(self.rect()), max(1.0, line / NORMAL_LINE))

    def selected_item(self) -> WeekItem | AllDayItem | None:
        return self.data.find(self.selected) if self.selected is not None else None

    def selected_occurrence(self) -> Occurrence | None:
        item = self.selected_item()
        return item.occurrence if item else None

    def select(self, key: ItemKey | None) -> None:
        if key == self.selected:
            return
        self.selected = key
        self.update()
        self.selection_changed.emit(self.selected_occurrence())

    def point_at(self, day: int, minute: int) -> QPoint:
        """The point in the middle of a day's column at a time (for tests and keyboard use)."""
        grid = self.week_layout()
        column = grid.column(day)
        return QPoint(int(column.center().x()), round(grid.y_for(minute)))

    def block_rect(self, key: ItemKey) -> QRectF:
        item = self.data.find(key)
        assert item is not None
        if isinstance(item, AllDayItem):
            return self.week_layout().all_day_rect(item)
        return self.week_layout().block(item)

    # -- painting --------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        hours = self.data.last_hour - self.data.first_hour
        strip = self.week_layout().strip_height
        return QSize(900, int(HEADER + strip + hours * HOUR_HEIGHT_HINT))

    def minimumSizeHint(self) -> QSize:
        hours = self.data.last_hour - self.data.first_hour
        return QSize(480, int(self.week_layout().header_height + self.week_layout().strip_height + hours * 36))

    def paintEvent(self, event: QPaintEvent) -> None:
        """The week is painted once into a pixmap; while dragging only the preview is new."""
        drag = self._drag
        hidden = drag.item.key if drag and drag.active and drag.item else None
        grid = self.week_layout()
        ratio = self.devicePixelRatioF()
        key = (self._version, self.width(), self.height(), ratio, self.selected, hidden)
        if self._cache is None or key != self._cache_key:
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            offscreen = QPainter(pixmap)
            self._painter.paint(offscreen, grid, self.selected, None, hidden)
            offscreen.end()
            self._cache, self._cache_key = pixmap, key
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._cache)
        if drag and drag.active and drag.preview:
            self._painter.paint_preview(painter, grid, drag.preview)
        painter.end()

    # -- mouse -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        grid = self.week_layout()
        pos = event.position()
        whole_day = grid.all_day_at(pos)
        if whole_day is not None:  # selected, not dragged onto the hours
            self.select(whole_day.key)
            return
        item = grid.item_at(pos)
        if item is not None:
            self.select(item.key)
            rect = grid.block(item)
            mode = "move"
            if rect.height() >= 3 * EDGE and not item.inactive:
                if pos.y() >= rect.bottom() - EDGE:
                    mode = "resize_bottom"
                elif pos.y() <= rect.top() + EDGE:
                    mode = "resize_top"
            offset = round(grid.minute_at(pos.y())) - item.start_minute()
            self._drag = _Drag(mode, pos, item.day, offset, item)
            return
        day = grid.day_at(pos.x())
        self.select(None)
        if day is None or pos.y() < grid.body_top:
            return
        self._drag = _Drag("create", pos, day, grid.floor_minute_at(pos.y()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        pos = event.position()
        if drag is None:
            self._update_cursor(pos)
            return
        if not drag.active:
            moved = (pos - drag.press).manhattanLength()
            if moved < QApplication.startDragDistance():
                return
            drag.active = True
        drag.preview = self._preview(drag, pos)
        self.update()

    def _preview(self, drag: _Drag, pos: QPointF) -> Preview:
        grid = self.week_layout()
        if drag.mode == "create":
            minute = grid.snapped_minute_at(pos.y())
            start, end = min(drag.anchor, minute), max(drag.anchor + SNAP_MINUTES, minute)
            if minute <= drag.anchor:
                end = drag.anchor + SNAP_MINUTES
            return Preview(drag.day, start, end)
        item = drag.item
        assert item is not None
        start, end = item.start_minute(), item.end_minute()
        if drag.mode == "move":
            length = end - start
            day = grid.day_at(pos.x())
            day = drag.day if day is None else day
            raw = grid.minute_at(pos.y()) - drag.anchor
            start = round(raw / SNAP_MINUTES) * SNAP_MINUTES
            start = int(min(max(start, 0), 24 * 60 - length))
            return Preview(day, start, start + length)
        minute = grid.snapped_minute_at(pos.y())
        if drag.mode == "resize_bottom":
            return Preview(item.day, start, max(minute, start + SNAP_MINUTES), item.lane, item.lanes)
        return Preview(item.day, min(minute, end - SNAP_MINUTES), end, item.lane, item.lanes)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or not drag.active or drag.preview is None:
            self.update()
            return
        preview = drag.preview
        grid = self.week_layout()
        start = grid.moment(preview.day, preview.start)
        self.update()
        if drag.mode == "create":
            self.range_selected.emit(start, grid.moment(preview.day, preview.end))
            return
        item = drag.item
        assert item is not None
        occurrence = item.occurrence
        if drag.mode == "move":
            end = start + (occurrence.end - occurrence.start)
            if start != occurrence.start:
                self.occurrence_moved.emit(occurrence, start, end)
            return
        end = grid.moment(preview.day, preview.end)
        if item.end_minute() == 24 * 60 and drag.mode == "resize_top":
            end = occurrence.end
        if (start, end) != (occurrence.start, occurrence.end):
            self.occurrence_resized.emit(occurrence, start, end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._drag = None
        grid = self.week_layout()
        item = grid.all_day_at(event.position()) or grid.item_at(event.position())
        if item is not None:
            self.select(item.key)
            self.occurrence_activated.emit(item.occurrence)
            return
        day = grid.day_at(event.position().x())
        if day is not None and event.position().y() >= grid.body_top:
            minute = grid.floor_minute_at(event.position().y())
            start = grid.moment(day, minute)
            self.range_selected.emit(start, start + dt.timedelta(hours=1))

    def _update_cursor(self, pos: QPointF) -> None:
        grid = self.week_layout()
        item = grid.item_at(pos)
        if item is None:
            self.unsetCursor()
            return
        rect = grid.block(item)
        near_edge = pos.y() >= rect.bottom() - EDGE or pos.y() <= rect.top() + EDGE
        if near_edge and rect.height() >= 3 * EDGE and not item.inactive:
            self.setCursor(Qt.CursorShape.SizeVerCursor)
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        grid = self.week_layout()
        if event.reason() == QContextMenuEvent.Reason.Keyboard:  # the Menu key or Shift+F10
            self._keyboard_menu(grid)
            return
        pos = QPointF(event.pos())
        item = grid.all_day_at(pos) or grid.item_at(pos)
        if item is not None:
            self.select(item.key)
        day = grid.day_at(pos.x())
        moment = None
        if day is not None and pos.y() >= grid.body_top:
            moment = grid.moment(day, grid.floor_minute_at(pos.y()))
        self.context_menu_requested.emit(item.occurrence if item else None, event.globalPos(), moment)

    def _keyboard_menu(self, grid: WeekLayout) -> None:
        """The selected appointment's menu, at the appointment (the mouse may be anywhere)."""
        item = self.selected_item()
        if item is None:
            return
        rect = grid.all_day_rect(item) if isinstance(item, AllDayItem) else grid.block(item)
        where = self.mapToGlobal(rect.center().toPoint())
        self.context_menu_requested.emit(item.occurrence, where, None)

    # -- keyboard --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        occurrence = self.selected_occurrence()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and occurrence is not None:
            self.deletion_requested.emit(occurrence)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and occurrence is not None:
            self.occurrence_activated.emit(occurrence)
        elif key == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.update()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step_selection(key)
        else:
            super().keyPressEvent(event)

    def _step_selection(self, key: int) -> None:
        items = sorted(self.data.items, key=lambda i: (i.day, i.start_minute(), i.lane))
        if not items:
            return
        current = self.selected_item()
        if current is None or isinstance(current, AllDayItem):
            self.select(items[0].key)
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            same_day = [i for i in items if i.day == current.day]
            index = same_day.index(current) + (1 if key == Qt.Key.Key_Down else -1)
            if 0 <= index < len(same_day):
                self.select(same_day[index].key)
            return
        step = 1 if key == Qt.Key.Key_Right else -1
        day = current.day + step
        while 0 <= day < self.data.day_count:
            candidates = [i for i in items if i.day == day]
            if candidates:
                nearest = min(
                    candidates, key=lambda i: abs(i.start_minute() - current.start_minute())
                )
                self.select(nearest.key)
                return
            day += step

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    # -- tooltips --------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            grid = self.week_layout()
            item = grid.all_day_at(QPointF(event.pos())) or grid.item_at(QPointF(event.pos()))
            if item is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(item), self)
            return True
        return super().event(event)

    def tooltip(self, item: WeekItem | AllDayItem) -> str:
        """Time, kind, initials, place and flags; a title only when there is no citizen."""
        occurrence = item.occurrence
        when = self.tr("Hele dagen") if occurrence.all_day else fmt_span(
            occurrence.start, occurrence.end)
        lines = [f"{when} · {item.kind_label}"]
        if occurrence.citizen_id is not None:
            lines.append(self.tr("Borger: {initials}").format(initials=item.who))
        place = occurrence.place_text if occurrence.citizen_id is None else ""
        lines.append(self.tr("Sted: {place}").format(place=place or enum_label(occurrence.place)))
        if occurrence.preparation_minutes:
            lines.append(self.tr("Forberedelse: {minutes} min.").format(
                minutes=occurrence.preparation_minutes))
        if occurrence.series_id is not None:
            lines.append(self.tr("Del af en serie"))
        if item.inactive:
            lines.append(enum_label(occurrence.status))
        if item.overlaps:
            lines.append(self.tr("Overlapper en anden aftale"))
        if item.note_owed:
            lines.append(self.tr("Notat mangler"))
        return "\n".join(lines)
