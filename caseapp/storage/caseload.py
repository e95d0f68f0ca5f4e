"""The caseload: one row per citizen with the dates the lists sort and warn by (last contact,
next contact and status description due, deletion date of a closed case). A module of its own so
`caseapp citizens` reads it without the rest of the citizens' storage."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from caseapp.domain.caseload import CitizenSummary
from caseapp.domain.dates import add_months
from caseapp.domain.enums import CitizenStatus

if TYPE_CHECKING:
    import sqlcipher3
    import sqlite_utils

CONTACT_NOTE_KINDS = ("samtale", "telefon", "hjemmebesoeg", "netvaerksmoede")


_SUMMARY_SQL = f"""
SELECT c.id, c.name, c.cpr, c.case_type, c.legal_basis, c.status, c.is_child,
       c.contact_cadence_days, c.status_cadence_months, c.where_now, c.next_step, c.barriers,
       coalesce(nullif(c.responsible, ''), c.responsible_role) AS responsible,
       max(
         coalesce((SELECT substr(max(a.start), 1, 10) FROM appointments a
                   WHERE a.citizen_id = c.id AND a.status = 'held'), ''),
         coalesce((SELECT substr(n.occurred_at, 1, 10) FROM notes n
                   WHERE n.citizen_id = c.id
                     AND n.kind IN ({", ".join(f"'{k}'" for k in CONTACT_NOTE_KINDS)})
                     AND n.state = 'signed'  -- a draft is not yet a contact, anywhere
                   ORDER BY n.occurred_at DESC LIMIT 1), '')
       ) AS last_contact,
       (SELECT count(*) FROM goals g WHERE g.citizen_id = c.id AND g.level = 'sub'
          AND g.status = 'active' AND g.phase = 'now' AND g.archived = 0) AS active_subgoals,
       (SELECT max(s.period_end) FROM status_descriptions s
          WHERE s.citizen_id = c.id AND s.state = 'final') AS last_status,
       substr(c.created_at, 1, 10) AS created_on,
       CASE WHEN c.status = 'closed' THEN
         date(coalesce(c.closed_on, substr(c.updated_at, 1, 10)),
              '+' || coalesce(c.retention_days, (SELECT retention_days FROM retention_state)) || ' days')
       END AS deletion_date
FROM citizens c
"""


def _summary(row: dict) -> CitizenSummary:
    last_contact = dt.date.fromisoformat(row["last_contact"]) if row["last_contact"] else None
    last_status = dt.date.fromisoformat(row["last_status"]) if row["last_status"] else None
    cadence = int(row["contact_cadence_days"])
    status_months = row["status_cadence_months"] or (6 if row["is_child"] else 12)
    return CitizenSummary(
        id=row["id"],
        name=row["name"],
        cpr=row["cpr"],
        case_type=row["case_type"],
        legal_basis=row["legal_basis"],
        status=CitizenStatus(row["status"]),
        is_child=bool(row["is_child"]),
        contact_cadence_days=cadence,
        last_contact=last_contact,
        next_contact_due=last_contact + dt.timedelta(days=cadence) if last_contact else None,
        active_subgoals=int(row["active_subgoals"]),
        last_status=last_status,
        next_status_due=add_months(
            last_status or dt.date.fromisoformat(row["created_on"]), status_months
        ),
        where_now=row["where_now"],
        next_step=row["next_step"],
        barriers=row["barriers"],
        deletion_date=dt.date.fromisoformat(row["deletion_date"]) if row["deletion_date"] else None,
        responsible=row["responsible"],
    )


def summaries(db: sqlite_utils.Database | sqlcipher3.Connection,
              citizen_id: int | None = None) -> list[CitizenSummary]:
    """The caseload in name order (one citizen's row with `citizen_id`), over sqlite-utils or
    the plain connection (store.open_for_reading): only `execute` is used."""
    sql, params = _SUMMARY_SQL, []
    if citizen_id is not None:
        sql, params = sql + " WHERE c.id = ?", [citizen_id]
    cursor = db.execute(sql + " ORDER BY c.name COLLATE NOCASE", params)
    columns = [column[0] for column in cursor.description]
    return [_summary(dict(zip(columns, row, strict=True))) for row in cursor]
