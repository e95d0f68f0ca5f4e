"""Before an insight print-out is handed over: the other people its texts name. A citizen has a
right to their own data, not to their neighbour's; the caseworker reviews the names found (other
citizens of the caseload, people in any citizen's network) and may leave them out of the
print-out, which then says "[navn udeladt]" where they stood. The records themselves are not
changed (a signed note never is).

Only whole names of two or more words are looked for: first names alone are mostly staff.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from caseapp.storage import citizens

LEFT_OUT = "[navn udeladt]"


@dataclass(frozen=True)
class Mention:
    name: str
    kind: str  # "borger" or "netværk"
    count: int  # how many texts name them


def _candidates(db: sqlite_utils.Database, citizen_id: int) -> dict[str, str]:
    """Full name (lower case) -> kind, for everyone but the citizen themself."""
    own = citizens.get(db, citizen_id).name.casefold()
    found: dict[str, str] = {}
    for row in db.execute("SELECT DISTINCT name FROM network_contacts"):
        found[row[0]] = "netværk"
    for row in db.execute("SELECT name FROM citizens WHERE id <> ?", [citizen_id]):
        found[row[0]] = "borger"
    return {name: kind for name, kind in found.items() if len(name.split()) >= 2 and name.casefold() != own}


def _pattern(names: list[str]) -> re.Pattern[str] | None:
    if not names:
        return None
    longest_first = sorted(names, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in longest_first) + r")\b", re.IGNORECASE)


def _texts(data: dict[str, Any]) -> list[str]:
    c = data["citizen"]
    out = [c["own_words"], c["where_now"], c["next_step"], c["barriers"]]
    out += [n["text"] for n in data["notes"]]
    out += [g["text"] for g in data["goals"]]
    for s in data["status_descriptions"]:
        out += [s["overall"], s["citizen_view"], s["next_steps"]]
    out += [e["outcome_note"] for e in data.get("efforts", [])]
    return [t for t in out if t]


def mentions(db: sqlite_utils.Database, citizen_id: int, data: dict[str, Any]) -> list[Mention]:
    """The other people the print-out's texts name, the most named first."""
    candidates = _candidates(db, citizen_id)
    pattern = _pattern(list(candidates))
    if pattern is None:
        return []
    by_key = {name.casefold(): name for name in candidates}
    counts: dict[str, int] = {}
    for text in _texts(data):
        for key in {m.group(1).casefold() for m in pattern.finditer(text)}:
            counts[key] = counts.get(key, 0) + 1
    return sorted((Mention(by_key[k], candidates[by_key[k]], n) for k, n in counts.items()),
                  key=lambda m: (-m.count, m.name))


def left_out(data: dict[str, Any], names: list[str]) -> dict[str, Any]:
    """The print-out's values with each of `names` replaced by LEFT_OUT in the written texts
    (the citizen's own words and situation, notes, goals, status descriptions); the network and
    consent lists and the access log stay as they are."""
    pattern = _pattern(names)
    if pattern is None:
        return data

    def clean(text: str | None) -> str | None:
        return pattern.sub(LEFT_OUT, text) if text else text

    c = dict(data["citizen"])
    for key in ("own_words", "where_now", "next_step", "barriers"):
        c[key] = clean(c[key])
    statuses = [s | {k: clean(s[k]) for k in ("overall", "citizen_view", "next_steps")}
                for s in data["status_descriptions"]]
    return data | {
        "citizen": c,
        "notes": [n | {"text": clean(n["text"])} for n in data["notes"]],
        "goals": [g | {"text": clean(g["text"])} for g in data["goals"]],
        "status_descriptions": statuses,
        "efforts": [e | {"outcome_note": clean(e["outcome_note"])} for e in data.get("efforts", [])],
        "names_left_out": len(names),  # how many, never whose
    }
