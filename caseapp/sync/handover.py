"""Handing a citizen over to a colleague in the team (overdragelse).

The responsible worker offers the citizen to another member (`offer`); the receiver accepts
(`accept`) and is from then on the responsible one, on every machine. Both are plain columns of
the citizen's row (migration m021), so they travel with the team's sync like any other field;
a handover to someone who is not a member, of a citizen the team does not share, or by someone
who is not responsible is refused with one sentence before anything is written.

Members are known locally: this database's own login and the logins of the devices it trusts
(sync_devices), so a handover works offline too; a colleague who joined since the last sync is
known after the next.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlite_utils

from caseapp.errors import InvalidInput, NotFound
from caseapp.sync import local_store


@dataclass(frozen=True)
class Handover:
    citizen_id: int
    responsible: str  # the name shown as responsible (free text, or the member's name)
    responsible_role: str  # the member's login; '' when only the text is known
    to_role: str  # a handover waiting for this member to accept; '' when none
    from_role: str  # who handed over (kept after the acceptance)
    on: dt.date | None  # when it was handed over, or accepted

    @property
    def pending(self) -> bool:
        return bool(self.to_role)


def state(db: sqlite_utils.Database, citizen_id: int) -> Handover:
    row = db.execute(
        "SELECT responsible, responsible_role, handover_to, handover_from, handover_on "
        "FROM citizens WHERE id = ?", [citizen_id]).fetchone()
    if row is None:
        raise NotFound(f"Der findes ingen borger med id {citizen_id}.")
    on = dt.date.fromisoformat(row[4]) if row[4] else None
    return Handover(citizen_id, row[0], row[1], row[2], row[3], on)


def members(db: sqlite_utils.Database) -> list[str]:
    """The logins of the team's members this database knows (itself included), sorted."""
    me = local_store.state(db).member_role
    rows = db.execute(
        "SELECT DISTINCT role FROM sync_devices WHERE trusted = 1 AND revoked_last IS NULL").fetchall()
    return sorted({r[0] for r in rows if r[0]} | ({me} if me else set()))


def check_offer(db: sqlite_utils.Database, citizen_id: int, to_role: str) -> str:
    """The member the citizen would go to, or InvalidInput naming what is wrong."""
    current = state(db, citizen_id)
    me = local_store.state(db).member_role
    if not me:
        raise InvalidInput("Databasen er ikke med i et team; en borger overdrages til en kollega i teamet.")
    to = to_role.strip()
    known = members(db)
    if to not in known:
        others = ", ".join(m for m in known if m != me) or "ingen endnu"
        raise InvalidInput(f"«{to}» er ikke medlem af teamet; borgeren kan overdrages til: {others}.")
    if to == me:
        raise InvalidInput("Borgeren kan ikke overdrages til dig selv.")
    if not db.execute("SELECT 1 FROM sync_shared WHERE citizen_id = ?", [citizen_id]).fetchone():
        raise InvalidInput("Borgeren er ikke delt med teamet; del borgeren først, så kollegaen kan se sagen.")
    if current.responsible_role and current.responsible_role != me:
        raise InvalidInput(f"Kun den ansvarlige ({current.responsible or current.responsible_role}) "
                           "kan overdrage borgeren.")
    return to


def offer(db: sqlite_utils.Database, citizen_id: int, to_role: str, today: dt.date) -> Handover:
    """Hand the citizen to `to_role`; they are responsible once they accept."""
    to = check_offer(db, citizen_id, to_role)
    me = local_store.state(db).member_role
    db.execute(
        "UPDATE citizens SET handover_to = ?, handover_from = ?, handover_on = ? WHERE id = ?",
        [to, me, today.isoformat(), citizen_id])
    return state(db, citizen_id)


def accept(db: sqlite_utils.Database, citizen_id: int, my_name: str, today: dt.date) -> Handover:
    """The receiver takes the citizen over: responsible from now on, on every machine."""
    current = state(db, citizen_id)
    me = local_store.state(db).member_role
    if not current.pending:
        raise InvalidInput("Borgeren er ikke ved at blive overdraget; der er intet at modtage.")
    if current.to_role != me:
        raise InvalidInput(f"Borgeren er overdraget til {current.to_role}, ikke til dig; "
                           "kun modtageren kan tage imod.")
    db.execute(
        "UPDATE citizens SET responsible = ?, responsible_role = ?, handover_to = '', "
        "handover_on = ? WHERE id = ?", [my_name or me, me, today.isoformat(), citizen_id])
    return state(db, citizen_id)


def waiting_for_me(db: sqlite_utils.Database) -> list[int]:
    """The citizens handed to this database's member and not yet accepted."""
    me = local_store.state(db).member_role
    if not me:
        return []
    return [r[0] for r in db.execute("SELECT id FROM citizens WHERE handover_to = ? ORDER BY id", [me])]
