"""Fuzzing with hypothesis (DESIGN.md section 8): the iCalendar importer, CPR validation, search
input, the wording helpers and note text. No crash and no hang: anything refused is refused with
InvalidInput (a Danish sentence), and a refused import writes nothing.

CI keeps the example counts modest; CASEAPP_FUZZ_EXAMPLES=2000 asks for more (bench mode).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from caseapp.domain.cpr import normalise_cpr
from caseapp.domain.enums import NoteKind
from caseapp.domain.goal_wording import goal_hints
from caseapp.domain.models import Citizen, DiaryNote
from caseapp.domain.note_writing import note_hints
from caseapp.domain.validation import MAX_TEXT, clean_text
from caseapp.errors import InvalidInput
from caseapp.planning.ics import import_ics, parse_ics
from caseapp.service import CaseService
from caseapp.storage.keys import DatabaseKey
from caseapp.storage.search import fts_query

_BENCH = int(os.environ.get("CASEAPP_FUZZ_EXAMPLES") or 0)


def fuzz(n: int) -> settings:
    return settings(
        max_examples=_BENCH or n,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


# Text with the awkward parts over-represented: controls, NUL, RTL and bidi marks, emoji,
# combining characters, Danish letters, FTS5 syntax.
AWKWARD = st.sampled_from([
    "\x00", "\u202e", "\u202d", "\u2066", "\u200f", "\u200e", "\ufeff", "\r\n", "\r", "\t",
    "😀", "👩🏽‍⚕️", "🇩🇰", "e\u0301", "å", "Æ", "ø", "ß", "İ", "שלום", "مرحبا", "\U0010ffff",
    '"', "'", "*", "(", ")", "NEAR(", "AND", "OR", "NOT", "^", ":", "-", "{", "}", "%", "_",
    "\\", ";", "--", "/*", "\ud7ff", " ", "\u00a0", "\u2028",
])
TEXT = st.one_of(
    st.text(),
    st.lists(st.one_of(AWKWARD, st.text(max_size=5)), max_size=40).map("".join),
)

VALID_ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Eksempel//Kalender//DA\r
BEGIN:VTIMEZONE\r
TZID:Europe/Copenhagen\r
BEGIN:STANDARD\r
DTSTART:19701025T030000\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:19700329T020000\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:a1@eksempel.dk\r
DTSTAMP:20260101T090000Z\r
DTSTART;TZID=Europe/Copenhagen:20260302T100000\r
DTEND;TZID=Europe/Copenhagen:20260302T110000\r
SUMMARY:Samtale på jobcentret\r
LOCATION:Jobcenter Øst\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:a2@eksempel.dk\r
DTSTAMP:20260101T090000Z\r
DTSTART:20260303T080000Z\r
DURATION:PT45M\r
RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=TU\r
EXDATE:20260310T080000Z\r
SUMMARY:Ugentligt hjemmebesøg\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:a2@eksempel.dk\r
RECURRENCE-ID:20260317T080000Z\r
DTSTAMP:20260101T090000Z\r
DTSTART:20260317T090000Z\r
DTEND:20260317T100000Z\r
SUMMARY:Flyttet hjemmebesøg\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:a3@eksempel.dk\r
DTSTAMP:20260101T090000Z\r
DTSTART;VALUE=DATE:20260305\r
DTEND;VALUE=DATE:20260306\r
SUMMARY:Kursusdag\r
END:VEVENT\r
END:VCALENDAR\r
""".encode()



def test_the_valid_calendar_parses() -> None:
    assert len(parse_ics(VALID_ICS)) == 4


@st.composite
def mutated_ics(draw: st.DrawFn) -> bytes:
    data = bytearray(VALID_ICS)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "delete", "insert", "dup_line", "drop_line", "swap"]))
        if not data:
            break
        pos = draw(st.integers(0, len(data) - 1))
        if kind == "flip":
            data[pos] = draw(st.integers(0, 255))
        elif kind == "delete":
            del data[pos: pos + draw(st.integers(1, 40))]
        elif kind == "insert":
            data[pos:pos] = draw(st.one_of(
                st.binary(max_size=20),
                st.sampled_from([b"\r\n ", b":", b";", b"=", b"\r\nEND:VEVENT\r\n",
                                 b"BEGIN:VEVENT\r\n", b"RRULE:FREQ=SECONDLY\r\n",
                                 b"DTSTART:99999999T999999\r\n", b"TZID=Mars/Olympus",
                                 "Ø".encode("cp1252"), b"\x00"]),
            ))
        else:
            lines = bytes(data).split(b"\r\n")
            i = draw(st.integers(0, len(lines) - 1))
            j = draw(st.integers(0, len(lines) - 1))
            if kind == "dup_line":
                lines.insert(j, lines[i])
            elif kind == "drop_line":
                del lines[i]
            else:
                lines[i], lines[j] = lines[j], lines[i]
            data = bytearray(b"\r\n".join(lines))
    return bytes(data)


def _parse_or_refuse(data: bytes) -> None:
    try:
        parse_ics(data)
    except InvalidInput as exc:
        assert exc.message and "Traceback" not in exc.message


