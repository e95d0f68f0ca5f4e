"""The small progress chart under each goal in the status description PDF."""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.charts.axes import XValueAxis, YValueAxis
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Group, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from caseapp.domain.enums import GoalLevel
from caseapp.reports import fonts
from caseapp.reports.chart_drawing import DirectDrawing
from caseapp.reports.layout import MUTED, RULE, SELF_LINE, STAFF_LINE
from caseapp.reports.status_data import GoalSection, RatingPoint

# -- the progress chart ----------------------------------------------------------------------

_CHART_HEIGHT = 30 * mm


def progress_chart(
    goal: GoalSection, period_start: dt.date, period_end: dt.date, width: float
) -> DirectDrawing | None:
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
    drawing = DirectDrawing(width, _CHART_HEIGHT)
    drawing.add(_panel(
        goal.self_ratings, (1, 10), [1, 4, 7, 10], x0, x1, 0, panel,
        f"{kind} {goal.number} · borgerens egen vurdering (1-10, 10 er bedst)", SELF_LINE,
    ))
    drawing.add(_panel(
        goal.staff_ratings, (0, 4), [0, 1, 2, 3, 4], x0, x1, panel + gap, panel,
        f"{kind} {goal.number} · personalets vurdering (FFB 0-4, 0 er bedst)", STAFF_LINE,
    ))
    drawing.hAlign = "LEFT"
    drawing.initialFontName = fonts.REGULAR  # never reportlab's unembedded Helvetica
    drawing.initialFontSize = 7
    return drawing


def _date_label(value: float) -> str:
    return dt.date.fromordinal(int(round(value))).strftime("%d.%m.%y")


def _panel(
    points: tuple[RatingPoint, ...],
    y_range: tuple[int, int],
    y_steps: list[int],
    x0: int,
    x1: int,
    left: float,
    width: float,
    title: str,
    colour: Color,
) -> Group:
    group = Group()
    plot_left, plot_bottom = left + 14, 12
    plot_width, plot_height = width - 16, _CHART_HEIGHT - 26
    size = 7.0
    while size > 5 and stringWidth(title, fonts.REGULAR, size) > width:
        size -= 0.25  # a long goal number must not push the title past the margin
    group.add(String(left, _CHART_HEIGHT - 8, title, fontName=fonts.REGULAR, fontSize=size,
                     fillColor=MUTED))
    if not points:
        group.add(Line(plot_left, plot_bottom, plot_left + plot_width, plot_bottom,
                       strokeColor=RULE, strokeWidth=0.5))
        group.add(String(plot_left + plot_width / 2, plot_bottom + plot_height / 2 - 3,
                         "Ingen vurderinger i perioden", fontName=fonts.ITALIC, fontSize=7,
                         fillColor=MUTED, textAnchor="middle"))
        return group
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = plot_left, plot_bottom, plot_width, plot_height
    plot.data = [[(p.on.toordinal(), p.value) for p in points]]
    plot.strokeColor = None
    line = plot.lines[0]
    line.strokeColor = colour
    line.strokeWidth = 1.3
    line.symbol = makeMarker("FilledCircle", size=3.2, fillColor=colour, strokeColor=colour)

    _date_axis(plot.xValueAxis, x0, x1)
    _rating_axis(plot.yValueAxis, y_range, y_steps)
    group.add(plot)
    return group


def _date_axis(axis: XValueAxis, x0: int, x1: int) -> None:
    """The time axis: first, middle and last day of the period, in muted small type."""
    axis.valueMin, axis.valueMax = x0, x1
    axis.valueSteps = [x0, (x0 + x1) // 2, x1]
    axis.labelTextFormat = _date_label
    axis.strokeColor = RULE
    axis.strokeWidth = 0.5
    axis.tickDown = 2
    axis.labels.fontName = fonts.REGULAR
    axis.labels.fontSize = 6.3
    axis.labels.fillColor = MUTED
    axis.labels.boxAnchor = "n"
    axis.labels.dy = -2
    axis.labels[0].boxAnchor = "nw"  # keep the end labels clear of the y axis and the next panel
    axis.labels[2].boxAnchor = "ne"


def _rating_axis(axis: YValueAxis, y_range: tuple[int, int], y_steps: list[int]) -> None:
    """The rating axis: the scale's steps as faint grid lines, no axis line."""
    axis.valueMin, axis.valueMax = y_range
    axis.valueSteps = y_steps
    axis.labelTextFormat = "%d"
    axis.strokeColor = None
    axis.tickLeft = 0
    axis.visibleGrid = 1
    axis.gridStrokeColor = RULE
    axis.gridStrokeWidth = 0.3
    axis.labels.fontName = fonts.REGULAR
    axis.labels.fontSize = 6.3
    axis.labels.fillColor = MUTED
    axis.labels.dx = -2
