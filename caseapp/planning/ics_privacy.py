"""Keeping citizens' names out of a calendar exported without names.

An appointment without a citizen keeps the title, place and description the user wrote, but
a name of someone in the caseload typed into them ("Teammøde om Søren Holm") must not leave
the app: every first, middle and last name of a citizen is replaced by its initial ("S. H.").
"""

from __future__ import annotations

import re
from collections.abc import Iterable


class NameScrubber:
    """Replaces every word of the given names, as a whole word (also "Sørens"), by its initial."""

    def __init__(self, names: Iterable[str]) -> None:
        words = {w for name in names for w in re.split(r"[\s\-]+", name) if len(w) >= 2}
        words = {w.strip(".,;:()\"'") for w in words} - {""}
        if not words:
            self._pattern = None
            return
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        self._pattern = re.compile(
            rf"(?<!\w)({alternatives})(?:s|'s|’s)?(?!\w)", re.IGNORECASE
        )

    def __call__(self, text: str) -> str:
        if not text or self._pattern is None:
            return text
        return self._pattern.sub(lambda m: m.group(1)[0].upper() + ".", text)
