"""Goal-wording and diary-note hints (seed 003, "Kvalitet og dokumentation").

Tables of Danish goals and notes, each row saying whether one rule should fire. The examples come
from the article where it gives them (l.1187-1211, 1322-1414); the rest are written in its style.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.domain.goal_wording import goal_hints
from caseapp.domain.hints import Hint
from caseapp.domain.note_writing import note_hints

TODAY = dt.date(2025, 3, 1)
LATER = dt.date(2025, 10, 1)


def test_hint_is_frozen() -> None:
    hint = Hint("x", "Besked.", "Grund.", (0, 1))
    with pytest.raises(dataclasses.FrozenInstanceError):
        hint.code = "y"  # type: ignore[misc]


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
