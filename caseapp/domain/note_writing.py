"""Gentle hints for writing diary notes (issue 6, item 4).

The rules are the diary pitfalls from seed 003 ("Kvalitet og dokumentation", l.1339-1414: synsninger,
legitimering af egen indsats, dagbog uden mål, den lange roman), the four questions every piece of
documentation should answer (l.861-864), and "nothing that could not bear being read by the
citizen" (l.932-934). They are data: `NOTE_RULES` is the table. Nothing here blocks saving.

"ikke" is fine in a note: "Hans svarede ikke på Pias henvendelser" is exactly the observation the
article asks for. Negative wording is a rule for goals only.
"""

from __future__ import annotations

from caseapp.domain.hints import Hint, Rule, prepare, word_count

__all__ = [
    "FOUR_QUESTIONS",
    "FOUR_QUESTIONS_SOURCE",
    "Hint",
    "NOTE_MAX_WORDS",
    "NOTE_RULES",
    "note_hints",
]

NOTE_MAX_WORDS = 250

# "Det helt afgørende er, at man altid kan svare på: ..." (seed 003 l.861-864), for the UI to show
# one click away from the note editor. (key, question) pairs, in the article's order.
FOUR_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("purpose", "Hvad er formålet med dokumentationen?"),
    ("reader", "Hvem skal læse den?"),
    ("use", "Hvad skal den bruges til?"),
    ("when", "Hvornår skal den bruges?"),
)
FOUR_QUESTIONS_SOURCE = (
    "„Det helt afgørende er, at man altid kan svare på: Hvad er formålet med dokumentationen? "
    "Hvem skal læse den? Hvad skal den bruges til? Hvornår skal den bruges?“"
)

JUDGING = Rule(
    "judging",
    "Det her lyder som en vurdering. Beskriv hellere, hvad du så og hørte – "
    "fx »Hans svarede ikke på Pias henvendelser«.",
    "„Dagbogen indeholder ikke holdninger eller følelser hos medarbejderne. Man skriver ikke "
    "»Hans kan ikke lide Pia«, eller »Oluf var irriterende under frokosten«.“",
    (
        "irriterende",
        "irriter(?:ede|er) mig",
        "dov(?:en|ent|ne)",
        "(?:kan|kunne) ikke lide",
        "manipulerende",
        "manipuler(?:er|ede)",
        "syn(?:es|tes)",
        "virke(?:r|de) som om",
        "uforskam(?:met|mede)",
        "umulig(?:t|e)?",
        "besværlig(?:t|e)?",
        "urimelig(?:t|e)?",
        "dårlig(?:t)? humør",
        "ubehagelig(?:t|e)?",
        "provokerende",
        "opmærksomhedssøgende",
        "ondskabsfuld(?:t|e)?",
        "utaknemmelig(?:t|e)?",
        "egoistisk(?:e)?",
        "upassende",
        "umoden|umodent|umodne",
        "hysterisk(?:e)?",
        "jeg (?:tror|troede|føler|følte|fornemmer|fornemmede|mener|mente)",
        "efter min mening",
        "min (?:opfattelse|fornemmelse)",
    ),
)
NO_SUBGOAL = Rule(
    "no_subgoal",
    "Notatet er ikke knyttet til et delmål. Hvilket delmål handler observationen om?",
    "„Dagbogen skal indeholde medarbejdernes notater om observationer, de gør vedrørende "
    "borgeren, særligt i forhold til de aftalte delmål.“",
)
TOO_LONG = Rule(
    "too_long",
    f"Notatet er langt (over {NOTE_MAX_WORDS} ord). Hvilken konkret observation vil du beskrive? "
    "Beskriv den og ikke andet.",
    "„Den lange roman: … Nogle gange er der tale om en lille relevant observation, der er "
    "»skjult« i en meget lang tekst.“",
)
OWN_EFFORT = Rule(
    "own_effort",
    "Notatet handler om din egen indsats. Dagbogen skal handle om borgeren og de aftalte delmål.",
    "„Dagbogen benyttes til legitimering af egen indsats eller tilstedeværelse: … »se, jeg "
    "gjorde en stor indsats for at løse konflikten mellem Kurt og Børge«.“",
    (
        "(?:jeg|vi) (?:gjorde|ydede|lagde|leverede) (?:en |et )?"
        "(?:stor|stort|kæmpe|ekstra|særlig|særligt|ihærdig) (?:indsats|arbejde|stykke arbejde)",
        "(?:min|vores) (?:store|ekstra|særlige|ihærdige) indsats",
        "jeg var på arbejde",
        "jeg gjorde mit (?:bedste|yderste)",
        "jeg brugte (?:lang|meget|hele) (?:tid|tiden|dagen|aftenen|vagten|formiddagen|eftermiddagen)",
        "jeg (?:tog|løftede) (?:ansvaret|ansvar)",
        "takket være mig",
        "uden min (?:hjælp|indsats)",
    ),
)
CITIZEN_READING = Rule(
    "citizen_reading",
    "Ville du skrive det sådan, hvis borgeren læste med?",
    "„Man bør ikke skrive noget nogen steder, der ikke kan tåle at blive læst af borgeren selv "
    "eller dennes pårørende.“",
    # Only words that are demeaning whatever the context: name-calling and slurs.
    (
        "idiot(?:en|er|erne|isk|iske)?",
        "åndssvag(?:t|e)?",
        "tåbe(?:n|r|lig|ligt|lige)?",
        "fjols(?:et)?",
        "spasser(?:en)?",
        "retarderet|retarderede",
        "evnesvag(?:t|e)?",
        "psykopat(?:en|er)?",
        "tosse(?:n|t|de)?|tosset",
        "sindssyg(?:t|e)?",
        "latterlig(?:t|e)?",
        "ynkelig(?:t|e)?",
        "patetisk(?:e)?",
        "ulækker(?:t)?|ulækre",
        r"møg\w+",
    ),
)

NOTE_RULES: tuple[Rule, ...] = (NO_SUBGOAL, JUDGING, CITIZEN_READING, OWN_EFFORT, TOO_LONG)


def note_hints(text: str, *, linked_subgoals: int) -> list[Hint]:
    """Advice on a diary note, in the order of `NOTE_RULES`. Never raises on any text."""
    body, spans_ok = prepare(text)
    hints: list[Hint] = []
    for rule in NOTE_RULES:
        if rule is NO_SUBGOAL:
            if linked_subgoals <= 0:
                hints.append(rule.hint())
        elif rule is TOO_LONG:
            if word_count(body) > NOTE_MAX_WORDS:
                hints.append(rule.hint())
        else:
            span = rule.first_span(body)
            if span is not None:
                hints.append(rule.hint(span if spans_ok else None))
    return hints
