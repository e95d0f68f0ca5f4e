"""Finding diary notes: a filter the diary view builds, and highlighting of what the text matched.

Full-text words are matched as the global search matches them (storage.search.fts_query: every
word quoted, so FTS5 syntax typed by the user is searched for as plain words, and every word
required), with one difference: a word of a single character matches that whole word only, not
as a prefix. "s" as a prefix matches nearly every note and filters nothing, at a cost of tenths
of a second on a large diary; as a whole word it still finds "kl. 7" by "7".

Speed (bench/notes_bench.py, about one million notes, 30 residents with 30,000+ notes each):
a resident's notes by sub-goal and text take 11-12 ms at the median and 32-34 ms at the 95th
percentile. They are read in time order from the index on (citizen_id, occurred_at); the
sub-goal's notes and the FTS matches are each checked through a bloom filter, so only the page's
rows are read. Kind, author and state are tested inside the index notes_filters (m004), and the
drafts and the notes not yet entered come from small partial indexes. The cost that remains is
the FTS lookup itself: a prefix matching a quarter of all notes ("med", "ma") takes 45-80 ms.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from caseapp.domain.enums import NoteKind, RecordState
from caseapp.domain.models import DiaryNote
from caseapp.errors import InvalidInput
from caseapp.storage import notes as note_store
from caseapp.storage.rows import iso
from caseapp.storage.search import MAX_QUERY_WORDS

log = logging.getLogger(__name__)

MAX_PAGE = 10_000
# A token as the FTS5 unicode61 tokenizer sees one: letters and digits; "_" separates.
_TOKEN = re.compile(r"[^\W_]+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class NoteFilter:
    """Which notes to show. Every field narrows the result; the default shows every note.

    citizen_id: one citizen's notes (None: every citizen's).
    goal_id: notes linked to this goal (normally a sub-goal).
    without_goal: only notes linked to no goal ("dagbog uden mål").
    kinds: only these kinds (empty: every kind).
    date_from, date_to: the period, both days included. A datetime is used as an exact bound.
    author: only notes by this author (exact; None: everybody).
    state: only drafts or only signed notes (None: both).
    only_not_entered: signed notes not yet entered in the official system.
    text: words the note must contain (all of them, each as the start of a word).
    hide_corrected: leave out notes that a signed correction replaces.
    """

    citizen_id: int | None = None
    goal_id: int | None = None
    kinds: tuple[NoteKind, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    author: str | None = None
    state: RecordState | None = None
    only_not_entered: bool = False
    text: str = ""
    without_goal: bool = False
    hide_corrected: bool = False

    def __post_init__(self) -> None:
        # Accept lists and plain strings from callers; store the hashable, checked form.
        object.__setattr__(self, "kinds", tuple(NoteKind(k) for k in self.kinds))
        if self.state is not None:
            object.__setattr__(self, "state", RecordState(self.state))
        object.__setattr__(self, "text", self.text or "")

    @property
    def is_empty(self) -> bool:
        """True when the filter narrows nothing but the citizen."""
        return self == NoteFilter(citizen_id=self.citizen_id)


@dataclass(frozen=True, slots=True)
class NotePage:
    notes: tuple[DiaryNote, ...]
    total: int  # matches in all, not only on this page


def filter_fts_query(text: str) -> str | None:
    """The FTS5 expression for the filter's text, or None when it holds no word."""
    words = _WORD.findall(unicodedata.normalize("NFC", text or ""))[:MAX_QUERY_WORDS]
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"' + ("*" if len(w) > 1 else "") for w in words)


def _conditions(flt: NoteFilter) -> dict[str, Any]:
    """The filter as keyword arguments for storage.notes.filtered and friends."""
    if (
        flt.date_from is not None
        and flt.date_to is not None
        and _day(flt.date_to) < _day(flt.date_from)
    ):
        raise InvalidInput("Perioden skal slutte efter den begynder.")
    conditions: dict[str, Any] = {
        "citizen_id": flt.citizen_id,
        "goal_id": flt.goal_id,
        "without_goal": flt.without_goal,
        "kinds": tuple(k.value for k in flt.kinds),
        "author": flt.author,
        "state": flt.state.value if flt.state is not None else None,
        "only_not_entered": flt.only_not_entered,
        "fts": filter_fts_query(flt.text),
        "hide_corrected": flt.hide_corrected,
    }
    if flt.date_from is not None:
        conditions["occurred_from"] = iso(flt.date_from)
    if isinstance(flt.date_to, dt.datetime):
        conditions["occurred_until"] = iso(flt.date_to)
    elif flt.date_to is not None:
        conditions["occurred_before"] = iso(flt.date_to + dt.timedelta(days=1))
    return conditions


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _page_bounds(limit: int | None, offset: int) -> tuple[int | None, int]:
    if limit is not None and not 0 <= limit <= MAX_PAGE:
        raise InvalidInput(f"Der kan højst vises {MAX_PAGE:,} notater ad gangen.".replace(",", "."))
    return limit, max(0, offset)


