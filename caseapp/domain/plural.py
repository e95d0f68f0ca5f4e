"""Counts with the noun that agrees with them: "1 borger", "0 borgere", "2 borgere".

Danish (like English) takes the singular for exactly one and the plural for every other number,
zero included. The desktop uses Qt's plural forms instead (resources/translations/caseapp_da.ts);
this is for the core's own Danish texts: the command line and the PDFs.
"""

from __future__ import annotations


def noun_for(n: int, one: str, many: str) -> str:
    """The noun alone: `one` for exactly 1, `many` for any other number."""
    return one if n == 1 else many


def count_of(n: int, one: str, many: str) -> str:
    """The number and its noun: count_of(1, "borger", "borgere") == "1 borger"."""
    return f"{n} {noun_for(n, one, many)}"
