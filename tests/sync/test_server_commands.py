"""The DBA's commands: `caseapp server install`, `upgrade` and `sql`, on a real PostgreSQL; and
how a team founded on the first release's server moves to the new one, losing nothing."""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest

from caseapp.cli import main
from tests.sync.test_team_sync import _team

RELEASED_V1 = Path(__file__).with_name("released_server_v1.sql")


def _fresh_database(pg) -> str:
    name = f"caseapp_{uuid.uuid4().hex[:8]}"
    with pg.admin("postgres") as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return name


def _dba_url(pg, dbname: str) -> str:
    return f"host={pg.socket_dir} port={pg.port} dbname={dbname} user=dba"


def _run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _version(pg, dbname: str) -> int:
    with pg.admin(dbname) as conn:
        return conn.execute("SELECT max(version) FROM caseapp.schema_version").fetchone()[0]


def test_install_makes_a_ready_server_and_a_second_run_changes_nothing(pg, capsys) -> None:
    dbname = _fresh_database(pg)
    code, out, _ = _run(capsys, "server", "install", "--server", _dba_url(pg, dbname))
    assert code == 0 and "gjort klar til caseapp (skema version 3)" in out
    code, out, err = _run(capsys, "server", "install", "--server", _dba_url(pg, dbname))
    assert code == 0 and "allerede opdateret" in out and err == ""
    assert _version(pg, dbname) == 3
    with pg.admin(dbname) as conn:  # members cannot make temporary tables to shadow ours
        allowed = conn.execute(
            "SELECT has_database_privilege('public', current_database(), 'TEMPORARY')").fetchone()[0]
    assert allowed is False


def test_the_printed_sql_installs_the_same_server_by_hand(pg, capsys) -> None:
    code, script, _ = _run(capsys, "server", "sql")
    assert code == 0 and "SECURITY DEFINER SET search_path = pg_catalog, caseapp, pg_temp" in script
    dbname = _fresh_database(pg)
    with pg.admin(dbname) as conn:
        conn.autocommit = False
        with conn.transaction():
            conn.execute(script)  # what `psql -1 -f` would run
    assert _version(pg, dbname) == 3
    code, out, _ = _run(capsys, "server", "upgrade", "--server", _dba_url(pg, dbname))
    assert code == 0 and "allerede opdateret" in out


def test_a_member_role_cannot_install(pg, capsys) -> None:
    dbname = _fresh_database(pg)
    role = pg.member("nogen")
    code, _, err = _run(capsys, "server", "install", "--server", pg.url(role, dbname))
    assert code == 6 and "ikke ret til at installere" in err and "Traceback" not in err


def test_upgrading_the_released_server_closes_it_and_its_team_moves_over_whole(
    laptop, pg, capsys
) -> None:
    dbname = _fresh_database(pg)
    old_member = pg.member("gammel")
    with pg.admin(dbname) as conn:
        conn.execute(RELEASED_V1.read_text())
        team = uuid.uuid4()
        conn.execute("INSERT INTO caseapp_teams (team_id, join_hash) VALUES (%s, '')", [team])
        conn.execute("INSERT INTO caseapp_members (team_id, role_name) VALUES (%s, %s)",
                     [team, old_member])
    code, out, _ = _run(capsys, "server", "upgrade", "--server", _dba_url(pg, dbname))
    assert code == 0 and "opgraderet fra version 1 til 3" in out
    with psycopg.connect(pg.url(old_member, dbname)) as conn:  # the old hole is shut
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT count(*) FROM caseapp_entries")
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT caseapp_my_teams()")

    # Two laptops of a team founded before devices had keys (as the local migration leaves it).
    a, b = _team(laptop, demo=2)
    names = a.names()
    for machine in (a, b):
        with machine.service() as service:
            service._db.execute("UPDATE sync_state SET sign_key = NULL, box_key = NULL")
        result = machine.run("sync")
        assert result.code == 6 and "ældre caseapp uden nøgler pr. maskine" in result.err
        machine.ok("team", "leave")  # local only: the server no longer knows such a team
    invite = a.ok("team", "create", "--server", a.url, "--team", "Igen", "--json").json()["invite"]
    a.ok("team", "share", "--all")
    a.sync()
    b.join(a, invite)
    b.ok("team", "share", "--all")
    b.sync()
    a.sync()
    assert a.names() == b.names() == names  # the same uuids: merged, not doubled
    signed = "SELECT count(*) FROM notes WHERE state = 'signed'"  # drafts stay where they are
    with a.service() as sa, b.service() as sb:
        assert sa._db.execute(signed).fetchone()[0] == sb._db.execute(signed).fetchone()[0] > 0


def test_the_server_password_can_live_in_the_keyring(laptop, pg, monkeypatch, capsys) -> None:
    from tests.pg_fixtures import MEMBER_PASSWORD

    a = laptop("a", demo=1)
    monkeypatch.delenv("PGPASSWORD")
    result = a.run("team", "create", "--server", a.url, "--team", "T")
    assert result.code == 6 and "afviste login" in result.err
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "forkert")
    code, _, err = _run(capsys, "server", "password", "--server", a.url)
    assert code == 6 and "afviste login" in err  # a wrong one is never kept
    monkeypatch.setattr("getpass.getpass", lambda prompt="": MEMBER_PASSWORD)
    code, out, _ = _run(capsys, "server", "password", "--server", a.url)
    assert code == 0 and "gemt i styresystemets nøglering" in out
    a.ok("team", "create", "--server", a.url, "--team", "T")
    a.ok("team", "share", "--all")
    assert a.sync()["pushed"] > 10
    assert MEMBER_PASSWORD not in str(a.state("server"))


