"""The typeface of every PDF: DejaVu Sans, embedded, so æ, ø, å and § print everywhere.

The files and their licence (resources/fonts/LICENSE-DejaVu.txt) ship with caseapp; the standard
PDF fonts are never used, because PDF/A requires every font to be embedded.

reportlab parses a TrueType file in Python when it registers it, in time that grows with its
glyphs, and the four complete faces (~6,000 glyphs each) cost a command ~50 ms. So the faces are
registered from their subsets first (`*-subset.ttf`, made by tools/subset_dejavu.py: Latin,
punctuation and the symbols caseapp prints, about 750 characters), and `printable` loads the
complete faces the first time a text holds a character outside them (a Greek or Cyrillic name).
A subset draws and measures its characters exactly as the complete face does, so the complete
face replaces it inside the registered font objects, even while a document is being laid out,
and a PDF comes out byte-identical whichever of the two drew it.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

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
_complete_files: dict[str, Path] = {}
"""The complete file of every registered face."""
_from_subset: set[str] = set()
"""The registered faces whose glyphs still come from their subset."""


def subset_file_name(face: str) -> str:
    """The file of `face`'s subset: "DejaVuSans-Bold" -> "DejaVuSans-Bold-subset.ttf"."""
    return f"{face}-subset.ttf"


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
            _complete_files[name] = resource_path("fonts", _FILES[name])
        try:
            _complete_files[BOLD_ITALIC] = resource_path("fonts", _FILES[BOLD_ITALIC])
        except CaseappError:  # the optional fourth face
            bold_italic_name = BOLD
        else:
            bold_italic_name = BOLD_ITALIC
        subsets = _subset_files(list(_complete_files))
        for name, complete in _complete_files.items():
            pdfmetrics.registerFont(TTFont(name, str(subsets.get(name, complete))))
        _from_subset.update(subsets)
        for bold, italic, face in (
            (0, 0, REGULAR),
            (1, 0, BOLD),
            (0, 1, ITALIC),
            (1, 1, bold_italic_name),
        ):
            addMapping(FAMILY, bold, italic, face)
        _covered = _coverage()
        _registered = True
        log.debug("registered the %s font family (%d faces from their subsets)", FAMILY,
                  len(_from_subset))
        return FAMILY


def _subset_files(names: list[str]) -> dict[str, Path]:
    """The subset of every face in `names`, or none at all when one is missing (then the
    complete faces are registered, as an older install has them)."""
    try:
        return {name: resource_path("fonts", subset_file_name(name)) for name in names}
    except CaseappError:
        return {}


_LINE_BREAKS_AND_TABS = frozenset(map(ord, "\n\r\t"))
"""Kept as they are: Paragraph markup turns them into breaks and spaces, no face draws them."""


def _coverage() -> frozenset[int]:
    """The characters `printable` keeps: those every registered face draws (a glyph other than
    .notdef), line breaks and tabs."""
    faces = [pdfmetrics.getFont(name).face.charToGlyph for name in _complete_files]
    return frozenset.intersection(
        *(frozenset(code for code, glyph in face.items() if glyph) for face in faces)
    ) | _LINE_BREAKS_AND_TABS


def _load_complete_faces() -> frozenset[int]:
    """Swap every face still drawn from its subset for the complete face; the new coverage.

    The face is replaced inside the registered font object rather than registering a new one:
    a document being laid out keeps using the same object (its embedded subsets are made from
    the face when it is saved), and the complete face measures and draws every character of
    the subset exactly alike."""
    global _covered
    with _lock:
        if _from_subset:
            for name in sorted(_from_subset):
                pdfmetrics.getFont(name).face = TTFontFace(str(_complete_files[name]))
            _from_subset.clear()
            _covered = _coverage()
            log.debug("loaded the complete %s faces", FAMILY)
        return _covered


def printable(text: str) -> str:
    """`text` with every character the faces cannot draw replaced by U+FFFD (line breaks kept)."""
    register_fonts()
    if _covered.issuperset(map(ord, text)):
        return text
    covered = _load_complete_faces()
    if covered.issuperset(map(ord, text)):
        return text
    return "".join(ch if ord(ch) in covered else REPLACEMENT for ch in text)
