"""iCalendar export, and the round trip through import: Outlook and Google files, Windows zone
names, bad files refused with nothing imported."""

from __future__ import annotations

import datetime as dt

import pytest

from caseapp.domain.enums import AppointmentKind, AppointmentStatus
from caseapp.domain.models import Citizen
from caseapp.errors import InvalidInput
from caseapp.planning.ics import export_ics, export_range, import_ics, parse_ics, resolve_zone
from caseapp.planning.loading import load_occurrences
from caseapp.planning.recurrence import Occurrence
from caseapp.service import CaseService
from tests.unit.planning.helpers import _fill_calendar, _tuesday_series

T = dt.datetime
D = dt.date


OUTLOOK = b"""BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:PUBLISH\r
BEGIN:VTIMEZONE\r
TZID:Romance Standard Time\r
BEGIN:STANDARD\r
DTSTART:16011028T030000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010325T020000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:040000008200E00074C5B7101A82E0080000000010\r
SUMMARY:Bowling med beboerne\r
DTSTART;TZID=Romance Standard Time:20270302T140000\r
DTEND;TZID=Romance Standard Time:20270302T160000\r
RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270601T120000Z\r
EXDATE;TZID=Romance Standard Time:20270309T140000\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:040000008200E00074C5B7101A82E0080000000010\r
RECURRENCE-ID;TZID=Romance Standard Time:20270316T140000\r
SUMMARY:Bowling med beboerne\r
DTSTART;TZID=Romance Standard Time:20270317T150000\r
DTEND;TZID=Romance Standard Time:20270317T170000\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:ferie-1\r
SUMMARY:Ferie\r
DTSTART;VALUE=DATE:20270322\r
DTEND;VALUE=DATE:20270324\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:utc-1\r
SUMMARY:Teams-m\xc3\xb8de\r
DTSTART:20270325T080000Z\r
DTEND:20270325T090000Z\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:no-vtimezone\r
SUMMARY:Supervision\r
DTSTART;TZID=W. Europe Standard Time:20270326T090000\r
DTEND;TZID=W. Europe Standard Time:20270326T100000\r
END:VEVENT\r
END:VCALENDAR\r
"""


GOOGLE = b"""BEGIN:VCALENDAR\r
PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
VERSION:2.0\r
CALSCALE:GREGORIAN\r
X-WR-TIMEZONE:Europe/Copenhagen\r
BEGIN:VTIMEZONE\r
TZID:Europe/Copenhagen\r
X-LIC-LOCATION:Europe/Copenhagen\r
BEGIN:DAYLIGHT\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
TZNAME:CEST\r
DTSTART:19700329T020000\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
END:DAYLIGHT\r
BEGIN:STANDARD\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
TZNAME:CET\r
DTSTART:19701025T030000\r
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
END:STANDARD\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
DTSTART;TZID=Europe/Copenhagen:20270301T090000\r
DTEND;TZID=Europe/Copenhagen:20270301T093000\r
RRULE:FREQ=WEEKLY;WKST=MO;UNTIL=20270329T075959Z;BYDAY=MO\r
EXDATE;TZID=Europe/Copenhagen:20270308T090000\r
EXDATE;TZID=Europe/Copenhagen:20270315T090000\r
DTSTAMP:20270101T120000Z\r
UID:7kukuqrfedlm2f9t2hq6bru7dk@google.com\r
SUMMARY:Teamm\xc3\xb8de\r
STATUS:CONFIRMED\r
END:VEVENT\r
BEGIN:VEVENT\r
DTSTART;TZID=Europe/Copenhagen:20270322T090000\r
DTEND;TZID=Europe/Copenhagen:20270322T093000\r
DTSTAMP:20270101T120000Z\r
UID:7kukuqrfedlm2f9t2hq6bru7dk@google.com\r
RECURRENCE-ID;TZID=Europe/Copenhagen:20270322T090000\r
SUMMARY:Teamm\xc3\xb8de\r
STATUS:CANCELLED\r
END:VEVENT\r
END:VCALENDAR\r
"""


def _all(service: CaseService) -> list[Occurrence]:
    return load_occurrences(service._db, T(2020, 1, 1), T(2030, 1, 1))


def _comparable(occurrences: list[Occurrence], keep: tuple[str, ...] = ()) -> list[tuple]:
    fields = ("start", "end", "kind", "place", "status", "preparation_minutes", "recurrence_id")
    return [tuple(getattr(o, f) for f in fields + keep) for o in occurrences]


def test_export_then_import_gives_the_same_occurrences(
    service: CaseService, fresh: CaseService, citizen_id: int
) -> None:
    _fill_calendar(service, citizen_id)
    data = export_range(service._db, D(2027, 3, 1), D(2027, 3, 31))
    assert import_ics(fresh._db, data).created == 6 - 1
    window = (T(2027, 3, 1), T(2027, 4, 1))
    before = load_occurrences(service._db, *window)
    after = load_occurrences(fresh._db, *window)
    assert len(before) == 6
    assert _comparable(after) == _comparable(before)
    assert {o.citizen_id for o in after} == {None}  # no links into another database
    assert {o.title for o in after} == {""}  # titles stay home without --with-names
    # the series runs on in the other calendar exactly as it does here
    assert _comparable(_all(fresh)) == _comparable(
        load_occurrences(service._db, T(2027, 3, 1), T(2027, 5, 31))
    )


