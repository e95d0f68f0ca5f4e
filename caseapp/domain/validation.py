"""Small input rules shared by every record. Messages are Danish and never quote the input."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from caseapp.errors import InvalidInput

MAX_TEXT = 100_000
MAX_GOAL_TEXT = 5_000
MAX_LINE = 500

# Control characters other than tab and newline, and the bidirectional overrides that can make
# pasted text display differently from what is stored.
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069\u200e\u200f]")


def clean_text(text: str | None) -> str:
    """Text as it will be stored: NFC, Windows line endings folded, unsafe controls removed."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE.sub("", text)


def require_text(text: str | None, what: str, limit: int = MAX_TEXT) -> str:
    """Cleaned, stripped text that is neither empty nor longer than `limit` characters."""
    cleaned = clean_text(text).strip()
    if not cleaned:
        raise InvalidInput(f"{what}: feltet er tomt og skal udfyldes.")
    return limit_text(cleaned, what, limit)


def limit_text(text: str, what: str, limit: int = MAX_TEXT) -> str:
    if len(text) > limit:
        raise InvalidInput(f"{what}: teksten er for lang (højst {limit:,} tegn).".replace(",", "."))
    return text


def optional_text(text: str | None, what: str, limit: int = MAX_TEXT) -> str:
    return limit_text(clean_text(text).strip(), what, limit)


def require_order(start: dt.datetime | dt.date, end: dt.datetime | dt.date, what: str) -> None:
    """End must come after start."""
    if end <= start:
        raise InvalidInput(f"{what}: slut skal ligge efter start.")


def require_range(value: int, low: int, high: int, what: str) -> int:
    if not low <= value <= high:
        raise InvalidInput(f"{what} skal ligge mellem {low} og {high}.")
    return value
