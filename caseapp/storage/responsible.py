"""Who is responsible for a citizen: a team member (`citizens.responsible_role`, their login)
or, where no member matches, the free text in `citizens.responsible`.

`link_to_members` turns the text into a member reference where it names a member this database
knows: by login, or by a name the database has seen that member under (this user's own profile
name, or the name shown beside the member's login on a citizen already handed over). A name two
members share is left as text; so is every name that is no member. Migration m026 runs it once,
and creating or joining a team runs it again, because only then are members known.

`own_citizens` is what Frister and I dag show in a team: the citizens this member is responsible
for, plus those the member keeps to themself (not shared), plus shared ones whose only
responsible is a text naming this user. A shared citizen with no responsible at all is nobody's
own: every laptop lists it under the team's ("Teamets"), none under its user's ("Mine"), so no
two colleagues each count it as theirs (and each believe the other has it). Outside a team it is
None: everything is the user's own, as before teams existed.

Because of that, whoever brings a citizen into the team answers for it until someone else is
named: `claim_unassigned` names the sharing user on every citizen they share whose responsible
is empty (a caseload kept alone seldom names its only worker), and `name_for_new` is the
responsible a citizen added in a team gets when none is given. Otherwise sharing a caseload, or a
bosted sharing every new resident, would take those citizens out of the user's own I dag.

Reads the sync tables by SQL only (storage does not import the sync package); a database that
has never had them has no team and no members.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from caseapp.storage import closed_lock

if TYPE_CHECKING:
    import sqlite_utils


def _has_table(db: sqlite_utils.Database, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                      [name]).fetchone() is not None


def my_role(db: sqlite_utils.Database) -> str:
    """This database's login in its team ('' outside a team)."""
    if not _has_table(db, "sync_state"):
        return ""
    row = db.execute("SELECT member_role FROM sync_state WHERE id = 1").fetchone()
    return (row[0] or "") if row else ""


def _my_name(db: sqlite_utils.Database) -> str:
    row = db.execute("SELECT value FROM profile WHERE key = 'name'").fetchone()
    return (row[0] or "").strip() if row else ""


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def member_names(db: sqlite_utils.Database) -> dict[str, str]:
    """Each way a member is known here (login or name, compared without case), to their login;
    a name that points at two members is left out."""
    me = my_role(db)
    if not me:
        return {}
    found: dict[str, set[str]] = {}

    def add(text: str, role: str) -> None:
        if text.strip() and role:
            found.setdefault(_key(text), set()).add(role)

    roles = {me} | {r[0] for r in db.execute(
        "SELECT DISTINCT role FROM sync_devices WHERE revoked_last IS NULL")}
    for role in roles:
        add(role, role)
    add(_my_name(db), me)
    for name, role in db.execute(
            "SELECT DISTINCT responsible, responsible_role FROM citizens "
            "WHERE responsible_role <> '' AND responsible <> ''"):
        if role in roles:
            add(name, role)
    return {text: next(iter(r)) for text, r in found.items() if len(r) == 1}


def link_to_members(db: sqlite_utils.Database) -> list[int]:
    """Give every citizen whose responsible text names a known member that member's login;
    returns the ids of those changed. The text stays as the name shown. Runs inside the caller's
    transaction; a closed case is linked too (closing freezes the case, not who answers for
    it), so the closed-case lock is set aside for this one statement and made again."""
    names = member_names(db)
    if not names:
        return []
    rows = db.execute("SELECT id, responsible FROM citizens "
                      "WHERE responsible_role = '' AND responsible <> ''").fetchall()
    matches = [(names[_key(text)], citizen_id) for citizen_id, text in rows if _key(text) in names]
    if not matches:
        return []
    _update_closed_too(db, "UPDATE citizens SET responsible_role = ? WHERE id = ?", matches)
    return [citizen_id for _role, citizen_id in matches]


def name_for_new(db: sqlite_utils.Database) -> str:
    """The responsible a citizen added without one gets: this user in a team (their profile
    name, else their login), nobody outside one."""
    me = my_role(db)
    return (_my_name(db) or me) if me else ""


def claim_unassigned(db: sqlite_utils.Database, citizen_ids: list[int]) -> list[int]:
    """Name this user as responsible for those of `citizen_ids` with no responsible at all;
    returns the ids changed. Runs inside the caller's transaction, before the citizens are
    queued for the team, so colleagues receive the name with the citizen; a closed case is
    named too (closing freezes the case, not who answers for it)."""
    me = my_role(db)
    if not me or not citizen_ids:
        return []
    empty = {r[0] for r in db.execute(
        "SELECT id FROM citizens WHERE responsible = '' AND responsible_role = ''")}
    chosen = [citizen_id for citizen_id in citizen_ids if citizen_id in empty]
    if not chosen:
        return []
    name = name_for_new(db)
    _update_closed_too(db, "UPDATE citizens SET responsible = ?, responsible_role = ? WHERE id = ?",
                       [(name, me, citizen_id) for citizen_id in chosen])
    return chosen


def _update_closed_too(db: sqlite_utils.Database, sql: str, rows: Sequence[tuple[object, ...]]) -> None:
    """Who answers for a citizen is written on closed cases too (closing freezes the case, not
    who answers for it): the closed-case lock is set aside for this one statement and made
    again, inside the caller's transaction."""
    db.execute("DROP TRIGGER IF EXISTS citizens_closed_no_update")
    db.conn.executemany(sql, rows)
    closed_lock.install(db)


def follow_text(db: sqlite_utils.Database, citizen_id: int) -> None:
    """After the user rewrote a citizen's responsible text: the member reference follows it
    (the member it names, or none), so clearing the field or naming a colleague is not
    undone by the login kept from before. Runs inside the caller's transaction."""
    text, role = db.execute("SELECT responsible, responsible_role FROM citizens WHERE id = ?",
                            [citizen_id]).fetchone()
    named = member_names(db).get(_key(text), "") if text.strip() else ""
    if named != role:
        db.execute("UPDATE citizens SET responsible_role = ? WHERE id = ?", [named, citizen_id])


def own_citizens(db: sqlite_utils.Database) -> frozenset[int] | None:
    """The citizens this user answers for in a team; None outside a team (all are theirs)."""
    me = my_role(db)
    if not me:
        return None
    mine = {k for k in (_key(me), _key(_my_name(db))) if k}
    rows = db.execute(
        "SELECT c.id, c.responsible, c.responsible_role, s.citizen_id IS NOT NULL "
        "FROM citizens c LEFT JOIN sync_shared s ON s.citizen_id = c.id").fetchall()
    return frozenset(
        citizen_id for citizen_id, text, role, shared in rows
        if role == me or (not role and (not shared or _key(text) in mine))
    )