def find_notes(
    db: sqlite_utils.Database, flt: NoteFilter, limit: int | None = 200, offset: int = 0
) -> list[DiaryNote]:
    """The notes the filter lets through, newest first (occurred_at, then id). limit None
    returns every match (for exports; a view should page)."""
    limit, offset = _page_bounds(limit, offset)
    return note_store.filtered(db, limit=limit, offset=offset, **_conditions(flt))


def find_notes_after(
    db: sqlite_utils.Database, flt: NoteFilter, after: DiaryNote, limit: int = 200
) -> list[DiaryNote]:
    """The page of notes the filter lets through that follows `after` (the last note of the
    previous page) in the list's order: newest first, by occurred_at, then id."""
    checked, _ = _page_bounds(limit, 0)
    if after.id is None:
        raise InvalidInput("Notatet er ikke gemt endnu.")
    key = (iso(after.occurred_at.replace(microsecond=0)), after.id)
    return note_store.filtered_after(db, key, limit=checked or 0, **_conditions(flt))


def count_notes(db: sqlite_utils.Database, flt: NoteFilter) -> int:
    return note_store.count_filtered(db, **_conditions(flt))


def find_page(db: sqlite_utils.Database, flt: NoteFilter, limit: int = 200, offset: int = 0) -> NotePage:
    """A page and the total in one call: with text, the full-text lookup is done only once,
    so this is cheaper than find_notes + count_notes."""
    checked, offset = _page_bounds(MAX_PAGE if limit is None else limit, offset)
    notes, total = note_store.filtered_page(
        db, limit=checked or 0, offset=offset, **_conditions(flt)
    )
    return NotePage(tuple(notes), total)


def query_plan(db: sqlite_utils.Database, flt: NoteFilter) -> list[str]:
    """EXPLAIN QUERY PLAN of find_notes for this filter (benchmarks and tests)."""
    return note_store.filter_plan(db, **_conditions(flt))


def note_authors(db: sqlite_utils.Database, citizen_id: int) -> list[str]:
    """Who has written notes about the citizen, for the author filter's list."""
    return note_store.authors(db, citizen_id)


# -- highlighting ------------------------------------------------------------------------------


def highlight_spans(text: str, query: str, *, utf16: bool = False) -> list[tuple[int, int]]:
    """Where the filter's words occur in `text`, as sorted, non-overlapping (start, end) pairs.

    A word of the text matches when it starts with a query word (case-insensitively, diacritics
    kept: "år" does not match "ar"), or equals it for a one-character query word: the same rule
    as the full-text filter. Offsets are Python string indices; with utf16=True they count
    UTF-16 code units instead, as QTextCursor and QString positions do (they differ after an
    emoji or other character outside the Basic Multilingual Plane). Pure; never raises.
    """
    if not text or not query:
        return []
    words = _query_words(query)
    if not words:
        return []
    spans: list[tuple[int, int]] = []
    for match in _TOKEN.finditer(text):
        token = match.group().lower()
        if any(token == w if len(w) == 1 else token.startswith(w) for w in words):
            spans.append(match.span())
    return _to_utf16(text, spans) if utf16 else spans


def _query_words(query: str) -> list[str]:
    words: list[str] = []
    for word in _WORD.findall(unicodedata.normalize("NFC", query))[:MAX_QUERY_WORDS]:
        # FTS5 splits "foo_bar" into two tokens; so does the highlighting.
        words.extend(piece.lower() for piece in _TOKEN.findall(word))
    return words


def _to_utf16(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if all(ord(c) < 0x10000 for c in text):
        return spans
    extra = [0] * (len(text) + 1)  # extra[i]: surrogate halves before index i
    for i, char in enumerate(text):
        extra[i + 1] = extra[i] + (1 if ord(char) >= 0x10000 else 0)
    return [(s + extra[s], e + extra[e]) for s, e in spans]
