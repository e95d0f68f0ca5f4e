"""Citizens, their network and their consents."""

from __future__ import annotations

import datetime as dt
import json

import sqlite_utils

from caseapp.domain.dates import add_months
from caseapp.domain.enums import CitizenStatus, ConsentTopic
from caseapp.domain.models import Citizen, CitizenSummary, Consent, NetworkContact
from caseapp.errors import NotFound
from caseapp.storage.rows import from_row, insert_row, to_row, update_row

CONTACT_NOTE_KINDS = ("samtale", "telefon", "hjemmebesoeg", "netvaerksmoede")


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def insert(db: sqlite_utils.Database, citizen: Citizen) -> int:
    row = to_row(citizen) | {"created_at": _now(), "updated_at": _now()}
    return insert_row(db, "citizens", row)


def update(db: sqlite_utils.Database, citizen: Citizen) -> None:
    assert citizen.id is not None
    get(db, citizen.id)
    update_row(db, "citizens", citizen.id, stored(citizen) | touched_now())


def stored(citizen: Citizen) -> dict[str, object]:
    """The citizen's columns as the table holds them."""
    return to_row(citizen)


def touched_now() -> dict[str, str]:
    """The column an update sets besides the fields changed."""
    return {"updated_at": _now()}


def get(db: sqlite_utils.Database, citizen_id: int) -> Citizen:
    rows = list(db.query("SELECT * FROM citizens WHERE id = ?", [citizen_id]))
    if not rows:
        raise NotFound(f"Der findes ingen borger med id {citizen_id}.")
    return from_row(Citizen, rows[0])


def count(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count(*) FROM citizens").fetchone()[0])


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


def summaries(db: sqlite_utils.Database, citizen_id: int | None = None) -> list[CitizenSummary]:
    sql, params = _SUMMARY_SQL, []
    if citizen_id is not None:
        sql, params = sql + " WHERE c.id = ?", [citizen_id]
    return [_summary(r) for r in db.query(sql + " ORDER BY c.name COLLATE NOCASE", params)]


def insert_contact(db: sqlite_utils.Database, contact: NetworkContact) -> int:
    return insert_row(db, "network_contacts", to_row(contact))


def contacts(db: sqlite_utils.Database, citizen_id: int) -> list[NetworkContact]:
    rows = db.query("SELECT * FROM network_contacts WHERE citizen_id = ? ORDER BY id", [citizen_id])
    return [from_row(NetworkContact, r) for r in rows]


def insert_consent(db: sqlite_utils.Database, consent: Consent) -> int:
    return insert_row(db, "consents", to_row(consent))


def consents(db: sqlite_utils.Database, citizen_id: int) -> list[Consent]:
    rows = db.query("SELECT * FROM consents WHERE citizen_id = ? ORDER BY id", [citizen_id])
    return [from_row(Consent, r) for r in rows]


def consent(db: sqlite_utils.Database, consent_id: int) -> Consent | None:
    rows = list(db.query("SELECT * FROM consents WHERE id = ?", [consent_id]))
    return from_row(Consent, rows[0]) if rows else None


def set_consent_scope(db: sqlite_utils.Database, consent_id: int, contact_id: int | None,
                      topics: tuple[ConsentTopic, ...], reviewed_on: dt.date) -> None:
    update_row(db, "consents", consent_id, {
        "contact_id": contact_id, "topics": json.dumps([t.value for t in topics]),
        "reviewed_on": reviewed_on.isoformat()})
