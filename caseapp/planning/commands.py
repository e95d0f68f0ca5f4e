"""`caseapp calendar export|import`: the command-line side of the iCalendar exchange.

Each function takes what the open database's services offer (`service.export_calendar`,
`service.calendar`) and plain arguments, prints one Danish line and returns the exit code; errors
are CaseappError sentences, which the command line prints without a traceback.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.errors import InvalidInput
from caseapp.planning.ics_reader import MAX_ICS_BYTES

if TYPE_CHECKING:
    from caseapp.planning.service import Calendar

log = logging.getLogger(__name__)

_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y")


def parse_date(text: str, option: str) -> dt.date:
    """A date written as 2027-05-03 or 03.05.2027; InvalidInput naming the option otherwise."""
    for form in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    raise InvalidInput(f"{option} skal være en dato som 2027-05-03 eller 03.05.2027.")


def calendar_export(
    date_from: str,
    date_to: str,
    out: Path,
    export: Callable[[dt.date, dt.date, bool], bytes],
    with_names: bool = False,
) -> int:
    """Write the calendar from `date_from` to `date_to` (both included) to `out`;
    `export(first, last, with_names)` makes the file (`CaseService.export_calendar`)."""
    first, last = parse_date(date_from, "--from"), parse_date(date_to, "--to")
    if last < first:
        raise InvalidInput("--to skal ligge på eller efter --from.")
    data = export(first, last, with_names)
    write_private_file(Path(out).expanduser(), data)
    reminders = data.count(b"\r\nX-CASEAPP-DEADLINE:")
    count = data.count(b"BEGIN:VEVENT") - reminders
    names = "med navne" if with_names else "uden navne"
    events = "begivenhed" if count == 1 else "begivenheder"
    deadlines = f" og {reminders} {'frist' if reminders == 1 else 'frister'}" if reminders else ""
    print(f"Kalender skrevet ({names}): {count} {events}{deadlines} til {out}")
    return 0


def calendar_import(calendar: Calendar, file: Path, keep_citizens: bool = False) -> int:
    """Import every event of an .ics file, all or nothing."""
    path = Path(file).expanduser()
    if not path.is_file():
        raise InvalidInput(f"Kalenderfilen {path} findes ikke.")
    if path.stat().st_size > MAX_ICS_BYTES:
        raise InvalidInput("Kalenderfilen er for stor; intet blev importeret.")
    report = calendar.import_ics(path.read_bytes(), keep_citizens=keep_citizens)
    print(report.sentence())
    return 0


def write_private_file(path: Path, data: bytes) -> None:
    """Write `data` readable by the owner only, whole or not at all."""
    if not path.parent.is_dir():
        raise InvalidInput(f"Mappen {path.parent} findes ikke.")
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".caseapp-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
