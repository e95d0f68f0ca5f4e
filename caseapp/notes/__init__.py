"""The diary, core half: filtering and full-text search of notes, the citizen's
timeline (the red thread), the monthly summary per sub-goal, notes as text for the official
system, and autosaved drafts. Pure Python over a database handle (never the façade, which composes these); the SQL is in
`caseapp.storage.notes`.
"""

from caseapp.notes.copy_text import notes_as_text
from caseapp.notes.drafts import autosave_draft, pending_drafts
from caseapp.notes.queries import (
    NoteFilter,
    NotePage,
    count_notes,
    find_notes,
    find_notes_after,
    find_page,
    highlight_spans,
    note_authors,
)
from caseapp.notes.summary import (
    SubgoalMonth,
    month_overview,
    months_without_summary,
    save_month_summary,
)
from caseapp.notes.timeline import TimelineItem, TimelineKind, citizen_timeline

__all__ = [
    "NoteFilter",
    "NotePage",
    "SubgoalMonth",
    "TimelineItem",
    "TimelineKind",
    "autosave_draft",
    "citizen_timeline",
    "count_notes",
    "find_notes",
    "find_notes_after",
    "find_page",
    "highlight_spans",
    "month_overview",
    "months_without_summary",
    "note_authors",
    "notes_as_text",
    "pending_drafts",
    "save_month_summary",
]
