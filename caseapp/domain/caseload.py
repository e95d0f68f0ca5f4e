"""The caseload's row, on its own: `caseapp citizens` reads and prints it without loading the
other records of domain/models.py (each frozen dataclass costs a little to build at import)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from caseapp.domain.enums import CitizenStatus


@dataclass(frozen=True, slots=True)
class CitizenSummary:
    """One row of the caseload: what the list, the overview and `caseapp citizens` show."""

    id: int
    name: str
    cpr: str | None
    case_type: str
    legal_basis: str
    status: CitizenStatus
    is_child: bool
    contact_cadence_days: int
    last_contact: dt.date | None
    next_contact_due: dt.date | None
    active_subgoals: int
    last_status: dt.date | None
    next_status_due: dt.date | None
    where_now: str
    next_step: str
    barriers: str
    deletion_date: dt.date | None = None  # a closed case: when it is to be deleted
    responsible: str = ""  # the responsible worker's name (or login), as the team shows it