def test_round_trip_with_names_keeps_titles_and_case_links(
    service: CaseService, fresh: CaseService, citizen_id: int
) -> None:
    _fill_calendar(service, citizen_id)
    same_id = fresh.citizens.add_citizen(Citizen(name="Søren Ågård Bækgaard"))
    assert same_id == citizen_id
    data = export_range(service._db, D(2027, 3, 1), D(2027, 3, 31), with_names=True)
    import_ics(fresh._db, data, keep_citizens=True)
    window = (T(2027, 3, 1), T(2027, 4, 1))
    keep = ("citizen_id", "title")
    assert _comparable(load_occurrences(fresh._db, *window), keep) == _comparable(
        load_occurrences(service._db, *window), keep
    )


def _unfolded(data: bytes) -> str:
    return data.replace(b"\r\n ", b"").decode("utf-8")


def test_export_leaves_names_out_by_default(service: CaseService, citizen_id: int) -> None:
    _fill_calendar(service, citizen_id)
    text = _unfolded(export_range(service._db, D(2027, 3, 1), D(2027, 3, 31)))
    assert "Søren" not in text and "Bækgaard" not in text and "budget" not in text
    assert "SUMMARY:Hjemmebesøg – SÅB" in text
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/Copenhagen" in text
    assert "DTSTART;TZID=Europe/Copenhagen:20270302T100000" in text
    assert "RRULE:FREQ=WEEKLY;UNTIL=20270427T080000Z;BYDAY=TU" in text
    assert "EXDATE;TZID=Europe/Copenhagen:20270309T100000" in text
    assert "RECURRENCE-ID;TZID=Europe/Copenhagen:20270316T100000" in text
    assert text.count("BEGIN:VEVENT") == 5
    named = _unfolded(export_range(service._db, D(2027, 3, 1), D(2027, 3, 31), with_names=True))
    assert "Hjemmebesøg – Søren Ågård Bækgaard: Søren: budget" in named
    by_case = _unfolded(export_range(service._db, D(2027, 3, 1), D(2027, 3, 31), reference="case"))
    assert f"Hjemmebesøg – Sag {citizen_id}" in by_case and "SÅB" not in by_case


def test_export_of_an_empty_range_is_a_valid_calendar(service: CaseService) -> None:
    data = export_range(service._db, D(2027, 3, 1), D(2027, 3, 31))
    assert parse_ics(data) == []


def test_outlook_file_with_windows_zone_and_moved_occurrence(service: CaseService) -> None:
    assert import_ics(service._db, OUTLOOK).created == 5
    found = load_occurrences(service._db, T(2027, 3, 1), T(2027, 4, 1))
    assert [(o.start, o.end, o.title) for o in found] == [
        (T(2027, 3, 2, 14), T(2027, 3, 2, 16), "Bowling med beboerne"),
        (T(2027, 3, 17, 15), T(2027, 3, 17, 17), "Bowling med beboerne"),  # moved
        (T(2027, 3, 22), T(2027, 3, 24), "Ferie"),  # all-day, two days
        (T(2027, 3, 23, 14), T(2027, 3, 23, 16), "Bowling med beboerne"),
        (T(2027, 3, 25, 9), T(2027, 3, 25, 10), "Teams-møde"),  # 08:00 UTC in winter time
        (T(2027, 3, 26, 9), T(2027, 3, 26, 10), "Supervision"),
        (T(2027, 3, 30, 14), T(2027, 3, 30, 16), "Bowling med beboerne"),  # summer time now
    ]
    assert found[1].recurrence_id == T(2027, 3, 16, 14) and found[1].series_id == found[0].series_id
    assert {o.kind for o in found} == {AppointmentKind.OTHER}
    last = load_occurrences(service._db, T(2027, 5, 20), T(2027, 6, 30))
    assert [o.start for o in last] == [T(2027, 5, 25, 14), T(2027, 6, 1, 14)]  # UNTIL 14:00 CEST


def test_google_file_with_exdates_and_a_cancelled_instance(service: CaseService) -> None:
    assert import_ics(service._db, GOOGLE).created == 2
    found = load_occurrences(service._db, T(2027, 3, 1), T(2027, 4, 1))
    assert [(o.start, o.status) for o in found] == [
        (T(2027, 3, 1, 9), AppointmentStatus.PLANNED),
        (T(2027, 3, 22, 9), AppointmentStatus.CANCELLED),
        (T(2027, 3, 29, 9), AppointmentStatus.PLANNED),  # UNTIL 07:59:59Z is 09:59:59 CEST
    ]


