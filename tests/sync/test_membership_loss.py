"""A server that lost a removal (restored from a copy, or a standby promoted while behind) gets
it back from the laptops: the creator's next sync marks the member removed again, revokes her
device again and puts the new team key back, so she stays out and a new member reads on."""

from __future__ import annotations

from tests.sync.test_server_loss import _back_to_snapshot, _snapshot, _texts
from tests.sync.test_team_sync import _team


def _revoked_here(machine, device: str) -> bool:
    with machine.service() as service:
        row = service._db.execute(
            "SELECT revoked_last FROM sync_devices WHERE device = ?", [device]).fetchone()
    return row is not None and row[0] is not None


def test_a_removal_the_server_lost_is_put_back_and_the_member_stays_out(laptop, pg) -> None:
    a, b = _team(laptop, demo=2)
    c = laptop("c")
    c.join(a)
    c.sync()
    name = a.names()[0]
    _snapshot(pg)  # the standby as it will be promoted: C still in, one key
    a.ok("team", "remove", "--member", c.role)
    a.sync()
    b.sync()
    assert c.run("sync").code == 6

    _back_to_snapshot(pg)
    told = a.run("sync")
    assert told.code in (0, 7), told.err
    assert "Serveren havde glemt 3 ændringer af teamet" in told.err  # C, her device, the key
    refused = c.run("sync")
    assert refused.code == 6 and "Du er fjernet fra teamet" in refused.err
    members = {m["member"]: m for m in a.ok("team", "members", "--json").json()}
    assert members[c.role]["removed"]

    note = "Skrevet efter skiftet; C må ikke kunne læse det."
    b.ok("note", "add", "--citizen", str(b.citizen_id(name)), "--text", note, "--sign")
    b.ok("sync")
    d = laptop("d")  # joins the promoted server: learns the removal and gets the new key
    d.join(a)
    d.ok("sync")
    assert note in _texts(d, name)
    assert _revoked_here(d, str(c.state("device_id")))
    assert d.ok("team", "held", "--json").json() == []
    assert "Serveren havde glemt" not in a.run("sync").err  # once put back, nothing more to say


def test_a_lost_laptop_revoked_before_the_loss_is_revoked_again_and_its_member_stays(laptop, pg) -> None:
    a, b = _team(laptop, demo=2)
    _snapshot(pg)
    lost = str(b.state("device_id"))
    a.ok("team", "remove", "--device", lost[:8])  # b's laptop is stolen; b stays a member
    a.sync()

    _back_to_snapshot(pg)
    told = a.run("sync")
    assert "Serveren havde glemt 2 ændringer af teamet" in told.err  # the laptop and the key
    members = {m["member"]: m for m in a.ok("team", "members", "--json").json()}
    assert not members[b.role]["removed"]
    shut_out = b.run("sync")  # the stolen laptop
    assert shut_out.code == 6 and "ikke (længere) godkendt i teamet" in shut_out.err
    new = laptop("b_ny", role=b.role)  # her new laptop, same login
    new.join(a)
    new.ok("sync")
    assert new.names() == a.names()
