"""Gentle hints for wording goals and sub-goals.

The rules are the "Tips til formulering af mål og delmål" and the pitfall "Sammenblanding af mål og
indsats" from seed 003 ("Kvalitet og dokumentation", l.1187-1211 and 1322-1337). They are data:
`GOAL_RULES` is the table, one row per rule. Nothing here blocks saving; `goal_hints` only returns
advice, at most one hint per rule, pointing at the first place the rule applies.
"""

from __future__ import annotations

import datetime as dt
import re

from caseapp.domain.hints import Hint, Rule, prepare, word_count

__all__ = ["GOAL_MAX_WORDS", "GOAL_RULES", "Hint", "goal_hints"]

GOAL_MAX_WORDS = 40

# Verbs in the passive that describe something done *to* or *for* the citizen: an action, not a
# goal ("Hans skal skrives op til en bolig", "Hans henvises til psykiatrien").
_PASSIVES = (
    "skrives|opskrives|indskrives|hjælpes|tilmeldes|henvises|bevilges|bevilliges|visiteres|"
    "støttes|understøttes|motiveres|guides|vejledes|tilbydes|følges|ledsages|udredes|vurderes|"
    "undersøges|sendes|flyttes|kontaktes|inddrages|anbringes|placeres|ansøges|trænes"
)
# Who else might be the subject of an action sentence.
_STAFF = (
    "personalet|medarbejderne|medarbejderen|kontaktpersonen|kontaktpersonerne|sagsbehandleren|"
    "bostøtten|støttepersonen|mentoren|pædagogen|vi"
)
_STAFF_VERBS = (
    "skal|vil|hjælper|støtter|guider|vejleder|motiverer|følger|ledsager|sørger|kontakter|søger|"
    "ringer|tager"
)

NO_DEADLINE = Rule(
    "no_deadline",
    "Målet har ingen deadline. En tidsramme holder fokus.",
    "„Fastsæt tidsrammen for, hvornår målet skal være opnået. Det fastholder fokus, "
    "hvis der er en deadline.“",
    english=(
        "The goal has no deadline. A time frame keeps the focus.",
        "“Set the time frame for when the goal is to be reached. A deadline keeps the focus.”",
    ),
)
DEADLINE_PASSED = Rule(
    "deadline_passed",
    "Deadline er passeret. Er målet nået, eller skal det have en ny dato?",
    "„Fastsæt tidsrammen for, hvornår målet skal være opnået.“ En deadline, der er gået, "
    "fastholder ikke længere fokus.",
    english=(
        "The deadline has passed. Has the goal been reached, or does it need a new date?",
        "“Set the time frame for when the goal is to be reached.” A deadline that has passed no "
        "longer keeps the focus.",
    ),
)
USES_KAN = Rule(
    "uses_kan",
    "Målet bruger »kan«. Skriv hellere, hvad borgeren gør – det er ikke nok, at han eller hun kan.",
    "„Undgå at skrive kan og alle former for kan. Det er ikke nok, at borgeren kan, han/hun skal "
    "jo også gøre det.“",
    ("kan", "kunne", "kunnet"),
    english=(
        "The goal says “can”. Write what the citizen does instead – being able to is not enough.",
        "“Avoid writing can and every form of can. It is not enough that the citizen can; he or she "
        "must also do it.”",
    ),
)
NO_AMBITION = Rule(
    "no_ambition",
    "Der er ikke valgt et ambitionsniveau. Skal målet nås selvstændigt, på opfordring eller "
    "som deltager?",
    "„Beskriv ambitionsniveauet – Er målet, at borger opfylder målet selvstændigt, på opfordring "
    "eller som deltager?“",
    # Wording in the goal itself that already states the level.
    ("selvstændig(?:t|e)?", "på opfordring", "som deltager", "med støtte"),
    english=(
        "No level of ambition is chosen. Is the goal to be reached independently, when "
        "prompted or as a participant?",
        "“Describe the level of ambition – is the goal that the citizen reaches it independently, "
        "when prompted or as a participant?”",
    ),
)
IS_ACTION = Rule(
    "is_action",
    "Det her ligner en indsats mere end et mål. Hvad skal indsatsen føre til? "
    "Fx »Hans bor i egen lejlighed fra 1. oktober«.",
    "„Hans skal skrives op til en bolig“ og „Solveig skal have terapeutiske samtaler“ er "
    "„ikke mål, men indsatser“.",
    (
        rf"skal (?:\w+ )?(?:{_PASSIVES})",
        "skal have",
        "skal (?:an)?søge",
        "(?:an)?søg(?:e|er|t) om",
        rf"(?:{_PASSIVES})",
        rf"(?:{_STAFF}) (?:{_STAFF_VERBS})",
        "(?:får|at få|modtager|at modtage) (?:hjælp|støtte|bostøtte|samtaler|behandling)",
    ),
    english=(
        "This looks more like an effort than a goal. What should the effort lead to? "
        "E.g. “Hans lives in his own flat from 1 October”.",
        "“Hans is to be put on the housing list” and “Solveig is to have therapy sessions” are "
        "“not goals but efforts”.",
    ),
)
NOT_ABOUT_CITIZEN = Rule(
    "not_about_citizen",
    "Borgeren er ikke nævnt. Skriv målet med borgerens navn eller i jeg-form.",
    "„Borgeren har hovedrollen – formulér i første person eller med borgers navn. Det viser "
    "respekt, og det forebygger umenneskeliggørelse.“",
    # First person. "min" right after a number is minutes ("30 min"), not "my".
    ("jeg", "mig", r"(?<![0-9])(?<![0-9]\s)min", "mit", "mine"),
    english=(
        "The citizen is not mentioned. Write the goal with the citizen's name or in the first "
        "person.",
        "“The citizen has the leading role – write in the first person or with the citizen's name. "
        "It shows respect and prevents dehumanisation.”",
    ),
)
NEGATIVE_WORDING = Rule(
    "negative_wording",
    "Målet er formuleret negativt. Prøv at beskrive, hvad borgeren gør i stedet.",
    "„Brug positive beskrivelser, det styrker det fremadrettede fokus.“",
    (
        "ikke",
        "aldrig",
        "ingen",
        "undg(?:å|år|ået|ik)",
        "mindre",
        "(?:stoppe|stopper|stoppet) med",
        "(?:holde|holder|holdt) op med",
        "(?:lade|lader|ladet) være med",
        "(?:ophøre|ophører) med",
    ),
    english=(
        "The goal is worded negatively. Try to describe what the citizen does instead.",
        "“Use positive descriptions; they strengthen the forward-looking focus.”",
    ),
)
FUTURE_TENSE = Rule(
    "future_tense",
    "Målet står i fremtid. Skriv det i nutid, som situationen er, når målet er nået – "
    "fx »Søren deltager i fællesspisningen«.",
    "„Formulér mål i nutid. Målet skal beskrive situationen, når målet er opfyldt.“",
    ("vil", "skal", "at blive", "kommer til at"),
    english=(
        "The goal is in the future tense. Write it in the present tense, as things are when the "
        "goal has been reached – e.g. “Sam takes part in the shared meals”.",
        "“Write goals in the present tense. The goal should describe the situation when it has been "
        "met.”",
    ),
)
TOO_LONG = Rule(
    "too_long",
    f"Målet er langt (over {GOAL_MAX_WORDS} ord). Et kort mål er lettere at huske og følge op på.",
    "Appens egen tommelfingerregel: et mål beskriver én situation, „når målet er opfyldt“ – "
    "fx „Søren deltager i fællesspisningen“. En lang tekst blander ofte flere mål og indsatser.",
    english=(
        f"The goal is long (over {GOAL_MAX_WORDS} words). A short goal is easier to remember and "
        "follow up on.",
        "The app's own rule of thumb: a goal describes one situation, “when the goal has been met” – "
        "e.g. “Sam takes part in the shared meals”. A long text often mixes several goals and "
        "efforts.",
    ),
)

