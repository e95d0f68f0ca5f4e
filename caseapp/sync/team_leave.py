"""Leaving a team, or being removed from it: the laptop keeps the user's own citizens and lets
go of the team's other citizens, as a purge (storage/purge.py) with a receipt for each.

Who created a citizen is read from the sync tables: the citizen row's insert clock
(`sync_clock`, field '*') names the device its first entry was sealed on, for a citizen
received from the team and for one shared from here alike; a citizen whose insert still waits
in the outbox, or that has no clock (never shared), was made here. A citizen is the user's own
when that device is this one or another device of the same member (login), as `sync_devices`
knows them; every other shared citizen came from a colleague and goes. Nothing is sent to the
team: the citizen stays on the server and the other laptops.

The same filing check as a purge, for the notes this member wrote: a colleague's citizen with
a signed note written on one of this member's devices (or still in the outbox) that is not
marked filed in the fagsystem stays, and the user is told in one sentence which and why.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import sqlite_utils

from caseapp.domain.plural import count_of
from caseapp.storage import access_log, citizens, closing, purge
from caseapp.sync import ledger, local_store, team_purge


@dataclass
class LetGo:
    purged: int = 0  # colleagues' citizens deleted from this laptop, each with a receipt
    kept: dict[int, int] = field(default_factory=dict)  # citizen id -> unfiled notes written here
    names: dict[int, str] = field(default_factory=dict)  # of the kept ones, to name them

    def sentence(self, removed: bool) -> str:
        """What happened, in Danish; empty when the team had nothing here of anyone else's."""
        parts = []
        if self.purged:
            parts.append(f"{count_of(self.purged, 'borger', 'borgere')}, som kolleger har oprettet i teamet, "
                         "er slettet fra denne computer (kvitteringer: caseapp purge --register); "
                         "dine egne borgere er her stadig")
        if self.kept:
            which = ", ".join(f"{self.names.get(c, '')} (borger {c}, {count_of(n, 'notat', 'notater')})"
                              for c, n in sorted(self.kept.items()))
            who = "borgeren" if len(self.kept) == 1 else "borgerne"
            then = (f"{who} slettes ved næste synkronisering, når notaterne er markeret som ført"
                    if removed else f"markér notaterne som ført (caseapp note filed), og slet så {who} "
                    "(caseapp close, caseapp purge)")
            parts.append(f"{which} bliver her, fordi underskrevne notater herfra om {who} ikke er "
                         f"markeret som ført i fagsystemet; {then}")
        if not parts:
            return ""
        text = "; ".join(parts) + "."
        return text[0].upper() + text[1:]


def own_devices(db: sqlite_utils.Database) -> set[str]:
    state = local_store.state(db)
    rows = db.execute("SELECT device FROM sync_devices WHERE role = ? AND role <> ''", [state.member_role])
    return {state.device_id} | {r[0] for r in rows}


def colleagues_citizens(db: sqlite_utils.Database) -> list[int]:
    """The shared citizens a device of another member created (see the module's docstring)."""
    return [int(r[0]) for r in db.execute(
        "SELECT c.id FROM citizens c JOIN sync_shared s ON s.citizen_id = c.id "
        "JOIN sync_clock k ON k.uuid = c.uuid AND k.field = '*' "
        "WHERE k.device NOT IN (SELECT value FROM json_each(?)) "
        "AND NOT EXISTS (SELECT 1 FROM sync_outbox o WHERE o.uuid = c.uuid AND o.op = 'insert') "
        "ORDER BY c.id",
        [json.dumps(sorted(own_devices(db)))])]


def unfiled_written_here(db: sqlite_utils.Database, citizen_id: int, own: set[str]) -> int:
    """The citizen's signed notes, not marked filed, written on one of this member's devices."""
    return int(db.execute(
        "SELECT count(*) FROM notes n WHERE n.citizen_id = ? AND n.state = 'signed' "
        "AND n.entered_official_on IS NULL AND (n.uuid IS NULL "
        "OR EXISTS (SELECT 1 FROM sync_clock k WHERE k.uuid = n.uuid AND k.field = '*' "
        "AND k.device IN (SELECT value FROM json_each(?))) "
        "OR EXISTS (SELECT 1 FROM sync_outbox o WHERE o.uuid = n.uuid AND o.op = 'insert'))",
        [citizen_id, json.dumps(sorted(own))]).fetchone()[0])


def let_go(db: sqlite_utils.Database, now: dt.datetime) -> LetGo:
    """Purge the colleagues' citizens that pass the filing check, in the caller's transaction
    (or one of its own); the caller checkpoints the WAL after its commit. This device's own
    sealed entries about them leave its log too (they hold the text, sealed with a key kept here)."""
    out = LetGo()
    own = own_devices(db)
    user, device = access_log.who(db)
    with db.atomic():
        going = []
        for citizen_id in colleagues_citizens(db):
            unfiled = unfiled_written_here(db, citizen_id, own)
            if unfiled:
                out.kept[citizen_id] = unfiled
                out.names[citizen_id] = citizens.get(db, citizen_id).name
            else:
                going.append(citizen_id)
        uuids = {u for c in going for u in purge.uuids_of(db, c)}
        ledger.drop_sent(db, team_purge.own_entries_about(db, uuids))  # one pass over the log
        for citizen_id in going:
            case = closing.closing(db, citizen_id)
            purge.remove(db, citizen_id, closing.case_ref(db, citizen_id), case.closed_on if case else None,
                         user, device, now)
            out.purged += 1
    return out
