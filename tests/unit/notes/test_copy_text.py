"""A citizen's notes as plain text for the municipality's system: clean, stable, no control characters."""

from __future__ import annotations

import dataclasses
import datetime as dt

from caseapp.domain.enums import GoalLevel, NoteKind
from caseapp.domain.models import DiaryNote, Goal
from caseapp.notes import notes_as_text
from caseapp.notes.copy_text import plain

T = dt.datetime


def _plain_note(note_id: int, when: dt.datetime, text: str, goals=(), **extra) -> DiaryNote:
    return DiaryNote(citizen_id=1, kind=NoteKind.OBSERVATION, occurred_at=when, text=text,
                     goal_ids=goals, id=note_id, **extra)  # fmt: skip


def test_notes_as_text_is_clean_and_stable() -> None:
    goals = {
        3: Goal(citizen_id=1, level=GoalLevel.SUB, text="Søren betaler selv sin husleje.", id=3),
        5: "Søren deltager i\nfællesspisningen.",
    }
    first = _plain_note(
        1,
        T(2025, 3, 12, 14, 30),
        "Søren\x07 betalte\u202e huslejen.\r\n\r\n\r\n\r\nFint.\t ",
        (3, 5),
    )
    second = dataclasses.replace(
        _plain_note(2, T(2025, 3, 12, 9, 5), "Søren ringede\u200b.", ()),
        kind=NoteKind.PHONE,
    )
    fix = dataclasses.replace(
        _plain_note(7, T(2025, 3, 12, 14, 30), "Rettet\u2028tekst.", (99,)), corrects_id=1
    )
    expected = (
        "12.03.2025 09.05 - Telefon\n"
        "Søren ringede.\n"
        "\n"
        "12.03.2025 14.30 - Observation\n"
        "Delmål: Søren betaler selv sin husleje.\n"
        "Delmål: Søren deltager i fællesspisningen.\n"
        "Søren betalte huslejen.\n"
        "\n"
        "Fint.\n"
        "\n"
        "12.03.2025 14.30 - Observation (rettelse)\n"
        "Delmål: (ukendt delmål)\n"
        "Rettet\n"
        "tekst."
    )
    assert notes_as_text([first, second, fix], goals) == expected
    assert notes_as_text([fix, second, first], goals) == expected  # the pick order is irrelevant
    assert notes_as_text([], goals) == ""
    assert all(c == "\n" or c.isprintable() for c in expected)


def test_plain_strips_every_control_and_format_character() -> None:
    assert plain("a\x00b\x1bc\x7fd\u200ee\u2066f\ufeffg\u00adh") == "abcdefgh"
    assert plain("\n\n  tekst  \n\n") == "tekst"
    assert plain("æ\u0301") == "ǽ"  # NFC
