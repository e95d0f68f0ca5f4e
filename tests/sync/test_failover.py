"""Failover to a REAL streaming standby (tests/sync/test_server_loss.py simulates it): the
laptops name both servers in one libpq multi-host string, so after the primary dies they reach
the promoted standby by themselves. An asynchronous standby that was behind has lost confirmed
entries; each laptop sends its own again and reads everything again. A synchronous standby has
lost nothing. And a member whose connection freezes while it holds the team's lock holds the
others only up to caseapp's lock_timeout."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from tests.sync.helpers import PASSPHRASE, Laptop
from tests.sync.pgcluster import (
    MEMBER_PASSWORD,
    PgServer,
    crash,
    promote,
    start_cluster,
    start_standby,
    wait_for_replay,
)
from tests.sync.test_team_sync import _team

LOSS = "Serveren har mistet ændringer"
# Under libfaketime (the suite's any-date check) the timers behind PostgreSQL's lock_timeout and
# this process's write deadline never fire; these two tests are about those timers, not dates.
needs_real_timers = pytest.mark.skipif(
    "FAKETIME" in os.environ, reason="libfaketime stops the timers these tests are about"
)
STANDBY_NAME = "standby1"


def _texts(machine: Laptop, name: str) -> set[str]:
    notes = machine.ok("notes", "--citizen", str(machine.citizen_id(name)), "--json").json()
    return {n["text"] for n in notes if n["state"] == "signed"}


def _write(machine: Laptop, name: str, text: str) -> str:
    machine.ok("note", "add", "--citizen", str(machine.citizen_id(name)), "--text", text, "--sign")
    return text


def _entries(server: PgServer) -> int:
    with server.admin() as conn:
        row = conn.execute("SELECT count(*) FROM caseapp.entries").fetchone()
    return int(row[0]) if row else 0


@pytest.fixture
def replicated(tmp_path: Path, capsys, monkeypatch) -> Iterator[Callable[[bool], tuple]]:
    """replicated(synchronous) -> (primary, standby, make_laptop); every cluster is discarded."""
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    made: list[PgServer] = []

    def make(synchronous: bool):
        primary = start_cluster()
        if primary is None:
            pytest.skip("Ingen PostgreSQL-programmer (initdb) på maskinen; installér pakken postgresql.")
        made.append(primary)
        standby = start_standby(primary, STANDBY_NAME)
        made.append(standby)
        if synchronous:
            # After the base backup, or the promoted standby would wait for a standby of its own
            # (a commit's wait for a synchronous standby is not bounded by statement_timeout).
            with primary.admin() as conn:
                # The test cluster starts with synchronous_commit=off on its command line; a
                # database setting outranks it, so caseapp's commits wait for the standby.
                conn.execute("ALTER DATABASE caseapp SET synchronous_commit = 'on'")
                conn.execute(f"ALTER SYSTEM SET synchronous_standby_names = '{STANDBY_NAME}'")
                conn.execute("SELECT pg_reload_conf()")

        def laptop(name: str, demo: int = 0) -> Laptop:
            role = primary.member(name)  # streams to the standby like everything else
            url = (f"host=127.0.0.1,127.0.0.1 port={primary.port},{standby.port} "
                   f"dbname=caseapp user={role}")
            machine = Laptop(tmp_path / f"{name}.db", role, url, capsys)
            if demo:
                machine.ok("demo", "--citizens", str(demo), "--years", "1")
            else:
                machine.ok("init")
            return machine

        return primary, standby, laptop

    try:
        yield make
    finally:
        for server in reversed(made):
            server.discard()


def _three(laptop) -> tuple[Laptop, Laptop, Laptop]:
    a, b = laptop("a", demo=2), laptop("b")
    invite = a.ok("team", "create", "--server", a.url, "--team", "Bosted Lærkereden", "--json").json()
    a.ok("team", "share", "--all")
    a.sync()
    b.ok("team", "join", "--server", b.url, "--invite", invite["invite"])
    a.sync()
    b.sync()
    c = laptop("c")
    c.join(a)
    for machine in (c, b):
        machine.sync()
    return a, b, c


def _write_round(machines, name: str, when: str) -> set[str]:
    """Each laptop writes a signed note and syncs it (confirmed by the server); then all sync
    again so each has seen the others' notes."""
    written = {_write(m, name, f"Skrevet af {m.role} {when}.") for m in machines}
    for machine in (*machines, *machines):
        machine.sync()
    assert all(written <= _texts(m, name) for m in machines)
    return written


def _heal(machines, name: str, written: set[str], rounds: int = 4) -> list[str]:
    """Every laptop syncs until each holds every note (at least twice); returns stderr."""
    errors: list[str] = []
    for round_no in range(rounds):
        results = [m.run("sync") for m in machines]
        errors += [r.err for r in results]
        assert all(r.code in (0, 7) for r in results), [r.err for r in results]
        if round_no >= 1 and all(r.code == 0 for r in results) and all(
            written <= _texts(m, name) for m in machines
        ):
            break
    return errors


