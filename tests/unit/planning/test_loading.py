"""Stored series and moved occurrences load as occurrences."""

from __future__ import annotations

import dataclasses
import datetime as dt

from caseapp.planning.loading import load_occurrences
from caseapp.service import CaseService
from tests.unit.planning.helpers import _appointment, _tuesday_series

T = dt.datetime


def test_stored_series_and_moved_occurrence_load_as_occurrences(
    service: CaseService, citizen_id: int
) -> None:
    series = _tuesday_series()[0]
    series_id = service.calendar.add_appointment(dataclasses.replace(series, id=None, citizen_id=citizen_id))
    service.calendar.add_appointment(
        _appointment(
            T(2027, 3, 17, 13),
            series_id=series_id,
            original_start=T(2027, 3, 16, 10),
            citizen_id=citizen_id,
        )
    )
    found = load_occurrences(service._db, T(2027, 3, 15), T(2027, 3, 22))
    assert [(o.start, o.series_id, o.citizen_id) for o in found] == [
        (T(2027, 3, 17, 13), series_id, citizen_id)
    ]
