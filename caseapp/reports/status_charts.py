"""The small progress chart under each goal in the status description PDF.

Drawn straight onto the page with the canvas: reportlab's chart widgets (a line plot with two
value axes and a label object per tick) cost half the layout of a ten-page description, for
two panels of a few lines, dots and dates. The geometry is the one those widgets gave (value
axes scaled linearly, labels placed as reportlab's Label places a one-line text at its box
anchor), so the charts look as they did.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from caseapp.domain.enums import GoalLevel
from caseapp.reports import fonts
from caseapp.reports.layout import MUTED, RULE, SELF_LINE, STAFF_LINE
from caseapp.reports.status_data import GoalSection, RatingPoint

_CHART_HEIGHT = 30 * mm
_LABEL_SIZE = 6.3
_AXIS_WIDTH = 0.5
_GRID_WIDTH = 0.3
_LINE_WIDTH = 1.3
_DOT_SIZE = 3.2
_DOT_EDGE = 0.1
_ROUND_JOIN = 1


def progress_chart(
    goal: GoalSection, period_start: dt.date, period_end: dt.date, width: float
) -> ProgressChart | None:
    """Two small panels side by side: the citizen's 1-10 and the staff's FFB 0-4 over time.

    None when the goal has no ratings at all; a panel without ratings says so.
    """
    if not goal.self_ratings and not goal.staff_ratings:
        return None
    days = [p.on for p in goal.self_ratings + goal.staff_ratings]
    x0 = min([period_start, *days]).toordinal()
    x1 = max([period_end, *days]).toordinal()
    if x1 - x0 < 2:
        x1 = x0 + 2
    gap = 10 * mm
    panel = (width - gap) / 2
    kind = "Indsatsmål" if goal.level == GoalLevel.EFFORT else "Delmål"
    return ProgressChart(width, (
        _Panel(goal.self_ratings, (1, 10), (1, 4, 7, 10), x0, x1, 0, panel,
               f"{kind} {goal.number} · borgerens egen vurdering (1-10, 10 er bedst)", SELF_LINE),
        _Panel(goal.staff_ratings, (0, 4), (0, 1, 2, 3, 4), x0, x1, panel + gap, panel,
               f"{kind} {goal.number} · personalets vurdering (FFB 0-4, 0 er bedst)", STAFF_LINE),
    ))


def _date_label(value: float) -> str:
    return dt.date.fromordinal(int(round(value))).strftime("%d.%m.%y")


class ProgressChart(Flowable):
    """The chart as a flowable of its own size, left-aligned in the frame."""

    def __init__(self, width: float, panels: tuple[_Panel, ...]) -> None:
        super().__init__()
        self.width, self.height = width, _CHART_HEIGHT
        self.hAlign = "LEFT"
        self.panels = panels

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        for panel in self.panels:
            panel.draw_on(self.canv)


@dataclass(frozen=True)
class _Panel:
    points: tuple[RatingPoint, ...]
    y_range: tuple[int, int]
    y_steps: tuple[int, ...]
    x0: int
    x1: int
    left: float
    width: float
    title: str
    colour: Color

    def draw_on(self, canvas: Canvas) -> None:
        plot_left, plot_bottom = self.left + 14, 12
        plot_width, plot_height = self.width - 16, _CHART_HEIGHT - 26
        size = 7.0
        while size > 5 and stringWidth(self.title, fonts.REGULAR, size) > self.width:
            size -= 0.25  # a long goal number must not push the title past the margin
        _text(canvas, self.left, _CHART_HEIGHT - 8, self.title, fonts.REGULAR, size)
        if not self.points:
            _line(canvas, plot_left, plot_bottom, plot_left + plot_width, plot_bottom, _AXIS_WIDTH)
            message = "Ingen vurderinger i perioden"
            _text(canvas, plot_left + plot_width / 2
                  - stringWidth(message, fonts.ITALIC, 7) * 0.5,
                  plot_bottom + plot_height / 2 - 3, message, fonts.ITALIC, 7)
            return
        x_at = _scale(plot_left, plot_width, self.x0, self.x1)
        y_at = _scale(plot_bottom, plot_height, *self.y_range)
        self._date_axis(canvas, x_at, plot_bottom)
        for step in self.y_steps:  # the scale's steps beside the plot
            _label(canvas, plot_left - 2, y_at(step), f"{step:d}", "e")
        for step in self.y_steps[1:]:  # faint grid lines; the lowest is the date axis itself
            y = y_at(step)
            _line(canvas, plot_left, y, plot_left + plot_width, y, _GRID_WIDTH)
        xy = [(x_at(p.on.toordinal()), y_at(p.value)) for p in self.points]
        self._ratings(canvas, xy)

    def _date_axis(self, canvas: Canvas, x_at: Callable[[float], float], y: float) -> None:
        """First, middle and last day of the period under a muted axis line with short ticks;
        the end labels kept clear of the rating axis and of the next panel."""
        steps = (self.x0, (self.x0 + self.x1) // 2, self.x1)
        _line(canvas, x_at(self.x0), y, x_at(self.x1), y, _AXIS_WIDTH)
        for step in steps:
            _line(canvas, x_at(step), y, x_at(step), y - 2, _AXIS_WIDTH)
        for step, anchor in zip(steps, ("nw", "n", "ne"), strict=True):
            _label(canvas, x_at(step), y - 2, _date_label(step), anchor)

    def _ratings(self, canvas: Canvas, xy: list[tuple[float, float]]) -> None:
        """The line through the ratings, a dot on each."""
        if len(xy) > 1:
            canvas.saveState()
            _pen(canvas, self.colour, _LINE_WIDTH, join=_ROUND_JOIN)
            path = canvas.beginPath()
            path.moveTo(*xy[0])
            for x, y in xy[1:]:
                path.lineTo(x, y)
            canvas.drawPath(path)
            canvas.restoreState()
        for x, y in xy:
            canvas.saveState()
            _pen(canvas, self.colour, _DOT_EDGE)
            canvas.setFillColor(self.colour)
            canvas.circle(x, y, _DOT_SIZE / 2.0, stroke=1, fill=1)
            canvas.restoreState()


def _scale(start: float, length: float, low: float, high: float) -> Callable[[float], float]:
    """A value axis: `low` at `start`, `high` at `start + length` (as reportlab's ValueAxis)."""
    factor = length / (high - low)
    return lambda value: start + factor * (value - low)


def _pen(canvas: Canvas, colour: Color, width: float, join: int = 0) -> None:
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(width)
    canvas.setLineCap(0)
    canvas.setLineJoin(join)


def _line(canvas: Canvas, x1: float, y1: float, x2: float, y2: float, width: float) -> None:
    canvas.saveState()
    _pen(canvas, RULE, width)
    canvas.line(x1, y1, x2, y2)
    canvas.restoreState()


def _text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    canvas.saveState()
    canvas.setFillColor(MUTED)
    canvas.setFont(font, size)
    canvas.drawString(x, y, text)
    canvas.restoreState()


def _label(canvas: Canvas, x: float, y: float, text: str, anchor: str) -> None:
    """A tick label whose box (one line high, as wide as the text) has its `anchor` point
    (n, nw, ne or e) at x, y: placed as reportlab's Label places it."""
    width = stringWidth(text, fonts.REGULAR, _LABEL_SIZE)
    leading = _LABEL_SIZE * 1.2
    top = 0.5 * leading if anchor == "e" else 0  # the box's top, from the anchor point
    left = {"n": -width * 0.5, "nw": 0, "ne": -width, "e": -width}[anchor]
    _text(canvas, x + left, y + top - leading * (1 / 1.2), text, fonts.REGULAR, _LABEL_SIZE)
