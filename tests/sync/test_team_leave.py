"""Leaving a team, or being removed from it, on a real PostgreSQL: the colleagues' citizens go
from the laptop (a receipt each, no trace in the decrypted pages), the user's own stay, and a
colleague's citizen with a signed note written here that is not filed stays until it is, said
in one sentence. Nothing goes to the team: the others keep every citizen."""

from __future__ import annotations

from caseapp.domain.models import Citizen
from tests.sync.test_team_purge import _found_on, _scalar, _team

OWN = "Bodil Testesen"  # fictional


def _own_citizen(machine) -> int:
    with machine.service() as service:
        citizen_id = service.citizens.add_citizen(Citizen(name=OWN, cpr="0101709999", case_type="§ 85"))
    machine.ok("team", "share", "--citizen", str(citizen_id))
    machine.sync()
    return citizen_id


def _setting(laptop):
    """A created two citizens and shares them; B shares one of her own and has written a
    signed note, not filed, about A's second one."""
    a, b = _team(laptop, others=("b",))
    gone, stays = a.names()
    _own_citizen(b)
    b.ok("note", "add", "--citizen", str(b.citizen_id(stays)), "--text", "Bs notat, ikke ført.", "--sign")
    b.sync()
    a.sync()
    assert sorted(a.names()) == sorted([gone, stays, OWN])
    cpr = str(_scalar(b, "SELECT cpr FROM citizens WHERE name = ?", [gone]))
    return a, b, gone, stays, cpr


def test_leaving_takes_the_colleagues_citizens_off_the_laptop_and_keeps_ones_own(laptop, pg) -> None:
    a, b, gone, stays, cpr = _setting(laptop)
    on_b = b.citizen_id(stays)

    said = b.ok("team", "leave").out.strip()
    assert len(said.splitlines()) == 1
    assert "1 borger, som kolleger har oprettet i teamet, er slettet fra denne computer" in said
    assert f"{stays} (borger {on_b}, 1 notat) bliver her" in said and "ikke er markeret som ført i fagsystemet" in said
    assert b.names() == sorted([stays, OWN])
    receipts = b.ok("purge", "--register", "--json").json()
    assert len(receipts) == 1 and gone not in str(receipts) and cpr not in str(receipts)
    assert _found_on(b, [gone.encode(), cpr.encode()]) == set()
    # The team lost nothing.
    a.sync()
    assert sorted(a.names()) == sorted([gone, stays, OWN])


def test_a_removed_member_loses_the_colleagues_citizens_and_the_kept_one_once_its_note_is_filed(
    laptop, pg
) -> None:
    a, b, gone, stays, cpr = _setting(laptop)
    a.ok("team", "remove", "--member", b.role)
    a.sync()

    refused = b.run("sync")
    assert refused.code == 6
    lines = refused.err.strip().splitlines()
    assert len(lines) == 1 and "Du er fjernet fra teamet" in lines[0]
    assert "1 borger, som kolleger har oprettet i teamet, er slettet" in lines[0]
    assert f"{stays} (borger {b.citizen_id(stays)}, 1 notat) bliver her" in lines[0]
    assert b.names() == sorted([stays, OWN])
    assert _found_on(b, [gone.encode(), cpr.encode()]) == set()

    b.ok("note", "filed", "--citizen", str(b.citizen_id(stays)), "--all")
    refused = b.run("sync")
    assert refused.code == 6 and "1 borger, som kolleger har oprettet" in refused.err
    assert b.names() == [OWN]
    assert len(b.ok("purge", "--register", "--json").json()) == 2
    assert sorted(a.names()) == sorted([gone, stays, OWN])


def test_leaving_waits_for_a_purge_to_reach_the_server(laptop, pg) -> None:
    """A shared citizen purged here and not yet synced: leaving now would leave the citizen's
    entries on the team server for good, so it is refused in one sentence until a sync has
    carried the purge out; then leaving works and the server holds nothing about the citizen."""
    from tests.sync.test_team_purge import _about, _citizen_uuids, _purge_on, _server_payloads

    a, b = _team(laptop, others=("b",))
    name = b.names()[0]
    on_b = b.citizen_id(name)
    uuids = _citizen_uuids(b, on_b)
    _purge_on(b, on_b)

    refused = b.run("team", "leave")
    assert refused.code == 6
    assert refused.err.strip().splitlines() == [
        "caseapp: Synkronisér først: en sletning af en delt borger er endnu ikke gennemført på "
        "teamets server, og forlader du teamet nu, bliver borgerens data liggende der."]
    assert b.state("team_id")  # still in the team

    b.sync()
    b.ok("team", "leave")
    assert _about(_server_payloads(pg, a), uuids, name) == []
