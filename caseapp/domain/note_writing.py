"""Gentle hints for writing diary notes.

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
    "FOUR_QUESTIONS_ENGLISH",
    "FOUR_QUESTIONS_SOURCE",
    "FOUR_QUESTIONS_SOURCE_ENGLISH",
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
# The same in English, keyed like FOUR_QUESTIONS, for the desktop's second language.
FOUR_QUESTIONS_ENGLISH: dict[str, str] = {
    "purpose": "What is the purpose of the documentation?",
    "reader": "Who is going to read it?",
    "use": "What is it going to be used for?",
    "when": "When is it going to be used?",
}
FOUR_QUESTIONS_SOURCE_ENGLISH = (
    "“What matters above all is that one can always answer: What is the purpose of the "
    "documentation? Who is going to read it? What is it going to be used for? When is it going "
    "to be used?”"
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
    english=(
        "This sounds like a judgement. Describe what you saw and heard instead – "
        "e.g. “Hans did not answer Pia when she spoke to him”.",
        "“The diary holds no opinions or feelings of the staff. One does not write ‘Hans does not "
        "like Pia’ or ‘Oluf was annoying at lunch’.”",
    ),
)
NO_SUBGOAL = Rule(
    "no_subgoal",
    "Notatet er ikke knyttet til et delmål. Hvilket delmål handler observationen om?",
    "„Dagbogen skal indeholde medarbejdernes notater om observationer, de gør vedrørende "
    "borgeren, særligt i forhold til de aftalte delmål.“",
    english=(
        "The note is not linked to a sub-goal. Which sub-goal is the observation about?",
        "“The diary is to hold the staff's notes on what they observe about the citizen, in "
        "particular in relation to the agreed sub-goals.”",
    ),
)
TOO_LONG = Rule(
    "too_long",
    f"Notatet er langt (over {NOTE_MAX_WORDS} ord). Hvilken konkret observation vil du beskrive? "
    "Beskriv den og ikke andet.",
    "„Den lange roman: … Nogle gange er der tale om en lille relevant observation, der er "
    "»skjult« i en meget lang tekst.“",
    english=(
        f"The note is long (over {NOTE_MAX_WORDS} words). Which concrete observation do you want "
        "to describe? Describe that and nothing else.",
        "“The long novel: … Sometimes a small relevant observation is ‘hidden’ in a very long text.”",
    ),
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
    english=(
        "The note is about your own effort. The diary is to be about the citizen and the agreed "
        "sub-goals.",
        "“The diary is used to justify one's own effort or presence: … ‘look, I made a great effort "
        "to settle the conflict between Kurt and Borge’.”",
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
    english=(
        "Would you write it like that if the citizen were reading along?",
        "“Nothing should be written anywhere that could not bear being read by the citizen or "
        "their relatives.”",
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
