"""What stops a note's text from being stored: nothing written yet, or more than a note may
hold (the text is never cut; the writer shortens it)."""

from __future__ import annotations

from caseapp.domain.validation import MAX_TEXT
from ui.common.formatting import tr


def text_problem(cleaned: str) -> str | None:
    """The one sentence that tells why this (cleaned) text cannot be stored, or None."""
    if not cleaned:
        return tr("Notatet er tomt. Skriv først, hvad du så eller hørte.")
    if len(cleaned) > MAX_TEXT:
        return tr(
            "Notatet er for langt: højst {limit} tegn. Intet er slettet – kort teksten ned, "
            "så gemmes den."
        ).format(limit=f"{MAX_TEXT:,}".replace(",", "."))
    return None