def test_a_stale_asynchronous_standby_promoted_after_a_crash_loses_nothing_for_the_team(
    replicated,
) -> None:
    primary, standby, laptop = replicated(False)
    a, b, c = _three(laptop)
    name = a.names()[0]
    wait_for_replay(primary, standby)
    standby.stop()  # falls behind: what follows is confirmed by the primary only

    written = _write_round((a, b, c), name, "før skiftet")
    on_primary = _entries(primary)
    crash(primary)
    standby.start()
    promote(standby)
    assert _entries(standby) < on_primary  # the standby really was behind

    written.add(_write(c, name, f"Skrevet af {c.role} efter skiftet."))
    errors = _heal((c, a, b), name, written)

    assert any(LOSS in err for err in errors), errors
    for machine in (a, b, c):
        assert written <= _texts(machine, name), machine.role
        assert machine.ok("team", "held", "--json").json() == [], machine.role
        assert machine.run("sync").code == 0
    assert _entries(standby) >= on_primary + 1


def test_a_synchronous_standby_promoted_after_a_crash_has_lost_nothing(replicated) -> None:
    primary, standby, laptop = replicated(True)
    a, b, c = _three(laptop)
    name = a.names()[0]
    with primary.admin() as conn:
        row = conn.execute(
            "SELECT sync_state FROM pg_stat_replication WHERE application_name = %s",
            [STANDBY_NAME],
        ).fetchone()
    assert row is not None and row[0] == "sync"
    with standby.admin() as conn:  # received and flushed there, but not yet applied
        conn.execute("SELECT pg_wal_replay_pause()")

    written = _write_round((a, b, c), name, "før skiftet")
    on_primary = _entries(primary)
    assert _entries(standby) < on_primary  # not applied there yet, only received
    crash(primary)
    promote(standby)  # replays all it received before taking writes
    assert _entries(standby) == on_primary

    written.add(_write(c, name, f"Skrevet af {c.role} efter skiftet."))
    errors = _heal((c, a, b), name, written)

    assert not any(LOSS in err for err in errors), errors
    for machine in (a, b, c):
        assert written <= _texts(machine, name), machine.role
        assert machine.ok("team", "held", "--json").json() == [], machine.role


@pytest.mark.slow
@needs_real_timers
def test_a_frozen_member_holding_the_team_lock_holds_the_others_only_until_lock_timeout(
    laptop, pg
) -> None:
    a, b = _team(laptop, demo=2)
    name = a.names()[0]
    team, device = a.state("team_id"), a.state("device_id")
    frozen = psycopg.connect(pg.url(a.role), password=MEMBER_PASSWORD)
    try:
        frozen.execute("SET idle_in_transaction_session_timeout = '50s'")  # a stray safety net
        frozen.execute(  # takes the team row's lock, then the laptop "freezes"
            "SELECT caseapp.push(%s::uuid, %s::uuid, '{}'::bigint[], '{}'::smallint[], "
            "'{}'::integer[], '{}'::bytea[], '{}'::bytea[], '{}'::bytea[], '{}'::bytea[])",
            [team, device],
        )
        assert frozen.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS
        text = _write(b, name, "Skrevet mens teamets lås var holdt.")
        started = time.monotonic()
        held_up = b.run("sync")
        waited = time.monotonic() - started
        assert held_up.code == 5, held_up.err
        assert "Offline" in held_up.err and LOSS not in held_up.err
        assert 14 <= waited < 25, waited  # lock_timeout=15s in server_link.SESSION_LIMITS
    finally:
        frozen.rollback()
        frozen.close()

    after = b.run("sync")
    assert after.code == 0 and LOSS not in after.err, after.err
    a.sync()
    assert text in _texts(a, name)
    for machine in (a, b):
        assert machine.ok("team", "held", "--json").json() == []


@needs_real_timers
def test_a_synchronous_standby_that_is_away_makes_a_push_offline_not_endless(
    replicated, monkeypatch
) -> None:
    from caseapp.sync import server_sql

    primary, standby, laptop = replicated(True)
    a, b, c = _three(laptop)
    name = a.names()[0]
    monkeypatch.setattr(server_sql, "WRITE_DEADLINE_S", 3.0)
    standby.stop()  # the primary's commits now wait for a standby that does not answer
    note = _write(b, name, f"Skrevet af {b.role} mens reserven var væk.")
    started = time.monotonic()
    result = b.run("sync")
    assert result.code == 5 and result.err.startswith("caseapp: Offline"), result.err
    assert time.monotonic() - started < 30
    standby.start()
    for machine in (b, b, a):
        machine.ok("sync")
    assert note in _texts(a, name)
