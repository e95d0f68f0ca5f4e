"""Citizens, their network and their consents."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

from caseapp.domain.enums import ConsentTopic
from caseapp.domain.models import Citizen, Consent, NetworkContact
from caseapp.errors import NotFound
from caseapp.storage.rows import from_row, insert_row, query, to_row, update_row

if TYPE_CHECKING:
    import sqlite_utils


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
    rows = list(query(db, "SELECT * FROM citizens WHERE id = ?", [citizen_id]))
    if not rows:
        raise NotFound(f"Der findes ingen borger med id {citizen_id}.")
    return from_row(Citizen, rows[0])


def count(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count(*) FROM citizens").fetchone()[0])


def insert_contact(db: sqlite_utils.Database, contact: NetworkContact) -> int:
    return insert_row(db, "network_contacts", to_row(contact))


def contacts(db: sqlite_utils.Database, citizen_id: int) -> list[NetworkContact]:
    rows = query(db, "SELECT * FROM network_contacts WHERE citizen_id = ? ORDER BY id", [citizen_id])
    return [from_row(NetworkContact, r) for r in rows]


def insert_consent(db: sqlite_utils.Database, consent: Consent) -> int:
    return insert_row(db, "consents", to_row(consent))


def consents(db: sqlite_utils.Database, citizen_id: int) -> list[Consent]:
    rows = query(db, "SELECT * FROM consents WHERE citizen_id = ? ORDER BY id", [citizen_id])
    return [from_row(Consent, r) for r in rows]


def consent(db: sqlite_utils.Database, consent_id: int) -> Consent | None:
    rows = list(query(db, "SELECT * FROM consents WHERE id = ?", [consent_id]))
    return from_row(Consent, rows[0]) if rows else None


def set_consent_scope(db: sqlite_utils.Database, consent_id: int, contact_id: int | None,
                      topics: tuple[ConsentTopic, ...], reviewed_on: dt.date) -> None:
    update_row(db, "consents", consent_id, {
        "contact_id": contact_id, "topics": json.dumps([t.value for t in topics]),
        "reviewed_on": reviewed_on.isoformat()})
