"""Gentle writing hints: the shared `Hint` record and the table-driven `Rule` behind them.

Hints never block anything. They point at a place in the text (`span`) and say, in Danish, what
the guidance from "Kvalitet og dokumentation" (seed 003) suggests, with the reason quoted. Each
rule also carries the message and reason in English, for the desktop's second language; the
patterns stay Danish, as the texts they look at are.

Patterns are plain data. Two conventions keep them readable and linear-time:

* every pattern is matched as whole words and must start with a letter: it is wrapped in
  ``(?<!\\w)(?=\\w)(?:...)(?!\\w)`` (Python's ``\\w`` is Unicode-aware, so æ, ø and å count as
  letters and "Kanaløen" is one word); matching ignores case;
* a space in a pattern matches any run of whitespace, line breaks included.

Patterns must not contain nested or adjacent unbounded repeats over the same characters; each
alternative is literal words, where a whole word may be the wildcard ``\\w+``, so a scan stays
linear in the length of the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Hint:
    """One piece of advice about a text. `span` is (start, end) into the text, or None."""

    code: str
    message: str
    reason: str
    span: tuple[int, int] | None = None
    english: tuple[str, str] = field(default=("", ""), compare=False)

    def in_language(self, language: str) -> tuple[str, str]:
        """(message, reason) in `language`: English when asked for and known, else Danish."""
        if language == "en" and self.english[0]:
            return self.english
        return self.message, self.reason


WHITESPACE = r"\s+"


def _compile(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    body = "|".join("(?:" + p.replace(" ", WHITESPACE) + ")" for p in patterns)
    return re.compile(rf"(?<!\w)(?=\w)(?:{body})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Rule:
    """A row of a hint table: a code, the Danish message, the quoted reason, its patterns and
    (message, reason) in English.

    A rule without patterns is decided by code (a missing deadline, a word count, ...).
    """

    code: str
    message: str
    reason: str
    patterns: tuple[str, ...] = ()
    english: tuple[str, str] = ("", "")
    regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", _compile(self.patterns))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Every place the rule's patterns occur, left to right, not overlapping."""
        if self.regex is None:
            return []
        return [m.span() for m in self.regex.finditer(text)]

    def first_span(self, text: str) -> tuple[int, int] | None:
        if self.regex is None:
            return None
        m = self.regex.search(text)
        return m.span() if m else None

    def hint(self, span: tuple[int, int] | None = None) -> Hint:
        return Hint(self.code, self.message, self.reason, span, self.english)


def prepare(text: str | None) -> tuple[str, bool]:
    """The text to match against (NFC, so a decomposed "å" still matches) and whether spans found
    in it are valid positions in the caller's text (only when normalising changed nothing)."""
    if not text:
        return "", True
    normal = unicodedata.normalize("NFC", text)
    return normal, normal == text


def word_count(text: str) -> int:
    return len(text.split())
