"""Notes as plain text to paste into the official system (Nexus, Cura, Sensum...).

"Der er rigtigt meget 'copy-paste' hos os. På en almindelig sag skal vi gentage os selv tre
gange." (seed 004 l.355-362). The app must cut retyping: one copy, one paste, nothing to clean
up by hand. So the text is plain (no markup), free of control and invisible formatting
characters, and the same notes always give the same text:

    12.03.2025 14.30 - Observation
    Delmål: Søren betaler selv sin husleje den 1. i måneden.
    Søren havde selv betalt huslejen via netbank.

Notes are separated by one empty line and come oldest first, whatever order they were picked in.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Mapping

from caseapp.domain.labels import label
from caseapp.domain.models import DiaryNote, Goal

log = logging.getLogger(__name__)

_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
_BLANK_RUNS = re.compile(r"\n{3,}")
UNKNOWN_GOAL = "(ukendt delmål)"


def plain(text: str) -> str:
    """Text fit for a plain text field: NFC; one kind of line break; tabs as spaces; no
    control characters, bidirectional marks, zero-width or other format characters; no
    trailing spaces; at most one empty line in a row; no blank lines at the ends."""
    text = _LINE_BREAKS.sub("\n", unicodedata.normalize("NFC", text or ""))
    text = text.replace("\t", " ").replace("\u00a0", " ")
    text = "".join(
        c for c in text if c == "\n" or unicodedata.category(c) not in ("Cc", "Cf", "Cs", "Cn")
    )
    lines = [line.rstrip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n").strip()


def note_heading(note: DiaryNote) -> str:
    """The note's first line, e.g. "12.03.2025 14.30 - Observation"; "(rettelse)" is added
    for a correction."""
    when = note.occurred_at.strftime("%d.%m.%Y %H.%M")
    kind = label(note.kind) + (" (rettelse)" if note.corrects_id is not None else "")
    return f"{when} - {kind}"


def note_as_text(note: DiaryNote, goals_by_id: Mapping[int, Goal | str]) -> str:
    lines = [note_heading(note)]
    for goal_id in note.goal_ids:
        goal = goals_by_id.get(goal_id)
        name = goal.text if isinstance(goal, Goal) else goal
        lines.append("Delmål: " + (plain(name or "").replace("\n", " ") or UNKNOWN_GOAL))
    body = plain(note.text)
    if body:
        lines.append(body)
    return "\n".join(lines)


def notes_as_text(notes: Iterable[DiaryNote], goals_by_id: Mapping[int, Goal | str]) -> str:
    """Every note as plain text, oldest first (by time, then id), one empty line between.

    goals_by_id maps goal ids to Goal objects or to their texts (service.plans.goals(citizen_id)
    keyed by id will do); a linked goal missing from it is written as "(ukendt delmål)".
    """
    ordered = sorted(notes, key=lambda n: (n.occurred_at, n.id or 0))
    return "\n\n".join(note_as_text(n, goals_by_id) for n in ordered)
