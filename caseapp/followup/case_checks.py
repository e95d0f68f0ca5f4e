"""What every follow-up record checks about the citizen it belongs to."""

from __future__ import annotations

import sqlite_utils

from caseapp.errors import InvalidInput, NotFound


def require_open_case(db: sqlite_utils.Database, citizen_id: int) -> str:
    """The citizen's name, if the citizen exists and the case is open; else one sentence."""
    row = db.execute("SELECT name, status FROM citizens WHERE id = ?", [citizen_id]).fetchone()
    if row is None:
        raise NotFound(f"Der findes ingen borger med nummer {citizen_id}.")
    if row[1] == "closed":
        raise InvalidInput("Sagen er afsluttet; dens frister er lukket med den.")
    return str(row[0])


def require_contact_of(db: sqlite_utils.Database, contact_id: int | None, citizen_id: int) -> None:
    """The contact is one of the citizen's network (a provider, a participant, whom a consent
    is for)."""
    row = db.execute("SELECT citizen_id FROM network_contacts WHERE id = ?", [contact_id]).fetchone()
    if row is None or row[0] != citizen_id:
        raise InvalidInput(f"Borgeren har ingen netværkskontakt med nummer {contact_id}.")


def require_goal_of(db: sqlite_utils.Database, goal_id: int, citizen_id: int) -> None:
    row = db.execute("SELECT citizen_id FROM goals WHERE id = ?", [goal_id]).fetchone()
    if row is None or row[0] != citizen_id:
        raise InvalidInput(f"Borgeren har intet delmål med nummer {goal_id}.")
