"""A sub-goal's progress over time, drawn with QPainter (QtCharts is not in PySide6-Essentials).

The citizen's own rating (1-10) and the staff's ratings (FFB function level 0-4, and GAS -2..+2
when used) share one time axis with two y-scales: the citizen's on the left, the staff's on the
right. Both point the same way: up is progress. FFB counts limitations (0 is best), so its
scale runs 4 at the bottom to 0 at the top; the legend says so in words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from caseapp.domain.enums import RATING_RANGES, RatingScale
from caseapp.domain.models import Rating
from ui.common.text_size import scaled

INK = QColor("#1f2933")
MUTED = QColor("#5f6b7a")
GRID = QColor("#e3e8ee")


@dataclass(frozen=True)
class SeriesStyle:
    colour: QColor
    marker: str  # "circle", "square", "diamond"
    dashed: bool = False


STYLES = {
    RatingScale.SELF_1_10: SeriesStyle(QColor("#2f5d8a"), "circle"),
    RatingScale.FFB_0_4: SeriesStyle(QColor("#c0562b"), "square"),
    RatingScale.GAS: SeriesStyle(QColor("#3f7d4e"), "diamond", dashed=True),
}


def progress_fraction(scale: RatingScale, value: int) -> float:
    """Where a rating stands between worst (0.0) and best (1.0) on its own scale."""
    low, high = RATING_RANGES[scale]
    fraction = (value - low) / (high - low)
    return 1.0 - fraction if scale == RatingScale.FFB_0_4 else fraction


class ProgressChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: dict[RatingScale, list[tuple[dt.date, int]]] = {}
        self.setMinimumHeight(scaled(self, 180))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr(
            "Borgerens egen vurdering (venstre akse) og personalets vurdering (højre akse) over "
            "tid. Begge akser vender, så opad altid er fremgang."))

    # -- data --------------------------------------------------------------------------------

    def set_ratings(self, ratings: Sequence[Rating]) -> None:
        series: dict[RatingScale, list[tuple[dt.date, int]]] = {}
        for rating in sorted(ratings, key=lambda r: (r.rated_on, r.id or 0)):
            series.setdefault(RatingScale(rating.scale), []).append((rating.rated_on, rating.value))
        self._series = series
        self.setAccessibleDescription(self._summary())
        self.update()

    def series(self) -> dict[RatingScale, list[tuple[dt.date, int]]]:
        return {scale: list(points) for scale, points in self._series.items()}

    def point_count(self) -> int:
        return sum(len(points) for points in self._series.values())

    def legend(self) -> list[str]:
        """The legend lines in the order drawn (also what a screen reader gets)."""
        lines = []
        if RatingScale.SELF_1_10 in self._series:
            lines.append(self.tr("Borgerens egen vurdering, 1-10 (venstre akse)"))
        if self._staff_axis() == RatingScale.FFB_0_4:
            lines.append(self.tr("Personalets vurdering, FFB 0-4, 0 er bedst (højre akse)"))
        if RatingScale.GAS in self._series:
            if self._staff_axis() == RatingScale.GAS:
                lines.append(self.tr("Personalets målopfyldelse, GAS −2 til +2 (højre akse)"))
            else:
                lines.append(self.tr("Personalets målopfyldelse, GAS: −2 nederst, +2 øverst"))
        return lines

    def _legend_scales(self) -> list[RatingScale]:
        scales = []
        if RatingScale.SELF_1_10 in self._series:
            scales.append(RatingScale.SELF_1_10)
        if self._staff_axis() == RatingScale.FFB_0_4:
            scales.append(RatingScale.FFB_0_4)
        if RatingScale.GAS in self._series:
            scales.append(RatingScale.GAS)
        return scales

    def _staff_axis(self) -> RatingScale | None:
        if RatingScale.FFB_0_4 in self._series:
            return RatingScale.FFB_0_4
        if RatingScale.GAS in self._series:
            return RatingScale.GAS
        return None

    def _summary(self) -> str:
        if not self._series:
            return self.tr("Ingen vurderinger endnu.")
        return "; ".join(self.legend())

    def sizeHint(self) -> QSize:
        return QSize(360, 200)

    # -- drawing -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.85))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if not self._series:
            painter.setPen(MUTED)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("Ingen vurderinger endnu.\nBrug »Vurdér fremskridt …« for at "
                                     "give den første."))
            painter.end()
            return
        legend_height = self._draw_legend(painter, area, metrics)
        left = metrics.horizontalAdvance("10") + 12
        right = metrics.horizontalAdvance("+2") + 14
        plot = QRectF(area.left() + left, area.top() + legend_height + line * 0.6,
                      area.width() - left - right, 0)
        plot.setBottom(area.bottom() - line - 8)
        if plot.height() < 30 or plot.width() < 60:
            painter.end()
            return
        first, last = self._date_range()
        self._draw_axes(painter, plot, metrics, first, last)
        for scale in (RatingScale.GAS, RatingScale.FFB_0_4, RatingScale.SELF_1_10):
            if scale in self._series:
                self._draw_series(painter, plot, scale, first, last)
        painter.end()

    def _date_range(self) -> tuple[dt.date, dt.date]:
        days = [day for points in self._series.values() for day, _value in points]
        first, last = min(days), max(days)
        if (last - first).days < 14:
            first, last = first - dt.timedelta(days=7), last + dt.timedelta(days=7)
        return first, last

    def _draw_legend(self, painter: QPainter, area: QRectF, metrics: QFontMetrics) -> float:
        y = area.top()
        for scale, text in zip(self._legend_scales(), self.legend(), strict=True):
            style = STYLES[scale]
            centre = QPointF(area.left() + 12, y + metrics.height() / 2)
            painter.setPen(self._pen(style, 2.0))
            painter.drawLine(QPointF(area.left() + 2, centre.y()),
                             QPointF(area.left() + 22, centre.y()))
            self._marker(painter, centre, style)
            painter.setPen(INK)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            room = QRectF(area.left() + 30, y, area.width() - 30, metrics.height() * 3)
            used = painter.boundingRect(room, flags, text)
            painter.drawText(room, flags, text)
            y += used.height() + 2
        return y - area.top()

    def _draw_axes(
        self, painter: QPainter, plot: QRectF, metrics: QFontMetrics,
        first: dt.date, last: dt.date,
    ) -> None:
        painter.setPen(QPen(GRID, 1))
        for fraction in (0.0, 0.25, 0.5, 0.75, 1.0):
            y = plot.bottom() - fraction * plot.height()
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(MUTED)
        half = metrics.height() / 2
        if RatingScale.SELF_1_10 in self._series:
            for value in (1, 4, 7, 10):
                y = plot.bottom() - progress_fraction(RatingScale.SELF_1_10, value) * plot.height()
                painter.drawText(QRectF(0, y - half, plot.left() - 6, metrics.height()),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 str(value))
        staff = self._staff_axis()
        if staff is not None:
            low, high = RATING_RANGES[staff]
            for value in range(low, high + 1):
                y = plot.bottom() - progress_fraction(staff, value) * plot.height()
                label = f"+{value}" if staff == RatingScale.GAS and value > 0 else str(value)
                painter.drawText(QRectF(plot.right() + 6, y - half, 40, metrics.height()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 label.replace("-", "−"))
        span = max((last - first).days, 1)
        middle = first + dt.timedelta(days=span // 2)
        y = plot.bottom() + 4
        for day, align in (
            (first, Qt.AlignmentFlag.AlignLeft),
            (middle, Qt.AlignmentFlag.AlignHCenter),
            (last, Qt.AlignmentFlag.AlignRight),
        ):
            x = self._x(plot, day, first, span)
            width = metrics.horizontalAdvance("00.00.00") + 4
            if align == Qt.AlignmentFlag.AlignLeft:
                box = QRectF(x, y, width, metrics.height())
            elif align == Qt.AlignmentFlag.AlignRight:
                box = QRectF(x - width, y, width, metrics.height())
            else:
                box = QRectF(x - width / 2, y, width, metrics.height())
            painter.drawText(box, align | Qt.AlignmentFlag.AlignTop, day.strftime("%d.%m.%y"))

    @staticmethod
    def _x(plot: QRectF, day: dt.date, first: dt.date, span: int) -> float:
        return plot.left() + (day - first).days / span * plot.width()

    def _draw_series(
        self, painter: QPainter, plot: QRectF, scale: RatingScale, first: dt.date, last: dt.date
    ) -> None:
        style = STYLES[scale]
        span = max((last - first).days, 1)
        points = [
            QPointF(self._x(plot, day, first, span),
                    plot.bottom() - progress_fraction(scale, value) * plot.height())
            for day, value in self._series[scale]
        ]
        if len(points) > 1:
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.setPen(self._pen(style, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        for point in points:
            self._marker(painter, point, style)

    @staticmethod
    def _pen(style: SeriesStyle, width: float) -> QPen:
        pen = QPen(style.colour, width)
        if style.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    @staticmethod
    def _marker(painter: QPainter, centre: QPointF, style: SeriesStyle) -> None:
        painter.setPen(QPen(QColor("#ffffff"), 1.2))
        painter.setBrush(style.colour)
        r = 4.0
        if style.marker == "circle":
            painter.drawEllipse(centre, r, r)
        elif style.marker == "square":
            painter.drawRect(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r))
        else:
            diamond = QPainterPath(QPointF(centre.x(), centre.y() - r - 1))
            diamond.lineTo(centre.x() + r + 1, centre.y())
            diamond.lineTo(centre.x(), centre.y() + r + 1)
            diamond.lineTo(centre.x() - r - 1, centre.y())
            diamond.closeSubpath()
            painter.drawPath(diamond)
