"""Access-log rows about shared citizens leave the team server when the log's period is over,
on a real PostgreSQL: the author's laptop deletes its own expired access entries with a signed
purge entry of its own, the rest of its entries stay, and the colleagues (an old member and
one who joins later) accept exactly those gaps without a word."""

from __future__ import annotations

import datetime as dt
import json

from caseapp.sync import engine
from tests.sync.test_team_purge import _server_payloads, _sync, _team

LATER = dt.datetime(2099, 1, 1, tzinfo=dt.UTC)  # far past any log period of the rows written now


def _access_entries(pg, machine, by: str) -> list[dict]:
    rows = [json.loads(p) for p in _server_payloads(pg, machine)]
    return [r for r in rows if r["kind"] == "access_log" and r["fields"].get("user") == by]


def test_the_author_deletes_its_expired_access_entries_from_the_server_and_no_one_reports_a_gap(
    laptop, pg
) -> None:
    a, b = _team(laptop, others=("b",))
    with a.service() as service:
        me = service.team.author_name()  # the name the rows carry
    name = a.names()[0]
    a.ok("notes", "--citizen", str(a.citizen_id(name)))  # A opens the citizen's diary
    a.sync()
    _sync(b)
    assert _access_entries(pg, a, me)  # on the server now

    with a.service() as service:  # A syncs once the log's period is over
        report = engine.sync(service._db, me, now=LATER)
    assert report.problem == ""
    assert _access_entries(pg, a, me) == []
    assert any(name in p for p in _server_payloads(pg, a))  # the citizen itself stays

    assert _sync(b) == ""  # the gaps are explained: nothing said
    d = laptop("d")  # joins after: reads A's chain with the holes in it
    d.ok("team", "join", "--server", d.url, "--invite", a.invite())
    a.sync()
    assert _sync(d) == ""
    assert name in d.names()
    with a.service() as service:  # nothing more to expire
        assert engine.sync(service._db, me, now=LATER).problem == ""
