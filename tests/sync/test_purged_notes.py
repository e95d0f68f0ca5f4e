"""A signed note about a citizen the team purged, written on a colleague's laptop before it
heard of the purge, on a real PostgreSQL: its author's laptop keeps it in "Ikke ført – borger
slettet" with its text (and the case reference, never the name or CPR number) until the user
marks it filed; then no decrypted page holds it. It never reaches the team again."""

from __future__ import annotations

import json

from tests.sync.test_team_purge import (
    _found_on,
    _purge_on,
    _push_without_pulling,
    _scalar,
    _server_payloads,
    _sync,
    _team,
)

OFFLINE = "Skrevet offline: borgeren ringede om huslejen."


def _kept(machine) -> list[dict]:
    return [n for n in machine.ok("notes", "--unfiled", "--json").json() if n.get("citizen_deleted")]


def test_the_authors_laptop_keeps_an_unfiled_signed_note_until_it_is_marked_filed(laptop, pg) -> None:
    a, b, c = _team(laptop)
    name = a.names()[0]
    on_a, on_b = a.citizen_id(name), b.citizen_id(name)
    cpr = str(_scalar(b, "SELECT cpr FROM citizens WHERE id = ?", [on_b]))
    _purge_on(a, on_a)
    b.ok("note", "add", "--citizen", str(on_b), "--text", OFFLINE, "--sign")  # B has not heard yet
    b.ok("note", "add", "--citizen", str(on_b), "--text", "En kladde, ikke underskrevet.")
    a.sync()
    _push_without_pulling(b)  # the note reached the server just after the purge

    told = _sync(b)
    assert name not in b.names()
    assert "1 underskrevet notat herfra om en slettet borger er ikke ført i fagsystemet" in told
    assert "Ikke ført – borger slettet" in told
    kept = _kept(b)
    assert [n["text"] for n in kept] == [OFFLINE]  # the draft is not kept: it was never signed
    assert kept[0]["case_ref"].startswith(f"borger {on_b}")
    assert name not in json.dumps(kept, ensure_ascii=False) and cpr not in json.dumps(kept)
    listing = b.ok("notes", "--unfiled").out
    assert "Ikke ført – borger slettet" in listing and OFFLINE in listing
    # Only its author's laptop keeps it; the team never gets it again.
    for machine in (a, c):
        _sync(machine)
        assert _kept(machine) == []
    _sync(b)
    _sync(b)
    assert [p for p in _server_payloads(pg, a) if OFFLINE in p] == []
    assert _kept(b) == kept  # a later sync leaves it where it is

    b.ok("note", "filed", "--purged", str(kept[0]["purged_note_id"]))
    assert _kept(b) == []
    assert _found_on(b, [OFFLINE.encode()]) == set()  # no decrypted page of the file or its WAL
    refused = b.run("note", "filed", "--purged", str(kept[0]["purged_note_id"]))
    assert refused.code != 0 and "Ikke ført – borger slettet" in refused.err


def test_only_notes_written_here_that_the_purger_never_saw_and_not_filed_are_kept(laptop, pg) -> None:
    a, b, c = _team(laptop)
    name = a.names()[0]
    on_a, on_b, on_c = a.citizen_id(name), b.citizen_id(name), c.citizen_id(name)
    c.ok("note", "add", "--citizen", str(on_c), "--text", "Cs notat, ført af A.", "--sign")
    c.sync()
    b.sync()  # B holds C's note: not B's to keep
    b.ok("note", "add", "--citizen", str(on_b), "--text", "Ført i tide.", "--sign")
    b.ok("note", "filed", "--citizen", str(on_b), "--all")
    a.sync()
    b.ok("note", "add", "--citizen", str(on_b), "--text", OFFLINE, "--sign")  # after A's last look
    b.sync()
    _purge_on(a, on_a)  # marks C's note filed on the way: A answers for it
    a.sync()
    _sync(b)
    _sync(c)
    assert name not in b.names() and name not in c.names()
    assert [n["text"] for n in _kept(b)] == [OFFLINE] and _kept(c) == []
