"""The responsible worker as a team member, on a real PostgreSQL: the free text becomes a member
where it names one (at team creation, after a sync, and by migration m026 on a database that
had a team before), text naming no member stays text, and Frister shows the user's own
citizens unless the team's are asked for."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from caseapp.domain.enums import DeadlineKind, EffortKind
from caseapp.domain.followup import Effort
from caseapp.domain.models import Citizen
from caseapp.errors import CaseClosed
from caseapp.storage import schema
from tests.sync.helpers import Laptop

TODAY = dt.date(2026, 12, 7)
ANNE = "Anne Kontaktperson"
ENDS = [DeadlineKind.EFFORT_ENDS]


def _responsible(machine: Laptop, name: str) -> tuple[str, str]:
    with machine.service() as service:
        state = service.team.handover_state(machine.citizen_id(name))
    return state.responsible, state.responsible_role


def _effort(machine: Laptop, name: str, title: str) -> None:
    with machine.service() as service:
        service.efforts.add(Effort(machine.citizen_id(name), title, TODAY - dt.timedelta(days=60),
                                   TODAY + dt.timedelta(days=5), EffortKind.MENTOR))


def _team(laptop) -> tuple[Laptop, Laptop]:
    """Anne founds a team; her citizens name her (in other spelling), a colleague outside the
    team, and Bo by his login; Bo joins and both have synced."""
    a = laptop("a")
    with a.service() as service:
        service.save_profile(dataclasses.replace(service.profile(), name=ANNE))
        service.citizens.add_citizen(Citizen(name="Karen Ærø", responsible="anne  kontaktperson"))
        closed = service.citizens.add_citizen(Citizen(name="Ole Ørum", responsible=ANNE))
        service.records.close_case(closed, "Flyttet til Aarhus", TODAY - dt.timedelta(days=3))
        service.citizens.add_citizen(Citizen(name="Ib Åberg", responsible="Hanne fra jobcentret"))
    invite = a.ok("team", "create", "--server", a.url, "--team", "Team Ærtebjerg", "--json").json()
    b = laptop("b")
    b.join(a, invite["invite"])
    b.sync()
    return a, b


def test_texts_naming_a_member_become_the_member_and_others_stay_text(laptop) -> None:
    a, b = _team(laptop)
    assert _responsible(a, "Karen Ærø") == ("anne  kontaktperson", a.role)
    assert _responsible(a, "Ole Ørum") == (ANNE, a.role)  # a closed case is linked too
    assert _responsible(a, "Ib Åberg") == ("Hanne fra jobcentret", "")
    with a.service() as service:  # Bo's login as the text: he is known once his device is
        ulla = service.citizens.add_citizen(Citizen(name="Ulla Ødegaard", responsible=b.role))
    a.ok("team", "share", "--citizen", str(ulla))
    assert _responsible(a, "Ulla Ødegaard") == (b.role, "")
    a.sync()
    assert _responsible(a, "Ulla Ødegaard") == (b.role, b.role)
    b.sync()
    assert _responsible(b, "Ulla Ødegaard") == (b.role, b.role)  # every machine agrees
    with a.service() as service:
        assert service.team.sync_conflicts() == []
        ole = a.citizen_id("Ole Ørum")
        assert service.citizens.citizen(ole).status.value == "closed"


def test_migration_m026_links_a_database_that_was_in_a_team_before(laptop) -> None:
    a, _b = _team(laptop)
    with a.service() as service:  # as the database was before m026: text only, m026 not applied
        db = service._db
        db.execute("UPDATE sync_state SET applying = 1")  # past the closed-case lock, uncaptured
        db.execute("UPDATE citizens SET responsible_role = ''")
        db.execute("UPDATE sync_state SET applying = 0")
        db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm026_add_member_references'")
        db.execute("ALTER TABLE sync_invites DROP COLUMN for_role")
        for column in ("creator_role", "creator_hlc", "creator_by"):
            db.execute(f"ALTER TABLE sync_state DROP COLUMN {column}")
        db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION - 1}")
        db.conn.commit()
    assert _responsible(a, "Karen Ærø") == ("anne  kontaktperson", a.role)  # opening migrated it
    assert _responsible(a, "Ole Ørum") == (ANNE, a.role)
    assert _responsible(a, "Ib Åberg") == ("Hanne fra jobcentret", "")
    with a.service() as service:
        assert schema.schema_version(service._db) == schema.SCHEMA_VERSION
        ole = service.citizens.citizen(a.citizen_id("Ole Ørum"))  # still locked after the migration
        with pytest.raises(CaseClosed, match="Sagen er afsluttet"):
            service.citizens.update_citizen(dataclasses.replace(ole, phone="30303030"))


def test_frister_shows_own_citizens_and_the_team_on_request(laptop) -> None:
    a, b = _team(laptop)
    with a.service() as service:
        ulla = service.citizens.add_citizen(Citizen(name="Ulla Ødegaard", responsible=b.role))
        karen = a.citizen_id("Karen Ærø")
    for citizen in (ulla, karen):
        a.ok("team", "share", "--citizen", str(citizen))
    _effort(a, "Ulla Ødegaard", "Bos mentorforløb")
    _effort(a, "Karen Ærø", "Annes mentorforløb")
    _effort(a, "Ib Åberg", "Ibs praktik")
    a.sync()
    with a.service() as service:
        own = {d.title for d in service.deadlines(TODAY, kinds=ENDS)}
        team = {d.title for d in service.deadlines(TODAY, kinds=ENDS, team=True)}
        assert service.own_citizens() == {karen, a.citizen_id("Ib Åberg"), a.citizen_id("Ole Ørum")}
    assert own == {"Annes mentorforløb", "Ibs praktik"}  # Ib's text names no member: not shared, hers
    assert team == {"Annes mentorforløb", "Ibs praktik", "Bos mentorforløb"}
    b.sync()
    with b.service() as service:
        assert {d.title for d in service.deadlines(TODAY, kinds=ENDS)} == {"Bos mentorforløb"}
    listed = b.ok("deadlines", "--team", "--on", TODAY.isoformat(), "--json").json()
    assert {d["title"] for d in listed if d["kind"] == "effort_ends"} == {
        "Bos mentorforløb", "Annes mentorforløb"}
    listed = b.ok("deadlines", "--on", TODAY.isoformat(), "--json").json()
    assert {d["title"] for d in listed if d["kind"] == "effort_ends"} == {"Bos mentorforløb"}


def test_a_shared_citizen_with_no_responsible_is_nobodys_own_but_the_teams(laptop) -> None:
    """Neither Anne nor Bo lists Lis as theirs (each would think the other has her); both see
    her under the team's. One kept to oneself with no responsible stays one's own, and outside a
    team everything is."""
    a, b = _team(laptop)
    with a.service() as service:
        lis = service.citizens.add_citizen(Citizen(name="Lis Ørsted"))
        service.citizens.add_citizen(Citizen(name="Bent Bøg"))
    a.ok("team", "share", "--citizen", str(lis))
    with a.service() as service:  # added in the team, she was Anne's; Anne clears the field
        service.citizens.update_citizen(dataclasses.replace(service.citizens.citizen(lis), responsible=""))
    _effort(a, "Lis Ørsted", "Lis' bostøtte")
    _effort(a, "Bent Bøg", "Bents praktik")
    a.sync()
    b.sync()
    with a.service() as service:
        assert {d.title for d in service.deadlines(TODAY, kinds=ENDS)} == {"Bents praktik"}
        assert "Lis' bostøtte" in {d.title for d in service.deadlines(TODAY, kinds=ENDS, team=True)}
        assert lis not in (service.own_citizens() or ())
    with b.service() as service:
        assert service.deadlines(TODAY, kinds=ENDS) == []
    for machine in (a, b):
        mine = machine.ok("deadlines", "--on", TODAY.isoformat(), "--json").json()
        teams = machine.ok("deadlines", "--team", "--on", TODAY.isoformat(), "--json").json()
        assert "Lis Ørsted" not in {d["citizen_name"] for d in mine}, machine.role
        assert "Lis' bostøtte" in {d["title"] for d in teams}, machine.role
    alone = laptop("alene")
    with alone.service() as service:
        service.citizens.add_citizen(Citizen(name="Lis Ørsted"))
    _effort(alone, "Lis Ørsted", "Lis' bostøtte")
    with alone.service() as service:
        assert service.own_citizens() is None
        assert {d.title for d in service.deadlines(TODAY, kinds=ENDS)} == {"Lis' bostøtte"}


def test_whoever_shares_or_adds_a_citizen_with_no_responsible_answers_for_it(laptop) -> None:
    """Anne's caseload kept alone names no one; sharing it names her, so her citizens stay in
    her own Frister and Bo receives her name with them. A citizen added in the team without a
    responsible is hers too; Bo sharing everything again claims none of Anne's."""
    a = laptop("a")
    with a.service() as service:
        service.save_profile(dataclasses.replace(service.profile(), name=ANNE))
        mona = service.citizens.add_citizen(Citizen(name="Mona Østergård"))
    invite = a.ok("team", "create", "--server", a.url, "--team", "Team Ærtebjerg", "--json").json()
    b = laptop("b")
    b.join(a, invite["invite"])
    a.ok("team", "share", "--citizen", str(mona))
    with a.service() as service:
        added = service.citizens.add_citizen(Citizen(name="Åse Krøyer"))
        assert service.citizens.citizen(added).responsible == ANNE
    a.ok("team", "share", "--citizen", str(added))
    with a.service() as service:  # Anne clears the field: Åse is nobody's now
        service.citizens.update_citizen(dataclasses.replace(service.citizens.citizen(added), responsible=""))
    _effort(a, "Mona Østergård", "Monas mentorforløb")
    a.sync()
    b.sync()
    assert _responsible(a, "Mona Østergård") == (ANNE, a.role)
    assert _responsible(b, "Mona Østergård") == (ANNE, a.role)
    b.ok("team", "share", "--all")
    b.sync()
    a.sync()
    assert _responsible(a, "Åse Krøyer") == ("", "")  # cleared by Anne, not claimed by Bo
    with a.service() as service:
        assert {d.title for d in service.deadlines(TODAY, kinds=ENDS)} == {"Monas mentorforløb"}
    with b.service() as service:
        assert service.deadlines(TODAY, kinds=ENDS) == []
