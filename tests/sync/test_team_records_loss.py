"""What lives outside the chains and a server can lose (restored from a copy, or a standby
promoted while behind): an invite made since its copy, and the creator role handed over since.
The laptop that made them puts them back on its next sync (a real PostgreSQL; the stale server
is made as the failover tests make it)."""

from __future__ import annotations

from tests.sync.test_server_loss import _back_to_snapshot, _snapshot
from tests.sync.test_team_sync import _team


def _creator(machine) -> str:
    members = machine.ok("team", "members", "--json").json()
    return next(m["member"] for m in members if m["creator"])


def _note(machine, text: str) -> None:
    name = machine.names()[0]
    machine.ok("note", "add", "--citizen", str(machine.citizen_id(name)), "--text", text, "--sign")
    machine.ok("sync")


def test_an_invite_the_server_lost_is_made_again_for_the_same_login(laptop, pg) -> None:
    a, _b = _team(laptop, demo=2)
    _snapshot(pg)  # the standby as it will be promoted: no invite for Dorte yet
    d, e = laptop("d"), laptop("e")
    code = a.ok("team", "invite", "--for", d.role, "--json").json()["invite"]
    _note(a, "Skrevet efter kopien; serveren mister det.")
    _back_to_snapshot(pg)

    lost = d.run("team", "join", "--server", d.url, "--invite", code)
    assert lost.code != 0  # the server knows no such invite, and d stays out of any team
    assert d.state("team_id") is None
    told = a.run("sync")
    assert told.code in (0, 7), told.err
    assert "Serveren havde glemt 1 ændring af teamet" in told.err  # the invite
    assert e.run("team", "join", "--server", e.url, "--invite", code).code != 0  # still Dorte's
    assert e.state("team_id") is None
    d.ok("team", "join", "--server", d.url, "--invite", code)
    a.sync()  # vouches for d and seals the key to it
    d.ok("sync")
    assert d.names() == a.names()
    assert "Serveren havde glemt" not in a.run("sync").err  # once put back, nothing more to say


def test_the_creator_role_handed_over_comes_back_after_a_failover_and_never_ping_pongs(laptop, pg) -> None:
    a, b = _team(laptop, demo=2)
    _snapshot(pg)  # A is the creator on the copy
    a.ok("team", "creator", "--member", b.role)
    a.sync()
    b.sync()
    assert _creator(a) == b.role and b.state("is_creator") == 1
    _back_to_snapshot(pg)
    assert _creator(a) == a.role  # the promoted server forgot

    synced = b.run("sync")  # B cannot put it back (only the creator may hand the role on)
    assert synced.code in (0, 7), synced.err  # 7: the server lacks A's entry until A syncs
    assert b.state("is_creator") == 0
    told = a.run("sync")
    assert told.code in (0, 7), told.err
    assert "Serveren havde glemt 1 ændring af teamet" in told.err
    assert _creator(a) == b.role and a.state("is_creator") == 0
    b.sync()
    assert b.state("is_creator") == 1

    b.ok("team", "creator", "--member", a.role)  # B gives it back: A must not take it away again
    b.sync()
    a.sync()
    a.sync()
    assert _creator(a) == a.role and a.state("is_creator") == 1
    assert "Serveren havde glemt" not in a.run("sync").err


def test_an_invite_made_after_the_copy_with_nothing_written_after_it_is_made_again(laptop, pg) -> None:
    """The per-device marks see nothing: the copy differs from the lost server only by the
    invite. The laptop that made it still notices, and puts it back."""
    a, _b = _team(laptop, demo=2)
    _snapshot(pg)
    d = laptop("d")
    code = a.ok("team", "invite", "--for", d.role, "--json").json()["invite"]
    _back_to_snapshot(pg)

    told = a.run("sync")
    assert told.code == 0, told.err
    assert "Serveren havde glemt 1 ændring af teamet" in told.err  # the invite
    d.ok("team", "join", "--server", d.url, "--invite", code)
    a.sync()
    d.ok("sync")
    assert d.names() == a.names()
    assert "Serveren havde glemt" not in a.run("sync").err


def _held(machine) -> list:
    return machine.ok("team", "held", "--json").json()


