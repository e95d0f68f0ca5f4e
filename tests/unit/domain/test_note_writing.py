"""Goal-wording and diary-note hints (seed 003, "Kvalitet og dokumentation").

Tables of Danish goals and notes, each row saying whether one rule should fire. The examples come
from the article where it gives them (l.1187-1211, 1322-1414); the rest are written in its style.
"""

from __future__ import annotations

import pytest

from caseapp.domain.note_writing import FOUR_QUESTIONS, NOTE_MAX_WORDS, NOTE_RULES, note_hints
from tests.unit.domain.helpers import words


def note_codes(text: str, linked_subgoals: int = 1) -> set[str]:
    return {h.code for h in note_hints(text, linked_subgoals=linked_subgoals)}


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