def test_windows_zone_names_map_to_copenhagen() -> None:
    assert str(resolve_zone("Romance Standard Time")) == "Europe/Copenhagen"
    assert str(resolve_zone('"W. Europe Standard Time"')) == "Europe/Copenhagen"
    assert str(resolve_zone("Eastern Standard Time")) == "America/New_York"
    assert str(resolve_zone("/mozilla.org/20050126_1/Europe/Copenhagen")) == "Europe/Copenhagen"
    assert resolve_zone("Mars/Olympus Mons") is None


def _event(body: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\n"
        "BEGIN:VEVENT\r\nUID:good\r\nSUMMARY:Hemmelig Hansen\r\n"
        "DTSTART:20270301T090000\r\nDTEND:20270301T100000\r\nEND:VEVENT\r\n"
        f"BEGIN:VEVENT\r\nUID:bad\r\nSUMMARY:Hemmelig Hansen\r\n{body}END:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    ).encode()


BAD_FILES = {
    "truncated": (OUTLOOK[: len(OUTLOOK) // 2], "ufuldstændig"),
    "binary junk": (bytes(range(256)) * 8, "ikke en kalenderfil"),
    "png": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "ikke en kalenderfil"),
    "empty": (b"   \r\n", "tom"),
    "not ics": (b"BEGIN:VCALENDAR\r\nhello world\r\nEND:VCALENDAR\r\n", "iCalendar"),
    "unbalanced": (
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20270301T090000\r\nEND:VCALENDAR\r\n",
        "iCalendar",
    ),
    "missing DTSTART": (_event("DTEND:20270301T100000\r\n"), "nr. 2 .* mangler et starttidspunkt"),
    "unknown zone": (
        _event(
            "DTSTART;TZID=Mars/Olympus:20270301T090000\r\n"
            "DTEND;TZID=Mars/Olympus:20270301T100000\r\n"
        ),
        "nr. 2 .* ukendt tidszone \\(Mars/Olympus\\)",
    ),
    "end before start": (
        _event("DTSTART:20270301T100000\r\nDTEND:20270301T090000\r\n"),
        "nr. 2 .* slutter ikke efter den begynder",
    ),
    "bad date": (_event("DTSTART:2027\r\nDTEND:20270301T090000\r\n"), "ugyldig værdi i DTSTART"),
    "no end": (_event("DTSTART:20270301T100000\r\n"), "mangler et sluttidspunkt"),
    "until before start": (
        _event(
            "DTSTART:20270301T100000\r\nDTEND:20270301T110000\r\n"
            "RRULE:FREQ=WEEKLY;UNTIL=20270201T000000Z\r\n"
        ),
        "nr. 2 .* slutter, før den begynder",
    ),
    "bad rule": (
        _event("DTSTART:20270301T100000\r\nDTEND:20270301T110000\r\nRRULE:FREQ=SOMETIMES\r\n"),
        "nr. 2 ",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files_are_refused_and_nothing_is_imported(service: CaseService, name: str) -> None:
    data, message = BAD_FILES[name]
    with pytest.raises(InvalidInput, match=message) as caught:
        import_ics(service._db, data)
    assert caught.value.message.endswith("intet blev importeret.")
    assert "Hemmelig" not in caught.value.message and "Hansen" not in caught.value.message
    assert _all(service) == []


def test_a_failure_while_writing_rolls_back_everything(
    service: CaseService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from caseapp.planning import ics_import
    from caseapp.storage import connection

    calls = {"n": 0}
    original = ics_import.audit.record_many

    def failing(*args: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:  # after the series and singles are written, with the moved one
            raise connection.IntegrityError("disk full")
        original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(ics_import.audit, "record_many", failing)
    with pytest.raises(InvalidInput, match="intet blev importeret"):
        import_ics(service._db, OUTLOOK)
    assert calls["n"] == 3
    assert _all(service) == []


def test_keep_citizens_refuses_unknown_cases(service: CaseService, citizen_id: int) -> None:
    _fill_calendar(service, citizen_id)
    data = export_range(service._db, D(2027, 3, 1), D(2027, 3, 31))
    data = data.replace(f"X-CASEAPP-CITIZEN:{citizen_id}".encode(), b"X-CASEAPP-CITIZEN:999")
    before = len(_all(service))
    with pytest.raises(InvalidInput, match="sag 999, som ikke findes"):
        import_ics(service._db, data, keep_citizens=True)
    assert len(_all(service)) == before


def test_export_is_pure_over_plain_rows() -> None:
    data = export_ics(_tuesday_series(), T(2027, 3, 1), T(2027, 3, 8), stamp=T(2027, 1, 1))
    text = _unfolded(data)
    assert text.count("BEGIN:VEVENT") == 3 and "DTSTAMP:20270101T000000Z" in text
    assert export_ics(_tuesday_series(), T(2028, 1, 1), T(2028, 2, 1)).count(b"VEVENT") == 0
