"""Before an insight print-out is handed over: the other people its texts name. A citizen has a
right to their own data, not to their neighbour's; the caseworker reviews the names found (other
citizens of the caseload, people in any citizen's network) and may leave them out of the
print-out, which then says "[navn udeladt]" where they stood. The records themselves are not
changed (a signed note never is).

Whole names of two or more words are looked for in any case ("kåre møller"); a first name alone
("Karin") only as a capitalised whole word, and only when it is the first name of someone known
(another citizen, a network person) and none of these:
- one of the citizen's own names (the citizen's "Karin" is the citizen);
- the first name of staff the print-out names anyway (note and status authors, raters, the
  responsible caseworker, the users in the access log, this database's own user): "Åse ringede"
  is the caseworker, whose name the citizen may see;
- a common Danish word that is also a name ("Hans mor ringede", "Per uge", "Bo selv"), where a
  capital is no sign of a name at the start of a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from caseapp.storage import citizens, profile

LEFT_OUT = "[navn udeladt]"
FIRST_NAME_ONLY = "kun fornavn"

# Words of everyday Danish that are also first names: never matched on their own.
_ALSO_WORDS = frozenset({
    "ask", "ben", "birk", "bjørn", "bo", "dag", "ebbe", "falk", "glad", "hans", "held", "liv",
    "lykke", "maj", "mai", "mark", "per", "ravn", "rose", "sol", "sten", "storm", "svend", "tage",
    "tom", "ulv", "vibe", "vilje", "ørn",
})


@dataclass(frozen=True)
class Mention:
    name: str
    kind: str  # "borger" or "netværk", with FIRST_NAME_ONLY for a first name written alone
    count: int  # how many texts name them


def _people(db: sqlite_utils.Database, citizen_id: int) -> dict[str, str]:
    """Everyone but the citizen: full name -> kind."""
    found: dict[str, str] = {}
    for row in db.execute("SELECT DISTINCT name FROM network_contacts"):
        found[row[0]] = "netværk"
    for row in db.execute("SELECT name FROM citizens WHERE id <> ?", [citizen_id]):
        found[row[0]] = "borger"
    return found


def _staff(db: sqlite_utils.Database, data: dict[str, Any]) -> list[str]:
    """The names of staff the print-out holds anyway."""
    names = [profile.load(db).name, data["citizen"].get("responsible", "")]
    names += [n.get("author", "") for n in data["notes"]]
    names += [s.get("author", "") for s in data["status_descriptions"]]
    names += [r.get("rater", "") for g in data["goals"] for r in g.get("ratings", [])]
    names += [r.get("user", "") for r in data.get("access_log", [])]
    return [n for n in names if n]


def _first_word(name: str) -> str:
    words = name.split()
    return words[0] if words else ""


def _candidates(db: sqlite_utils.Database, citizen_id: int, data: dict[str, Any]) -> dict[str, str]:
    """Name -> kind: the full names of everyone but the citizen, and the first names that may
    stand alone (see the module)."""
    own_name = citizens.get(db, citizen_id).name
    people = _people(db, citizen_id)
    full = {name: kind for name, kind in people.items()
            if len(name.split()) >= 2 and name.casefold() != own_name.casefold()}
    never = {w.casefold() for w in own_name.split()} | _ALSO_WORDS
    never |= {_first_word(n).casefold() for n in _staff(db, data)}
    first: dict[str, str] = {}
    for name, kind in people.items():
        word = _first_word(name)
        if len(word) >= 2 and word[0].isupper() and word.isalpha() and word.casefold() not in never:
            first.setdefault(word, f"{kind}, {FIRST_NAME_ONLY}")
    return full | first


def _pattern(names: list[str]) -> re.Pattern[str] | None:
    """Whole names in any case; a single word (a first name) only as written."""
    if not names:
        return None
    full = sorted((n for n in names if len(n.split()) >= 2), key=len, reverse=True)
    first = sorted((n for n in names if len(n.split()) < 2), key=len, reverse=True)
    parts = ["(?i:" + "|".join(re.escape(n) for n in full) + ")"] if full else []
    parts += [re.escape(n) for n in first]
    return re.compile(r"\b(" + "|".join(parts) + r")\b")


def _texts(data: dict[str, Any]) -> list[str]:
    c = data["citizen"]
    out = [c["own_words"], c["where_now"], c["next_step"], c["barriers"]]
    out += [n["text"] for n in data["notes"]]
    out += [g["text"] for g in data["goals"]]
    for s in data["status_descriptions"]:
        out += [s["overall"], s["citizen_view"], s["next_steps"]]
    out += [e["outcome_note"] for e in data.get("efforts", [])]
    for m in data.get("meetings", []):
        out += [i["minutes"] for i in m["agenda"]] + [d["what"] for d in m["decisions"]]
    return [t for t in out if t]


def _key(name: str) -> str:
    """Whole names are found in any case; a first name only as written."""
    return name.casefold() if len(name.split()) >= 2 else name


def mentions(db: sqlite_utils.Database, citizen_id: int, data: dict[str, Any]) -> list[Mention]:
    """The other people the print-out's texts name, the most named first."""
    candidates = _candidates(db, citizen_id, data)
    pattern = _pattern(list(candidates))
    if pattern is None:
        return []
    by_key = {_key(name): name for name in candidates}
    counts: dict[str, int] = {}
    for text in _texts(data):
        for key in {_key(m.group(1)) for m in pattern.finditer(text)}:
            counts[key] = counts.get(key, 0) + 1
    return sorted((Mention(by_key[k], candidates[by_key[k]], n) for k, n in counts.items()),
                  key=lambda m: (-m.count, m.name))


def left_out(data: dict[str, Any], names: list[str]) -> dict[str, Any]:
    """The print-out's values with each of `names` replaced by LEFT_OUT in the written texts
    (the citizen's own words and situation, notes, goals, status descriptions, minutes and what
    was agreed at meetings); the network, the meetings' participants and
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
        "meetings": [m | {"agenda": [i | {"minutes": clean(i["minutes"])} for i in m["agenda"]],
                          "decisions": [d | {"what": clean(d["what"])} for d in m["decisions"]]}
                     for m in data.get("meetings", [])],
        "names_left_out": len(names),  # how many, never whose
    }
