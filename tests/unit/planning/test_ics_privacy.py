"""A calendar exported without names keeps titles that name no citizen, and no citizen's name at all."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import sqlite_utils

from caseapp.demo.generator import generate_demo
from caseapp.domain.enums import AppointmentKind, Place
from caseapp.domain.models import Appointment
from caseapp.planning.ics import export_range
from caseapp.service import CaseService
from caseapp.storage.keys import DatabaseKey
from tests.unit.planning.helpers import _unfolded

T = dt.datetime
D = dt.date
TEAM = "Teammøde – Én Indgang"


def test_default_export_keeps_titles_that_name_no_citizen(
    service: CaseService, citizen_id: int
) -> None:
    service.calendar.add_appointment(Appointment(
        AppointmentKind.TEAM_MEETING, T(2027, 3, 2, 9), T(2027, 3, 2, 10), title=TEAM,
        place=Place.OTHER, place_text="Mødelokale 2", description="Dagsorden i Teams."))
    service.calendar.add_appointment(Appointment(
        AppointmentKind.HOME_VISIT, T(2027, 3, 3, 9), T(2027, 3, 3, 10), citizen_id=citizen_id,
        title="Budget", place=Place.HOME, place_text="Hjemme på Strandvejen 4",
        description="Tal om huslejen."))
    text = _unfolded(export_range(service._db, D(2027, 3, 1), D(2027, 3, 31)))
    assert f"SUMMARY:{TEAM}" in text and "LOCATION:Mødelokale 2" in text
    assert "DESCRIPTION:Dagsorden i Teams." in text
    assert "SUMMARY:Hjemmebesøg – SÅB" in text and "LOCATION:Hjemme\r\n" in text
    for private in ("Budget", "Strandvejen", "huslejen", "Søren"):
        assert private not in text
    named = _unfolded(export_range(service._db, D(2027, 3, 1), D(2027, 3, 31), with_names=True))
    for written in ("Budget", "Strandvejen 4", "huslejen", "Søren Ågård Bækgaard", TEAM):
        assert written in named


def _names_of(db: sqlite_utils.Database) -> list[tuple[int, str, str]]:
    rows = db.execute("SELECT id, name FROM citizens ORDER BY id").fetchall()
    return [(row[0], row[1].split()[0], row[1].split()[-1]) for row in rows]


def test_no_demo_citizen_name_leaves_the_default_export(tmp_path: Path) -> None:
    with CaseService.create(tmp_path / "demo.db", DatabaseKey.random()) as service:
        generate_demo(service._db, citizens=25, years=0.5, seed=3, today=D(2027, 3, 1))
        people = _names_of(service._db)
        assert len(people) == 25
        closed = {c.id for c in service.citizens.caseload() if c.status == "closed"}  # read-only
        day = T(2027, 3, 8, 8)
        for number, (citizen_id, first, last) in enumerate(people):
            start = day + dt.timedelta(days=number % 5, minutes=20 * number)
            for linked in ((None,) if citizen_id in closed else (citizen_id, None)):
                service.calendar.add_appointment(Appointment(
                    AppointmentKind.OTHER, start, start + dt.timedelta(minutes=15),
                    citizen_id=linked, title=f"Møde med {first} {last}",
                    place=Place.OTHER, place_text=f"Hos {last}s mor",
                    description=f"{first} {last} og {first.upper()}s netværk."))
        default = _unfolded(export_range(service._db, D(2027, 3, 1), D(2027, 3, 31)))
        named = _unfolded(export_range(service._db, D(2027, 3, 1), D(2027, 3, 31),
                                       with_names=True))
    for _, first, last in people:
        for name in (first, last):
            pattern = re.compile(rf"(?<!\w){re.escape(name)}", re.IGNORECASE)
            assert not pattern.search(default), name
            assert pattern.search(named), name
    assert "SUMMARY:Møde med " in default  # the titles themselves are kept, names as initials