GOAL_RULES: tuple[Rule, ...] = (
    NOT_ABOUT_CITIZEN,
    NO_DEADLINE,
    DEADLINE_PASSED,
    FUTURE_TENSE,
    NO_AMBITION,
    USES_KAN,
    NEGATIVE_WORDING,
    IS_ACTION,
    TOO_LONG,
)


def _mentions_name(text: str, first_name: str | None) -> bool:
    """Whether the citizen's first name (or its genitive, "Sørens", "Hans'") occurs as a name:
    capitalised, so the pronoun "hans" does not count as the name Hans."""
    name = (first_name or "").strip()
    if not name:
        return False
    pattern = re.escape(name).replace(r"\ ", r"\s+")
    for m in re.finditer(rf"(?<!\w){pattern}(?:s|')?(?!\w)", text, re.IGNORECASE):
        first = m.group(0)[0]
        if first.isupper() or not first.islower():
            return True
    return False


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


def goal_hints(
    text: str,
    *,
    citizen_first_name: str | None,
    deadline: dt.date | None,
    ambition: str | None,
    today: dt.date,
) -> list[Hint]:
    """Advice on a goal's wording, in the order of `GOAL_RULES`. Never raises on any text."""
    body, spans_ok = prepare(text)

    def at(span: tuple[int, int] | None) -> tuple[int, int] | None:
        return span if spans_ok else None

    hints: list[Hint] = []
    for rule in GOAL_RULES:
        if rule is NOT_ABOUT_CITIZEN:
            if not _mentions_name(body, citizen_first_name) and rule.first_span(body) is None:
                hints.append(rule.hint())
        elif rule is NO_DEADLINE:
            if deadline is None:
                hints.append(rule.hint())
        elif rule is DEADLINE_PASSED:
            if deadline is not None and deadline < today:
                hints.append(rule.hint())
        elif rule is NO_AMBITION:
            if not ambition and rule.first_span(body) is None:
                hints.append(rule.hint())
        elif rule is FUTURE_TENSE:
            # "skal" that is part of an action ("skal skrives op") is reported as an action only.
            actions = IS_ACTION.spans(body)
            span = next((s for s in rule.spans(body) if not _overlaps(s, actions)), None)
            if span is not None:
                hints.append(rule.hint(at(span)))
        elif rule is TOO_LONG:
            if word_count(body) > GOAL_MAX_WORDS:
                hints.append(rule.hint())
        else:
            span = rule.first_span(body)
            if span is not None:
                hints.append(rule.hint(at(span)))
    return hints