def test_a_device_that_joined_after_the_copy_registers_its_card_again(laptop, pg) -> None:
    """Its invite, its card and its member are all newer than the copy: the inviter makes the
    invite again, the device joins again as it joined, and its entries verify on every laptop,
    also on one that joins after the loss and never saw the card before."""
    a, b = _team(laptop, demo=2)
    _snapshot(pg)
    d = laptop("d")
    d.join(a)
    d.ok("sync")
    name = d.names()[0]
    text = "Dorte skrev det efter kopien."
    d.ok("note", "add", "--citizen", str(d.citizen_id(name)), "--text", text, "--sign")
    d.ok("sync")
    b.sync()
    _back_to_snapshot(pg)

    waiting = d.run("sync")  # the copy knows neither Dorte nor her invite
    assert waiting.code == 7, waiting.err
    assert "Serveren kender ikke længere denne maskine" in waiting.err
    told = a.run("sync")
    assert told.code in (0, 7), told.err
    assert "Serveren havde glemt 1 ændring af teamet" in told.err  # the invite, made again
    rejoined = d.run("sync")
    assert rejoined.code in (0, 7), rejoined.err
    assert "Serveren havde glemt 1 ændring af teamet" in rejoined.err  # this device's card
    a.sync()  # vouches for the same card again
    e = laptop("e")
    e.join(a)
    e.ok("sync")
    for machine in (a, b, d, e):
        machine.ok("sync")
    for machine in (a, b, e):
        notes = machine.ok("notes", "--citizen", str(machine.citizen_id(name)), "--json").json()
        assert text in {n["text"] for n in notes}, machine.role
        assert _held(machine) == [], machine.role
    assert "Serveren havde glemt" not in d.run("sync").err


def test_a_device_whose_invite_the_copy_still_holds_registers_again_by_itself(laptop, pg) -> None:
    a, _b = _team(laptop, demo=2)
    d = laptop("d")
    code = a.invite()
    _snapshot(pg)  # the invite is on the copy, unused
    d.join(a, code)
    d.ok("sync")
    name = d.names()[0]
    text = "Skrevet før serveren blev lagt tilbage."
    d.ok("note", "add", "--citizen", str(d.citizen_id(name)), "--text", text, "--sign")
    d.ok("sync")
    _back_to_snapshot(pg)

    rejoined = d.run("sync")
    assert rejoined.code in (0, 7), rejoined.err
    assert "Serveren havde glemt 1 ændring af teamet" in rejoined.err
    a.ok("sync")
    e = laptop("e")
    e.join(a)
    e.ok("sync")
    notes = e.ok("notes", "--citizen", str(e.citizen_id(name)), "--json").json()
    assert text in {n["text"] for n in notes}
    assert _held(e) == []


def test_trying_an_open_invite_again_does_not_stop_the_pull_from_a_read_only_server(laptop, pg) -> None:
    a, b = _team(laptop, demo=2)
    a.invite()  # open, nothing written after it: tried again at every sync
    text = "Bo skrev det, mens serveren kun kunne læses."
    _note(b, text)
    name = a.names()[0]
    a.ok("note", "add", "--citizen", str(a.citizen_id(name)), "--text", "Venter her.", "--sign")
    with pg.admin() as conn:
        conn.execute(f'ALTER ROLE "{a.role}" SET default_transaction_read_only = on')
    try:
        synced = a.run("sync")
    finally:
        with pg.admin() as conn:
            conn.execute(f'ALTER ROLE "{a.role}" RESET default_transaction_read_only')
    assert synced.code == 5, synced.err  # it cannot send, and says so
    assert "kun imod læsning" in synced.err
    notes = a.ok("notes", "--citizen", str(a.citizen_id(name)), "--json").json()
    assert text in {n["text"] for n in notes}  # but it has read what Bo wrote


def test_an_invite_made_again_for_a_lost_device_vouches_for_no_other_device(laptop, pg) -> None:
    """Someone who saw Dorte's code uses the invite made again for her before she does: the
    server takes it, but the inviting laptop vouches only for Dorte's own card, so the other
    device never gets the team's key."""
    a, _b = _team(laptop, demo=2)
    _snapshot(pg)
    d, x = laptop("d"), laptop("x")
    code = a.invite()
    d.join(a, code)
    d.ok("sync")
    _back_to_snapshot(pg)
    a.sync()  # the server lacks Dorte's card: her invite is made again

    x.ok("team", "join", "--server", x.url, "--invite", code)
    a.sync()
    refused = x.run("sync")
    assert refused.code == 7, refused.err
    assert "Teamets nøgle er ikke kommet endnu" in refused.err
    waiting = d.run("sync")  # Dorte's own invite is spent: she is told, and waits
    assert waiting.code == 7 and "Serveren kender ikke længere denne maskine" in waiting.err
