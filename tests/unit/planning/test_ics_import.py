"""iCalendar fidelity: import keeps what the user wrote, re-import updates by UID,
events gone from the source are reported, the default export keeps titles that name no
citizen and no citizen's name at all, bad input is imported correctly or refused in one
sentence, an Outlook calendar survives a round trip, and icalendar's own test calendars
import or are refused without a crash."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest
import sqlite_utils

from caseapp.domain.enums import AppointmentKind, AppointmentStatus, Place
from caseapp.errors import InvalidInput
from caseapp.planning.ics import export_range, import_ics
from caseapp.planning.loading import load_occurrences
from caseapp.planning.recurrence import Occurrence
from caseapp.service import CaseService
from caseapp.storage import appointments
from caseapp.storage.keys import DatabaseKey
from tests.unit.planning.helpers import _refused, _row_count, _unfolded

T = dt.datetime
D = dt.date
FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "outlook_romance.ics"
OUTLOOK = FIXTURE.read_bytes()


SERIES_UID = (
    "040000008200E00074C5B7101A82E00800000000D0F3F1A6E2F0DA01000000000000000"
    "010000000A4B2F1C5D6E7F8091A2B3C4D5E6F7081"
)


TEAM = "Teammøde – Én Indgang"


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[sqlite_utils.Database]:
    service = CaseService.create(tmp_path / "other.db", DatabaseKey.random())
    yield service._db
    service.close()


def _all(db: sqlite_utils.Database) -> list[Occurrence]:
    return load_occurrences(db, T(2020, 1, 1), T(2030, 1, 1))


def _shown(occurrences: list[Occurrence]) -> list[tuple]:
    return [(o.start, o.end, o.title, o.place_text, o.all_day, o.status) for o in occurrences]


def _tuesdays(*days: tuple[int, int]) -> list[tuple]:
    return [
        (T(2027, m, d, 9, 30), T(2027, m, d, 10, 30), TEAM, "Mødelokale 2", False,
         AppointmentStatus.PLANNED)
        for m, d in days
    ]


PLANNED = AppointmentStatus.PLANNED


# The fixture's occurrences as Outlook shows them, in Copenhagen time: the weekly team meeting
# without 16 March (EXDATE), with 23 March moved to 24 March 13-14 in another room; summer
# time from 28 March changes nothing (the zone is Copenhagen's); UNTIL 07:30Z is 09:30 CEST.
EXPECTED = sorted(
    _tuesdays((3, 2), (3, 9), (3, 30), (4, 6), (4, 13), (4, 20), (4, 27), (5, 4), (5, 11),
              (5, 18), (5, 25))
    + [
        (T(2027, 3, 24, 13), T(2027, 3, 24, 14), TEAM, "Mødelokale 4", False, PLANNED),
        (T(2027, 3, 29), T(2027, 3, 30), "Temadag om rusmidler", "Rådhuset, sal B", True, PLANNED),
        (T(2027, 3, 31, 14), T(2027, 3, 31, 15), "Supervision", "Microsoft Teams-møde", False,
         PLANNED),
    ]
)


def test_outlook_import_keeps_title_place_description_whole_days_and_uid(
    db: sqlite_utils.Database,
) -> None:
    report = import_ics(db, OUTLOOK)
    assert (report.created, report.updated, report.unchanged, report.missing) == (4, 0, 0, ())
    assert _shown(_all(db)) == EXPECTED
    series = next(a for a in appointments.imported(db) if a.rrule)
    assert series.ics_uid == SERIES_UID and series.ics_sequence == 2
    assert series.ics_last_modified == T(2027, 2, 20, 12, 59)  # 11:59Z in Copenhagen time
    assert series.description == (
        "Fast teammøde i Én Indgang.\nDagsorden ligger i Teams-kanalen, punkt 1-3."
    )
    assert (series.place, series.place_text) == (Place.OTHER, "Mødelokale 2")
    assert (series.attendee_count, series.has_organiser) == (2, True)  # the room is no person
    theme_day = next(a for a in appointments.imported(db) if a.all_day)
    assert theme_day.categories == ("Kursus", "Intern")
    assert report.sentence() == "Kalender indlæst: 4 nye aftaler, 0 opdateret, 0 uændret."


def test_no_organiser_or_attendee_name_is_stored(db: sqlite_utils.Database) -> None:
    import_ics(db, OUTLOOK)
    stored = " ".join(
        str(row) for table in db.table_names() for row in db.execute(f'SELECT * FROM "{table}"')
    )
    for name in ("Mette", "Holm", "Jonas", "Berg", "Lise", "Dahl", "mailto", "kommune.example"):
        assert name not in stored


def test_importing_the_same_file_again_duplicates_nothing(db: sqlite_utils.Database) -> None:
    import_ics(db, OUTLOOK)
    rows = _row_count(db)
    again = import_ics(db, OUTLOOK)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    assert _row_count(db) == rows and _shown(_all(db)) == EXPECTED


def _newer(data: bytes, *changes: tuple[str, str]) -> bytes:
    text = data.decode("utf-8")
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new)
    return text.encode("utf-8")


def test_a_newer_export_updates_the_same_appointments_and_keeps_local_links(
    db: sqlite_utils.Database,
) -> None:
    import_ics(db, OUTLOOK)
    supervision = next(a for a in appointments.imported(db) if a.title == "Supervision")
    citizen_id = db.table("citizens").insert(
        {"name": "Åse Nørgaard", "created_at": "2027-01-01", "updated_at": "2027-01-01"}
    ).last_pk
    appointments.update(db, dataclasses.replace(
        supervision, citizen_id=citizen_id, status=AppointmentStatus.HELD,
        kind=AppointmentKind.SUPERVISION))
    newer = _newer(
        OUTLOOK,
        ("SEQUENCE:2\r\nSUMMARY;LANGUAGE=da-DK:Teammøde – Én Indgang\r\nTRANSP:OPAQUE\r\n"
         "UID:040000008200E00074C5B7101A82E00800000000D0F3F1A6E2F0DA01000000000000000\r\n"
         " 010000000A4B2F1C5D6E7F8091A2B3C4D5E6F7081\r\nX-ALT-DESC",
         "SEQUENCE:3\r\nSUMMARY;LANGUAGE=da-DK:Teammøde (nyt lokale)\r\nTRANSP:OPAQUE\r\n"
         "UID:040000008200E00074C5B7101A82E00800000000D0F3F1A6E2F0DA01000000000000000\r\n"
         " 010000000A4B2F1C5D6E7F8091A2B3C4D5E6F7081\r\nX-ALT-DESC"),
        ("LAST-MODIFIED:20270301T130000Z\r\nLOCATION:Microsoft Teams-møde",
         "LAST-MODIFIED:20270305T130000Z\r\nLOCATION:Mødelokale 7"),
    )
    report = import_ics(db, newer)
    assert (report.created, report.updated, report.unchanged) == (0, 2, 2)
    after = {a.id: a for a in appointments.imported(db)}
    series = next(a for a in after.values() if a.rrule)
    assert series.title == "Teammøde (nyt lokale)" and series.ics_sequence == 3
    kept = after[supervision.id]  # the same row, updated in place
    assert kept.place_text == "Mødelokale 7"
    assert (kept.citizen_id, kept.status, kept.kind) == (
        citizen_id, AppointmentStatus.HELD, AppointmentKind.SUPERVISION)  # ours stay ours
    older = _newer(OUTLOOK, ("SEQUENCE:2\r\nSUMMARY;LANGUAGE=da-DK:Teammøde – Én Indgang\r\n"
                             "TRANSP:OPAQUE\r\nUID:0400", "SEQUENCE:1\r\nSUMMARY:Gammel titel\r\n"
                             "TRANSP:OPAQUE\r\nUID:0400"))
    assert import_ics(db, older).updated == 0  # an older version changes nothing
    assert next(a for a in appointments.imported(db) if a.rrule).title == "Teammøde (nyt lokale)"


def test_a_newer_series_without_its_moved_occurrence_puts_it_back(
    db: sqlite_utils.Database,
) -> None:
    import_ics(db, OUTLOOK)
    text = OUTLOOK.decode("utf-8")
    events = text.split("BEGIN:VEVENT")
    without_moved = "BEGIN:VEVENT".join([events[0], events[1], *events[3:]])
    newer = without_moved.replace("SEQUENCE:2", "SEQUENCE:3").encode("utf-8")
    report = import_ics(db, newer)
    assert report.removed == 1
    shown = _shown(_all(db))
    assert _tuesdays((3, 23))[0] in shown
    assert not any(row[0] == T(2027, 3, 24, 13) for row in shown)


def test_events_gone_from_the_calendar_are_reported_and_kept(db: sqlite_utils.Database) -> None:
    import_ics(db, OUTLOOK)
    supervision = next(a for a in appointments.imported(db) if a.title == "Supervision")
    events = OUTLOOK.decode("utf-8").split("BEGIN:VEVENT")
    gone = "BEGIN:VEVENT".join(events[:-1]) + "END:VCALENDAR\r\n"
    report = import_ics(db, gone.encode("utf-8"))
    assert report.missing == (supervision.id,)
    assert "1 aftale fra samme kalender findes ikke længere i filen og er beholdt" in (
        report.sentence())
    assert appointments.get(db, supervision.id).title == "Supervision"  # not deleted
    # an export of a shorter stretch (only the theme day) reports nothing outside it
    theme_only = "BEGIN:VEVENT".join([events[0], events[3]]) + "END:VCALENDAR\r\n"
    report = import_ics(db, theme_only.encode("utf-8"))
    assert supervision.id not in report.missing  # 31 March is after the file's 29 March
    series = next(a for a in appointments.imported(db) if a.rrule)
    assert series.id in report.missing  # the series runs through 29 March: it is reported
    # another calendar's file never reports this calendar's events
    other = gone.replace("X-WR-CALNAME:Kalender", "X-WR-CALNAME:Fælleskalender").replace(
        "X-WR-RELCALID:{0000002E-6F3A-1D2C-8A42-5B1E0C9D7A11}\r\n", "")
    assert import_ics(db, other.encode("utf-8")).missing == ()


def _calendar(*events: str, head: str = "") -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\nUID:e{n}\r\n{e}END:VEVENT\r\n" for n, e in enumerate(events))
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\n{head}{body}"
            "END:VCALENDAR\r\n").encode()


GOOD = "SUMMARY:God\r\nDTSTART:20270301T090000\r\nDTEND:20270301T100000\r\n"


def test_an_unknown_zone_is_refused_after_good_events_and_nothing_is_kept(
    db: sqlite_utils.Database,
) -> None:
    bad = ("DTSTART;TZID=Atlantis/Poseidonia:20270301T090000\r\n"
           "DTEND;TZID=Atlantis/Poseidonia:20270301T100000\r\n")
    _refused(db, _calendar(GOOD, GOOD, bad), r"nr\. 3 .*ukendt tidszone \(Atlantis/Poseidonia\)")


def test_a_zone_defined_only_in_the_file_is_used(db: sqlite_utils.Database) -> None:
    zone = ("BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\nBEGIN:STANDARD\r\n"
            "DTSTART:16010101T000000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\n"
            "END:STANDARD\r\nEND:VTIMEZONE\r\n")
    event = ("DTSTART;TZID=Customized Time Zone:20270301T100000\r\n"
             "DTEND;TZID=Customized Time Zone:20270301T110000\r\n")
    import_ics(db, _calendar(event, head=zone))
    assert [(o.start, o.end) for o in _all(db)] == [(T(2027, 3, 1, 8), T(2027, 3, 1, 9))]


def test_floating_times_are_local_wall_clock_times(db: sqlite_utils.Database) -> None:
    import_ics(db, _calendar("DTSTART:20270701T090000\r\nDTEND:20270701T093000\r\n"))
    assert [(o.start, o.end) for o in _all(db)] == [(T(2027, 7, 1, 9), T(2027, 7, 1, 9, 30))]


@pytest.mark.parametrize(
    "until", ["UNTIL=20270322T090000", "UNTIL=20270322T130000Z", "UNTIL=20270322"]
)
def test_until_in_another_zone_keeps_the_last_occurrence(
    db: sqlite_utils.Database, until: str
) -> None:
    """9.00 in New York every Monday until 22 March 09.00 New York time (13.00Z): four
    meetings, the last one kept although New York moves to summer time two weeks earlier."""
    import_ics(db, _calendar(
        "DTSTART;TZID=America/New_York:20270301T090000\r\n"
        "DTEND;TZID=America/New_York:20270301T100000\r\n"
        f"RRULE:FREQ=WEEKLY;{until}\r\n"))
    starts = [o.start for o in _all(db)]
    assert len(starts) == 4 and starts[0] == T(2027, 3, 1, 15)  # 14.00Z is 15.00 in Copenhagen
    assert starts[-1].date() == D(2027, 3, 22)


def test_rdate_adds_occurrences_and_goes_back_out_as_rdate(
    db: sqlite_utils.Database, other_db: sqlite_utils.Database
) -> None:
    data = _calendar(
        "SUMMARY:Netværksmøde\r\nDTSTART;TZID=Europe/Copenhagen:20270301T090000\r\n"
        "DTEND;TZID=Europe/Copenhagen:20270301T100000\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n"
        "RDATE;TZID=Europe/Copenhagen:20270304T130000,20270311T130000\r\n",
        "SUMMARY:Kursus\r\nDTSTART;VALUE=DATE:20270401\r\nDTEND;VALUE=DATE:20270402\r\n"
        "RDATE;VALUE=PERIOD:20270405T080000Z/PT2H\r\n",
    )
    import_ics(db, data)
    shown = [(o.start, o.end, o.title) for o in _all(db)]
    assert shown == [
        (T(2027, 3, 1, 9), T(2027, 3, 1, 10), "Netværksmøde"),
        (T(2027, 3, 4, 13), T(2027, 3, 4, 14), "Netværksmøde"),
        (T(2027, 3, 8, 9), T(2027, 3, 8, 10), "Netværksmøde"),
        (T(2027, 3, 11, 13), T(2027, 3, 11, 14), "Netværksmøde"),
        (T(2027, 3, 15, 9), T(2027, 3, 15, 10), "Netværksmøde"),
        (T(2027, 4, 1), T(2027, 4, 2), "Kursus"),
        (T(2027, 4, 5, 10), T(2027, 4, 5, 12), "Kursus"),  # 08:00Z for two hours
    ]
    out = export_range(db, D(2027, 3, 1), D(2027, 4, 30))
    assert "RDATE;TZID=Europe/Copenhagen:20270304T130000,20270311T130000" in _unfolded(out)
    import_ics(other_db, out)
    assert [(o.start, o.end, o.title) for o in _all(other_db)] == shown
    assert _row_count(db) == _row_count(other_db)
    again = import_ics(db, data)  # the dates are keyed like moved occurrences: no duplicates
    assert again.created == 0 and len(_all(db)) == len(shown)


def test_ten_thousand_exdates(db: sqlite_utils.Database) -> None:
    first = T(2027, 1, 1, 9)
    skipped = [first + dt.timedelta(days=n) for n in range(10_000)]
    lines = "".join(
        "EXDATE:" + ",".join(f"{d:%Y%m%dT%H%M%S}" for d in skipped[i:i + 500]) + "\r\n"
        for i in range(0, 10_000, 500)
    )
    import_ics(db, _calendar(
        f"DTSTART:{first:%Y%m%dT%H%M%S}\r\nDTEND:20270101T100000\r\n"
        f"RRULE:FREQ=DAILY;COUNT=10003\r\n{lines}"))
    series = appointments.imported(db)[0]
    assert len(series.exdates) == 10_000
    left = load_occurrences(db, T(2026, 1, 1), T(2060, 1, 1))
    assert [o.start for o in left] == [first + dt.timedelta(days=10_000 + n) for n in range(3)]


def test_duration_instead_of_dtend(db: sqlite_utils.Database) -> None:
    import_ics(db, _calendar(
        "DTSTART;TZID=Europe/Copenhagen:20270301T090000\r\nDURATION:PT1H30M\r\n",
        "DTSTART;VALUE=DATE:20270310\r\nDURATION:P2D\r\n"))
    assert [(o.start, o.end, o.all_day) for o in _all(db)] == [
        (T(2027, 3, 1, 9), T(2027, 3, 1, 10, 30), False),
        (T(2027, 3, 10), T(2027, 3, 12), True),
    ]


def test_outlook_round_trip_gives_back_the_same_occurrences(
    db: sqlite_utils.Database, other_db: sqlite_utils.Database
) -> None:
    import_ics(db, OUTLOOK)
    out = export_range(db, D(2027, 3, 1), D(2027, 5, 31))  # the default, without names
    text = _unfolded(out)
    assert f"UID:{SERIES_UID}" in text  # Outlook gets its own event back, not a copy
    assert "DTSTART;VALUE=DATE:20270329" in text and "DTEND;VALUE=DATE:20270330" in text
    assert "LOCATION:Mødelokale 2" in text and "LOCATION:Rådhuset, sal B" in text
    assert "EXDATE;TZID=Europe/Copenhagen:20270316T093000" in text
    assert "RECURRENCE-ID;TZID=Europe/Copenhagen:20270323T093000" in text
    parsed = icalendar.Calendar.from_ical(out)  # and icalendar reads what we wrote
    assert len(parsed.walk("VEVENT")) == 4
    import_ics(other_db, out)
    assert _shown(_all(other_db)) == _shown(_all(db)) == EXPECTED
    again = import_ics(db, out)  # our export back into the calendar it came from
    assert again.created == 0 and _shown(_all(db)) == EXPECTED


ICALENDAR_CALENDARS = sorted((Path(icalendar.__file__).parent / "tests" / "calendars").glob(
    "*.ics"))


def test_icalendar_ships_its_test_calendars() -> None:
    assert len(ICALENDAR_CALENDARS) > 50


@pytest.mark.parametrize("path", ICALENDAR_CALENDARS, ids=lambda p: p.name)
def test_icalendar_test_calendar_imports_or_is_refused(
    db: sqlite_utils.Database, path: Path
) -> None:
    try:
        report = import_ics(db, path.read_bytes())
    except InvalidInput as exc:
        assert exc.message.endswith("intet blev importeret.") and "\n" not in exc.message
        assert _row_count(db) == 0
        return
    assert _row_count(db) == report.created
    assert _row_count(db) == 0 or _all(db) is not None


def test_a_whole_day_series_goes_out_with_dates_and_comes_back_the_same(
    db: sqlite_utils.Database, other_db: sqlite_utils.Database
) -> None:
    import_ics(db, _calendar(
        "SUMMARY:Fredagsbar\r\nDTSTART;VALUE=DATE:20270305\r\nDTEND;VALUE=DATE:20270306\r\n"
        "RRULE:FREQ=WEEKLY;UNTIL=20270326\r\nEXDATE;VALUE=DATE:20270312\r\n"))
    out = export_range(db, D(2027, 3, 1), D(2027, 3, 31))
    text = _unfolded(out)
    assert "RRULE:FREQ=WEEKLY;UNTIL=20270326\r\n" in text  # a DATE next to a DATE start
    assert "EXDATE;VALUE=DATE:20270312" in text
    import_ics(other_db, out)
    assert _shown(_all(other_db)) == _shown(_all(db))
    assert [(o.start.date(), o.all_day) for o in _all(db)] == [
        (D(2027, 3, 5), True), (D(2027, 3, 19), True), (D(2027, 3, 26), True)]
