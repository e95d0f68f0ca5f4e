"""Text helpers for the diary views: highlighted snippets, goal names, UTF-16 positions.

No widgets here; the list model, the detail pane and the editor share these.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Mapping

from caseapp.domain.models import DiaryNote, Goal
from caseapp.notes import highlight_spans
from ui.common.formatting import MONTHS, enum_label, fmt_datetime, tr

HIGHLIGHT = "#ffe38a"
SNIPPET_LENGTH = 160
SNIPPET_LEAD = 40


def to_utf16(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Python string positions as QString (UTF-16) positions."""
    spans = list(spans)
    if all(ord(c) < 0x10000 for c in text):
        return spans
    before = [0] * (len(text) + 1)
    for i, char in enumerate(text):
        before[i + 1] = before[i] + (2 if ord(char) >= 0x10000 else 1)
    return [(before[s], before[e]) for s, e in spans]


def one_line(text: str) -> str:
    return " ".join(text.split())


def snippet(text: str, query: str = "", length: int = SNIPPET_LENGTH) -> tuple[str, str]:
    """The note as one line for a list: (plain, html). With a query the line starts a little
    before the first match and every match is highlighted in the HTML."""
    flat = one_line(text)
    spans = highlight_spans(flat, query, utf16=False) if query else []
    start = 0
    if spans and spans[0][1] > length - 10:
        start = max(0, spans[0][0] - SNIPPET_LEAD)
        while start > 0 and not flat[start - 1].isspace():
            start -= 1
    end = min(len(flat), start + length)
    plain = ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")
    if not spans:
        return plain, ""
    parts = ["…" if start else ""]
    cursor = start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        parts.append(html.escape(flat[cursor:s]))
        parts.append(f'<span style="background:{HIGHLIGHT};">{html.escape(flat[s:e])}</span>')
        cursor = e
    parts.append(html.escape(flat[cursor:end]))
    parts.append("…" if end < len(flat) else "")
    return plain, "".join(parts)


def goal_names(note: DiaryNote, goals: Mapping[int, Goal]) -> list[str]:
    return [goals[g].text if g in goals else tr("(ukendt delmål)") for g in note.goal_ids]


def note_title(note: DiaryNote) -> str:
    """'24.11.2025 10.00 · Samtale' (+ 'rettelse')."""
    parts = [fmt_datetime(note.occurred_at), enum_label(note.kind)]
    if note.corrects_id is not None:
        parts.append(tr("rettelse"))
    return " · ".join(parts)


def month_name(month: dt.date) -> str:
    """'Oktober 2025'"""
    return f"{tr(MONTHS[month.month - 1]).capitalize()} {month.year}"
