"""What the leader sees per worker in the team's shared caseload: how many citizens each is
responsible for, and what is overdue or due within the week (contact and status description).
A pure rule on the caseload's rows; the same dates as the caseload sheet and I dag."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from caseapp.domain.models import CitizenSummary

SOON = dt.timedelta(days=7)
NO_ONE = "(ingen ansvarlig)"


@dataclass(frozen=True)
class WorkerLoad:
    worker: str
    citizens: int
    contact_overdue: int
    contact_soon: int
    status_overdue: int
    status_soon: int

    @property
    def overdue(self) -> int:
        return self.contact_overdue + self.status_overdue


def worker_of(summary: CitizenSummary) -> str:
    return summary.responsible.strip() or NO_ONE


def _late(day: dt.date | None, today: dt.date) -> bool:
    return day is not None and day < today


def _soon(day: dt.date | None, today: dt.date) -> bool:
    return day is not None and today <= day < today + SOON


def worker_loads(rows: Iterable[CitizenSummary], today: dt.date) -> list[WorkerLoad]:
    """One line per worker, the most overdue first, then by name; no one responsible last."""
    by_worker: dict[str, list[CitizenSummary]] = {}
    for row in rows:
        by_worker.setdefault(worker_of(row), []).append(row)
    loads = [
        WorkerLoad(
            worker, len(mine),
            sum(_late(c.next_contact_due, today) for c in mine),
            sum(_soon(c.next_contact_due, today) for c in mine),
            sum(_late(c.next_status_due, today) for c in mine),
            sum(_soon(c.next_status_due, today) for c in mine),
        )
        for worker, mine in by_worker.items()
    ]
    return sorted(loads, key=lambda w: (w.worker == NO_ONE, -w.overdue, w.worker.casefold()))
