"""The calendar commands: export and import through files, bad dates, a missing or oversized file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from caseapp.errors import InvalidInput
from caseapp.planning import commands
from caseapp.planning.ics import MAX_ICS_BYTES
from caseapp.service import CaseService
from tests.unit.planning.helpers import _fill_calendar, _refused, _row_count

T = dt.datetime


def _export(service: CaseService):
    """The export `caseapp calendar export` hands the command: the service's own."""
    return lambda first, last, names: service.export_calendar(first, last, with_names=names)


def test_calendar_commands_export_and_import(
    service: CaseService,
    fresh: CaseService,
    citizen_id: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _fill_calendar(service, citizen_id)
    out = tmp_path / "uge.ics"
    assert commands.calendar_export("2027-03-01", "31.03.2027", out, _export(service)) == 0
    assert out.stat().st_mode & 0o077 == 0  # readable by the owner only
    assert "5 begivenheder" in capsys.readouterr().out
    assert commands.calendar_import(fresh.calendar, out) == 0
    assert "5 nye aftaler" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("date_from", "date_to", "message"),
    [("1. marts", "2027-03-31", "--from skal"), ("2027-03-31", "2027-03-01", "--to skal")],
)
def test_calendar_export_refuses_bad_dates(
    service: CaseService, tmp_path: Path, date_from: str, date_to: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        commands.calendar_export(date_from, date_to, tmp_path / "x.ics", _export(service))
    assert not (tmp_path / "x.ics").exists()


def test_calendar_import_of_a_missing_file(service: CaseService, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="findes ikke"):
        commands.calendar_import(service.calendar, tmp_path / "findes-ikke.ics")


GOOD = "SUMMARY:God\r\nDTSTART:20270301T090000\r\nDTEND:20270301T100000\r\n"


def test_a_file_over_50_mb_is_refused_unread(service: CaseService, tmp_path: Path) -> None:
    db = service._db
    event = GOOD.encode()
    padding = b"X-PADDING:" + b"x" * 70 + b"\r\n"
    body = b"BEGIN:VEVENT\r\nUID:big\r\n" + event + b"END:VEVENT\r\n"
    data = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + body
    data += padding * ((MAX_ICS_BYTES - len(data)) // len(padding) + 1) + b"END:VCALENDAR\r\n"
    assert len(data) > 50 * 1024 * 1024
    _refused(db, data, "for stor")
    big = tmp_path / "stor.ics"
    big.write_bytes(data)
    with pytest.raises(InvalidInput, match="for stor"):
        commands.calendar_import(service.calendar, big)
    assert _row_count(db) == 0
