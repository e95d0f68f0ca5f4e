"""A portrait A4 print-out of one running story: one frame, the confidential footer with its
centre line on every page, and "Side n af m". The handover summary and a meeting's minutes are
printed this way."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from caseapp.reports.layout import (
    RULE,
    DocumentInfo,
    doc_kwargs,
    draw_confidential_footer,
    numbered_canvas,
    page_numberer,
)

MARGIN_X = 18 * mm
_MARGIN_TOP = 16 * mm
_MARGIN_BOTTOM = 20 * mm
_FOOTER_Y = 11 * mm


def build_a4_story_pdf(info: DocumentInfo, template_id: str, footer_centre: str,
                       story: Callable[[float], list[Flowable]]) -> bytes:
    """The PDF/A of `story(width)`, `width` being the frame's width."""
    buffer = io.BytesIO()
    width, height = A4
    frame = Frame(MARGIN_X, _MARGIN_BOTTOM, width - 2 * MARGIN_X, height - _MARGIN_TOP - _MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="page")
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=_MARGIN_TOP,
        bottomMargin=_MARGIN_BOTTOM,
        pageTemplates=[PageTemplate(id=template_id, frames=[frame], onPage=_footer(footer_centre))],
        **doc_kwargs(info))
    doc.build(story(width - 2 * MARGIN_X), canvasmaker=numbered_canvas(page_numberer(MARGIN_X, _FOOTER_Y), info))
    return buffer.getvalue()


def _footer(centre: str) -> Callable[[Canvas, BaseDocTemplate], None]:
    def draw(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        draw_confidential_footer(canvas, MARGIN_X, _FOOTER_Y, centre)
        canvas.restoreState()

    return draw
