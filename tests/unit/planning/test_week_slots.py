"""Proposals and the citizens left unplaced carry their reason in English too."""

from __future__ import annotations

import datetime as dt

from caseapp.domain.enums import TimeOfDay
from caseapp.planning.week_planner import PlanningCitizen


def test_proposals_and_unplaced_carry_their_reason_in_english_too() -> None:
    from caseapp.planning.week_model import PlanningCitizen, UnplacedReason
    from caseapp.planning.week_slots import _english_reason, _unplaced

    def citizen(time: TimeOfDay) -> PlanningCitizen:
        return PlanningCitizen(id=1, due=dt.date(2025, 11, 20), preferred_time=time)

    unplaced = _unplaced(citizen(TimeOfDay.MORNING), UnplacedReason.PREFERRED_TIME_FULL)
    assert unplaced.message_in("da") == "Der er ingen ledig tid om formiddagen i ugen."
    assert unplaced.message_in("en") == "There is no free time in the morning this week."
    week_full = _unplaced(citizen(TimeOfDay.ANY), UnplacedReason.WEEK_FULL)
    assert week_full.message_in("en") == "There is no free time within working hours this week."
    reason = _english_reason(citizen(TimeOfDay.AFTERNOON), dt.date(2025, 11, 24), False)
    assert reason == "The contact was due by 20.11.2025; in the afternoon as wished."
