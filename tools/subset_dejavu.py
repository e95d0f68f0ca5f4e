"""Write the subsets of the four DejaVu Sans faces that caseapp's PDFs register first.

    .venv/bin/python tools/subset_dejavu.py            # rewrites resources/fonts/*-subset.ttf
    .venv/bin/python tools/subset_dejavu.py OUTDIR     # writes them elsewhere (the test does)

reportlab parses a TrueType file in Python when it registers it, in time that grows with the
number of glyphs: the four complete faces (~6,000 glyphs each) cost a status description ~50 ms
of its start. The subsets hold the characters Danish case files are written in and every
character caseapp's own text prints (CHARACTERS below, kept only where all four faces have it),
so a document needs the complete faces only when its text holds a character outside them
(caseapp/reports/fonts.py then loads them).

Each subset draws and measures its characters exactly as the complete face does: the glyphs
(outlines and hinting), advance widths, the font's bounding box, ascent and descent are kept
unchanged, and the tables reportlab copies into a PDF's embedded font ('name', 'OS/2') are the
complete face's own bytes, so a PDF is byte-identical whichever of the two it was made with.
Needs fontTools (`pip install fonttools`, a tool for this script only, not a dependency of caseapp).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables.DefaultTable import DefaultTable

FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"
FACES = ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique")

CHARACTERS: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x024F),  # Latin-1 Supplement, Latin Extended-A and -B (æøå, ß, ł, ş, ș, ő …)
    (0x02C6, 0x02DD),  # the spacing accents of Latin-1 text (ˆ ˇ ˘ ˙ ˚ ˛ ˜ ˝)
    (0x2000, 0x206F),  # General Punctuation: dashes, quotes, bullets, ellipsis, ‰, spaces
    (0x20A0, 0x20CF),  # currency signs (€)
    (0x2116, 0x2116), (0x2122, 0x2122),  # № ™
    (0x2190, 0x2195), (0x21D0, 0x21D4),  # arrows (← ↑ → ↓ ↔ ↕ ⇐ ⇒ ⇔)
    (0x2202, 0x2202), (0x2206, 0x2206), (0x220F, 0x220F), (0x2211, 0x2212),
    (0x2215, 0x2215), (0x2219, 0x221A), (0x221E, 0x221E), (0x222B, 0x222B),
    (0x2248, 0x2248), (0x2260, 0x2260), (0x2264, 0x2265),  # − ≈ ≠ ≤ ≥ ∞ …
    (0x25A0, 0x25A1), (0x25AA, 0x25AB), (0x25B2, 0x25B3), (0x25B6, 0x25B6),
    (0x25BA, 0x25BA), (0x25BC, 0x25BC), (0x25C0, 0x25C0), (0x25C4, 0x25C4),
    (0x25C6, 0x25C7), (0x25CB, 0x25CB), (0x25CF, 0x25CF), (0x25E6, 0x25E6),  # ■ □ ▪ ▲ ► ● ○ ◦
    (0x2610, 0x2612),  # ballot boxes (☐ ☑ ☒)
    (0x2713, 0x2718),  # check marks and crosses (✓ ✔ ✗ ✘)
    (0xFB00, 0xFB06),  # ligatures pasted from other PDFs (ﬁ ﬂ)
    (0xFFFD, 0xFFFD),  # the replacement character printed for what no face has
)
_COPIED_AS_IS = ("name", "OS/2")
"""Tables reportlab copies into an embedded font unchanged: kept as the complete face's bytes."""


def subset_name(face: str) -> str:
    return f"{face}-subset.ttf"


def shared_characters(faces: dict[str, TTFont]) -> set[int]:
    """The code points of CHARACTERS that every face draws."""
    wanted = {code for first, last in CHARACTERS for code in range(first, last + 1)}
    for font in faces.values():
        wanted &= {code for code, glyph in font.getBestCmap().items() if glyph != ".notdef"}
    return wanted


def _options() -> subset.Options:
    options = subset.Options()
    options.recalc_bounds = False  # the complete face's bounding box, as the PDF declares it
    options.recalc_timestamp = False  # reproducible files
    options.prune_unicode_ranges = False
    options.prune_codepage_ranges = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True
    options.glyph_names = True
    options.hinting = True
    options.layout_features = []  # reportlab neither shapes nor kerns
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "kern", "FFTM", "MATH"]
    return options


def _raw(tag: str, data: bytes) -> DefaultTable:
    table = DefaultTable(tag)
    table.data = data
    return table


def _every_advance_written(font: TTFont) -> None:
    """An 'hmtx' with an advance for every glyph. fontTools leaves out the advance of trailing
    glyphs that share the last one, and reportlab, reading those, writes their width into an
    embedded font scaled to 1000 units instead of the face's own (the nested accents of Ǘ
    would come out different from the complete face, which lists them all)."""
    metrics = font["hmtx"].metrics
    data = b"".join(struct.pack(">Hh", *metrics[name]) for name in font.getGlyphOrder())
    font["hmtx"] = _raw("hmtx", data)
    font["hhea"].numberOfHMetrics = len(font.getGlyphOrder())


def write_subsets(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    complete = {face: TTFont(FONTS / f"{face}.ttf") for face in FACES}
    characters = shared_characters(complete)
    written = []
    for face in FACES:
        font = TTFont(FONTS / f"{face}.ttf", recalcBBoxes=False, recalcTimestamp=False)
        subsetter = subset.Subsetter(_options())
        subsetter.populate(unicodes=characters)
        subsetter.subset(font)
        for tag in _COPIED_AS_IS:
            font[tag] = _raw(tag, complete[face].reader[tag])
        _every_advance_written(font)
        path = out / subset_name(face)
        font.save(path)
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else FONTS
    for path in write_subsets(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
