"""A laptop keeps its own sealed entries (to send them again when the server loses them) for the
kept period after the server confirmed them (`caseapp settings --own-log-days`, 30 days), never
one the server does not hold. Every date here is fixed: syncs run through engine.sync with `now`."""

from __future__ import annotations

import datetime as dt
import uuid

from caseapp.sync import engine, send
from caseapp.sync.server_link import connect
from caseapp.sync.team_state import SyncReport
from tests.sync.helpers import Laptop
from tests.sync.test_server_loss import _back_to_snapshot, _snapshot, _texts

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def _day(n: int) -> dt.datetime:
    return T0 + dt.timedelta(days=n)


def _sync_at(machine: Laptop, when: dt.datetime) -> SyncReport:
    with machine.service() as service:
        return engine.sync(service._db, machine.role, now=when)


def _team_at(laptop, when: dt.datetime) -> tuple[Laptop, Laptop]:
    a, b = laptop("a", demo=2), laptop("b")
    invite = a.ok("team", "create", "--server", a.url, "--team", "Bosted Lærkereden", "--json").json()
    a.ok("team", "share", "--all")
    _sync_at(a, when)
    b.ok("team", "join", "--server", b.url, "--invite", invite["invite"])
    _sync_at(a, when)  # vouches for b, seals the key to it
    _sync_at(b, when)
    return a, b


def _kept(machine: Laptop) -> list[int]:
    with machine.service() as service:
        return [r[0] for r in service._db.execute("SELECT device_seq FROM sync_sent ORDER BY device_seq")]


def _write(machine: Laptop, name: str, text: str) -> str:
    machine.ok("note", "add", "--citizen", str(machine.citizen_id(name)), "--text", text, "--sign")
    return text


def _drop_on_server(pg, machine: Laptop, device_seq: int) -> None:
    with pg.admin() as conn:
        conn.execute("DELETE FROM caseapp.entries WHERE device_id = %s AND device_seq = %s",
                     [uuid.UUID(hex=str(machine.state("device_id"))), device_seq])


def test_confirmed_entries_go_after_the_period_unconfirmed_and_lacking_ones_stay(laptop, pg) -> None:
    a, b = _team_at(laptop, T0)
    shared = _kept(a)
    last = shared[-1]
    assert len(shared) > 100 and a.state("confirmed_seq") == last
    name = a.names()[0]
    note = _write(a, name, "Skrevet, forseglet, men ikke sendt.")
    with a.service() as service:  # sealed into the log; the server has not seen it
        send.seal_outbox(service._db, uuid.UUID(hex=str(a.state("team_id"))), "A", 2000)
    assert _kept(a) == [*shared, last + 1]
    _drop_on_server(pg, a, 3)  # the server no longer holds one old confirmed entry

    with a.service() as service, connect(a.url) as conn:
        team, me = (uuid.UUID(hex=str(a.state(c))) for c in ("team_id", "device_id"))
        assert engine.prune_own_log(service._db, conn, team, me, _day(29)) == 0
        assert engine.prune_own_log(service._db, conn, team, me, _day(31)) == len(shared) - 2
    # Kept: the one the server lacks, the newest confirmed (the chain's anchor), the unsent one.
    assert _kept(a) == [3, last, last + 1]

    report = _sync_at(a, _day(31))  # sends both; the lost one's period starts over
    assert report.pushed == 1 and "Serveren har mistet" not in report.notice
    assert _kept(a) == [3, last + 1]
    _sync_at(b, _day(31))
    assert note in _texts(b, name)
    _sync_at(a, _day(62))
    assert _kept(a) == [last + 1]


def test_settings_own_log_days_is_range_checked_in_one_danish_sentence(laptop) -> None:
    a = laptop("a")
    assert a.ok("settings", "--json").json()["own_log_days"] == 30
    assert a.ok("settings", "--own-log-days", "90", "--json").json()["own_log_days"] == 90
    assert "gemmes 90 dage efter, at serveren har bekræftet dem" in a.ok("settings").out
    bad = a.run("settings", "--own-log-days", "0")
    assert bad.code == 2
    assert bad.err.strip() == (
        "caseapp: Opbevaringstiden for egne sendte ændringer i dage skal ligge mellem 1 og 3650."
    )
    assert a.ok("settings", "--json").json()["own_log_days"] == 90


def test_a_failover_within_the_period_heals_after_old_entries_were_pruned(laptop, pg) -> None:
    a, b = _team_at(laptop, T0)
    name = a.names()[0]
    first = _write(a, name, "Skrevet efter fem uger.")
    _sync_at(a, _day(35))  # the shared caseload, confirmed on day 0, goes from the log
    assert len(_kept(a)) == 1  # only the new note: it is the newest the server confirmed
    _sync_at(b, _day(35))
    _snapshot(pg)  # the standby as it will be promoted: it has day 35, not what follows
    second = _write(a, name, "Skrevet lige før skiftet.")
    _sync_at(a, _day(40))
    _sync_at(b, _day(40))
    assert second in _texts(b, name)

    _back_to_snapshot(pg)
    report = _sync_at(a, _day(41))
    assert "1 ændring herfra blev sendt igen" in report.notice
    assert "kunne ikke sendes igen" not in report.notice
    _sync_at(b, _day(41))
    c = laptop("c")  # a new member sees everything, from the promoted server alone
    c.ok("team", "join", "--server", c.url, "--invite", a.invite())
    _sync_at(a, _day(41))
    report = _sync_at(c, _day(41))
    assert report.problem == ""
    for machine in (a, b, c):
        assert {first, second} <= _texts(machine, name), machine.role


def test_a_server_older_than_the_period_is_told_and_the_rest_heals(laptop, pg) -> None:
    a, b = _team_at(laptop, T0)
    name = a.names()[0]
    _snapshot(pg)  # a backup from day 0
    first = _write(a, name, "Skrevet efter fem uger.")
    _sync_at(a, _day(35))
    _sync_at(b, _day(35))
    second = _write(a, name, "Skrevet efter ti uger.")
    _sync_at(a, _day(70))  # the first note has been on the server 35 days: it leaves the log
    _sync_at(b, _day(70))

    _back_to_snapshot(pg)  # restored from the day-0 backup
    report = _sync_at(a, _day(71))
    assert "1 ændring herfra blev sendt igen" in report.notice
    assert "1 ældre ændring herfra kunne ikke sendes igen" in report.notice
    assert _sync_at(b, _day(71)).problem == ""  # b read the first note before the loss
    assert {first, second} <= _texts(b, name)
    c = laptop("c")
    c.ok("team", "join", "--server", c.url, "--invite", a.invite())
    _sync_at(a, _day(71))
    report = _sync_at(c, _day(71))
    assert second in _texts(c, name) and first not in _texts(c, name)
    assert "Serveren mangler 1 ændring fra" in report.problem
