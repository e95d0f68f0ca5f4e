"""What the PDFs share: type styles, colours, the page frame with "Side X af Y" (saved as
PDF/A by pdfa.py).

Every document is built in memory and is byte-identical for identical input: reportlab runs in
invariant mode (a fixed time stamp and document id), and the creation date written into the
metadata is the print date carried by the report's data, never the clock.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from xml.sax.saxutils import escape

import pyphen
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, TableStyle

from caseapp.reports import fonts
from caseapp.reports.pdfa import CREATOR, LANG, DocumentInfo, pdfa_canvas

log = logging.getLogger(__name__)


INK = colors.HexColor("#1F2A33")
MUTED = colors.HexColor("#5B6770")
ACCENT = colors.HexColor("#2F5D7C")
RULE = colors.HexColor("#C5CED6")
FILL = colors.HexColor("#EEF2F5")
QUOTE_FILL = colors.HexColor("#F4F7F9")
WARN_FILL = colors.HexColor("#F8E4E0")
WARN_INK = colors.HexColor("#9B2C1F")
SELF_LINE = colors.HexColor("#2F5D7C")
STAFF_LINE = colors.HexColor("#B5651D")
# A table with a filled header between two rules and a hairline under each row (the caseload
# sheet, the efforts of a status description).
RULED_ROWS: tuple[tuple, ...] = (
    ("BACKGROUND", (0, 0), (-1, 0), FILL),
    ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
    ("LINEBELOW", (0, 1), (-1, -1), 0.35, RULE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
)


def fmt_date(day: dt.date | dt.datetime | None, empty: str = "") -> str:
    """dd.mm.yyyy, the Danish way; `empty` when there is no date."""
    if day is None:
        return empty
    return day.strftime("%d.%m.%Y")


def hex_colour(colour: colors.Color) -> str:
    """#rrggbb for Paragraph markup."""
    return "#" + colour.hexval()[2:]


def markup(text: str) -> str:
    """Plain user text as Paragraph markup: printable in the font, escaped, line breaks kept."""
    clean = fonts.printable(text.strip()).replace("\r\n", "\n")
    return escape(clean).replace("\n", "<br/>")


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """One line for the page frame: printable, and cut with "…" so it stays within `width`."""
    text = " ".join(fonts.printable(text).split())
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


CHUNK = 2_000
"""Characters per Paragraph: reportlab re-wraps the rest of a paragraph at every page break,
so one huge paragraph costs time quadratic in its length; chunks keep it linear."""


