"""The leader's view per worker: who is responsible for how many citizens, and what is overdue or
due within the week; and the caseload sheet grouped by worker."""

from __future__ import annotations

import datetime as dt

from caseapp.domain.team_load import NO_ONE, WorkerLoad, worker_loads
from caseapp.service import CaseService
from tests.unit.helpers import _citizen

TODAY = dt.date(2026, 12, 7)


def test_each_worker_gets_their_citizens_and_what_is_overdue_or_due_this_week(service: CaseService) -> None:
    _citizen(service, "Åse Ørnebjerg", "Anne Kontaktperson", 30)  # contact 16 days overdue
    _citizen(service, "Bjørn Æbelø", "Anne Kontaktperson", 10)  # due in 4 days
    _citizen(service, "Carl Ødegaard", "Bo Bøgh", 2)  # due in 12 days
    _citizen(service, "Dorthe Hansen", "", 40)
    loads = worker_loads(service.citizens.caseload(), TODAY)
    assert [(w.worker, w.citizens, w.contact_overdue, w.contact_soon) for w in loads] == [
        ("Anne Kontaktperson", 2, 1, 1), ("Bo Bøgh", 1, 0, 0), (NO_ONE, 1, 1, 0)]
    assert isinstance(loads[0], WorkerLoad) and loads[0].overdue >= 1
