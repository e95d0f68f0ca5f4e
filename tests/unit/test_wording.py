"""Goal-wording and diary-note hints (seed 003, "Kvalitet og dokumentation").

Tables of Danish goals and notes, each row saying whether one rule should fire. The examples come
from the article where it gives them (l.1187-1211, 1322-1414); the rest are written in its style.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.domain.enums import Ambition
from caseapp.domain.goal_wording import GOAL_MAX_WORDS, GOAL_RULES, goal_hints
from caseapp.domain.hints import Hint
from caseapp.domain.note_writing import (
    FOUR_QUESTIONS,
    NOTE_MAX_WORDS,
    NOTE_RULES,
    note_hints,
)

TODAY = dt.date(2025, 3, 1)
LATER = dt.date(2025, 10, 1)


def goal_codes(
    text: str,
    name: str | None = None,
    *,
    deadline: dt.date | None = LATER,
    ambition: str | None = Ambition.INDEPENDENT,
    today: dt.date = TODAY,
) -> set[str]:
    hints = goal_hints(
        text, citizen_first_name=name, deadline=deadline, ambition=ambition, today=today
    )
    return {h.code for h in hints}


def note_codes(text: str, linked_subgoals: int = 1) -> set[str]:
    return {h.code for h in note_hints(text, linked_subgoals=linked_subgoals)}


def words(n: int) -> str:
    """A goal-like text of exactly n words."""
    base = "Søren deltager i fællesspisningen og hjælper med at dække bord".split()
    return " ".join((base * (n // len(base) + 1))[:n])


# --- Goals: text rules ---------------------------------------------------------------------------
# (rule code, citizen's first name, goal text, should the rule fire?)
GOAL_TEXT_CASES = [
    # "Undgå at skrive kan og alle former for kan."
    ("uses_kan", "Søren", "Søren kan lave sin egen morgenmad", True),
    ("uses_kan", "Hans", "Hans kunne tage bussen alene til jobcentret", True),
    ("uses_kan", "Mette", "Mette har kunnet handle ind selv hele foråret", True),
    ("uses_kan", "Åse", "KAN Åse gå en tur hver dag? Ja, Åse går tur", True),
    ("uses_kan", None, "Jeg Kunne før cykle, og jeg cykler igen", True),
    ("uses_kan", "Søren", "Søren sejler i kano på Kanaløen hver søndag", False),
    ("uses_kan", "Hans", "Hans ser kanalen DR2 sammen med de andre beboere", False),
    ("uses_kan", "Mette", "Mette bager kanelsnegle til fredagscaféen", False),
    ("uses_kan", "Åse", "Åse skaber en kanon-god stemning på værkstedet", False),
    ("uses_kan", "Søren", "Søren deltager i fællesspisningen", False),
    # "Sammenblanding af mål og indsats"
    ("is_action", "Hans", "Hans skal skrives op til en bolig", True),
    ("is_action", "Solveig", "Solveig skal have terapeutiske samtaler én gang om ugen", True),
    ("is_action", "Jørgen", "Jørgen skal søge om boligstøtte", True),
    ("is_action", "Jørgen", "Jørgen søger om førtidspension", True),
    ("is_action", "Karen", "Karen henvises til distriktspsykiatrien", True),
    ("is_action", "Bo", "Bo bevilges en ledsager til fritidsaktiviteter", True),
    ("is_action", "Ahmed", "Ahmed skal tilmeldes et AMU-kursus", True),
    ("is_action", "Ole", "Ole skal hjælpes med at betale sine regninger", True),
    ("is_action", "Lise", "Kontaktpersonen hjælper Lise med at handle ind", True),
    ("is_action", "Hans", "Hans bor i egen lejlighed fra 1. oktober", False),
    ("is_action", "Solveig", "Solveig genkender sine følelser og italesætter dem", False),
    ("is_action", "Søren", "Søren deltager i fællesspisningen", False),
    ("is_action", "Jørgen", "Jørgen betaler selv sin husleje den 1. i måneden", False),
    ("is_action", "Karen", "Karen søger tre stillinger om måneden", False),
    ("is_action", "Lise", "Lise handler ind sammen med kontaktpersonen", False),
    # "Borgeren har hovedrollen – formulér i første person eller med borgers navn."
    ("not_about_citizen", "Hans", "Der er ryddet op i lejligheden hver fredag", True),
    ("not_about_citizen", "Hans", "Han holder hans lejlighed ryddelig", True),  # pronoun "hans"
    ("not_about_citizen", None, "Borgeren deltager i fællesspisningen", True),
    ("not_about_citizen", "Søren", "Han deltager i fællesspisningen", True),
    ("not_about_citizen", "Ali", "Alice handler ind om lørdagen", True),  # another name
    ("not_about_citizen", "Ali", "Han går 30 min hver dag", True),  # minutes, not "my"
    ("not_about_citizen", "Søren", "Søren deltager i fællesspisningen", False),
    ("not_about_citizen", "Hans", "Hans' lejlighed er ryddet op hver fredag", False),
    ("not_about_citizen", "Mette", "Mettes værelse er ryddet op hver fredag", False),
    ("not_about_citizen", None, "Jeg bor i egen lejlighed", False),
    ("not_about_citizen", None, "Min lejlighed er ryddet op hver fredag", False),
    ("not_about_citizen", "Anne Marie", "Anne  Marie går til svømning", False),
    ("not_about_citizen", "Åse", "ÅSE går tur med hunden", False),
    # "Brug positive beskrivelser, det styrker det fremadrettede fokus."
    ("negative_wording", "Søren", "Søren drikker ikke alkohol", True),
    ("negative_wording", "Hans", "Hans undgår konflikter med naboen", True),
    ("negative_wording", "Mette", "Mette holder op med at ryge", True),
    ("negative_wording", "Ali", "Ali stopper med at pjække", True),
    ("negative_wording", "Åse", "Åse kommer aldrig for sent til arbejde", True),
    ("negative_wording", "Jonas", "Jonas drikker mindre kaffe om aftenen", True),
    ("negative_wording", "Søren", "Søren deltager i fællesspisningen", False),
    ("negative_wording", "Hans", "Hans hilser på naboen, når de mødes", False),
    ("negative_wording", "Mette", "Mette er røgfri", False),
    ("negative_wording", "Ali", "Ali møder i skole hver dag kl. 8", False),
    ("negative_wording", "Jonas", "Jonas holder sin lejlighed ren", False),
    ("negative_wording", "Jonas", "Jonas bor på Ikkevej", False),
    # "Formulér mål i nutid." ("Søren deltager i fællesspisningen")
    ("future_tense", "Søren", "Søren vil deltage i fællesspisningen", True),
    ("future_tense", "Hans", "Hans skal bo i egen lejlighed", True),
    ("future_tense", "Mette", "Mette kommer til at gå i skole", True),
    ("future_tense", "Ali", "Ali ønsker at blive bedre til dansk", True),
    ("future_tense", None, "Jeg VIL finde et arbejde", True),
    ("future_tense", "Søren", "Søren deltager i fællesspisningen", False),
    ("future_tense", "Hans", "Hans skal skrives op til en bolig", False),  # an action, not tense
    ("future_tense", "Mette", "Mette går i skole hver dag", False),
    ("future_tense", "Jonas", "Jonas bliver boende i sin lejlighed", False),
    ("future_tense", "Åse", "Åse er villig til at prøve nye opskrifter", False),
    ("future_tense", "Bo", "Bo skaller selv kartoflerne", False),
    # Long goals (the app's own rule of thumb)
    ("too_long", "Søren", words(GOAL_MAX_WORDS + 1), True),
    ("too_long", "Søren", words(100), True),
    ("too_long", "Søren", words(45).replace(" og ", "\nog\n"), True),
    ("too_long", "Søren", " ".join(["Søren"] * 41), True),
    ("too_long", "Søren", words(GOAL_MAX_WORDS), False),
    ("too_long", "Søren", "Søren deltager i fællesspisningen", False),
    ("too_long", "Søren", "Søren" + " " * 500 + "deltager", False),
    ("too_long", "Søren", "", False),
]


@pytest.mark.parametrize(("code", "name", "text", "fires"), GOAL_TEXT_CASES)
def test_goal_text_rules(code: str, name: str | None, text: str, fires: bool) -> None:
    assert (code in goal_codes(text, name)) is fires


def test_every_goal_rule_has_enough_examples() -> None:
    for rule in (
        "uses_kan",
        "is_action",
        "not_about_citizen",
        "negative_wording",
        "future_tense",
        "too_long",
    ):
        rows = [fires for code, _, _, fires in GOAL_TEXT_CASES if code == rule]
        assert rows.count(True) >= 4 and rows.count(False) >= 4, rule


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Søren deltager i fællesspisningen", "Søren"),
        ("Hans bor i egen lejlighed fra 1. oktober", "Hans"),
        ("Solveig genkender sine følelser og italesætter dem.", "Solveig"),
        ("Jeg handler ind i Netto hver mandag", None),
    ],
)
def test_the_articles_good_goals_get_no_hints(text: str, name: str | None) -> None:
    assert (
        goal_hints(
            text,
            citizen_first_name=name,
            deadline=LATER,
            ambition=Ambition.INDEPENDENT,
            today=TODAY,
        )
        == []
    )


# --- Goals: deadline and ambition ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("deadline", "expected"),
    [
        (None, {"no_deadline"}),
        (TODAY - dt.timedelta(days=1), {"deadline_passed"}),
        (dt.date(2024, 3, 1), {"deadline_passed"}),
        (dt.date(1999, 12, 31), {"deadline_passed"}),
        (TODAY, set()),  # due today is not yet passed
        (TODAY + dt.timedelta(days=1), set()),
        (LATER, set()),
        (dt.date(2030, 1, 1), set()),
    ],
)
def test_deadline_rules(deadline: dt.date | None, expected: set[str]) -> None:
    codes = goal_codes("Søren deltager i fællesspisningen", "Søren", deadline=deadline)
    assert codes & {"no_deadline", "deadline_passed"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Søren deltager i fællesspisningen",
        "Hans bor i egen lejlighed fra 1. oktober",
        "Jeg handler ind i Netto hver mandag",
        "Mette går til svømning om tirsdagen",
    ],
)
def test_no_deadline_fires_whatever_the_text(text: str) -> None:
    assert "no_deadline" in goal_codes(text, deadline=None)


@pytest.mark.parametrize(
    ("ambition", "text", "fires"),
    [
        (None, "Søren deltager i fællesspisningen", True),
        ("", "Søren deltager i fællesspisningen", True),
        (None, "Hans bor i egen lejlighed fra 1. oktober", True),
        (None, "Jeg handler ind i Netto hver mandag", True),
        (Ambition.INDEPENDENT, "Søren deltager i fællesspisningen", False),
        (Ambition.ON_PROMPT, "Søren deltager i fællesspisningen", False),
        (Ambition.PARTICIPANT, "Søren deltager i fællesspisningen", False),
        (None, "Søren deltager selvstændigt i fællesspisningen", False),
        (None, "Hans tager sin medicin på opfordring", False),
        (None, "Mette er med i madlavningen som deltager", False),
    ],
)
def test_ambition_rule(ambition: str | None, text: str, fires: bool) -> None:
    assert ("no_ambition" in goal_codes(text, "Søren", ambition=ambition)) is fires


# --- Goals: spans, data, robustness --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "code", "marked"),
    [
        ("Søren kan lave mad", "uses_kan", "kan"),
        ("Kanaløen: Søren Kunne ro", "uses_kan", "Kunne"),
        ("Hans skal skrives op til en bolig", "is_action", "skal skrives"),
        ("Søren spiser ikke alene", "negative_wording", "ikke"),
        ("Søren vil spise med", "future_tense", "vil"),
        ("Åse går på Kanaløen og så undgår Åse trapper", "negative_wording", "undgår"),
    ],
)
def test_spans_point_at_the_words(text: str, code: str, marked: str) -> None:
    hint = next(
        h
        for h in goal_hints(
            text, citizen_first_name=None, deadline=LATER, ambition=None, today=TODAY
        )
        if h.code == code
    )
    assert hint.span is not None
    assert text[hint.span[0] : hint.span[1]] == marked


def test_decomposed_text_still_matches_but_gives_no_span() -> None:
    text = unicodedata.normalize("NFD", "Åse går på opfordring tur, og Åse kan ikke lide regn")
    hints = goal_hints(text, citizen_first_name="Åse", deadline=LATER, ambition=None, today=TODAY)
    codes = {h.code for h in hints}
    assert "not_about_citizen" not in codes and "no_ambition" not in codes
    assert "uses_kan" in codes
    assert all(h.span is None for h in hints)


def test_word_boundaries_treat_æøå_as_letters() -> None:
    # "kan" glued to Danish letters on either side is not the word "kan".
    for text in ("Søren bor på Kanaløen", "Søren køber kanæl", "Søren læser om Åkan", "ækanø"):
        assert "uses_kan" not in goal_codes(text, "Søren"), text
    for text in ("Søren: kan!", "«kan»", "(kan)", "kan.", "æ kan ø", "Søren—kan"):
        assert "uses_kan" in goal_codes(text, "Søren"), text


def test_goal_rule_table_is_data() -> None:
    codes = [r.code for r in GOAL_RULES]
    assert len(codes) == len(set(codes)) == 9
    for rule in GOAL_RULES:
        assert rule.message and rule.reason
        assert rule.message[0].isupper() and rule.message.rstrip().endswith((".", "?", "«", "»"))


def test_hint_is_frozen() -> None:
    hint = Hint("x", "Besked.", "Grund.", (0, 1))
    with pytest.raises(dataclasses.FrozenInstanceError):
        hint.code = "y"  # type: ignore[misc]


# --- Notes ---------------------------------------------------------------------------------------
# (rule code, note text, should the rule fire?) - every note is linked to one sub-goal.
NOTE_TEXT_CASES = [
    # "Synsninger" i dagbogen
    ("judging", "Hans kan ikke lide Pia", True),
    ("judging", "Oluf var irriterende under frokosten", True),
    ("judging", "Lise var doven i dag og blev i sengen", True),
    ("judging", "Jens er manipulerende over for de andre beboere", True),
    ("judging", "Det virker som om Karl er ked af det", True),
    ("judging", "Jeg synes, at Bente var uforskammet ved aftensmaden", True),
    ("judging", "Mads var i dårligt humør hele dagen", True),
    ("judging", "Pia var besværlig ved morgenmaden", True),
    ("judging", "Det var urimeligt af Ib at råbe", True),
    ("judging", "Hans svarede ikke på Pias henvendelser", False),
    ("judging", "Oluf kastede med maden og havde en råbende adfærd under frokosten", False),
    ("judging", "Lise blev i sengen til kl. 11 og sagde nej til at gå tur", False),
    ("judging", "Karl græd og sagde, at han savnede sin mor", False),
    ("judging", "Pia sad ved morgenbordet i 10 minutter og gik så ind på sit værelse", False),
    ("judging", "Mads sejlede i kano på kanalen ved Kanaløen", False),
    ("judging", "Jørgen kom hjem fra byen kl. 22.30, han smed cyklen uden for skuret", False),
    # Legitimering af egen indsats
    (
        "own_effort",
        "Se, jeg gjorde en stor indsats for at løse konflikten mellem Kurt og Børge",
        True,
    ),
    ("own_effort", "Se, jeg var på arbejde i går", True),
    ("own_effort", "Jeg gjorde mit bedste for at få Kurt op", True),
    ("own_effort", "Jeg brugte lang tid på at tale med Børge", True),
    ("own_effort", "Takket være mig kom Kurt til tandlægen", True),
    ("own_effort", "Vi ydede en ekstra indsats i weekenden", True),
    ("own_effort", "Kurt gjorde en stor indsats med opvasken", False),
    ("own_effort", "Børge var på arbejde i går fra 8 til 14", False),
    ("own_effort", "Kurt og Børge talte sammen i 20 minutter og gav hinanden hånden", False),
    ("own_effort", "Jeg spurgte Kurt, om han ville med til tandlægen; han sagde ja", False),
    # Nothing that could not bear being read by the citizen
    ("citizen_reading", "Kurt opførte sig som en idiot", True),
    ("citizen_reading", "Børge er en tåbe", True),
    ("citizen_reading", "Hvilken åndssvag idé af Kurt", True),
    ("citizen_reading", "Han var en møgunge hele dagen", True),
    ("citizen_reading", "Kurt smed sin tallerken på gulvet", False),
    ("citizen_reading", "Kurt tabte sine nøgler i bussen", False),
    ("citizen_reading", "Børge klædte sig ud som klovn til fastelavn", False),
    ("citizen_reading", "Børge hentede sin post i Tåsinge", False),
    # Den lange roman
    ("too_long", words(NOTE_MAX_WORDS + 1), True),
    ("too_long", words(1000), True),
    ("too_long", words(300).replace(" og ", "\n\nog "), True),
    ("too_long", "Hans " * 251, True),
    ("too_long", words(NOTE_MAX_WORDS), False),
    ("too_long", "Hans svarede ikke på Pias henvendelser", False),
    ("too_long", "", False),
    ("too_long", "Hans" + " " * 5000 + "svarede", False),
]


@pytest.mark.parametrize(("code", "text", "fires"), NOTE_TEXT_CASES)
def test_note_text_rules(code: str, text: str, fires: bool) -> None:
    assert (code in note_codes(text)) is fires


def test_every_note_rule_has_enough_examples() -> None:
    for rule in ("judging", "own_effort", "citizen_reading", "too_long"):
        rows = [fires for code, _, fires in NOTE_TEXT_CASES if code == rule]
        assert rows.count(True) >= 4 and rows.count(False) >= 4, rule


@pytest.mark.parametrize(
    ("linked", "fires"),
    [(0, True), (-1, True), (0, True), (-5, True), (1, False), (2, False), (3, False), (10, False)],
)
def test_note_without_a_subgoal(linked: int, fires: bool) -> None:
    assert ("no_subgoal" in note_codes("Hans svarede ikke på Pias henvendelser", linked)) is fires


@pytest.mark.parametrize(
    "text",
    [
        "Hans svarede ikke på Pias henvendelser",
        "Oluf kastede med maden og havde en råbende adfærd under frokosten",
        "Søren deltog ikke i fællesspisningen og sagde, at han aldrig ville spise med",
        "Solveig fortalte, at hun var vred, og at hun ikke kunne sove",
    ],
)
def test_good_observations_get_no_hints(text: str) -> None:
    # "ikke" is fine in a note: negative wording is a rule for goals only.
    assert note_hints(text, linked_subgoals=1) == []


def test_note_span_points_at_the_judgement() -> None:
    text = "Oluf var irriterende under frokosten"
    (hint,) = note_hints(text, linked_subgoals=1)
    assert hint.code == "judging" and hint.span is not None
    assert text[hint.span[0] : hint.span[1]] == "irriterende"


def test_four_questions() -> None:
    assert [key for key, _ in FOUR_QUESTIONS] == ["purpose", "reader", "use", "when"]
    assert [q for _, q in FOUR_QUESTIONS] == [
        "Hvad er formålet med dokumentationen?",
        "Hvem skal læse den?",
        "Hvad skal den bruges til?",
        "Hvornår skal den bruges?",
    ]


def test_note_rule_table_is_data() -> None:
    codes = [r.code for r in NOTE_RULES]
    assert len(codes) == len(set(codes))
    assert all(r.message and r.reason for r in NOTE_RULES)


# --- Any text at all -----------------------------------------------------------------------------
TOKENS = [
    "kan",
    "Kan",
    "kunne",
    "skal",
    "skrives",
    "ikke",
    "jeg",
    "min",
    "vil",
    "at blive",
    "Søren",
    "irriterende",
    "dårligt",
    "humør",
    "møg",
    "æ",
    "ø",
    "å",
    "Å",
    " ",
    "\n",
    "\t",
    "\x00",
    "\u200f",
    "\u202e",
    "\u2066",
    "😀",
    "\U0001f469\u200d\U0001f469\u200d\U0001f467",
    "\u0301",
    "a\u030a",
    "ﬀ",
    "İ",
    "ß",
    "_",
    "-",
    "'",
    "30",
    "\ud800",
]


def _check(text: str) -> None:
    for hints in (
        goal_hints(text, citizen_first_name="Søren", deadline=None, ambition=None, today=TODAY),
        goal_hints(text, citizen_first_name="(.*)+$", deadline=LATER, ambition="x", today=TODAY),
        note_hints(text, linked_subgoals=0),
    ):
        assert isinstance(hints, list)
        for hint in hints:
            assert isinstance(hint, Hint)
            if hint.span is not None:
                start, end = hint.span
                assert 0 <= start < end <= len(text)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text())
def test_any_unicode_text_gives_a_list(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=60).map("".join))
def test_any_mix_of_trigger_words_and_odd_characters(text: str) -> None:
    _check(text)


MEGABYTE = 1_000_000


@pytest.mark.parametrize(
    "text",
    [
        "a" * MEGABYTE,
        "ø" * MEGABYTE,
        " " * MEGABYTE,
        "\x00" * MEGABYTE,
        "\u200f😀\x00" * (MEGABYTE // 3),
        "kan " * (MEGABYTE // 4),
        "skal a " * (MEGABYTE // 7),
        "skal " + "a" * MEGABYTE,
        "jeg gjorde en " * (MEGABYTE // 14),
        "Søren " * (MEGABYTE // 6),
        "møg" * (MEGABYTE // 3),
        "a b " * (MEGABYTE // 4),
    ],
    ids=lambda t: repr(t[:8]),
)
def test_a_megabyte_is_handled(text: str) -> None:
    # No clock here (house rule): a backtracking blow-up shows as a hung test, not a flaky one.
    _check(text)