def _chunks(block: str) -> list[str]:
    """A long block cut after a sentence (or at least a word) near every CHUNK characters."""
    pieces = []
    while len(block) > CHUNK:
        cut = max(block.rfind(". ", CHUNK // 2, CHUNK), block.rfind("\n", CHUNK // 2, CHUNK))
        if cut < 0:
            cut = block.rfind(" ", CHUNK // 2, CHUNK)
        cut = cut + 1 if cut >= 0 else CHUNK
        pieces.append(block[:cut])
        block = block[cut:].lstrip()
    return [*pieces, block]


def paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """One Paragraph per blank-line separated block, so long texts split between pages."""
    result: list[Paragraph] = []
    joined = ParagraphStyle(f"{style.name}-joined", parent=style, spaceAfter=0)
    for block in text.replace("\r\n", "\n").split("\n\n"):
        if not block.strip():
            continue
        pieces = _chunks(block.strip())
        result += [Paragraph(markup(p), joined) for p in pieces[:-1]]
        result.append(Paragraph(markup(pieces[-1]), style))
    return result


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    quote: ParagraphStyle
    meta: ParagraphStyle
    small: ParagraphStyle
    empty: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    cell_warn: ParagraphStyle
    header_cell: ParagraphStyle
    name_cell: ParagraphStyle
    """A person's name in a table: bold, and never hyphenated ("Æble-gård" is no name)."""


_styles: Styles | None = None


HYPHENATION_LANGUAGE = "da_DK"
HYPHENATION_MARGIN = 3
"""Letters kept together at either end of a broken word: "kon-takt", never "sene-st"."""


def danish_hyphenator() -> Callable[[str], Iterator[tuple[str, str]]]:
    """reportlab's hyphenation hook: the (head, tail) pairs a word may break into.

    The Danish dictionary (~6 ms to read) is loaded on the first word that needs breaking:
    most documents never break one (a ten-page status description does not)."""
    dictionary: list[Callable[[str], Iterator[tuple[str, str]]]] = []

    def hyphenate(word: str) -> Iterator[tuple[str, str]]:
        if not dictionary:
            dictionary.append(pyphen.Pyphen(lang=HYPHENATION_LANGUAGE, left=HYPHENATION_MARGIN,
                                            right=HYPHENATION_MARGIN).iterate)
        return dictionary[0](word)

    return hyphenate


def styles() -> Styles:
    """The paragraph styles of every caseapp document (DejaVu Sans, dark ink, calm sizes)."""
    global _styles
    if _styles is None:
        fonts.register_fonts()
        base = ParagraphStyle(
            "body",
            fontName=fonts.REGULAR,
            fontSize=9.5,
            leading=13.5,
            textColor=INK,
            alignment=TA_LEFT,
            spaceAfter=5,
        )

        def derive(name: str, **kw: object) -> ParagraphStyle:
            return ParagraphStyle(name, parent=base, **kw)

        # narrow table cells break long Danish compounds at a syllable, with a visible hyphen
        # (pyphen's Danish dictionary); embeddedHyphenation=2 moves a word that cannot break
        # on this line to the next and breaks it there, so reportlab's last resort (cutting
        # anywhere, no hyphen) is left for a word with no syllable break that fits a line
        cell = derive("cell", fontSize=7.8, leading=9.6, spaceAfter=0,
                      hyphenationLang=danish_hyphenator(), embeddedHyphenation=2)
        _styles = Styles(
            title=derive("title", fontName=fonts.BOLD, fontSize=20, leading=24, spaceAfter=2),
            subtitle=derive("subtitle", fontSize=10, leading=13, textColor=MUTED, spaceAfter=10),
            h1=derive(
                "h1", fontName=fonts.BOLD, fontSize=13, leading=17, textColor=ACCENT,
                spaceBefore=12, spaceAfter=6, keepWithNext=1,
            ),
            h2=derive(
                "h2", fontName=fonts.BOLD, fontSize=11, leading=14.5, spaceBefore=10,
                spaceAfter=3, keepWithNext=1,
            ),
            h3=derive(
                "h3", fontName=fonts.BOLD, fontSize=9.8, leading=13, spaceBefore=8,
                spaceAfter=2, keepWithNext=1,
            ),
            body=base,
            quote=derive("quote", fontName=fonts.ITALIC, fontSize=10.5, leading=15, spaceAfter=2),
            meta=derive("meta", fontSize=8.3, leading=11, textColor=MUTED, spaceAfter=4,
                        keepWithNext=1),
            small=derive("small", fontSize=7.8, leading=10, textColor=MUTED, spaceAfter=2),
            empty=derive("empty", fontName=fonts.ITALIC, textColor=MUTED),
            label=derive("label", fontName=fonts.BOLD, fontSize=8.3, leading=11, textColor=MUTED,
                         spaceAfter=1, keepWithNext=1),
            cell=cell,
            cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=fonts.BOLD),
            cell_small=ParagraphStyle("cell_small", parent=cell, fontSize=7, leading=8.6,
                                      textColor=MUTED),
            cell_warn=ParagraphStyle("cell_warn", parent=cell, fontName=fonts.BOLD,
                                     textColor=WARN_INK),
            header_cell=ParagraphStyle("header_cell", parent=cell, fontName=fonts.BOLD,
                                       fontSize=7.5, leading=9, textColor=INK),
            name_cell=ParagraphStyle("name_cell", parent=cell, fontName=fonts.BOLD,
                                     hyphenationLang="", embeddedHyphenation=0),
        )
    return _styles


def table_style(*commands: tuple) -> TableStyle:
    """A TableStyle in DejaVu Sans: reportlab's default Helvetica is not embedded (PDF/A)."""
    fonts.register_fonts()
    return TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8), *commands])


PageNumberer = Callable[[Canvas, int, int], None]


def numbered_canvas(draw_number: PageNumberer, info: DocumentInfo) -> type[Canvas]:
    """A canvas class that holds its pages back until the end, so each can say "Side X af Y",
    and saves the document as PDF/A-2b with `info` as its metadata (pdfa.py)."""

    class NumberedCanvas(pdfa_canvas(info)):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                draw_number(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def page_label(number: int, total: int) -> str:
    return f"Side {number} af {total}"


FOOTER_SIZE = 7.5


def draw_confidential_footer(canvas: Canvas, margin_x: float, y: float, centre: str) -> None:
    """The footer of every confidential document: a rule, "Fortroligt" and a centred line.
    The caller has set the rule's colour and width."""
    width = canvas._pagesize[0]
    canvas.line(margin_x, y + 3.5 * mm, width - margin_x, y + 3.5 * mm)
    canvas.setFont(fonts.BOLD, FOOTER_SIZE)
    canvas.setFillColor(INK)
    canvas.drawString(margin_x, y, "Fortroligt")
    canvas.setFont(fonts.REGULAR, FOOTER_SIZE)
    canvas.setFillColor(MUTED)
    canvas.drawCentredString(width / 2, y, fit_line(centre, fonts.REGULAR, FOOTER_SIZE, width / 2))


def page_numberer(margin_x: float, y: float) -> PageNumberer:
    """Draws "Side X af Y" at the right margin, `y` above the page's foot."""

    def draw(canvas: Canvas, number: int, total: int) -> None:
        width = canvas._pagesize[0]
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, FOOTER_SIZE)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - margin_x, y, page_label(number, total))
        canvas.restoreState()

    return draw


def doc_kwargs(info: DocumentInfo) -> dict[str, object]:
    """Keyword arguments for a reportlab DocTemplate: metadata, language, invariance."""
    return {
        "title": info.title,
        "author": info.author,
        "subject": info.subject,
        "creator": CREATOR,
        "producer": CREATOR,
        "keywords": info.keywords,
        "invariant": 1,
        "lang": LANG,
        "displayDocTitle": 1,
        "initialFontName": fonts.REGULAR,
        "initialFontSize": 9.5,
        "initialLeading": 13.5,
    }
