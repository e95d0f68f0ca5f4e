"""The typeface of every PDF: DejaVu Sans, embedded, so æ, ø, å and § print everywhere.

The files and their licence (resources/fonts/LICENSE-DejaVu.txt) ship with caseapp; the standard
PDF fonts are never used, because PDF/A requires every font to be embedded.
"""

from __future__ import annotations

import logging
import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from caseapp.errors import CaseappError
from caseapp.resources import resource_path

log = logging.getLogger(__name__)

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
REPLACEMENT = "\ufffd"
"""Shown for a character DejaVu Sans lacks (CJK, emoji): PDF/A forbids the invisible .notdef."""

_lock = threading.Lock()
_registered = False
_covered: frozenset[int] = frozenset()


def register_fonts() -> str:
    """Register the DejaVu Sans family with reportlab (once per process); return its name.

    `<b>` and `<i>` in Paragraph markup then pick the bold and oblique faces. A missing bold-oblique
    file falls back to bold, so only the three faces the documents use are required.
    """
    global _registered, _covered
    with _lock:
        if _registered:
            return FAMILY
        for name in (REGULAR, BOLD, ITALIC):
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", _FILES[name]))))
        try:
            bold_italic = resource_path("fonts", _FILES[BOLD_ITALIC])
        except CaseappError:  # the optional fourth face
            bold_italic_name = BOLD
        else:
            pdfmetrics.registerFont(TTFont(BOLD_ITALIC, str(bold_italic)))
            bold_italic_name = BOLD_ITALIC
        for bold, italic, face in (
            (0, 0, REGULAR),
            (1, 0, BOLD),
            (0, 1, ITALIC),
            (1, 1, bold_italic_name),
        ):
            addMapping(FAMILY, bold, italic, face)
        faces = [pdfmetrics.getFont(name).face.charToGlyph for name in (REGULAR, BOLD, ITALIC)]
        if bold_italic_name == BOLD_ITALIC:
            faces.append(pdfmetrics.getFont(BOLD_ITALIC).face.charToGlyph)
        _covered = frozenset.intersection(
            *(frozenset(code for code, glyph in face.items() if glyph) for face in faces)
        )
        _registered = True
        log.debug("registered the %s font family", FAMILY)
        return FAMILY


def printable(text: str) -> str:
    """`text` with every character the faces cannot draw replaced by U+FFFD (line breaks kept)."""
    register_fonts()
    covered = _covered
    if all(ord(ch) in covered for ch in text):
        return text
    return "".join(ch if ord(ch) in covered or ch in "\n\r\t" else REPLACEMENT for ch in text)