RELEASED_V2 = Path(__file__).with_name("released_server_v2.sql")
RELEASED_V3 = Path(__file__).with_name("released_server_v3.sql")
# One entry pushed as a member's laptop would, with placeholder bytes (the server checks none).
PUSH = ("SELECT caseapp.push(%s, %s, ARRAY[%s]::bigint[], ARRAY[2]::smallint[], ARRAY[1]::integer[], "
        "ARRAY[%s]::bytea[], ARRAY[%s]::bytea[], ARRAY[%s]::bytea[], ARRAY[%s]::bytea[])")


def _released_server_with_a_team(pg, released: Path, role: str) -> tuple[str, str, uuid.UUID, uuid.UUID]:
    """(database, member, team, device): a released schema installed, a team founded on it."""
    dbname = _fresh_database(pg)
    with pg.admin(dbname) as conn:
        conn.execute(released.read_text())
    member = pg.member(role)
    team, device = uuid.uuid4(), uuid.uuid4()
    with psycopg.connect(pg.url(member, dbname), autocommit=True) as conn:
        conn.execute("SELECT caseapp.create_team(%s, %s, '\\x01', '\\x02', '\\x03')", [team, device])
    return dbname, member, team, device


def test_upgrading_a_version_2_server_adds_the_purge_and_keeps_its_teams_working(pg, capsys) -> None:
    dbname, member, team, device = _released_server_with_a_team(pg, RELEASED_V2, "toer")
    push = PUSH
    with psycopg.connect(pg.url(member, dbname), autocommit=True) as conn:
        for n in (1, 2):
            conn.execute(push, [team, device, n, bytes(32), bytes(12), b"x", bytes([n])])

    code, out, _ = _run(capsys, "server", "upgrade", "--server", _dba_url(pg, dbname))
    assert code == 0 and "opgraderet fra version 2 til 3" in out
    assert _version(pg, dbname) == 3
    with psycopg.connect(pg.url(member, dbname), autocommit=True) as conn:
        conn.execute(push, [team, device, 3, bytes(32), bytes(12), b"x", bytes([3])])
        # Entry 3 is the purge; it deletes entry 1, whose number stays counted and is never taken again.
        assert conn.execute("SELECT caseapp.purge_entries(%s, %s, 3, ARRAY[%s]::uuid[], ARRAY[1]::bigint[])",
                            [team, device, device]).fetchone()[0] == 1
        assert conn.execute(push, [team, device, 1, bytes(32), bytes(12), b"x", bytes([1])]).fetchone()[0] == 0
        assert conn.execute("SELECT last_device_seq, entries FROM caseapp.heads(%s)", [team]).fetchone() == (3, 3)
        assert conn.execute("SELECT * FROM caseapp.missing(%s, %s, 3)", [team, device]).fetchall() == []
        with pytest.raises(psycopg.errors.RaiseException, match="caseapp:no_purge"):
            conn.execute("SELECT caseapp.purge_entries(%s, %s, 9, ARRAY[%s]::uuid[], ARRAY[2]::bigint[])",
                         [team, device, device])
    code, out, _ = _run(capsys, "server", "upgrade", "--server", _dba_url(pg, dbname))
    assert code == 0 and "allerede opdateret" in out



def test_a_version_3_server_gets_its_held_counts_in_place_and_they_follow_every_row(pg, capsys) -> None:
    """heads tells a device how many of its entries the server holds (fewer than its newest
    number: a hole, sent again). Counting them at every sync grew with the team's history; the
    server now keeps the count, also when rows are deleted or put back by hand."""
    dbname, member, team, device = _released_server_with_a_team(pg, RELEASED_V3, "tre")
    push, heads = PUSH, "SELECT last_device_seq, entries FROM caseapp.heads(%s)"
    with psycopg.connect(pg.url(member, dbname), autocommit=True) as conn:
        for n in (1, 2, 3):
            conn.execute(push, [team, device, n, bytes(32), bytes(12), b"x", bytes([n])])
        assert conn.execute("SELECT caseapp.purge_entries(%s, %s, 3, ARRAY[%s]::uuid[], ARRAY[1]::bigint[])",
                            [team, device, device]).fetchone()[0] == 1

    code, out, _ = _run(capsys, "server", "install", "--server", _dba_url(pg, dbname))
    assert code == 0 and "kør 'caseapp server upgrade'" in out  # install leaves it to upgrade
    code, out, _ = _run(capsys, "server", "upgrade", "--server", _dba_url(pg, dbname))
    assert code == 0 and "holder nu selv tal på" in out
    assert _version(pg, dbname) == 3  # a compatible change: clients of version 3 go on as they were
    with psycopg.connect(pg.url(member, dbname), autocommit=True) as conn:
        assert conn.execute(heads, [team]).fetchone() == (3, 3)  # two entries and one purged number
        conn.execute(push, [team, device, 4, bytes(32), bytes(12), b"x", bytes([4])])
        assert conn.execute(heads, [team]).fetchone() == (4, 4)
    with pg.admin(dbname) as conn:  # a row lost on the server: the count follows it
        conn.execute("DELETE FROM caseapp.entries WHERE team_id = %s AND device_seq = 2", [team])
    with psycopg.connect(pg.url(member, dbname), autocommit=True) as conn:
        assert conn.execute(heads, [team]).fetchone() == (4, 3)
        assert conn.execute("SELECT * FROM caseapp.missing(%s, %s, 4)", [team, device]).fetchall() == [(2,)]
        conn.execute(push, [team, device, 2, bytes(32), bytes(12), b"x", bytes([2])])  # sent again
        assert conn.execute(heads, [team]).fetchone() == (4, 4)
    code, out, _ = _run(capsys, "server", "upgrade", "--server", _dba_url(pg, dbname))
    assert code == 0 and "allerede opdateret" in out