@fuzz(150)
@given(st.binary(max_size=2000))
@example(b"")
@example(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR")
@example(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR")
def test_parse_ics_arbitrary_bytes(data: bytes) -> None:
    _parse_or_refuse(data)


@fuzz(150)
@given(st.binary(max_size=400).map(lambda b: b"BEGIN:VCALENDAR\r\n" + b + b"\r\nEND:VCALENDAR\r\n"))
def test_parse_ics_arbitrary_body(data: bytes) -> None:
    _parse_or_refuse(data)


@fuzz(200)
@given(mutated_ics())
def test_parse_ics_mutated_valid_file(data: bytes) -> None:
    _parse_or_refuse(data)


# -- CPR, search, hints --------------------------------------------------------------------------


@fuzz(200)
@given(st.one_of(TEXT, st.from_regex(r"\A[0-9]{6}-?[0-9]{4}\Z"), st.from_regex(r"\A[0-9 \-./]{0,14}\Z")))
def test_normalise_cpr(text: str) -> None:
    try:
        digits = normalise_cpr(text)
    except InvalidInput as exc:
        assert exc.message
        assert not (text.strip() and text.strip() in exc.message and len(text.strip()) >= 6)
    else:
        assert len(digits) == 10 and digits.isdigit() and digits.isascii()
        assert normalise_cpr(digits) == digits


@fuzz(200)
@given(TEXT)
def test_fts_query_is_always_quoted(text: str) -> None:
    query = fts_query(text)
    if query is not None:
        terms = query.split(" ")
        assert all(t.startswith('"') and t.endswith('"*') for t in terms), query


@fuzz(150)
@given(TEXT, st.one_of(st.none(), st.text(max_size=20)), st.one_of(st.none(), st.dates()),
       st.one_of(st.none(), st.text(max_size=20)))
def test_goal_hints_never_raise(text: str, first: str | None, deadline: dt.date | None,
                                ambition: str | None) -> None:
    hints = goal_hints(text, citizen_first_name=first, deadline=deadline, ambition=ambition,
                       today=dt.date(2026, 3, 2))
    assert isinstance(hints, list)


@fuzz(150)
@given(TEXT, st.integers(-3, 50))
def test_note_hints_never_raise(text: str, linked: int) -> None:
    assert isinstance(note_hints(text, linked_subgoals=linked), list)


@fuzz(200)
@given(TEXT)
def test_clean_text_is_idempotent_and_safe(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once
    assert "\x00" not in once and "\u202e" not in once


# -- through the service: search, save_draft, import ---------------------------------------------


@pytest.fixture(scope="module")
def fuzz_service(tmp_path_factory: pytest.TempPathFactory) -> CaseService:
    path: Path = tmp_path_factory.mktemp("fuzz") / "case.db"
    service = CaseService.create(path, DatabaseKey(passphrase="fuzz-hemmelighed"))
    service.citizens.add_citizen(Citizen(name="Søren Ågård", cpr="0101901234"))
    yield service
    service.close()


@fuzz(150)
@given(TEXT)
@example('"')
@example("NEAR(a b")
@example("Søren AND (OR")
@example("*")
@example("\x00")
def test_search_never_raises(fuzz_service: CaseService, text: str) -> None:
    hits = fuzz_service.search(text)
    assert isinstance(hits, list)


def _note(citizen_id: int, text: str) -> DiaryNote:
    return DiaryNote(citizen_id=citizen_id, kind=NoteKind.OBSERVATION,
                     occurred_at=dt.datetime(2026, 3, 2, 10), text=text)


@fuzz(120)
@given(TEXT)
@example("Borgeren\u202e sagde\x00 hej 😀 שלום")
@example("\x00\x00\x00")
@example("\u200f\u200e")
def test_note_text_is_stored_clean_or_refused(fuzz_service: CaseService, text: str) -> None:
    citizen_id = fuzz_service.citizens.caseload()[0].id
    try:
        note_id = fuzz_service.diary.save_draft(_note(citizen_id, text))
    except InvalidInput as exc:
        assert exc.message
        assert not clean_text(text).strip() or len(clean_text(text).strip()) > MAX_TEXT
        return
    stored = fuzz_service.diary.note(note_id).text
    assert stored == clean_text(text).strip()
    assert fuzz_service.search(stored) is not None
    fuzz_service.diary.sign_note(note_id)


def test_a_megabyte_note_is_refused_and_a_long_one_kept(fuzz_service: CaseService) -> None:
    citizen_id = fuzz_service.citizens.caseload()[0].id
    before = fuzz_service.diary.note_count()
    with pytest.raises(InvalidInput, match="for lang"):
        fuzz_service.diary.save_draft(_note(citizen_id, "æøå 😀 " * 150_000))  # about a megabyte
    with pytest.raises(InvalidInput, match="for lang"):
        fuzz_service.diary.autosave_draft(_note(citizen_id, "x" * (1024 * 1024)))
    assert fuzz_service.diary.note_count() == before
    long = ("Borgeren fortalte om ugen. " * 4000)[:MAX_TEXT]
    note_id = fuzz_service.diary.save_draft(_note(citizen_id, long))
    assert fuzz_service.diary.note(note_id).text == long.strip()


@fuzz(100)
@given(mutated_ics())
def test_import_is_all_or_nothing(fuzz_service: CaseService, data: bytes) -> None:
    def count() -> int:
        return int(fuzz_service._db.execute("SELECT count(*) FROM appointments").fetchone()[0])

    before = count()
    try:
        report = import_ics(fuzz_service._db, data)
    except InvalidInput:
        assert count() == before
    else:
        assert count() == before + report.created - report.removed
