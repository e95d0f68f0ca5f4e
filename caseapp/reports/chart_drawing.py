"""A reportlab Drawing that draws its shapes straight onto the page.

reportlab's own renderer (renderPDF) walks a drawing's tree generically: for every node it
saves the graphics state, works out and applies every state property the node could change,
and restores it, which for the status description's twelve progress charts (about 1 200 nodes)
is half of the whole layout. The charts use only a few kinds of shape, each drawn here from its
own properties with the same canvas calls renderPDF ends up making, so the page looks the same;
widgets (the line plot, its axes, labels and markers) still make their shapes themselves. A
kind of shape this module does not know is refused, never silently left out.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Rect, String, UserNode
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas


class DirectDrawing(Drawing):
    """A Drawing whose `draw` (platypus calls it to put the drawing on the page) draws the
    shapes directly; everything else is reportlab's Drawing."""

    def draw(self, showBoundary: object = None) -> None:
        canvas = self.canv
        canvas.saveState()
        for node in self.contents:
            _draw(canvas, node)
        canvas.restoreState()


_IDENTITY = (1, 0, 0, 1, 0, 0)


def _draw(canvas: Canvas, node: object) -> None:
    while isinstance(node, UserNode):  # a widget: the shapes it makes of itself
        node = node.provideNode()
    if isinstance(node, Group):
        transform = tuple(node.transform)
        if transform != _IDENTITY:
            canvas.saveState()
            canvas.transform(*transform)
        for child in node.contents:
            _draw(canvas, child)
        if transform != _IDENTITY:
            canvas.restoreState()
    elif isinstance(node, String):
        _string(canvas, node)
    elif isinstance(node, Line):
        if _stroke(canvas, node):
            canvas.line(node.x1, node.y1, node.x2, node.y2)
            canvas.restoreState()
    elif isinstance(node, PolyLine):
        if _stroke(canvas, node):
            points = node.points
            path = canvas.beginPath()
            path.moveTo(points[0], points[1])
            for i in range(2, len(points), 2):
                path.lineTo(points[i], points[i + 1])
            canvas.drawPath(path)
            canvas.restoreState()
    elif isinstance(node, Circle | Rect):
        _filled_shape(canvas, node)
    else:
        raise TypeError(f"{type(node).__name__} is not a shape DirectDrawing draws")


def _stroke(canvas: Canvas, shape: Line | PolyLine | Circle | Rect) -> bool:
    """Save the state and set the shape's pen; False (nothing saved) when it has none."""
    if shape.strokeColor is None:
        return False
    canvas.saveState()
    _pen(canvas, shape)
    return True


def _pen(canvas: Canvas, shape: Line | PolyLine | Circle | Rect) -> None:
    canvas.setStrokeColor(shape.strokeColor)
    canvas.setLineWidth(shape.strokeWidth)
    canvas.setLineCap(shape.strokeLineCap)
    canvas.setLineJoin(shape.strokeLineJoin)
    if shape.strokeDashArray:
        canvas.setDash(shape.strokeDashArray)


def _filled_shape(canvas: Canvas, shape: Circle | Rect) -> None:
    stroke, fill = shape.strokeColor is not None, shape.fillColor is not None
    if not (stroke or fill):
        return
    canvas.saveState()
    if stroke:
        _pen(canvas, shape)
    if fill:
        canvas.setFillColor(shape.fillColor)
    if isinstance(shape, Circle):
        canvas.circle(shape.cx, shape.cy, shape.r, stroke=int(stroke), fill=int(fill))
    elif shape.rx or shape.ry:
        canvas.roundRect(shape.x, shape.y, shape.width, shape.height, shape.rx,
                         stroke=int(stroke), fill=int(fill))
    else:
        canvas.rect(shape.x, shape.y, shape.width, shape.height, stroke=int(stroke), fill=int(fill))
    canvas.restoreState()


def _string(canvas: Canvas, text: String) -> None:
    if text.fillColor is None:
        return
    if getattr(text, "textRenderMode", 0):
        raise TypeError("DirectDrawing draws filled text only")
    x = text.x
    if text.textAnchor in ("end", "middle"):
        width = stringWidth(text.text, text.fontName, text.fontSize, text.encoding)
        x -= width if text.textAnchor == "end" else width / 2
    elif text.textAnchor not in ("start", "inherited"):
        raise TypeError(f"DirectDrawing does not anchor text at {text.textAnchor!r}")
    canvas.saveState()
    canvas.setFillColor(text.fillColor)
    canvas.setFont(text.fontName, text.fontSize)
    canvas.drawString(x, text.y, text.text)
    canvas.restoreState()
