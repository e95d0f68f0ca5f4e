"""No widget in the desktop app gets a width or height in plain pixels: a fixed 110 px list or
a 130 px column cuts enlarged text (`--font-scale 200`, a desktop's large font) mid-letter.
Sizes written for the normal text go through ui.common.text_size.scaled (or are measured from
the font), so they grow with it."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
# a size-setting call whose size is a bare number: setMaximumHeight(110), resizeSection(1, 170)
PIXELS = re.compile(
    r"\.(setFixedWidth|setFixedHeight|setFixedSize|setMaximumWidth|setMaximumHeight"
    r"|setMinimumHeight|resizeSection|setColumnWidth|setDefaultSectionSize)"
    r"\((\s*[\w.]+\s*,)?\s*\d+\s*\)"
)


def test_no_size_in_plain_pixels() -> None:
    found = [f"{path.relative_to(UI.parent)}:{number}: {line.strip()}"
             for path in sorted(UI.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if PIXELS.search(line)]
    assert not found, "sizes that do not grow with the text:\n" + "\n".join(found)
