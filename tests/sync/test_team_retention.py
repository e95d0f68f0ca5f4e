"""A shared citizen's deletion date is the team's, set by the team's creator, on a real
PostgreSQL: a colleague whose own period differs gets the same date for it, and a member who
is not the creator cannot change the team's period with an entry of her own."""

from __future__ import annotations

import datetime as dt
import json

from tests.sync.test_team_purge import _team

CLOSED = dt.date(2026, 11, 1)


def _deletion_date(machine, name: str) -> dt.date:
    with machine.service() as service:
        case = service.records.case_closing(machine.citizen_id(name))
    assert case is not None
    return case.deletion_date


def test_the_creators_period_decides_a_shared_citizens_deletion_date_on_every_laptop(laptop, pg) -> None:
    a, b = _team(laptop, others=("b",))
    b.ok("settings", "--retention-days", "200")  # B's own period, for her own citizens
    assert b.ok("settings", "--json").json()["team_retention_days"] is None
    said = a.ok("settings", "--retention-days", "30").out
    assert "borgere delt med teamet 30 dage efter" in said
    name = a.names()[0]
    a.ok("close", "--citizen", str(a.citizen_id(name)), "--reason", "Fraflyttet", "--on", CLOSED.isoformat())
    a.sync()
    b.sync()

    assert b.ok("settings", "--json").json() == {
        "retention_days": 200, "log_months": 6, "own_log_days": 30, "team_retention_days": 30}
    assert _deletion_date(b, name) == _deletion_date(a, name) == CLOSED + dt.timedelta(days=30)

    # B, not the creator, slips in an entry of her own (a changed caseapp would): ignored.
    with b.service() as service:
        state = service._db.execute("SELECT team_id, hlc FROM sync_state").fetchone()
        service._db.execute(
            "INSERT INTO sync_outbox (kind, uuid, op, fields, hlc) VALUES ('retention', ?, 'insert', ?, ?)",
            [state[0], json.dumps({"retention_days": 1}), state[1] + 1])
    b.sync()
    a.sync()
    assert a.ok("settings", "--json").json()["team_retention_days"] == 30
    assert _deletion_date(a, name) == CLOSED + dt.timedelta(days=30)
