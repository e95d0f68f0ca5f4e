"""A server that loses entries (restored from a copy, or a standby promoted while it was behind)
loses nothing for the team: each laptop sends its own lost entries again from its log, reads
everything again, and is told in one sentence."""

from __future__ import annotations

from tests.sync.test_team_sync import _team

_TABLES = ("teams", "members", "devices", "invites", "epoch_keys", "entries")


def _snapshot(pg) -> None:
    with pg.admin() as conn:
        for table in _TABLES:
            conn.execute(f"DROP TABLE IF EXISTS public.snap_{table}")
            conn.execute(f"CREATE TABLE public.snap_{table} AS SELECT * FROM caseapp.{table}")


def _back_to_snapshot(pg) -> None:
    """What a promoted standby that was behind looks like to the laptops."""
    with pg.admin() as conn:
        conn.execute("SET session_replication_role = replica")  # no foreign-key checks
        for table in reversed(_TABLES):
            conn.execute(f"DELETE FROM caseapp.{table}")
        for table in _TABLES:
            conn.execute(f"INSERT INTO caseapp.{table} SELECT * FROM public.snap_{table}")
            conn.execute(f"DROP TABLE public.snap_{table}")


def _texts(machine, name: str) -> set[str]:
    notes = machine.ok("notes", "--citizen", str(machine.citizen_id(name)), "--json").json()
    return {n["text"] for n in notes if n["state"] == "signed"}


def test_notes_confirmed_before_a_failover_to_a_stale_server_all_come_back(laptop, pg) -> None:
    a, b = _team(laptop, demo=2)
    c = laptop("c")
    c.join(a)
    c.sync()
    name = a.names()[0]
    _snapshot(pg)
    written = set()
    for machine in (a, b, c):  # confirmed by the server, then lost with it
        text = f"Skrevet af {machine.role} før skiftet."
        machine.ok("note", "add", "--citizen", str(machine.citizen_id(name)), "--text", text, "--sign")
        machine.sync()
        written.add(text)
    for machine in (a, b, c):
        machine.sync()
    assert all(written <= _texts(m, name) for m in (a, b, c))

    _back_to_snapshot(pg)
    after = f"Skrevet af {c.role} efter skiftet."
    c.ok("note", "add", "--citizen", str(c.citizen_id(name)), "--text", after, "--sign")
    written.add(after)
    results = [m.run("sync") for m in (c, a, b)]
    assert all(r.code in (0, 7) for r in results), [r.err for r in results]
    assert "Serveren har mistet ændringer" in results[0].err
    assert "1 ændring herfra blev sendt igen" in results[1].err
    for machine in (a, b, c):  # a second round: every laptop has re-sent what it had
        machine.ok("sync")
    for machine in (a, b, c):
        assert written <= _texts(machine, name), machine.role
        assert machine.ok("team", "held", "--json").json() == []
