"""Goal-wording and diary-note hints (seed 003, "Kvalitet og dokumentation").

Tables of Danish goals and notes, each row saying whether one rule should fire. The examples come
from the article where it gives them (l.1187-1211, 1322-1414); the rest are written in its style.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from caseapp.domain.enums import Ambition
from caseapp.domain.goal_wording import GOAL_MAX_WORDS, GOAL_RULES, goal_hints
from tests.unit.domain.helpers import words

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
