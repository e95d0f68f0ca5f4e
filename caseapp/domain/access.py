"""Rules for the access log's rows (storage/access_log.py): what a detail may hold."""

from __future__ import annotations

from caseapp.domain.enums import AccessAction

CHECKPOINT = AccessAction.EXPIRED.value
MAX_DETAIL = 200  # a search term pasted by mistake (a whole note) is not kept whole


def bounded_detail(text: str) -> str:
    """One line, at most MAX_DETAIL characters."""
    line = " ".join((text or "").split())
    return line if len(line) <= MAX_DETAIL else line[: MAX_DETAIL - 1] + "…"
